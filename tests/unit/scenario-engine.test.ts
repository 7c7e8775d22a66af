/**
 * What-if on the real engine (scenario/compute.ts, isolated.ts): a scenario without changes gives
 * exactly the engine's statistics and findings; +2 FTE recomputes decisions per FTE exactly as the
 * engine does for the changed counts; the stored ring stays byte-identical and the peers' statistics
 * unchanged; and a scenario engine on a second connection to the same DuckDB never touches the
 * dashboard's tables, not even while both load at once.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { CONNECT_STATEMENTS, type Connector } from '../../src/lib/engine/connector.ts';
import { createEngine, type Engine } from '../../src/lib/engine/engine.ts';
import { openNodeConnector } from '../../src/lib/engine/node-connector.ts';
import type { PeerSpec } from '../../src/lib/engine/peers.ts';
import { positionBadge, rankCell } from '../../src/lib/dashboard/labels.ts';
import { canonicalFiles } from '../../src/lib/ring/package/canonical.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import type { RingData } from '../../src/lib/ring/package/types.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { ScenarioRunner, type ScenarioRequest } from '../../src/lib/scenario/compute.ts';
import { scenarioComparison } from '../../src/lib/scenario/compare.ts';
import { isolate } from '../../src/lib/scenario/isolated.ts';
import type { Change } from '../../src/lib/scenario/model.ts';
import { decodeValues, encodeValues } from '../../src/lib/ring/value-columns.ts';
import { insertArrow } from '../../src/lib/engine/arrow-insert.ts';

const catalogue = loadCatalogue();
const DEMO = 'data-samples/demo-ring';
let demo: RingData;
let ring: Ring;
let main: Connector;
let engine: Engine;
let runner: ScenarioRunner;
let scenarioConn: Connector;

beforeAll(async () => {
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	demo = (await readRingFromPath(DEMO, specs)).data!;
	ring = demo.ring;
	main = await openNodeConnector();
	engine = createEngine(main, catalogue);
	await engine.loadRing(ring);
	scenarioConn = await openNodeConnector();
	runner = new ScenarioRunner(Promise.resolve(createEngine(scenarioConn, catalogue)));
}, 60_000);
afterAll(async () => {
	await main.close();
	await scenarioConn.close();
});

async function request(
	authorityId: string,
	period: number,
	spec: PeerSpec,
	changes: Change[],
	on: Engine = engine
): Promise<ScenarioRequest> {
	const { group } = await on.stats(authorityId, period, spec);
	return { authorityId, period, group, spec, changes };
}

describe('a scenario on the real engine', () => {
	it.each([
		['05334', 2024, { type: 'size' }],
		['05334', 2023, { type: 'nearest', n: 5 }],
		['01002', 2023, { type: 'ring' }],
		['07315', 2022, { type: 'kind' }],
		['09162', 2024, { type: 'custom', name: 'Nachbarn', members: ['09564', '09663', '08111'] }]
	] as [string, number, PeerSpec][])(
		'without changes equals the engine’s statistics and findings: %s %s %o',
		async (authorityId, period, spec) => {
			const result = await runner.run(catalogue, ring, await request(authorityId, period, spec, []));
			const real = await engine.stats(authorityId, period, spec);
			expect(result.rows).toEqual(real.rows);
			const { findings } = await engine.findings();
			const mine = <T extends { authority_id: string; period: number }>(xs: T[]) =>
				xs.filter((x) => x.authority_id === authorityId && x.period === period);
			expect(result.findings).toEqual(mine(findings));
		},
		60_000
	);

	it('+2 FTE recomputes decisions per FTE exactly as the engine does for the changed counts', async () => {
		const [a, p] = ['05334', 2024];
		const result = await runner.run(
			catalogue,
			ring,
			await request(a, p, { type: 'size' }, [{ count_id: 'fte_case_officers', mode: 'add', value: 2 }])
		);
		const fte = result.before.get('fte_case_officers')!;
		expect(result.after.get('fte_case_officers')).toBe(fte + 2);
		// The whole ring with the changed value in a third engine: the same number, bit for bit.
		const changed: Ring = {
			...ring,
			values: encodeValues(
				decodeValues(ring.values).map((v) =>
					v.authority_id === a && v.period === p && v.count_id === 'fte_case_officers'
						? { ...v, value: fte + 2 }
						: v
				)
			)
		};
		const conn = await openNodeConnector();
		try {
			const other = createEngine(conn, catalogue);
			await other.loadRing(changed);
			const kpis = await other.kpis({ period: p });
			let expected: number | null = null;
			for (let i = 0; i < kpis.numRows; i++)
				if (
					kpis.getChild('authority_id')?.get(i) === a &&
					kpis.getChild('kpi_id')?.get(i) === 'decisions_per_fte'
				)
					expected = kpis.getChild('value')?.get(i) as number;
			const row = result.rows.find((r) => r.kpi_id === 'decisions_per_fte')!;
			expect(row.own_value).toBe(expected);
			const decided =
				result.before.get('titles_granted')! + result.before.get('title_applications_rejected')!;
			expect(row.own_value).toBe(decided / (fte + 2));
			// Rank and position as that engine gives them for the same members.
			const { group } = await engine.stats(a, p, { type: 'size' });
			const stats = await other.stats(a, p, { type: 'custom', name: 'x', members: group.members });
			expect(result.rows).toEqual(stats.rows);
			const actual = (await engine.stats(a, p, { type: 'size' })).rows.find(
				(r) => r.kpi_id === 'decisions_per_fte'
			)!;
			expect(row.own_value).toBeLessThan(actual.own_value!);
		} finally {
			await conn.close();
		}
	}, 60_000);

	it('leaves the stored ring byte-identical and the peers’ statistics unchanged', async () => {
		// The demo ring as stored, with a saved scenario: computing one changes none of its files.
		const data: RingData = {
			...demo,
			extras: {
				...demo.extras,
				scenarios: [
					{
						name: 'Mehr Personal',
						authority_id: '05334',
						period: 2024,
						peers: 'ring',
						changes: [{ count_id: 'fte_case_officers', mode: 'add', value: 2 }]
					}
				]
			}
		};
		const bytes = (d: RingData) =>
			canonicalFiles(d).map((f) => [f.path, Buffer.from(f.bytes).toString('base64')]);
		const before = bytes(data);
		const peers = ['05111', '05315', '09162'];
		const statsBefore = await Promise.all(peers.map((id) => engine.stats(id, 2024, { type: 'ring' })));
		const result = await runner.run(
			catalogue,
			ring,
			await request('05334', 2024, { type: 'ring' }, [
				{ count_id: 'fte_case_officers', mode: 'add', value: 2 },
				{ count_id: 'title_applications_received', mode: 'add', value: -500 },
				{ count_id: 'calls_answered', mode: 'percent', value: 10 }
			])
		);
		expect(result.applied.every((c) => c.problem === null)).toBe(true);
		expect(bytes(data)).toEqual(before);
		engine.clearCache(); // read the dashboard's tables afresh, not from its cache
		const statsAfter = await Promise.all(peers.map((id) => engine.stats(id, 2024, { type: 'ring' })));
		expect(statsAfter).toEqual(statsBefore);
	}, 60_000);

	it('keeps the real group even when a change would move A into another size class', async () => {
		const req = await request('05334', 2024, { type: 'size' }, [
			// GK1 → GK3, still more than its 144,804 foreign residents (no error finding).
			{ count_id: 'population', mode: 'set', value: 150_000 }
		]);
		const result = await runner.run(catalogue, ring, req);
		const real = await engine.stats('05334', 2024, { type: 'size' });
		expect(result.rows.map((r) => r.n)).toEqual(real.rows.map((r) => r.n));
		expect(result.rows.find((r) => r.kpi_id === 'foreign_share')!.own_value).not.toBe(
			real.rows.find((r) => r.kpi_id === 'foreign_share')!.own_value
		);
	}, 60_000);

	it('reports changes it cannot apply and leaves those counts as they were', async () => {
		const result = await runner.run(
			catalogue,
			ring,
			await request('05334', 2024, { type: 'size' }, [
				{ count_id: 'fte_case_officers', mode: 'add', value: -1e6 },
				{ count_id: 'calls_answered', mode: 'percent', value: 10 }
			])
		);
		expect(result.applied.map((c) => [c.count_id, c.problem])).toEqual([
			['fte_case_officers', 'negative'],
			['calls_answered', null]
		]);
		expect(result.after.get('fte_case_officers')).toBe(result.before.get('fte_case_officers'));
		expect(result.after.get('calls_answered')).toBe(Math.round(result.before.get('calls_answered')! * 1.1));
	}, 60_000);

	it('marks a value the scenario makes fehlerhaft (more answered calls than calls)', async () => {
		const changes: Change[] = [{ count_id: 'calls_answered', mode: 'percent', value: 500 }];
		const result = await runner.run(catalogue, ring, await request('05334', 2024, { type: 'size' }, changes));
		// The scenario engine's own error findings mark exactly the KPI that reads the changed count.
		expect(result.rows.filter((r) => r.erroneous).map((r) => r.kpi_id)).toEqual(['phone_reachability']);
		expect(result.findings.find((f) => f.severity === 'error')?.ids).toEqual([
			'calls_answered',
			'calls_received'
		]);
		// The comparison view model: only the KPI that reads the count changes, marked fehlerhaft, and the
		// findings are new against the actual values.
		const actual = await engine.stats('05334', 2024, { type: 'size' });
		const plausibility = await engine.findings();
		const comparison = scenarioComparison({
			catalogue,
			scenario: { name: 'x', authority_id: '05334', period: 2024, peers: 'size', changes },
			actualRows: actual.rows,
			actualFindings: plausibility.findings,
			result
		});
		expect(comparison.hypothetical).toBe(true);
		const rows = comparison.fields.flatMap((f) => f.rows);
		expect(rows).toHaveLength(catalogue.kpis.length);
		expect(rows.filter((r) => r.changed).map((r) => r.kpi.id)).toEqual(['phone_reachability']);
		const phone = rows.find((r) => r.kpi.id === 'phone_reachability')!;
		expect(phone.actual.erroneous).toBeNull();
		expect(phone.scenario.erroneous?.map((m) => m.ids)).toEqual([['calls_answered', 'calls_received']]);
		expect(phone.delta).toBe(phone.scenario.own_value! - phone.actual.own_value!);
		// Shown with the dashboard's one badge per value: „fehlerhaft“ and no rank, never a quartile.
		const shown = (side: typeof phone.actual) => ({
			badge: positionBadge({ ...side, kpi: phone.kpi, tooSmall: false }).kind,
			rank: rankCell({ ...side, kpi: phone.kpi })
		});
		expect(shown(phone.scenario)).toEqual({ badge: 'erroneous', rank: 'kein Rang (fehlerhaft)' });
		expect(phone.scenario.rank).toBeNull();
		expect(shown(phone.actual).badge).not.toBe('erroneous');
		// The own fehlerhaft value is left out of the group's statistics, as on the dashboard.
		expect(phone.scenario.n).toBe(phone.actual.n - 1);
		expect(phone.scenario.excluded).toContain('05334');
		expect(comparison.counts.filter((c) => c.changed).map((c) => c.id)).toEqual(['calls_answered']);
		expect(comparison.newFindings.map((f) => f.rule).sort()).toEqual([
			'kpi_above_limit',
			'large_change',
			'part_exceeds_whole'
		]);
		expect(comparison.staffing.scenario).toEqual(comparison.staffing.actual);
	}, 60_000);
});

/** Two connections to ONE blocking DuckDB, as the page has one database and two connections. */
async function sharedDatabase(): Promise<{ first: Connector; second: Connector; close(): void }> {
	const require = createRequire(import.meta.url);
	const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const db = await createDuckDB(
		{
			mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		},
		new VoidLogger(),
		NODE_RUNTIME
	);
	await db.instantiate();
	const connector = (): Connector => {
		const conn = db.connect();
		for (const s of CONNECT_STATEMENTS) conn.query(s);
		return {
			query: async (sql) => conn.query(sql),
			async registerFile(name, bytes) {
				db.dropFile(name);
				db.registerFileBuffer(name, bytes);
			},
			async dropFile(name) {
				db.dropFile(name);
			},
			insertTable: (name, table) => insertArrow(conn, name, table),
			close: async () => conn.close()
		};
	};
	return { first: connector(), second: connector(), close: () => db.reset() };
}

