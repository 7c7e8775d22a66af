import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Table } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { openTestConnector } from './support/engine.ts';
import { createEngine, type Engine } from '../../src/lib/engine/engine.ts';
import { loadCatalogue, readDefinitionFiles } from '../../src/lib/catalogue/node-loader.ts';
import { validateCatalogue } from '../../src/lib/catalogue/validate.ts';
import { evaluate } from '../../src/lib/catalogue/formula.ts';
import type { Catalogue } from '../../src/lib/catalogue/schema.ts';
import { authority, completeCounts, ring, rng, syntheticRing } from '../fixtures/catalogue/rings.ts';
import { decodeValues, encodeValues } from '../../src/lib/ring/value-columns.ts';

interface KpiRow {
	authority_id: string;
	period: number;
	kpi_id: string;
	value: number | null;
	reason: string | null;
	missing: string | null;
}

function rows(t: Table): KpiRow[] {
	return t.toArray().map((r) => r.toJSON() as unknown as KpiRow);
}

function valuesOf(t: Table, authorityId: string, period: number): Map<string, KpiRow> {
	return new Map(
		rows(t)
			.filter((r) => r.authority_id === authorityId && r.period === period)
			.map((r) => [r.kpi_id, r])
	);
}

const catalogue = loadCatalogue();
let conn: Connector;
let engine: Engine;

beforeAll(async () => {
	conn = await openTestConnector();
	engine = createEngine(conn, catalogue);
});
afterAll(async () => {
	await conn.close();
});

describe('all 28 KPIs against hand-computed values', () => {
	// completeCounts(): decided = 10,000 + 500 = 10,500; total_costs = 3,000,000 + 600,000 + 400,000 = 4,000,000.
	// Each entry: the hand result (checked to 12 digits) and the formula in the written order (checked bit for bit).
	const expected: Record<string, [number, number]> = {
		completion_rate: [87.5, (10500 / 12000) * 100],
		legal_remedy_rate: [4, (420 / 10500) * 100],
		legal_remedy_loss_rate: [15, (63 / 420) * 100],
		inaction_lawsuits_per_1000: [8, (96 / 12000) * 1000],
		fictional_certificate_rate: [20, (2400 / 12000) * 100],
		rejection_rate: [4.761904761904762, (500 / 10500) * 100],
		backlog_months: [4, 4000 / (12000 / 12)],
		overdue_share: [25, (1000 / 4000) * 100],
		avg_processing_days: [70, 735000 / 10500],
		avg_booking_lead_days: [20, 500000 / 25000],
		avg_onsite_wait_minutes: [30, 540000 / 18000],
		phone_reachability: [65, (52000 / 80000) * 100],
		customer_satisfaction: [72.5, (290 / 400) * 100],
		first_visit_resolution: [52.5, (210 / 400) * 100],
		digital_intake_share: [25, (10000 / (30000 + 10000)) * 100],
		sickness_rate: [11, (1100 / 10000) * 100],
		turnover_rate: [8, (4 / 50) * 100],
		external_hiring_success: [75, (6 / 8) * 100],
		staffing_level: [87.5, (35 / 40) * 100],
		staff_satisfaction: [66.66666666666667, (30 / 45) * 100],
		decisions_per_fte: [300, 10500 / 35],
		visits_per_fte: [857.1428571428571, 30000 / 35],
		foreign_residents_per_fte: [800, 40000 / 50],
		cost_per_decision: [380.95238095238096, 4000000 / 10500],
		cost_per_foreign_resident: [100, 4000000 / 40000],
		cost_recovery_rate: [45, (1800000 / 4000000) * 100],
		foreign_share: [16, (40000 / 250000) * 100],
		tolerated_share: [7.5, (3000 / 40000) * 100]
	};
	let table: Table;
	beforeAll(async () => {
		await engine.loadRing(ring([authority('05111')], { '05111': { 2023: completeCounts() } }));
		table = await engine.kpis();
	});

	it('has one row per KPI in catalogue order', () => {
		expect(rows(table).map((r) => r.kpi_id)).toEqual(catalogue.kpis.map((k) => k.id));
		expect(Object.keys(expected)).toEqual(catalogue.kpis.map((k) => k.id));
	});

	it.each(Object.entries(expected))('%s', (id, [hand, written]) => {
		const row = valuesOf(table, '05111', 2023).get(id);
		expect(row?.reason).toBeNull();
		expect(row?.missing).toBeNull();
		expect(row?.value).toBeCloseTo(hand, 10);
		expect(row?.value).toBe(written);
	});

	it('returns the columns authority_id, period, kpi_id, value, reason, missing', () => {
		expect(table.schema.fields.map((f) => f.name)).toEqual([
			'authority_id',
			'period',
			'kpi_id',
			'value',
			'reason',
			'missing'
		]);
	});
});

