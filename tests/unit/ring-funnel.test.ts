/**
 * The moderation page's funnel of the whole ring (issue #27) and the view-model functions the KPI
 * view's and the moderation page's funnels share (kpi-view.ts `funnelPoints`, `funnelFlagged`).
 *
 * `periodFunnel` (proportions.ts, from the period snapshot: what the moderation page and the CLI
 * draw) must equal the KPI view's funnel over the group „whole ring“ (kpi-view.ts `funnelData`,
 * from the base counts the view holds) for every proportion KPI, and phone reachability in 2023
 * must equal an independent count from the ring's base values with Kiel's fehlerhaft value
 * (12.513 answered of 11.805 calls) left out of points and target.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { createDashboardData, type DashboardData } from '../../src/lib/dashboard/data.ts';
import { funnelData, funnelFlagged, funnelPoints } from '../../src/lib/dashboard/kpi-view.ts';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { createEngine, type Engine } from '../../src/lib/engine/engine.ts';
import { periodFunnel } from '../../src/lib/engine/proportions.ts';
import { funnel, Z95, Z998 } from '../../src/lib/engine/uncertainty.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import { displayNamer } from '../../src/lib/ring/pseudonyms.ts';
import type { RingData } from '../../src/lib/ring/package/types.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { openTestConnector } from './support/engine.ts';
import { decodeValues } from '../../src/lib/ring/value-columns.ts';

const DEMO = 'data-samples/demo-ring';
const KIEL = '01002';
const catalogue = loadCatalogue();
const proportions = catalogue.kpis.filter((k) => k.proportion);
let conn: Connector;
let engine: Engine;
let ring: Ring;
let data: RingData;
let dashboard: DashboardData;

beforeAll(async () => {
	conn = await openTestConnector();
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	const opened = await readRingFromPath(DEMO, specs);
	ring = opened.ring!;
	data = opened.data!;
	engine = createEngine(conn, catalogue);
	await engine.loadRing(ring);
	dashboard = createDashboardData({
		catalogue,
		engine,
		periods: await engine.periods(),
		data: { ring, extras: { custom_peer_groups: [] } }
	});
}, 60_000);
afterAll(() => conn.close());

describe('periodFunnel: the whole ring of a period', () => {
	it.each([2022, 2023, 2024])(
		'%i: equals the KPI view’s funnel over the whole ring for every proportion KPI',
		async (period) => {
			const [snapshot, errors] = await Promise.all([engine.snapshot(period), engine.errors()]);
			const state = { authorityId: snapshot.members[0]!.authority_id, period, peers: 'ring' };
			const { group } = await dashboard.stats(state);
			// The ring's group is every member with data in the period: the snapshot's members.
			expect(group.members).toEqual(snapshot.members.map((m) => m.authority_id));
			for (const kpi of proportions) {
				const ours = periodFunnel(snapshot, errors, kpi);
				const view = funnelData(await dashboard.kpiView(state, kpi.id, null), kpi.id, period, group.members);
				expect(ours.rows.length, kpi.id).toBeGreaterThan(10);
				expect(
					ours.rows.map((r) => r.authority_id),
					kpi.id
				).toEqual(view.rows.map((r) => r.authority_id));
				expect(ours.target!, kpi.id).toBeCloseTo(view.target!, 10);
				ours.rows.forEach((r, i) => {
					const v = view.rows[i]!;
					expect([r.x, r.n, r.flag, r.side], `${kpi.id} ${r.authority_id}`).toEqual([
						v.x,
						v.n,
						v.flag,
						v.side
					]);
					for (const key of ['value', 'low95', 'high95', 'low998', 'high998'] as const)
						expect(r[key], `${kpi.id} ${r.authority_id} ${key}`).toBeCloseTo(v[key], 10);
				});
			}
		},
		60_000
	);

	it('2023 phone reachability: Kiel’s fehlerhaft value is neither a point nor in the target (independent count)', async () => {
		const [snapshot, errors] = await Promise.all([engine.snapshot(2023), engine.errors()]);
		const kpi = proportions.find((k) => k.id === 'phone_reachability')!;
		const f = periodFunnel(snapshot, errors, kpi);
		const get = (id: string, count: string) =>
			decodeValues(ring.values).find(
				(v) => v.authority_id === id && v.period === 2023 && v.count_id === count
			)?.value;
		expect(get(KIEL, 'calls_answered')! > get(KIEL, 'calls_received')!).toBe(true);
		const expected = ring.authorities
			.map((a) => ({
				id: a.authority_id,
				x: get(a.authority_id, 'calls_answered'),
				n: get(a.authority_id, 'calls_received')
			}))
			.filter((p) => p.id !== KIEL && p.x !== undefined && p.n !== undefined && p.n > 0 && p.x <= p.n)
			.sort((a, b) => (a.id < b.id ? -1 : 1));
		expect(f.rows.map((r) => r.authority_id)).toEqual(expected.map((p) => p.id));
		const p0 = expected.reduce((s, p) => s + p.x!, 0) / expected.reduce((s, p) => s + p.n!, 0);
		expect(f.target!).toBeCloseTo(p0 * 100, 10);
		for (const r of f.rows) {
			const p = r.x / r.n;
			const half = (z: number) => z * Math.sqrt((p0 * (1 - p0)) / r.n);
			const outside = (z: number) => p < Math.max(0, p0 - half(z)) || p > Math.min(1, p0 + half(z));
			expect(r.flag, r.authority_id).toBe(outside(Z998) ? 'alarm' : outside(Z95) ? 'alert' : null);
		}
		// With large call counts many members lie outside: the list has something to show.
		expect(f.rows.some((r) => r.flag === 'alarm')).toBe(true);
	});

	it('a subset of members is a group of its own (the CLI’s --peers)', async () => {
		const [snapshot, errors] = await Promise.all([engine.snapshot(2024), engine.errors()]);
		const kpi = proportions[0]!;
		const members = snapshot.members.slice(0, 5).map((m) => m.authority_id);
		const f = periodFunnel(snapshot, errors, kpi, members);
		expect(f.rows.every((r) => members.includes(r.authority_id))).toBe(true);
		const x = f.rows.reduce((s, r) => s + r.x, 0);
		const n = f.rows.reduce((s, r) => s + r.n, 0);
		expect(f.target!).toBeCloseTo((x / n) * 100, 10);
	});
});

describe('funnelFlagged and funnelPoints', () => {
	// Target Σx/Σn = 4000/8000 = 50 %: A on it, B and C outside 95 % only, D and E outside 99.8 %.
	const f = funnel([
		{ authority_id: 'A', x: 500, n: 1000 },
		{ authority_id: 'B', x: 440, n: 800 },
		{ authority_id: 'C', x: 535, n: 1000 },
		{ authority_id: 'D', x: 650, n: 1000 },
		{ authority_id: 'E', x: 230, n: 1000 },
		{ authority_id: 'F', x: 1645, n: 3200 }
	]);

	it('lists only flagged members, alarm before alert, each by distance from the target', () => {
		expect(f.rows.map((r) => [r.authority_id, r.flag])).toEqual([
			['A', null],
			['B', 'alert'],
			['C', 'alert'],
			['D', 'alarm'],
			['E', 'alarm'],
			['F', null]
		]);
		expect(f.target).toBe(50);
		// |E − 50| = 27 > |D − 50| = 15; |B − 50| = 5 > |C − 50| = 3.5.
		expect(funnelFlagged(f).map((r) => r.authority_id)).toEqual(['E', 'D', 'B', 'C']);
		expect(funnelFlagged({ target: null, rows: [] })).toEqual([]);
	});

	it('names every point through the namer it is given and marks the own one', () => {
		const points = funnelPoints(f, (id) => `Behörde ${id}`, 'C');
		expect(points.map((p) => [p.label, p.own, p.flag])).toEqual(
			f.rows.map((r) => [`Behörde ${r.authority_id}`, r.authority_id === 'C', r.flag])
		);
		expect(points.map((p) => [p.n, p.value])).toEqual(f.rows.map((r) => [r.n, r.value]));
		expect(funnelPoints(f, (id) => id, null).some((p) => p.own)).toBe(false);
	});

	it('the download namer of the moderation page names no member of the demo ring', async () => {
		const [snapshot, errors] = await Promise.all([engine.snapshot(2024), engine.errors()]);
		const kpi = proportions.find((k) => k.id === 'phone_reachability')!;
		const pseudonym = displayNamer(data, undefined, 'Behörde');
		const labels = funnelPoints(periodFunnel(snapshot, errors, kpi), pseudonym, null).map((p) => p.label);
		expect(labels.length).toBeGreaterThan(10);
		for (const label of labels) expect(label).toMatch(/^Behörde [A-Z]{1,2}$/);
		const names = ring.authorities.map((a) => a.name);
		for (const label of labels) expect(names).not.toContain(label);
	});
});