describe('isolated scenario connection', () => {
	it('never touches the dashboard’s tables or files, even loading at the same time', async () => {
		const shared = await sharedDatabase();
		try {
			const dashboard = createEngine(shared.first, catalogue);
			await dashboard.loadRing(ring);
			const before = (await dashboard.kpis()).toArray().map((r) => JSON.stringify(r.toJSON()));
			const scenario = new ScenarioRunner(
				isolate(shared.second, 'scenario').then((c) => createEngine(c, catalogue))
			);
			const req = await request(
				'05334',
				2024,
				{ type: 'size' },
				[{ count_id: 'fte_case_officers', mode: 'add', value: 2 }],
				dashboard
			);
			// One after the other: the dashboard's tables are as they were.
			const alone = await scenario.run(catalogue, ring, req);
			expect((await dashboard.kpis()).toArray().map((r) => JSON.stringify(r.toJSON()))).toEqual(before);
			const own = (await dashboard.stats('05334', 2024, { type: 'size' })).rows.find(
				(r) => r.kpi_id === 'decisions_per_fte'
			)!;
			expect(alone.rows.find((r) => r.kpi_id === 'decisions_per_fte')!.own_value).toBeLessThan(
				own.own_value!
			);
			// At the same time: the dashboard reloads its ring while the scenario engine loads its copy.
			const [together] = await Promise.all([scenario.run(catalogue, ring, req), dashboard.loadRing(ring)]);
			expect(together.rows).toEqual(alone.rows);
			expect((await dashboard.kpis()).toArray().map((r) => JSON.stringify(r.toJSON()))).toEqual(before);
			const counts = await shared.first.query('SELECT count(*) AS n FROM base_wide');
			expect(Number(counts.getChild('n')?.get(0))).toBe(
				new Set(decodeValues(ring.values).map((v) => `${v.authority_id}|${v.period}`)).size
			);
		} finally {
			shared.close();
		}
	}, 60_000);

	it('scopes its files: the same name registered by both connections reads each its own', async () => {
		const shared = await sharedDatabase();
		try {
			const scoped = await isolate(shared.second, 'scenario');
			const bytes = (v: number) => new TextEncoder().encode(`a\n${v}\n`);
			await shared.first.registerFile('same.csv', bytes(1));
			await scoped.registerFile('same.csv', bytes(2));
			const read = async (c: Connector) =>
				Number((await c.query(`SELECT a FROM read_csv('same.csv', header = true)`)).getChild('a')?.get(0));
			expect([await read(shared.first), await read(scoped)]).toEqual([1, 2]);
			await scoped.dropFile('same.csv');
			expect(await read(shared.first)).toBe(1);
		} finally {
			shared.close();
		}
	}, 60_000);
});
