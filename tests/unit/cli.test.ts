/**
 * The command line as users run it: a real `node src/cli/main.ts` process, checked for the output
 * format and exit codes of formats.md, and for values against an independent evaluation of the
 * catalogue's formulas (not the engine's SQL). The computing commands run once per Node engine
 * (support/engine.ts): the process gets VERGLEICHSRING_ENGINE set to this run's engine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate } from '../../src/lib/catalogue/formula.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { openCliConnector } from '../../src/cli/engine.ts';
import type { Connector } from '../../src/lib/engine/connector.ts';
import type { NodeEngine } from '../../src/lib/engine/node-connector.ts';
import { cliInProcess } from './support/cli.ts';
import { TEST_ENGINE } from './support/engine.ts';
import { decodeValues } from '../../src/lib/ring/value-columns.ts';

const DEMO = 'data-samples/demo-ring';
const catalogue = loadCatalogue();

function cliIn(env: NodeJS.ProcessEnv, args: string[]) {
	const r = spawnSync(process.execPath, ['src/cli/main.ts', ...args], {
		encoding: 'utf8',
		timeout: 60_000,
		env: { ...process.env, ...env }
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

const cli = (...args: string[]) => cliIn({ VERGLEICHSRING_ENGINE: TEST_ENGINE }, args);

/**
 * Argument errors, `check`, the start-up and the engine choice do not depend on the engine: they run
 * once, in the `native` project (the engine users get by default), not again on WASM, where each CLI
 * process compiles DuckDB-WASM (about 15 process starts, ~20 s of the unit tests).
 */
const engineFree = describe.runIf(TEST_ENGINE === 'native');

