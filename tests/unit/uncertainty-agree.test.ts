/**
 * The browser's figures equal the CLI's (issue #27): the dashboard's data layer and view models
 * (dashboard/data.ts, kpi-view.ts — the code the KPI view and the overview render) on the demo ring,
 * against what `intervals` and `funnel` print (run in-process: support/cli.ts). The two take different roads to x and n: the
 * CLI reads them with the period snapshot (SQL), the KPI view evaluates them from the base counts
 * it holds (TypeScript) — every number must agree to the last digit the CLI writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { createDashboardData, type DashboardData } from '../../src/lib/dashboard/data.ts';
import { funnelData, rankingData } from '../../src/lib/dashboard/kpi-view.ts';
import type { ViewState } from '../../src/lib/dashboard/state.ts';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { createEngine } from '../../src/lib/engine/engine.ts';
import { openNodeConnector } from '../../src/lib/engine/node-connector.ts';
import { toPlainDecimal } from '../../src/lib/format/plain.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import { cliInProcess } from './support/cli.ts';

const DEMO = 'data-samples/demo-ring';
const catalogue = loadCatalogue();
const proportions = catalogue.kpis.filter((k) => k.proportion);
let conn: Connector;
let dashboard: DashboardData;

async function cli(...args: string[]): Promise<Record<string, string>[]> {
	const r = await cliInProcess(...args);
	expect(r.code, r.err).toBe(0);
	const [header, ...lines] = r.out.trimEnd().split('\n');
	const cols = header!.split(',');
	return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}

const cell = (v: number | null | undefined) => (v === null || v === undefined ? '' : toPlainDecimal(v));

beforeAll(async () => {
	conn = await openNodeConnector();
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	const ring = (await readRingFromPath(DEMO, specs)).ring!;
	const engine = createEngine(conn, catalogue);
	await engine.loadRing(ring);
	dashboard = createDashboardData({
		catalogue,
		engine,
		periods: await engine.periods(),
		data: { ring, extras: { custom_peer_groups: [] } }
	});
}, 60_000);
afterAll(() => conn.close());

describe.each([
	// Kiel 2023 has a fehlerhaft phone reachability; Aachen 2024 and Lüchow-Dannenberg 2022 none.
	// Each state checks the funnel of three KPIs (one CLI run each): together every proportion KPI.
	{ authorityId: '01002', period: 2023, peers: 'size', kpis: [0, 3, 4] },
	{ authorityId: '05334', period: 2024, peers: 'kind', kpis: [1, 5, 6] },
	{ authorityId: '03354', period: 2022, peers: 'ring', kpis: [2, 7, 8] }
])('$authorityId $period $peers', ({ kpis, ...state }: ViewState & { kpis: number[] }) => {
	it('intervals: the overview’s and the ranking’s own interval equal the CLI', async () => {
		const rows = await cli(
			'intervals',
			'--ring',
			DEMO,
			'--authority',
			state.authorityId,
			'--period',
			String(state.period)
		);
		const { rows: stats } = await dashboard.stats(state);
		expect(rows.map((r) => r.kpi_id)).toEqual(proportions.map((k) => k.id));
		for (const row of rows) {
			const s = stats.find((x) => x.kpi_id === row.kpi_id)!;
			const view = await dashboard.kpiView(state, row.kpi_id!, null);
			const own = rankingData(
				view,
				catalogue.kpis.find((k) => k.id === row.kpi_id)!,
				state.period,
				state.authorityId,
				(id) => id
			).find((d) => d.own);
			const where = `${row.kpi_id}`;
			if (s.erroneous) {
				// Shown as a value with its mark, but no interval: the CLI leaves every cell empty.
				expect(row, where).toEqual({ kpi_id: row.kpi_id, value: '', n: '', ci_low: '', ci_high: '' });
				expect(own?.erroneous, where).toBe(true);
				expect(own?.low ?? null, where).toBeNull();
				continue;
			}
			expect([cell(s.own_value), cell(s.ci_n), cell(s.ci_low), cell(s.ci_high)], where).toEqual([
				row.value,
				row.n,
				row.ci_low,
				row.ci_high
			]);
			if (own)
				expect([cell(own.value), cell(own.n), cell(own.low), cell(own.high)], where).toEqual([
					row.value,
					row.n,
					row.ci_low,
					row.ci_high
				]);
		}
	});

	it('funnel: the KPI view’s funnel table equals the CLI for every proportion KPI', async () => {
		const { group } = await dashboard.stats(state);
		for (const kpi of kpis.map((i) => proportions[i]!)) {
			const rows = await cli(
				'funnel',
				'--ring',
				DEMO,
				'--period',
				String(state.period),
				'--kpi',
				kpi.id,
				'--peers',
				state.peers,
				'--authority',
				state.authorityId
			);
			const view = funnelData(
				await dashboard.kpiView(state, kpi.id, null),
				kpi.id,
				state.period,
				group.members
			);
			expect(
				view.rows.map((r) => ({
					authority_id: r.authority_id,
					value: cell(r.value),
					n: cell(r.n),
					target: cell(r.target),
					low95: cell(r.low95),
					high95: cell(r.high95),
					low998: cell(r.low998),
					high998: cell(r.high998),
					flag: r.flag ?? ''
				})),
				kpi.id
			).toEqual(rows);
			expect(rows.length, kpi.id).toBeGreaterThan(0);
		}
	}, 180_000);
});
