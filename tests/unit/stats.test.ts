import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { openTestConnector } from './support/engine.ts';
import { createEngine, type Engine, type GroupStats } from '../../src/lib/engine/engine.ts';
import { STATS_COLUMNS, type StatsRow } from '../../src/lib/engine/stats.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { authority, ring, rng } from '../fixtures/catalogue/rings.ts';

function byKpi(s: GroupStats): Map<string, StatsRow> {
	return new Map(s.rows.map((row) => [row.kpi_id, row]));
}

/**
 * Counts chosen so that three KPIs equal one base count:
 * avg_onsite_wait_minutes = minutes / 1 (down), decisions_per_fte = (granted + 0) / 1 (up),
 * visits_per_fte = visits / 1 (none).
 */
function counts(wait: number, granted: number | undefined, visits: number): Record<string, number> {
	const c: Record<string, number> = {
		population: 100_000,
		onsite_wait_minutes_total: wait,
		visits_with_wait_recorded: 1,
		title_applications_rejected: 0,
		fte_case_officers: 1,
		visits
	};
	if (granted !== undefined) c.titles_granted = granted;
	return c;
}

const catalogue = loadCatalogue();
let conn: Connector;
let engine: Engine;
beforeAll(async () => {
	conn = await openTestConnector();
	engine = createEngine(conn, catalogue);
	await engine.loadRing(
		ring(
			['03001', '03002', '03003', '03004', '03005', '03006'].map((id) => authority(id)),
			{
				// 03001 delivered in 2021 and 2023, not in 2022: its previous period is 2021
				'03001': {
					2021: { ...counts(25, 8, 50), calls_received: 10, calls_answered: 5 },
					2023: counts(20, 8, 100)
				},
				'03002': { 2022: counts(99, 99, 99), 2023: counts(10, 1, 200) },
				'03003': { 2023: counts(20, 2, 300) },
				'03004': { 2023: counts(40, 4, 400) },
				'03005': { 2023: counts(30, undefined, 500) }, // decisions_per_fte missing
				'03006': { 2023: { onsite_wait_minutes_total: 5, visits_with_wait_recorded: 1 } } // no population
			}
		)
	);
});
afterAll(async () => {
	await conn.close();
});