describe('null rules', () => {
	async function kpisFor(counts: Record<string, number>): Promise<Map<string, KpiRow>> {
		await engine.loadRing(ring([authority('01001')], { '01001': { 2022: counts } }));
		return valuesOf(await engine.kpis(), '01001', 2022);
	}
	function without(...ids: string[]): Record<string, number> {
		const c = completeCounts();
		for (const id of ids) delete c[id];
		return c;
	}

	it('missing input: value null, reason missing_input, the missing ids named (derived terms expanded)', async () => {
		const k = await kpisFor(without('titles_granted'));
		for (const id of [
			'completion_rate',
			'legal_remedy_rate',
			'rejection_rate',
			'avg_processing_days',
			'decisions_per_fte',
			'cost_per_decision'
		]) {
			expect(k.get(id), id).toMatchObject({
				value: null,
				reason: 'missing_input',
				missing: 'titles_granted'
			});
		}
		expect(k.get('inaction_lawsuits_per_1000')).toMatchObject({ value: 8, reason: null });
		const both = await kpisFor(without('titles_granted', 'title_applications_received'));
		expect(both.get('completion_rate')?.missing).toBe('titles_granted,title_applications_received');
		expect(both.get('backlog_months')).toMatchObject({
			value: null,
			reason: 'missing_input',
			missing: 'title_applications_received'
		});
	});

	it('zero denominator: value null, reason zero_denominator', async () => {
		const k = await kpisFor({
			...completeCounts(),
			calls_received: 0,
			calls_answered: 0,
			target_workdays: 0
		});
		expect(k.get('phone_reachability')).toMatchObject({
			value: null,
			reason: 'zero_denominator',
			missing: null
		});
		expect(k.get('sickness_rate')).toMatchObject({ value: null, reason: 'zero_denominator' });
	});

	it('zero denominator inside a derived term and nested denominators', async () => {
		const k = await kpisFor({ ...completeCounts(), titles_granted: 0, title_applications_rejected: 0 });
		// decided = 0
		for (const id of ['legal_remedy_rate', 'rejection_rate', 'avg_processing_days', 'cost_per_decision'])
			expect(k.get(id), id).toMatchObject({ value: null, reason: 'zero_denominator' });
		expect(k.get('completion_rate')).toMatchObject({ value: 0, reason: null }); // 0 / 12,000 is a real 0
		expect(k.get('decisions_per_fte')).toMatchObject({ value: 0, reason: null });

		// backlog_months = open_applications / (title_applications_received / 12): the nested divisor is 0
		const b = await kpisFor({ ...completeCounts(), title_applications_received: 0 });
		expect(b.get('backlog_months')).toMatchObject({ value: null, reason: 'zero_denominator' });
		expect(b.get('completion_rate')).toMatchObject({ value: null, reason: 'zero_denominator' });

		// digital_intake_share divides by (visits + digital_submissions)
		const d = await kpisFor({ ...completeCounts(), visits: 0, digital_submissions: 0 });
		expect(d.get('digital_intake_share')).toMatchObject({ value: null, reason: 'zero_denominator' });
		const d2 = await kpisFor({ ...completeCounts(), visits: 0 });
		expect(d2.get('digital_intake_share')).toMatchObject({ value: 100, reason: null });
	});

	it('missing input takes precedence over a zero denominator', async () => {
		const k = await kpisFor({ ...without('titles_granted'), title_applications_received: 0 });
		expect(k.get('completion_rate')).toMatchObject({
			value: null,
			reason: 'missing_input',
			missing: 'titles_granted'
		});
		const b = await kpisFor({ ...without('open_applications'), title_applications_received: 0 });
		expect(b.get('backlog_months')).toMatchObject({ reason: 'missing_input', missing: 'open_applications' });
	});

	it('a base count delivered as 0 is a real 0', async () => {
		const k = await kpisFor({
			...completeCounts(),
			legal_remedies_received: 0,
			inaction_lawsuits: 0,
			fee_revenue: 0
		});
		expect(k.get('legal_remedy_rate')).toMatchObject({ value: 0, reason: null });
		expect(k.get('inaction_lawsuits_per_1000')).toMatchObject({ value: 0, reason: null });
		expect(k.get('cost_recovery_rate')).toMatchObject({ value: 0, reason: null });
		expect(k.get('legal_remedy_loss_rate')).toMatchObject({ value: null, reason: 'zero_denominator' });
	});

	it('an authority and period with a single base value gets every KPI, mostly missing', async () => {
		const k = await kpisFor({ population: 1000 });
		expect(k.size).toBe(28);
		expect(k.get('foreign_share')).toMatchObject({
			value: null,
			reason: 'missing_input',
			missing: 'foreign_population'
		});
		expect(k.get('cost_per_decision')?.missing).toBe(
			'personnel_costs,operating_costs,overhead_costs,titles_granted,title_applications_rejected'
		);
		for (const row of k.values()) expect(row.value).toBeNull();
	});
});

