/**
 * Erroneous values (catalogue.md, round 2; issue #19): the engine's error index equals the error
 * findings of the plausibility run, and a fehlerhaft value leaves the statistics for everyone —
 * checked on the demo ring, where Kiel 2023 reports more answered than received calls.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { createEngine, type Engine } from '../../src/lib/engine/engine.ts';
import { ERROR_RULES, kpiErrors } from '../../src/lib/engine/erroneous.ts';
import { openNodeConnector } from '../../src/lib/engine/node-connector.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { syntheticRing } from '../fixtures/catalogue/rings.ts';
import { rough } from './support/rings.ts';
import { byCodePoint } from '../../src/lib/engine/ring-tables.ts';
import { valueOf } from '../../src/lib/engine/period-snapshot.ts';

const catalogue = loadCatalogue();
const KIEL = '01002';
let conn: Connector;
let engine: Engine;
let demo: Ring;

beforeAll(async () => {
	conn = await openNodeConnector();
	engine = createEngine(conn, catalogue);
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	demo = (await readRingFromPath('data-samples/demo-ring', specs)).ring!;
}, 60_000);
afterAll(() => conn.close());

describe('error index', () => {
	it.each([
		['demo ring', () => demo],
		['random ring', () => syntheticRing(40, 4, 11)],
		['rough ring 5', () => rough(5)],
		['rough ring 6', () => rough(6)]
	])('equals the error findings of the plausibility run, in its order (%s)', async (_, make) => {
		await engine.loadRing(make());
		const [index, result] = await Promise.all([engine.errors(), engine.findings()]);
		const errors = result.findings.filter((f) => f.severity === 'error');
		expect(errors.length).toBeGreaterThan(0);
		expect(new Set(errors.map((f) => f.rule))).toEqual(new Set(ERROR_RULES));
		const fromIndex = [...index].flatMap(([period, byAuthority]) =>
			[...byAuthority].flatMap(([authority_id, marks]) =>
				marks.map((m) => ({ authority_id, period, rule: m.rule, ids: m.ids, values: m.values }))
			)
		);
		const key = (f: { authority_id: string; period: number; ids: string[] }) =>
			`${f.authority_id}|${f.period}|${f.ids.join(',')}`;
		// The index is by period, then authority; within each, its marks in the run's order.
		const byRow = (x: { authority_id: string; period: number }, y: typeof x) =>
			byCodePoint(x.authority_id, y.authority_id) || x.period - y.period;
		expect(fromIndex.sort(byRow).map(key)).toEqual(errors.map(key));
		for (const f of errors)
			expect(fromIndex.find((m) => key(m) === key(f))).toMatchObject({ values: f.values, rule: f.rule });
		// Every KPI the plausibility run reports as reading a flagged value is fehlerhaft, and no other.
		const flagged = result.flagged.map((f) => `${f.authority_id}|${f.period}|${f.kpi_id}`).sort();
		const marked: string[] = [];
		for (const [period, byAuthority] of index)
			for (const authority of byAuthority.keys())
				for (const k of catalogue.kpis)
					if (kpiErrors(index, period, authority, k.inputs)) marked.push(`${authority}|${period}|${k.id}`);
		expect(marked.sort()).toEqual(flagged);
	});
});

describe('a fehlerhaft value in the statistics (demo ring, Kiel 2023)', () => {
	beforeAll(() => engine.loadRing(demo), 60_000);

	it('keeps its number but has no rank, no position, and carries its finding', async () => {
		const row = (await engine.stats(KIEL, 2023, { type: 'size' })).rows.find(
			(r) => r.kpi_id === 'phone_reachability'
		)!;
		expect(row.own_value).toBeCloseTo(105.997, 3);
		expect(row.rank).toBeNull();
		expect(row.position).toBeNull();
		expect(row.erroneous).toEqual([
			{ rule: 'part_exceeds_whole', ids: ['calls_answered', 'calls_received'], values: [12513, 11805] }
		]);
		expect(row.excluded).toEqual([KIEL]);
		expect(row.ci_low).toBeNull(); // no interval for a fehlerhaft value
		expect(row.ci_n).toBe(11805);
		// Values that do not read the flagged counts are ranked as usual.
		const other = (await engine.stats(KIEL, 2023, { type: 'size' })).rows.find(
			(r) => r.kpi_id === 'customer_satisfaction'
		)!;
		expect(other.erroneous).toBeNull();
		expect(other.rank).not.toBeNull();
	});

	it('is left out of every group statistic, for the others too', async () => {
		const kiel = await engine.stats(KIEL, 2023, { type: 'size' });
		const members = kiel.group.members;
		const snapshot = await engine.snapshot(2023);
		const values = members
			.filter((id) => id !== KIEL)
			.map((id) => valueOf(snapshot, 'phone_reachability', id))
			.filter((v): v is number => v !== null)
			.sort((a, b) => a - b);
		for (const id of members) {
			const row = (await engine.stats(id, 2023, { type: 'size' })).rows.find(
				(r) => r.kpi_id === 'phone_reachability'
			)!;
			expect(row.n, id).toBe(values.length);
			expect(row.max, id).toBe(values.at(-1));
			expect(row.mean, id).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 12);
			expect(row.excluded, id).toEqual([KIEL]);
			if (id !== KIEL) {
				const own = valueOf(snapshot, 'phone_reachability', id)!;
				expect(row.rank, id).toBe(1 + values.filter((v) => v > own).length);
			}
		}
	});

	it('marks the direction of travel when the previous value was fehlerhaft', async () => {
		const row = (await engine.stats(KIEL, 2024, { type: 'size' })).rows.find(
			(r) => r.kpi_id === 'phone_reachability'
		)!;
		expect(row.prev_period).toBe(2023);
		expect(row.prev_erroneous).toBe(true);
		expect(row.erroneous).toBeNull();
		expect(row.rank).not.toBeNull();
	});

	it('Mainz 2022: the overdue share of 125 % is fehlerhaft', async () => {
		const row = (await engine.stats('07315', 2022, { type: 'ring' })).rows.find(
			(r) => r.kpi_id === 'overdue_share'
		)!;
		expect(row.own_value).toBeCloseTo(125.04, 2);
		expect(row.erroneous?.[0]?.ids).toEqual(['open_applications_over_3_months', 'open_applications']);
		expect(row.rank).toBeNull();
	});
});
