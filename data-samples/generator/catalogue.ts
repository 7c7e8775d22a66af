/**
 * The 42 base counts (catalogue.md) as the generator needs them: id and kind, in catalogue order.
 *
 * Kept here rather than read from kpi-definitions/ so that the sample generator has no dependency on
 * the app's catalogue loader; tests/unit/generator.test.ts asserts that both lists agree.
 */

export const BASE_COUNTS = [
	['population', 'count'],
	['foreign_population', 'count'],
	['tolerated_or_permitted', 'count'],
	['title_applications_received', 'count'],
	['titles_granted', 'count'],
	['title_applications_rejected', 'count'],
	['settlement_permits_granted', 'count'],
	['eat_orders', 'count'],
	['fictional_certificates', 'count'],
	['tolerations_issued', 'count'],
	['departures_enforced', 'count'],
	['visits', 'count'],
	['digital_submissions', 'count'],
	['processing_days_total', 'days'],
	['open_applications', 'count'],
	['open_applications_over_3_months', 'count'],
	['appointments_booked', 'count'],
	['booking_lead_days_total', 'days'],
	['onsite_wait_minutes_total', 'minutes'],
	['visits_with_wait_recorded', 'count'],
	['calls_received', 'count'],
	['calls_answered', 'count'],
	['legal_remedies_received', 'count'],
	['legal_remedies_lost', 'count'],
	['inaction_lawsuits', 'count'],
	['customer_survey_respondents', 'count'],
	['customer_survey_satisfied', 'count'],
	['customer_survey_first_visit_resolved', 'count'],
	['fte_case_officers_planned', 'fte'],
	['fte_case_officers', 'fte'],
	['fte_total', 'fte'],
	['sick_days', 'days'],
	['target_workdays', 'days'],
	['staff_departures_to_other_employers', 'count'],
	['external_selection_procedures', 'count'],
	['external_hires', 'count'],
	['staff_survey_respondents', 'count'],
	['staff_survey_satisfied', 'count'],
	['personnel_costs', 'eur'],
	['operating_costs', 'eur'],
	['overhead_costs', 'eur'],
	['fee_revenue', 'eur']
] as const;

export type CountId = (typeof BASE_COUNTS)[number][0];
export type CountKind = (typeof BASE_COUNTS)[number][1];

export const COUNT_IDS: readonly CountId[] = BASE_COUNTS.map(([id]) => id);
export const COUNT_KIND: ReadonlyMap<CountId, CountKind> = new Map(
	BASE_COUNTS.map(([id, kind]) => [id, kind])
);

/** The customer survey counts, delivered by the demo ring in a separate long-layout file. */
export const CUSTOMER_SURVEY_IDS: readonly CountId[] = [
	'customer_survey_respondents',
	'customer_survey_satisfied',
	'customer_survey_first_visit_resolved'
];

/** One authority's figures for one period; an absent key is a missing value (never 0). */
export type Figures = Partial<Record<CountId, number>>;

export const SIZE_CLASSES = ['GK1', 'GK2', 'GK3', 'GK4', 'GK5'] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

/** Size class from a period's population (catalogue.md). */
export function sizeClass(population: number): SizeClass {
	if (population >= 400_000) return 'GK1';
	if (population >= 200_000) return 'GK2';
	if (population >= 100_000) return 'GK3';
	if (population >= 50_000) return 'GK4';
	return 'GK5';
}
