/**
 * The dashboard's data (dashboard/data.ts) against the real engine: the views are answered from the
 * ring in memory (engine.ts, ring-kpis.ts) — no switch costs a database query. Counts the queries
 * that reach the connector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { openNodeConnector } from '../../src/lib/engine/node-connector.ts';
import { createEngine } from '../../src/lib/engine/engine.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { createDashboardData, type DashboardData } from '../../src/lib/dashboard/data.ts';
import type { ViewState } from '../../src/lib/dashboard/state.ts';
import { syntheticRing } from '../fixtures/catalogue/rings.ts';

const catalogue = loadCatalogue();
let conn: Connector;
let queries: string[] = [];
let data: DashboardData;
let authorityIds: string[] = [];

beforeAll(async () => {
	const real = await openNodeConnector();
	conn = {
		...real,
		query(sql) {
			queries.push(sql);
			return real.query(sql);
		},
		close: () => real.close()
	};
	const ring = syntheticRing(40, 4);
	authorityIds = ring.authorities.map((a) => a.authority_id);
	const engine = createEngine(conn, catalogue);
	await engine.loadRing(ring);
	data = createDashboardData({
		catalogue,
		engine,
		periods: await engine.periods(),
		data: { ring, extras: { custom_peer_groups: [] } }
	});
});
afterAll(() => conn.close());

const state = (over: Partial<ViewState> = {}): ViewState => ({
	authorityId: '10003',
	period: 2018,
	peers: 'size',
	...over
});

/** Queries issued while `work` runs. */
async function counted(work: () => Promise<unknown>): Promise<number> {
	queries = [];
	await work();
	return queries.length;
}

describe('dashboard data: the ring’s KPIs in memory, no query per view or switch', () => {
	it('the first view of a period, and authority and group switches in it, need no query', async () => {
		expect(await counted(() => data.stats(state()))).toBe(0);
		expect(await counted(() => data.stats(state({ authorityId: '10017' })))).toBe(0);
		expect(await counted(() => data.stats(state({ peers: 'ring' })))).toBe(0);
		expect(await counted(() => data.stats(state({ peers: 'nearest' })))).toBe(0);
		expect(await counted(() => data.periodValues(2018))).toBe(0);
	});

	it('a KPI view needs no query: base counts are cut from the load’s rows, series from the KPIs', async () => {
		expect(await counted(() => data.kpiView(state(), 'avg_processing_days', 'cost_per_decision'))).toBe(0);
		expect(
			await counted(() => data.kpiView(state({ authorityId: '10021' }), 'avg_processing_days', null))
		).toBe(0);
		// A KPI's series is cut from the ring's KPIs in memory (ring-kpis.ts) and a period's base counts
		// from the rows of the ring's load (views.ts `periodBaseCounts`): a new KPI or a period not seen
		// before costs no query.
		expect(await counted(() => data.kpiView(state(), 'phone_reachability', null))).toBe(0);
		expect(await counted(() => data.kpiView(state({ period: 2016 }), 'phone_reachability', null))).toBe(0);
	});

	it('prefetch warms the other periods, so a period switch then costs no query', async () => {
		data.prefetch(state(), 'avg_processing_days');
		// The prefetch runs in idle steps; wait until it has stopped issuing queries.
		for (let quiet = 0; quiet < 5;) {
			const before = queries.length;
			await new Promise((r) => setTimeout(r, 100));
			quiet = queries.length === before ? quiet + 1 : 0;
		}
		for (const period of [2015, 2016, 2017])
			expect(
				await counted(() => data.kpiView(state({ period }), 'avg_processing_days', null)),
				`${period}`
			).toBe(0);
	});

	it('keeps the view states just visited, the least recently used dropped (memory of a long session)', async () => {
		const kpi = 'avg_processing_days';
		const view = (authorityId: string) => data.kpiView(state({ authorityId, period: 2017 }), kpi, null);
		const [first, second, ...rest] = authorityIds;
		const kept = await view(first!);
		const dropped = await view(second!);
		expect(await view(first!)).toBe(kept); // answered from memory, and now the most recent
		// Eleven more states: twelve are kept, so the second state (least recently used) is dropped.
		for (const id of rest.slice(0, 11)) await view(id);
		expect(await view(first!)).toBe(kept);
		const again = await view(second!);
		expect(again).not.toBe(dropped); // made anew…
		expect(again).toEqual(dropped); // …to the same numbers
	});
});
