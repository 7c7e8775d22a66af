/**
 * Targets in own units (engine/targets.ts), table-driven over every formula shape: plain ratios,
 * sums in the numerator or denominator (decided, total_costs, visits + digital_submissions), factors
 * 100, 1000 and 12 (backlog_months = open / (received / 12)). The required values are checked by
 * putting them back into the KPI's own formula (`evaluate` of the catalogue), which must give the
 * target — so a wrong factor, a swapped side or a forgotten summand fails.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, parseFormula } from '../../src/lib/catalogue/formula.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { ErrorMark } from '../../src/lib/engine/erroneous.ts';
import {
	kpiSides,
	kpiTargets,
	ratioShape,
	termText,
	type TargetStats
} from '../../src/lib/engine/targets.ts';

const catalogue = loadCatalogue();

// kpi_id → [m, numerator term, denominator term, numerator lever, denominator lever]
const SHAPES: Record<string, [number, string, string, boolean, boolean]> = {
	completion_rate: [100, 'decided', 'title_applications_received', true, false],
	legal_remedy_rate: [100, 'legal_remedies_received', 'decided', true, true],
	legal_remedy_loss_rate: [100, 'legal_remedies_lost', 'legal_remedies_received', true, true],
	inaction_lawsuits_per_1000: [1000, 'inaction_lawsuits', 'title_applications_received', true, false],
	fictional_certificate_rate: [100, 'fictional_certificates', 'title_applications_received', true, false],
	backlog_months: [12, 'open_applications', 'title_applications_received', true, false],
	overdue_share: [100, 'open_applications_over_3_months', 'open_applications', true, true],
	avg_processing_days: [1, 'processing_days_total', 'decided', true, true],
	avg_booking_lead_days: [1, 'booking_lead_days_total', 'appointments_booked', true, false],
	avg_onsite_wait_minutes: [1, 'onsite_wait_minutes_total', 'visits_with_wait_recorded', true, false],
	phone_reachability: [100, 'calls_answered', 'calls_received', true, false],
	customer_satisfaction: [100, 'customer_survey_satisfied', 'customer_survey_respondents', true, false],
	first_visit_resolution: [
		100,
		'customer_survey_first_visit_resolved',
		'customer_survey_respondents',
		true,
		false
	],
	digital_intake_share: [100, 'digital_submissions', 'visits + digital_submissions', false, false],
	sickness_rate: [100, 'sick_days', 'target_workdays', true, false],
	turnover_rate: [100, 'staff_departures_to_other_employers', 'fte_total', true, true],
	external_hiring_success: [100, 'external_hires', 'external_selection_procedures', true, false],
	staffing_level: [100, 'fte_case_officers', 'fte_case_officers_planned', true, false],
	staff_satisfaction: [100, 'staff_survey_satisfied', 'staff_survey_respondents', true, false],
	decisions_per_fte: [1, 'decided', 'fte_case_officers', true, true],
	cost_per_decision: [1, 'total_costs', 'decided', true, true],
	cost_per_foreign_resident: [1, 'total_costs', 'foreign_population', true, false],
	cost_recovery_rate: [100, 'fee_revenue', 'total_costs', true, true]
};

/** A's base counts: every count gets a distinct, plausible value. */
function ownCounts(): Map<string, number> {
	return new Map(catalogue.base_counts.map((b, i) => [b.id, b.kind === 'fte' ? 7.5 + i / 10 : 200 + 37 * i]));
}

function row(
	kpiId: string,
	value: number | null,
	q1: number | null,
	median: number | null,
	q3: number | null,
	erroneous: ErrorMark[] | null = null
) {
	const kpi = catalogue.kpis.find((k) => k.id === kpiId)!;
	return {
		kpi_id: kpiId,
		polarity: kpi.polarity,
		own_value: value,
		q1,
		median,
		q3,
		erroneous
	} satisfies TargetStats;
}