function parseCsv(text: string): Record<string, string>[] {
	const [header, ...lines] = text.trimEnd().split('\n');
	const cols = header!.split(',');
	return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('cli kpis', () => {
	let ring: Ring;
	let rows: Record<string, string>[];
	beforeAll(async () => {
		const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
		ring = (await readRingFromPath(DEMO, specs)).ring!;
		const r = cli('kpis', '--ring', DEMO);
		expect(r.code).toBe(0);
		expect(r.out.split('\n')[0]).toBe('authority_id,period,kpi_id,value,reason');
		rows = parseCsv(r.out);
	}, 60_000);

	it('writes one row per authority, period with data and catalogue KPI, in catalogue order', () => {
		const pairs = new Set(decodeValues(ring.values).map((v) => `${v.authority_id}|${v.period}`));
		expect(rows).toHaveLength(pairs.size * catalogue.kpis.length);
		expect(rows.slice(0, catalogue.kpis.length).map((r) => r.kpi_id)).toEqual(
			catalogue.kpis.map((k) => k.id)
		);
	});

	it('matches an independent evaluation of every formula, to the last bit', () => {
		const values = new Map(
			decodeValues(ring.values).map((v) => [`${v.authority_id}|${v.period}|${v.count_id}`, v.value])
		);
		const kpis = new Map(catalogue.kpis.map((k) => [k.id, k]));
		let compared = 0;
		for (const row of rows) {
			const def = kpis.get(row.kpi_id!)!;
			const expected = evaluate(def.resolved, (id) => values.get(`${row.authority_id}|${row.period}|${id}`));
			if (expected === null) {
				expect(row.value, `${row.authority_id} ${row.period} ${row.kpi_id}`).toBe('');
				expect(['missing_input', 'zero_denominator']).toContain(row.reason);
			} else {
				expect(Number(row.value), `${row.authority_id} ${row.period} ${row.kpi_id}`).toBe(expected);
				expect(row.reason).toBe('');
				compared++;
			}
		}
		expect(compared).toBeGreaterThan(5000);
	});

	it('gives the documented reasons for the demo ring’s gaps', () => {
		const find = (a: string, p: string, k: string) =>
			rows.find((r) => r.authority_id === a && r.period === p && r.kpi_id === k)!;
		expect(find('16054', '2022', 'external_hiring_success')).toMatchObject({
			value: '',
			reason: 'zero_denominator'
		});
		expect(find('15003', '2024', 'cost_per_decision')).toMatchObject({ value: '', reason: 'missing_input' });
	});

	it('never writes exponent notation', () => {
		expect(rows.some((r) => /e/i.test(r.value!))).toBe(false);
	});

	it('filters by --period', () => {
		const r = cli('kpis', '--ring', DEMO, '--period', '2022');
		expect(r.code).toBe(0);
		expect(new Set(parseCsv(r.out).map((x) => x.period))).toEqual(new Set(['2022']));
	});
});

describe('cli stats', () => {
	it('writes the statistics of every KPI for the authority’s size class', () => {
		const r = cli('stats', '--ring', DEMO, '--authority', '05334', '--period', '2024');
		expect(r.code).toBe(0);
		expect(r.out.split('\n')[0]).toBe('kpi_id,group,n,min,q1,median,q3,max,mean,own_value,rank');
		const rows = parseCsv(r.out);
		expect(rows.map((x) => x.kpi_id)).toEqual(catalogue.kpis.map((k) => k.id));
		for (const row of rows) {
			expect(row.group).toBe('size');
			const [min, q1, med, q3, max] = [row.min, row.q1, row.median, row.q3, row.max].map(Number);
			expect(min! <= q1! && q1! <= med! && med! <= q3! && q3! <= max!).toBe(true);
		}
		expect(rows.find((x) => x.kpi_id === 'rejection_rate')!.rank).toBe(''); // polarity none: no rank
		expect(Number(rows.find((x) => x.kpi_id === 'completion_rate')!.rank)).toBeGreaterThan(0);
	});

	// Which group is asked for is the argument parser's matter, the groups themselves the engine's
	// (engines.test.ts, stats-oracle.test.ts): run in this process, once (native), not as five processes
	// that each start DuckDB-WASM again.
	it.runIf(TEST_ENGINE === 'native')('accepts every peer group of the contract', async () => {
		for (const peers of ['ring', 'kind', 'state', 'kind_size', 'nearest']) {
			const r = await cliInProcess(
				'stats',
				'--ring',
				DEMO,
				'--authority',
				'05334',
				'--period',
				'2023',
				'--peers',
				peers
			);
			expect(r.code, peers).toBe(0);
			expect(parseCsv(r.out)[0]!.group).toBe(peers);
		}
	});
});

engineFree('cli errors: one German line, exit codes, no stack trace', () => {
	it.each([
		[['kpis'], /braucht --ring/],
		[['kpis', '--ring', DEMO, '--period', '24'], /Jahr/],
		[['kpis', '--ring', '/gibt/es/nicht'], /nicht gefunden/],
		[['stats', '--ring', DEMO, '--authority', '99999', '--period', '2024'], /nicht Mitglied/],
		[
			['stats', '--ring', DEMO, '--authority', '05334', '--period', '2024', '--peers', 'bunt'],
			/Vergleichsgruppe/
		],
		[['frobnicate'], /Unbekannter Befehl/]
	])('%j → exit 2', (args, message) => {
		const r = cli(...args);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(message);
		noStackTrace(r.err + r.out);
	});

	it('a ring with bad data → exit 1 with file:line:column', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'ring-'));
		cpSync(DEMO, dir, { recursive: true });
		writeFileSync(
			path.join(dir, 'counts', 'bad.csv'),
			'authority_id,period,count_id,value\n05334,2024,visits,-5\n'
		);
		const r = cli('kpis', '--ring', dir);
		expect(r.code).toBe(1);
		expect(r.err).toContain(`${path.join(dir, 'counts', 'bad.csv')}:2:4:`);
		noStackTrace(r.err);
	});
});

