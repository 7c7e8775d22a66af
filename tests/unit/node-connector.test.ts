import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { openNodeConnector } from '../../src/lib/engine/node-connector.ts';

describe('Node connector (blocking DuckDB-WASM)', () => {
	let db: Connector;
	beforeAll(async () => {
		db = await openNodeConnector();
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

	it('reads a registered CSV file', async () => {
		await db.registerFile('t.csv', new TextEncoder().encode('a,b\n1,x\n2,y\n'));
		const t = await db.query("SELECT sum(a)::INTEGER AS s FROM read_csv('t.csv')");
		expect(t.getChild('s')?.get(0)).toBe(3);
	});
});