describe('ratio shape of every catalogue KPI', () => {
	it('reads m, the sides as written and their lever from every KPI with a polarity', () => {
		const withPolarity = catalogue.kpis.filter((k) => k.polarity !== 'none');
		expect(withPolarity.map((k) => k.id).sort()).toEqual(Object.keys(SHAPES).sort());
		for (const kpi of withPolarity) {
			const sides = kpiSides(catalogue, kpi)!;
			const [m, n, d, nLever, dLever] = SHAPES[kpi.id]!;
			expect(sides.shape.factorNum / sides.shape.factorDen, kpi.id).toBe(m);
			expect([sides.numerator.term, sides.denominator.term], kpi.id).toEqual([n, d]);
			expect([sides.numerator.lever, sides.denominator.lever], kpi.id).toEqual([nLever, dLever]);
		}
	});

	it('resolves sums to their base counts and their common kind', () => {
		const find = (id: string) =>
			kpiSides(
				catalogue,
				catalogue.kpis.find((k) => k.id === id)!
			)!;
		expect(find('decisions_per_fte').numerator).toMatchObject({
			termId: 'decided',
			inputs: ['titles_granted', 'title_applications_rejected'],
			kind: 'count'
		});
		expect(find('cost_per_decision').numerator).toMatchObject({
			termId: 'total_costs',
			inputs: ['personnel_costs', 'operating_costs', 'overhead_costs'],
			kind: 'eur'
		});
		expect(find('decisions_per_fte').denominator).toMatchObject({ kind: 'fte', termId: 'fte_case_officers' });
		expect(find('digital_intake_share').denominator).toMatchObject({
			termId: null,
			inputs: ['visits', 'digital_submissions']
		});
	});

	it.each([
		['a / b', 1, 1, 'a', 'b'],
		['a / b * 100', 100, 1, 'a', 'b'],
		['100 * a / b', 100, 1, 'a', 'b'],
		['a * 1000 / b', 1000, 1, 'a', 'b'],
		['a / (b / 12)', 12, 1, 'a', 'b'],
		['(a / 12) / b', 1, 12, 'a', 'b'],
		['(a + b) / (c + d + e) * 100', 100, 1, 'a + b', 'c + d + e'],
		['(a - b) / c', 1, 1, 'a - b', 'c'],
		['a / (b - (c + d))', 1, 1, 'a', 'b - (c + d)']
	])('%s is m · N / D', (formula, num, den, n, d) => {
		const shape = ratioShape(parseFormula(formula))!;
		expect([shape.factorNum, shape.factorDen]).toEqual([num, den]);
		expect([termText(shape.numerator), termText(shape.denominator)]).toEqual([n, d]);
	});

	it.each(['a / b / c', 'a * b / c', 'a / (12 / b)', 'a + b', '100', 'a / b + c / d', '(a / b) / (c / d)'])(
		'%s is no ratio of two sides: no targets',
		(formula) => expect(ratioShape(parseFormula(formula))).toBeNull()
	);
});

describe('required values reach the target in the KPI’s own formula', () => {
	const counts = ownCounts();
	const cases = Object.keys(SHAPES).flatMap((kpiId) =>
		(['median', 'best'] as const).map((target) => [kpiId, target] as const)
	);

	it.each(cases)('%s, target %s', (kpiId, target) => {
		const kpi = catalogue.kpis.find((k) => k.id === kpiId)!;
		const own = evaluate(kpi.resolved, (id) => counts.get(id))!;
		// A group where the own value lies in the weakest quarter: both targets are open.
		const better = (f: number) => (kpi.polarity === 'up' ? own * f : own / f);
		const [q1, median, q3] =
			kpi.polarity === 'up'
				? [better(1.1), better(1.3), better(1.6)]
				: [better(1.6), better(1.3), better(1.1)];
		const rows = kpiTargets({
			catalogue,
			rows: [row(kpiId, own, q1, median, q3)],
			counts: (id) => counts.get(id),
			targets: [target]
		});
		expect(rows.map((r) => r.side)).toEqual(['numerator', 'denominator']);
		const t = target === 'median' ? median : kpi.polarity === 'up' ? q3 : q1;
		const sides = kpiSides(catalogue, kpi)!;
		for (const r of rows) {
			expect(r).toMatchObject({ status: 'open', target_value: t, value: own });
			const info = r.side === 'numerator' ? sides.numerator : sides.denominator;
			const other = r.side === 'numerator' ? sides.denominator : sides.numerator;
			expect(r.current).toBe(evaluate(info.resolved, (id) => counts.get(id)));
			// Move the side by changing one of its counts; should the other side read that count too
			// (digital_submissions in visits + digital_submissions), one of its own counts makes up for
			// it, so the other side is held fixed as the definition says.
			const delta = r.required! - r.current!;
			const free = info.inputs.find((id) => !other.inputs.includes(id));
			const changed = new Map(counts);
			if (free) changed.set(free, counts.get(free)! + delta);
			else {
				const moved = info.inputs[0]!;
				const balance = other.inputs.find((id) => !info.inputs.includes(id))!;
				changed.set(moved, counts.get(moved)! + delta);
				changed.set(balance, counts.get(balance)! - delta);
				expect(evaluate(other.resolved, (id) => changed.get(id))).toBeCloseTo(
					evaluate(other.resolved, (id) => counts.get(id))!,
					9
				);
			}
			const reached = evaluate(kpi.resolved, (id) => changed.get(id))!;
			expect(Math.abs(reached - t) / t, `${kpiId} ${r.side}`).toBeLessThan(1e-12);
			// The direction is the one polarity asks for.
			const up = r.required! > r.current!;
			expect(up, `${kpiId} ${r.side}`).toBe((kpi.polarity === 'up') === (r.side === 'numerator'));
		}
	});
});