engineFree('cli check', () => {
	it('exit 0 for an importable file, 1 for one with errors, 2 for an unreadable one', () => {
		expect(cli('check', `${DEMO}/counts/grundzahlen-2024.csv`).code).toBe(0);
		const bad = cli('check', 'tests/fixtures/ingest/corpus/ambiguous.csv');
		expect(bad.code).toBe(1);
		expect(bad.out).toMatch(/^tests\/fixtures\/ingest\/corpus\/ambiguous\.csv:2:4: /m);
		const dir = mkdtempSync(path.join(tmpdir(), 'check-'));
		writeFileSync(path.join(dir, 'garbage.csv'), new Uint8Array([0, 159, 146, 150, 0, 1, 2, 255, 0]));
		const garbage = cli('check', path.join(dir, 'garbage.csv'));
		expect(garbage.code).toBe(2);
		noStackTrace(garbage.err + garbage.out);
	});
});

engineFree('cli start-up', () => {
	// Every module the process loads from the CLI's commands or DuckDB, named on stderr by a resolve hook.
	const hook =
		'data:text/javascript,import{registerHooks}from"node:module";registerHooks({resolve(s,c,n){const r=n(s,c);if(/\\/src\\/cli\\/commands\\/|duckdb/.test(r.url))process.stderr.write("geladen "+r.url+"\\n");return r}})';
	const traced = (env: NodeJS.ProcessEnv, args: string[]) =>
		spawnSync(process.execPath, ['--import', hook, 'src/cli/main.ts', ...args], {
			encoding: 'utf8',
			timeout: 60_000,
			env: { ...process.env, VERGLEICHSRING_ENGINE: TEST_ENGINE, ...env }
		});

	it('--help and a mistyped command load no command and no engine; kpis loads them (the hook works)', () => {
		for (const args of [['--help'], ['frobnicate']]) expect(traced({}, args).stderr).not.toContain('geladen');
		const kpis = traced({}, ['kpis', '--ring', DEMO, '--period', '2024']);
		expect(kpis.status).toBe(0);
		expect(kpis.stderr).toMatch(/geladen .*\/src\/cli\/commands\/core\.ts/);
		expect(kpis.stderr).toMatch(/geladen .*duckdb/);
	});

	it('keeps compiled code in Node’s compile cache in the temporary folder', () => {
		// Not NODE_COMPILE_CACHE (that alone turns the cache on): the CLI's own call must.
		const dir = mkdtempSync(path.join(tmpdir(), 'vr-compile-cache-'));
		const env = { TMPDIR: dir, NODE_COMPILE_CACHE: undefined };
		expect(traced(env, ['--help']).status).toBe(0);
		expect(readdirSync(path.join(dir, 'node-compile-cache'), { recursive: true }).length).toBeGreaterThan(0);
	});
});

engineFree('cli engine choice', () => {
	it('an unknown VERGLEICHSRING_ENGINE → exit 2 naming the choices', () => {
		const r = cliIn({ VERGLEICHSRING_ENGINE: 'bunt' }, ['kpis', '--ring', DEMO]);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/Unbekannte Engine „bunt“ in VERGLEICHSRING_ENGINE \(native\|wasm\)/);
		expect(r.out).toBe('');
	});

	const stand = {} as Connector;
	const opener = (broken: NodeEngine[]) => {
		const opened: NodeEngine[] = [];
		const open = async (engine: NodeEngine) => {
			opened.push(engine);
			if (broken.includes(engine)) throw new Error(`kein ${engine}\nzweite Zeile`);
			return stand;
		};
		return { opened, open };
	};

	it('without the variable: native, and WASM with a note when native cannot start', async () => {
		const notes: string[] = [];
		const ok = opener([]);
		expect(await openCliConnector(null, (l) => notes.push(l), ok.open)).toBe(stand);
		expect(ok.opened).toEqual(['native']);
		const broken = opener(['native']);
		expect(await openCliConnector(null, (l) => notes.push(l), broken.open)).toBe(stand);
		expect(broken.opened).toEqual(['native', 'wasm']);
		expect(notes).toEqual(['Hinweis: natives DuckDB nicht verfügbar (kein native); rechne mit DuckDB-WASM.']);
	});

	it('an engine asked for by name does not fall back', async () => {
		const broken = opener(['native']);
		await expect(openCliConnector('native', () => undefined, broken.open)).rejects.toThrow(
			'DuckDB (native) lässt sich nicht starten: kein native'
		);
		expect(broken.opened).toEqual(['native']);
	});
});
