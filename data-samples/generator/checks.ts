/**
 * A small, independent implementation of the catalogue's plausibility checks over generated figures.
 *
 * Why here: the generator must know which findings its ring produces, so that every finding can be
 * traced to a documented deliberate anomaly (the README lists them) and a test can assert that no
 * finding appears by accident. It is also an oracle for the engine's own checks. Rules (catalogue.md,
 * kpi-definitions/checks.yaml): part > whole (error); a base count changing by more than 30 % against
 * the last earlier period in which it has a value, both values ≥ 20; a percent KPI above 100 (above
 * 150 for completion_rate and staffing_level); avg_processing_days > 365; avg_booking_lead_days > 180;
 * a survey with 1–99 respondents (its KPIs are shown, with a small sample).
 */
import { COUNT_IDS, type CountId, type Figures } from './catalogue.ts';

export type FindingRule = 'part_of_whole' | 'change' | 'kpi_above' | 'low_sample';

export interface Finding {
	severity: 'error' | 'warning';
	rule: FindingRule;
	authority_id: string;
	period: number;
	/** Base count ids involved (for kpi_above: the KPI's inputs). */
	ids: CountId[];
	/** For kpi_above: the KPI id. */
	kpi?: string;
	values: number[];
}

export const PART_OF_WHOLE: readonly [CountId, CountId][] = [
	['tolerated_or_permitted', 'foreign_population'],
	['foreign_population', 'population'],
	['open_applications_over_3_months', 'open_applications'],
	['calls_answered', 'calls_received'],
	['customer_survey_satisfied', 'customer_survey_respondents'],
	['customer_survey_first_visit_resolved', 'customer_survey_respondents'],
	['staff_survey_satisfied', 'staff_survey_respondents'],
	['legal_remedies_lost', 'legal_remedies_received'],
	['external_hires', 'external_selection_procedures'],
	['fte_case_officers', 'fte_total'],
	['visits_with_wait_recorded', 'visits'],
	['sick_days', 'target_workdays']
];

type Term = CountId | 'decided' | 'total_costs' | 'intake';
const EXPAND: Record<string, CountId[]> = {
	decided: ['titles_granted', 'title_applications_rejected'],
	total_costs: ['personnel_costs', 'operating_costs', 'overhead_costs'],
	intake: ['visits', 'digital_submissions']
};

/** KPIs that have a warning threshold: [id, numerator, denominator, factor, warn above]. */
const KPI_LIMITS: readonly [string, Term, Term, number, number][] = [
	['completion_rate', 'decided', 'title_applications_received', 100, 150],
	['legal_remedy_rate', 'legal_remedies_received', 'decided', 100, 100],
	['legal_remedy_loss_rate', 'legal_remedies_lost', 'legal_remedies_received', 100, 100],
	['fictional_certificate_rate', 'fictional_certificates', 'title_applications_received', 100, 100],
	['rejection_rate', 'title_applications_rejected', 'decided', 100, 100],
	['overdue_share', 'open_applications_over_3_months', 'open_applications', 100, 100],
	['avg_processing_days', 'processing_days_total', 'decided', 1, 365],
	['avg_booking_lead_days', 'booking_lead_days_total', 'appointments_booked', 1, 180],
	['phone_reachability', 'calls_answered', 'calls_received', 100, 100],
	['customer_satisfaction', 'customer_survey_satisfied', 'customer_survey_respondents', 100, 100],
	['first_visit_resolution', 'customer_survey_first_visit_resolved', 'customer_survey_respondents', 100, 100],
	['digital_intake_share', 'digital_submissions', 'intake', 100, 100],
	['sickness_rate', 'sick_days', 'target_workdays', 100, 100],
	['turnover_rate', 'staff_departures_to_other_employers', 'fte_total', 100, 100],
	['external_hiring_success', 'external_hires', 'external_selection_procedures', 100, 100],
	['staffing_level', 'fte_case_officers', 'fte_case_officers_planned', 100, 150],
	['staff_satisfaction', 'staff_survey_satisfied', 'staff_survey_respondents', 100, 100],
	['cost_recovery_rate', 'fee_revenue', 'total_costs', 100, 100],
	['foreign_share', 'foreign_population', 'population', 100, 100],
	['tolerated_share', 'tolerated_or_permitted', 'foreign_population', 100, 100]
];

const SURVEYS: readonly CountId[] = ['customer_survey_respondents', 'staff_survey_respondents'];

function inputs(term: Term): CountId[] {
	return EXPAND[term] ?? [term as CountId];
}

function evaluate(f: Figures, term: Term): number | undefined {
	let sum = 0;
	for (const id of inputs(term)) {
		const v = f[id];
		if (v === undefined) return undefined;
		sum += v;
	}
	return sum;
}

/** All findings of one authority, whose figures are given per period. */
export function checkAuthority(authorityId: string, byPeriod: ReadonlyMap<number, Figures>): Finding[] {
	const findings: Finding[] = [];
	const periods = [...byPeriod.keys()].sort((a, b) => a - b);
	const base = (period: number) => ({ authority_id: authorityId, period });
	for (const period of periods) {
		const f = byPeriod.get(period) as Figures;
		for (const [part, whole] of PART_OF_WHOLE) {
			const p = f[part];
			const w = f[whole];
			if (p !== undefined && w !== undefined && p > w) {
				findings.push({
					severity: 'error',
					rule: 'part_of_whole',
					...base(period),
					ids: [part, whole],
					values: [p, w]
				});
			}
		}
		for (const id of COUNT_IDS) {
			const now = f[id];
			const earlier = periods.filter((q) => q < period && byPeriod.get(q)?.[id] !== undefined).at(-1);
			const before = earlier === undefined ? undefined : byPeriod.get(earlier)?.[id];
			if (now === undefined || before === undefined || now < 20 || before < 20) continue;
			if (Math.abs(now - before) / before > 0.3) {
				findings.push({
					severity: 'warning',
					rule: 'change',
					...base(period),
					ids: [id],
					values: [before, now]
				});
			}
		}
		for (const [kpi, num, den, factor, limit] of KPI_LIMITS) {
			const n = evaluate(f, num);
			const d = evaluate(f, den);
			if (n === undefined || d === undefined || d === 0) continue;
			const value = (n / d) * factor;
			if (value > limit) {
				const ids = [...inputs(num), ...inputs(den)];
				findings.push({ severity: 'warning', rule: 'kpi_above', ...base(period), ids, kpi, values: [value] });
			}
		}
		for (const id of SURVEYS) {
			const n = f[id];
			if (n !== undefined && n > 0 && n < 100) {
				findings.push({ severity: 'warning', rule: 'low_sample', ...base(period), ids: [id], values: [n] });
			}
		}
	}
	return findings;
}
