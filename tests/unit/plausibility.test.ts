import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { openTestConnector } from './support/engine.ts';
import { createEngine, type Engine } from '../../src/lib/engine/engine.ts';
import type { Finding, PlausibilityResult } from '../../src/lib/engine/plausibility.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { authority, completeCounts, ring } from '../fixtures/catalogue/rings.ts';

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

/** completeCounts() with a staff survey large enough: no finding at all. */
function clean(): Record<string, number> {
	return { ...completeCounts(), staff_survey_respondents: 100 };
}

async function check(periods: Record<number, Record<string, number>>): Promise<PlausibilityResult> {
	await engine.loadRing(ring([authority('05315')], { '05315': periods }));
	return engine.findings();
}
async function findings(counts: Record<string, number>, rule?: string): Promise<Finding[]> {
	const all = (await check({ 2023: counts })).findings;
	return rule ? all.filter((f) => f.rule === rule) : all;
}

describe('plausibility checks', () => {
	it('a clean authority has no finding', async () => {
		expect(await findings(clean())).toEqual([]);
	});

	it('part > whole: every pair fires just above the whole and not at it', async () => {
		expect(catalogue.checks.part_of_whole.map((p) => `${p.part}≤${p.whole}`)).toEqual([
			'tolerated_or_permitted≤foreign_population',
			'foreign_population≤population',
			'open_applications_over_3_months≤open_applications',
			'calls_answered≤calls_received',
			'customer_survey_satisfied≤customer_survey_respondents',
			'customer_survey_first_visit_resolved≤customer_survey_respondents',
			'staff_survey_satisfied≤staff_survey_respondents',
			'legal_remedies_lost≤legal_remedies_received',
			'external_hires≤external_selection_procedures',
			'fte_case_officers≤fte_total',
			'visits_with_wait_recorded≤visits',
			'sick_days≤target_workdays'
		]);
		for (const { part, whole } of catalogue.checks.part_of_whole) {
			const base = clean();
			const w = base[whole] as number;
			expect(await findings({ ...base, [part]: w }, 'part_exceeds_whole'), `${part} = ${whole}`).toEqual([]);
			const above = part.startsWith('fte') ? w + 0.1 : w + 1;
			const errors = await findings({ ...base, [part]: above }, 'part_exceeds_whole');
			expect(errors, `${part} > ${whole}`).toEqual([
				expect.objectContaining({
					rule: 'part_exceeds_whole',
					severity: 'error',
					authority_id: '05315',
					period: 2023,
					ids: [part, whole],
					values: [above, w]
				})
			]);
			expect(errors[0]?.message).toMatch(/^Teil größer als Ganzes: /);
		}
	});

	it('lists every violated pair, and a missing side is no violation', async () => {
		const errors = await findings(
			{ ...clean(), calls_answered: 90_000, sick_days: 10_001, external_hires: 9 },
			'part_exceeds_whole'
		);
		expect(errors.map((e) => e.ids[0])).toEqual(['calls_answered', 'external_hires', 'sick_days']);
		const c = clean();
		delete c.calls_received;
		expect(await findings({ ...c, calls_answered: 10 ** 9 }, 'part_exceeds_whole')).toEqual([]);
	});

	it('error findings flag the KPIs that read the values', async () => {
		const r = await check({ 2023: { ...clean(), tolerated_or_permitted: 40_001, calls_answered: 80_001 } });
		expect(r.flagged.map((f) => f.kpi_id)).toEqual([
			'phone_reachability',
			'foreign_residents_per_fte',
			'cost_per_foreign_resident',
			'foreign_share',
			'tolerated_share'
		]);
		expect(r.flagged.find((f) => f.kpi_id === 'tolerated_share')?.flagged_inputs).toEqual([
			'tolerated_or_permitted',
			'foreign_population'
		]);
		// warnings flag nothing
		const w = await check({ 2023: { ...clean(), processing_days_total: 10 ** 7 } });
		expect(w.findings).toHaveLength(1);
		expect(w.flagged).toEqual([]);
	});

	describe('change against the previous period (> 30 %, both values ≥ 20)', () => {
		async function change(old: number, now: number, count = 'eat_orders'): Promise<Finding[]> {
			const r = await check({ 2022: { ...clean(), [count]: old }, 2023: { ...clean(), [count]: now } });
			return r.findings;
		}
		it.each([
			[9000, 11700, false], // +30.0 %
			[9000, 11701, true],
			[9000, 6300, false], // −30.0 %
			[9000, 6299, true],
			[20, 26, false], // +30 %
			[20, 27, true], // +35 %
			[19, 100, false], // old below 20
			[100, 19, false], // new below 20
			[100, 20, true] // −80 %, both ≥ 20
		])('%d → %d fires: %s', async (old, now, fires) => {
			const f = await change(old, now);
			if (!fires) expect(f).toEqual([]);
			else
				expect(f).toEqual([
					expect.objectContaining({
						rule: 'large_change',
						severity: 'warning',
						period: 2023,
						previous_period: 2022,
						ids: ['eat_orders'],
						values: [old, now]
					})
				]);
		});

		it('applies to fractional base counts too and says so in German', async () => {
			const f = await change(50, 80, 'fte_total');
			expect(f.map((x) => x.rule)).toEqual(['large_change']);
			expect(f[0]?.message).toContain(
				'Ist-VZÄ gesamt (Jahresdurchschnitt) ändert sich gegenüber 2022 um 60,0'
			);
		});

		it('previous period = latest earlier period with data; a count missing there is not compared', async () => {
			const gap = await check({
				2020: { ...clean(), eat_orders: 100 },
				2022: { ...clean(), eat_orders: 200 }
			});
			expect(gap.findings).toEqual([
				expect.objectContaining({ period: 2022, previous_period: 2020, values: [100, 200] })
			]);
			const noCount = clean();
			delete noCount.eat_orders;
			const skipped = await check({
				2020: { ...clean(), eat_orders: 100 },
				2021: noCount,
				2022: { ...clean(), eat_orders: 200 }
			});
			expect(skipped.findings).toEqual([]);
		});
	});

	describe('KPI limits', () => {
		it.each([
			['fictional_certificate_rate', { fictional_certificates: 12_000 }, false], // exactly 100 %
			['fictional_certificate_rate', { fictional_certificates: 12_001 }, true],
			['completion_rate', { titles_granted: 11_500 }, false], // 100 %: limit is 150 for this KPI
			['completion_rate', { titles_granted: 17_500 }, false], // exactly 150 %
			['completion_rate', { titles_granted: 17_501 }, true],
			['staffing_level', { fte_case_officers: 60, fte_total: 100 }, false], // exactly 150 %
			['staffing_level', { fte_case_officers: 45, fte_total: 100 }, false], // 112.5 %
			['staffing_level', { fte_case_officers: 60.1, fte_total: 100 }, true],
			['avg_processing_days', { processing_days_total: 365 * 10_500 }, false],
			['avg_processing_days', { processing_days_total: 365 * 10_500 + 1 }, true],
			['avg_booking_lead_days', { booking_lead_days_total: 180 * 25_000 }, false],
			['avg_booking_lead_days', { booking_lead_days_total: 180 * 25_000 + 1 }, true],
			['inaction_lawsuits_per_1000', { inaction_lawsuits: 2_000 }, false] // ‰ is not a percent KPI
		] as const)('%s with %o fires: %s', async (kpi, change, fires) => {
			const f = await findings({ ...clean(), ...change });
			if (!fires) expect(f).toEqual([]);
			else {
				expect(f).toEqual([
					expect.objectContaining({ rule: 'kpi_above_limit', severity: 'warning', ids: [kpi] })
				]);
				expect(f[0]?.limit).toBe(catalogue.kpis.find((k) => k.id === kpi)?.warn_above ?? 100);
				expect(f[0]?.message).toContain('über der Plausibilitätsgrenze');
			}
		});
	});

	describe('low_sample', () => {
		it('fires below 100 respondents when a survey KPI is shown, once per survey', async () => {
			const f = await findings({
				...clean(),
				customer_survey_respondents: 99,
				customer_survey_satisfied: 50,
				customer_survey_first_visit_resolved: 40
			});
			expect(f).toEqual([
				expect.objectContaining({
					rule: 'low_sample',
					severity: 'warning',
					ids: ['customer_survey_respondents', 'customer_satisfaction', 'first_visit_resolution'],
					values: [99, (50 / 99) * 100, (40 / 99) * 100],
					limit: 100
				})
			]);
			expect(f[0]?.message).toContain('Nur 99 Befragte');
		});
		it('does not fire at 100 respondents', async () => {
			expect(
				await findings({
					...clean(),
					customer_survey_respondents: 100,
					customer_survey_satisfied: 50,
					customer_survey_first_visit_resolved: 40
				})
			).toEqual([]);
		});
		it('does not fire when no KPI of the survey is shown', async () => {
			const c = { ...clean(), customer_survey_respondents: 99 };
			delete (c as Record<string, number>).customer_survey_satisfied;
			delete (c as Record<string, number>).customer_survey_first_visit_resolved;
			expect(await findings(c)).toEqual([]);
			const one = { ...clean(), customer_survey_respondents: 99, customer_survey_satisfied: 50 };
			delete (one as Record<string, number>).customer_survey_first_visit_resolved;
			expect((await findings(one)).map((x) => x.ids)).toEqual([
				['customer_survey_respondents', 'customer_satisfaction']
			]);
			expect(await findings({ ...clean(), customer_survey_respondents: 0 }, 'low_sample')).toEqual([]); // KPIs are null (0 / 0)
		});
		it('the staff survey too', async () => {
			const f = await findings({ ...clean(), staff_survey_respondents: 45 });
			expect(f.map((x) => x.ids)).toEqual([['staff_survey_respondents', 'staff_satisfaction']]);
		});
	});
});