describe('rows and loading', () => {
	it('one row per (authority, period) with data × KPI, ordered by authority_id, period, catalogue order', async () => {
		const r = ring([authority('10000'), authority('09162'), authority('01001'), authority('99999')], {
			'10000': { 2023: { population: 5 }, 2021: { population: 3 } },
			'09162': { 2022: { visits: 1 } },
			'01001': { 2023: { calls_received: 10, calls_answered: 7 } }
			// 99999 delivered nothing: no rows
		});
		r.values = encodeValues(decodeValues(r.values).reverse()); // input order must not matter
		await engine.loadRing(r);
		const t = rows(await engine.kpis());
		expect(t).toHaveLength(4 * 28);
		const keys = [...new Set(t.map((x) => `${x.authority_id}/${x.period}`))];
		expect(keys).toEqual(['01001/2023', '09162/2022', '10000/2021', '10000/2023']);
		expect(t.slice(0, 28).map((x) => x.kpi_id)).toEqual(catalogue.kpis.map((k) => k.id));
		expect(t.find((x) => x.kpi_id === 'phone_reachability' && x.authority_id === '01001')?.value).toBe(
			(7 / 10) * 100
		);
		expect(rows(await engine.kpis({ period: 2023 })).map((x) => x.authority_id)).toEqual([
			...Array(28).fill('01001'),
			...Array(28).fill('10000')
		]);
		expect(await engine.periods()).toEqual([2021, 2022, 2023]);
	});

	it('knows the periods from the load: those of base_wide, with a period of only non-finite values left out', async () => {
		const r = ring(
			[authority('01001', 'landkreis', 'SH', 'Nord'), authority('01002', 'kreisfreie_stadt', 'SH', 'Süd')],
			{
				'01001': { 2020: { calls_received: 10 } }
			}
		);
		r.values = encodeValues([
			...decodeValues(r.values),
			{ authority_id: '01001', period: 2021, count_id: 'calls_received', value: Number.NaN },
			{ authority_id: '01002', period: 2019, count_id: 'not_in_the_catalogue', value: 4 },
			{ authority_id: '01002', period: 2024, count_id: 'calls_received', value: Number.POSITIVE_INFINITY }
		]);
		const loaded = await engine.loadRing(r);
		const sql = await conn.query('SELECT DISTINCT period FROM base_wide ORDER BY period');
		const inTable = Array.from(sql.getChild('period')!.toArray(), Number);
		expect(inTable).toEqual([2019, 2020]);
		expect(loaded.periods).toEqual(inTable);
		expect(await engine.periods()).toEqual(inTable);
		// Asked again after another load: that ring's periods.
		await engine.loadRing(syntheticRing(5, 3, 2));
		const again = await conn.query('SELECT DISTINCT period FROM base_wide ORDER BY period');
		expect(await engine.periods()).toEqual(Array.from(again.getChild('period')!.toArray(), Number));
	});

	it('keeps leading zeros, odd names, and the later of two values for the same cell', async () => {
		const r = ring([authority('01001', 'landkreis', 'SH', 'Kreis "Nord", Amt\nFür Ausländer')], {
			'01001': { 2023: { calls_received: 10, calls_answered: 7 } }
		});
		r.values = encodeValues([
			...decodeValues(r.values),
			{ authority_id: '01001', period: 2023, count_id: 'calls_answered', value: 9 },
			{ authority_id: '01001', period: 2023, count_id: 'fte_total', value: Number.NaN }
		]);
		const loaded = await engine.loadRing(r);
		expect(loaded).toMatchObject({ authorities: 1, rows: 1, values: 2 });
		const names = await conn.query('SELECT authority_id, name FROM authorities');
		expect(names.get(0)?.toJSON()).toEqual({
			authority_id: '01001',
			name: 'Kreis "Nord", Amt\nFür Ausländer'
		});
		const k = valuesOf(await engine.kpis(), '01001', 2023);
		expect(k.get('phone_reachability')?.value).toBe(90);
		expect(k.get('turnover_rate')?.missing).toBe('staff_departures_to_other_employers,fte_total');
	});

	it('agrees bit for bit with an independent evaluation of the formulas on a synthetic ring', async () => {
		const r = syntheticRing(60, 3, 7);
		const random = rng(99);
		for (let i = 0; i < r.values.value.length; i++) if (random() < 0.05) r.values.value[i] = 0; // plenty of zero denominators
		await engine.loadRing(r);
		const t = rows(await engine.kpis());
		const cells = new Map<string, Map<string, number>>();
		for (const v of decodeValues(r.values)) {
			const key = `${v.authority_id}/${v.period}`;
			if (!cells.has(key)) cells.set(key, new Map());
			cells.get(key)?.set(v.count_id, v.value);
		}
		expect(t).toHaveLength(cells.size * 28);
		let nulls = 0;
		for (const row of t) {
			const values = cells.get(`${row.authority_id}/${row.period}`) as Map<string, number>;
			const kpi = catalogue.kpis.find((k) => k.id === row.kpi_id);
			if (!kpi) throw new Error(row.kpi_id);
			const missing = kpi.inputs.filter((id) => !values.has(id));
			const zero = kpi.denominators.some((d) => evaluate(d, (id) => values.get(id)) === 0);
			const reason = missing.length ? 'missing_input' : zero ? 'zero_denominator' : null;
			expect(row.reason).toBe(reason);
			expect(row.missing).toBe(missing.length ? missing.join(',') : null);
			expect(row.value).toBe(reason ? null : evaluate(kpi.resolved, (id) => values.get(id)));
			if (row.value === null) nulls++;
			else expect(Number.isFinite(row.value)).toBe(true);
		}
		expect(nulls).toBeGreaterThan(100);
	});
});

