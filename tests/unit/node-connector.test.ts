import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { openTestConnector, TEST_ENGINE } from './support/engine.ts';

describe(`Node connector (${TEST_ENGINE})`, () => {
	let db: Connector;
	beforeAll(async () => {
		db = await openTestConnector();
	});
	afterAll(async () => {
		await db.close();
	});

	it('runs a real query and returns Arrow', async () => {
		const table = await db.query(
			'SELECT 40 + 2 AS answer, quantile_cont(x, 0.25) AS q1 FROM range(1, 5) t(x)'
		);
		expect(table.numRows).toBe(1);
		expect(table.getChild('answer')?.get(0)).toBe(42);
		expect(table.getChild('q1')?.get(0)).toBe(1.75);
	});

	it('has extension autoload switched off (nothing may be fetched from the internet)', async () => {
		const t = await db.query(
			"SELECT value FROM duckdb_settings() WHERE name IN ('autoload_known_extensions','autoinstall_known_extensions') ORDER BY name"
		);
		expect(t.getChild('value')?.toArray()).toEqual(['false', 'false']);
		await expect(db.query("SELECT * FROM read_json_auto('x.json')")).rejects.toThrow();
	});

	it('reads a registered CSV file, replaces it on a second register and forgets it on drop', async () => {
		const sum = async () =>
			(await db.query("SELECT sum(a)::INTEGER AS s FROM read_csv('t.csv')")).getChild('s')?.get(0);
		await db.registerFile('t.csv', new TextEncoder().encode('a,b\n1,x\n2,y\n'));
		expect(await sum()).toBe(3);
		await db.registerFile('t.csv', new TextEncoder().encode('a,b\n10,x\n'));
		expect(await sum()).toBe(10);
		await db.dropFile('t.csv');
		await expect(sum()).rejects.toThrow();
	});

	it('runs several statements and returns the last result', async () => {
		const t = await db.query('CREATE OR REPLACE TABLE two AS SELECT 1 AS a; SELECT a + 1 AS b FROM two');
		expect(t.getChild('b')?.get(0)).toBe(2);
	});

	it('answers queries sent together, each with its own result', async () => {
		const answers = await Promise.all(
			[1, 2, 3, 4].map((n) => db.query(`SELECT ${n} * 10 AS n FROM range(3)`))
		);
		expect(answers.map((t) => [t.numRows, t.getChild('n')?.get(0)])).toEqual([
			[3, 10],
			[3, 20],
			[3, 30],
			[3, 40]
		]);
	});

	it('rejects a failing query with DuckDB’s message and stays usable', async () => {
		await expect(db.query('SELECT * FROM no_such_table')).rejects.toThrow(/no_such_table/);
		expect((await db.query('SELECT 1 AS one')).getChild('one')?.get(0)).toBe(1);
	});

	it('keeps the columns of a result without rows', async () => {
		const t = await db.query("SELECT 1 AS a, 'x' AS b WHERE false");
		expect(t.numRows).toBe(0);
		expect(t.schema.fields.map((f) => f.name)).toEqual(['a', 'b']);
		expect(t.getChild('a')?.toArray()).toHaveLength(0);
	});
});

describe.runIf(TEST_ENGINE === 'native')('native connector files', () => {
	it('accepts only plain file names for registered files', async () => {
		const db = await openTestConnector();
		try {
			for (const name of ['../t.csv', '/etc/t.csv', 'a/b.csv', '..', ''])
				await expect(db.registerFile(name, new Uint8Array([49]))).rejects.toThrow(/Dateiname/);
		} finally {
			await db.close();
		}
	});

	/** Runs a connector in a child process whose temporary folder is a fresh one; what is left in it. */
	function leftAfter(body: string): string[] {
		const tmp = mkdtempSync(path.join(tmpdir(), 'native-files-'));
		const module = path.resolve('src/lib/engine/native-connector.ts');
		const script = `import { openNativeConnector } from ${JSON.stringify(module)};
			const db = await openNativeConnector();
			await db.registerFile('t.csv', new TextEncoder().encode('a\\n1\\n'));
			const [entry] = (await import('node:fs')).readdirSync(${JSON.stringify(tmp)});
			if (!(await import('node:fs')).existsSync(${JSON.stringify(tmp)} + '/' + entry + '/t.csv')) process.exit(3);
			${body}`;
		const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
			env: { ...process.env, TMPDIR: tmp },
			encoding: 'utf8',
			timeout: 30_000
		});
		expect(r.status, r.stderr).toBe(0);
		const left = readdirSync(tmp);
		rmSync(tmp, { recursive: true, force: true });
		return left;
	}

	it('removes its folder of registered files on close, and on an exit without close', () => {
		expect(leftAfter('await db.close(); await db.close();')).toEqual([]);
		expect(leftAfter("console.log('no close');")).toEqual([]);
	});
});