describe('target status', () => {
	const counts = new Map([
		['titles_granted', 1200],
		['title_applications_rejected', 300],
		['fte_case_officers', 10],
		['open_applications', 600],
		['title_applications_received', 2400],
		['inaction_lawsuits', 0]
	]);
	const run = (rows: TargetStats[]) => kpiTargets({ catalogue, rows, counts: (id) => counts.get(id) });

	it('computes decisions per FTE and the backlog in months by hand', () => {
		const out = run([row('decisions_per_fte', 150, 140, 180, 200), row('backlog_months', 3, 2, 2.5, 4)]);
		const pick = (kpi: string, target: string, side: string) =>
			out.find((r) => r.kpi_id === kpi && r.target === target && r.side === side)!;
		expect(pick('decisions_per_fte', 'median', 'numerator')).toMatchObject({ current: 1500, required: 1800 });
		expect(pick('decisions_per_fte', 'median', 'denominator').required).toBeCloseTo(1500 / 180, 12);
		expect(pick('decisions_per_fte', 'best', 'numerator')).toMatchObject({
			target_value: 200,
			required: 2000
		});
		// backlog_months is down: the best quarter starts at q1.
		expect(pick('backlog_months', 'median', 'numerator')).toMatchObject({ current: 600, required: 500 });
		expect(pick('backlog_months', 'best', 'numerator')).toMatchObject({ target_value: 2, required: 400 });
		expect(pick('backlog_months', 'best', 'denominator')).toMatchObject({ current: 2400, required: 3600 });
		expect(out.filter((r) => r.kpi_id === 'decisions_per_fte')).toHaveLength(4);
	});

	it('leaves the required value empty when the target is met', () => {
		const out = run([row('decisions_per_fte', 190, 140, 180, 200)]);
		expect(out.map((r) => [r.target, r.status, r.required])).toEqual([
			['median', 'met', null],
			['median', 'met', null],
			['best', 'open', 2000],
			['best', 'open', 1500 / 200]
		]);
		// Exactly on the target counts as met.
		expect(run([row('decisions_per_fte', 180, 140, 180, 200)])[0]!.status).toBe('met');
	});

	it('gives no target for a fehlerhaft value, a missing value or an empty group', () => {
		// The engine's statistics row says the own value is fehlerhaft (an error finding on its FTE).
		const mark: ErrorMark = {
			rule: 'part_exceeds_whole',
			ids: ['fte_case_officers', 'fte_total'],
			values: [12, 10]
		};
		const bad = run([row('decisions_per_fte', 150, 140, 180, 200, [mark])]);
		for (const r of bad)
			expect(r).toMatchObject({
				status: 'erroneous',
				value: null,
				target_value: null,
				current: null,
				required: null
			});
		expect(run([row('decisions_per_fte', null, 140, 180, 200)])[0]).toMatchObject({
			status: 'no_value',
			required: null
		});
		expect(run([row('decisions_per_fte', 150, null, null, null)])[0]).toMatchObject({
			status: 'no_target',
			required: null
		});
	});

	it('calls a denominator that would have to be infinite or zero unreachable', () => {
		// inaction_lawsuits_per_1000 is down; with a target of 0 only the numerator can reach it.
		counts.set('inaction_lawsuits', 12);
		const out = run([row('inaction_lawsuits_per_1000', 5, 0, 0, 2)]);
		expect(out.find((r) => r.side === 'numerator')).toMatchObject({ status: 'open', required: 0 });
		expect(out.find((r) => r.side === 'denominator')).toMatchObject({
			status: 'unreachable',
			required: null
		});
	});

	it('has no rows for context KPIs', () => {
		expect(run([row('rejection_rate', 20, 10, 15, 25), row('foreign_share', 12, 8, 10, 14)])).toEqual([]);
	});
});