describe('a ring-added KPI works without code change', () => {
	let ringCatalogue: Catalogue;
	beforeAll(() => {
		const extra = path.resolve(import.meta.dirname, '../fixtures/catalogue/ring-kpi/eat-orders.yaml');
		const result = validateCatalogue([
			...readDefinitionFiles(),
			{ path: 'ring/eat-orders.yaml', text: readFileSync(extra, 'utf8') }
		]);
		if (!result.ok) throw new Error(JSON.stringify(result.errors));
		ringCatalogue = result.catalogue;
	});

	it('computes the new KPIs with the same null rules', async () => {
		const e = createEngine(conn, ringCatalogue);
		await e.loadRing(
			ring([authority('05111'), authority('05112')], {
				'05111': { 2023: completeCounts() },
				'05112': { 2023: { ...completeCounts(), titles_granted: 0, title_applications_rejected: 0 } }
			})
		);
		const k = valuesOf(await e.kpis(), '05111', 2023);
		expect(k.size).toBe(30);
		expect(k.get('eat_orders_per_decision')?.value).toBe((9000 / 10500) * 100);
		expect(k.get('net_cost_per_decision')?.value).toBe((4000000 - 1800000) / 10500);
		const z = valuesOf(await e.kpis(), '05112', 2023);
		expect(z.get('net_cost_per_decision')).toMatchObject({ value: null, reason: 'zero_denominator' });
		const stats = await e.stats('05111', 2023, { type: 'ring' });
		expect(stats.rows).toHaveLength(30);
	});
});