describe('statistics of every KPI over a peer group', () => {
	it('one row per catalogue KPI with the documented columns', async () => {
		const s = await engine.stats('03001', 2023);
		expect(s.group.type).toBe('size'); // the default group
		expect(s.group.members).toEqual(['03001', '03002', '03003', '03004', '03005']);
		for (const row of s.rows) expect(Object.keys(row)).toEqual([...STATS_COLUMNS]);
		expect(s.rows.map((r) => r.kpi_id)).toEqual(catalogue.kpis.map((k) => k.id));
	});

	it('polarity down with ties: quartiles, mean, shared best rank, positions', async () => {
		// values 20 (A), 10, 20, 40, 30 → sorted 10 20 20 30 40; type 7: q1 = x[1] = 20, median 20, q3 = x[3] = 30
		const a = byKpi(await engine.stats('03001', 2023)).get('avg_onsite_wait_minutes');
		expect(a).toMatchObject({ n: 5, min: 10, q1: 20, median: 20, q3: 30, max: 40, mean: 24, own_value: 20 });
		expect(a).toMatchObject({ rank: 2, position: 'middle' }); // one lower value; 03003 ties
		expect(byKpi(await engine.stats('03003', 2023)).get('avg_onsite_wait_minutes')).toMatchObject({
			rank: 2
		});
		expect(byKpi(await engine.stats('03002', 2023)).get('avg_onsite_wait_minutes')).toMatchObject({
			rank: 1,
			position: 'good'
		});
		expect(byKpi(await engine.stats('03004', 2023)).get('avg_onsite_wait_minutes')).toMatchObject({
			rank: 5,
			position: 'attention'
		});
		// 30 equals q3: on the quartile is middle
		expect(byKpi(await engine.stats('03005', 2023)).get('avg_onsite_wait_minutes')).toMatchObject({
			rank: 4,
			position: 'middle'
		});
	});

	it('polarity up with interpolated quartiles; null values are left out', async () => {
		// values 8 (A), 1, 2, 4; 03005 has no value. Sorted 1 2 4 8:
		// q1: h = 3·0.25 = 0.75 → 1 + 0.75·(2−1) = 1.75; median: h = 1.5 → 2 + 0.5·2 = 3; q3: h = 2.25 → 4 + 0.25·4 = 5
		const s = byKpi(await engine.stats('03001', 2023)).get('decisions_per_fte');
		expect(s).toMatchObject({ n: 4, min: 1, q1: 1.75, median: 3, q3: 5, max: 8, mean: 3.75 });
		expect(s).toMatchObject({ own_value: 8, rank: 1, position: 'good' });
		expect(byKpi(await engine.stats('03002', 2023)).get('decisions_per_fte')).toMatchObject({
			rank: 4,
			position: 'attention'
		});
		expect(byKpi(await engine.stats('03003', 2023)).get('decisions_per_fte')).toMatchObject({
			rank: 3,
			position: 'middle'
		});
		const none = byKpi(await engine.stats('03005', 2023)).get('decisions_per_fte');
		expect(none).toMatchObject({ n: 4, own_value: null, rank: null, position: null });
	});

	it('polarity none: statistics but no rank; position none', async () => {
		const s = byKpi(await engine.stats('03001', 2023)).get('visits_per_fte');
		expect(s).toMatchObject({ n: 5, min: 100, median: 300, max: 500, mean: 300, own_value: 100 });
		expect(s).toMatchObject({ rank: null, position: 'none', direction: 'none' });
	});

	it('a KPI without any value in the group', async () => {
		const s = byKpi(await engine.stats('03001', 2023)).get('customer_satisfaction');
		expect(s).toMatchObject({
			n: 0,
			min: null,
			q1: null,
			median: null,
			mean: null,
			own_value: null,
			rank: null
		});
	});

	it('direction of travel against the latest earlier period with data', async () => {
		const s = byKpi(await engine.stats('03001', 2023));
		expect(s.get('avg_onsite_wait_minutes')).toMatchObject({
			prev_period: 2021,
			prev_value: 25,
			direction: 'better'
		});
		expect(s.get('decisions_per_fte')).toMatchObject({ prev_value: 8, direction: 'same' });
		expect(s.get('phone_reachability')).toMatchObject({ prev_value: 50, own_value: null, direction: null });
		const b = byKpi(await engine.stats('03002', 2023));
		expect(b.get('avg_onsite_wait_minutes')).toMatchObject({
			prev_period: 2022,
			prev_value: 99,
			direction: 'better'
		});
		expect(b.get('decisions_per_fte')).toMatchObject({ prev_value: 99, direction: 'worse' });
		const first = byKpi(await engine.stats('03003', 2023));
		expect(first.get('avg_onsite_wait_minutes')).toMatchObject({ prev_period: null, direction: null });
	});

	it('an authority outside its group (no population) gets its value but no rank', async () => {
		const s = await engine.stats('03006', 2023);
		expect(s.group.members).toEqual([]);
		expect(byKpi(s).get('avg_onsite_wait_minutes')).toMatchObject({
			n: 0,
			own_value: 5,
			rank: null,
			position: null
		});
		const ring = byKpi(await engine.stats('03006', 2023, { type: 'ring' })).get('avg_onsite_wait_minutes');
		expect(ring).toMatchObject({ n: 6, min: 5, own_value: 5, rank: 1, position: 'good' });
	});
});

describe('quantiles agree with an independent type-7 implementation', () => {
	function type7(sorted: number[], p: number): number {
		const h = (sorted.length - 1) * p;
		const lo = Math.floor(h);
		const a = sorted[lo] as number;
		const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
		return a + (h - lo) * (b - a);
	}

	it('on random data with a rank check', async () => {
		const random = rng(5);
		const ids = Array.from({ length: 37 }, (_, i) => String(40000 + i));
		const waits = ids.map(() => Math.round(random() * 50));
		const e = createEngine(conn, catalogue);
		await e.loadRing(
			ring(
				ids.map((id) => authority(id)),
				Object.fromEntries(ids.map((id, i) => [id, { 2024: counts(waits[i] as number, 1, 1) }]))
			)
		);
		const sorted = [...waits].sort((x, y) => x - y);
		const s = byKpi(await e.stats(ids[0] as string, 2024, { type: 'ring' })).get('avg_onsite_wait_minutes');
		for (const [key, p] of [
			['q1', 0.25],
			['median', 0.5],
			['q3', 0.75]
		] as const)
			expect(s?.[key]).toBeCloseTo(type7(sorted, p), 10);
		const own = waits[0] as number;
		expect(s?.rank).toBe(1 + waits.filter((w) => w < own).length);
	});
});
