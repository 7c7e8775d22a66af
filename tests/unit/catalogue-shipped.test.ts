/**
 * The shipped catalogue (kpi-definitions/) against catalogue.md: its 42 base counts and 28 KPIs with formula,
 * field, unit and polarity, the formula parser they are written in, and the size classes.
 */
import { describe, expect, it } from 'vitest';
import {
	denominatorsOf,
	evaluate,
	formulaText,
	parseFormula,
	FormulaSyntaxError
} from '../../src/lib/catalogue/formula.ts';
import { sizeClassOf } from '../../src/lib/catalogue/size-class.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';

/** The base counts of catalogue.md: id → kind. */
const BASE_COUNTS: Record<string, string> = {
	population: 'count',
	foreign_population: 'count',
	tolerated_or_permitted: 'count',
	title_applications_received: 'count',
	titles_granted: 'count',
	title_applications_rejected: 'count',
	settlement_permits_granted: 'count',
	eat_orders: 'count',
	fictional_certificates: 'count',
	tolerations_issued: 'count',
	departures_enforced: 'count',
	visits: 'count',
	digital_submissions: 'count',
	processing_days_total: 'days',
	open_applications: 'count',
	open_applications_over_3_months: 'count',
	appointments_booked: 'count',
	booking_lead_days_total: 'days',
	onsite_wait_minutes_total: 'minutes',
	visits_with_wait_recorded: 'count',
	calls_received: 'count',
	calls_answered: 'count',
	legal_remedies_received: 'count',
	legal_remedies_lost: 'count',
	inaction_lawsuits: 'count',
	customer_survey_respondents: 'count',
	customer_survey_satisfied: 'count',
	customer_survey_first_visit_resolved: 'count',
	fte_case_officers_planned: 'fte',
	fte_case_officers: 'fte',
	fte_total: 'fte',
	sick_days: 'days',
	target_workdays: 'days',
	staff_departures_to_other_employers: 'count',
	external_selection_procedures: 'count',
	external_hires: 'count',
	staff_survey_respondents: 'count',
	staff_survey_satisfied: 'count',
	personnel_costs: 'eur',
	operating_costs: 'eur',
	overhead_costs: 'eur',
	fee_revenue: 'eur'
};

/** The KPI table of catalogue.md, in its order: id, field, formula (× written as *), unit, polarity. */
const KPIS: [string, string, string, string, string][] = [
	['completion_rate', 'quality', 'decided / title_applications_received * 100', '%', 'up'],
	['legal_remedy_rate', 'quality', 'legal_remedies_received / decided * 100', '%', 'down'],
	['legal_remedy_loss_rate', 'quality', 'legal_remedies_lost / legal_remedies_received * 100', '%', 'down'],
	[
		'inaction_lawsuits_per_1000',
		'quality',
		'inaction_lawsuits / title_applications_received * 1000',
		'‰',
		'down'
	],
	[
		'fictional_certificate_rate',
		'quality',
		'fictional_certificates / title_applications_received * 100',
		'%',
		'down'
	],
	['rejection_rate', 'quality', 'title_applications_rejected / decided * 100', '%', 'none'],
	['backlog_months', 'waiting', 'open_applications / (title_applications_received / 12)', 'Monate', 'down'],
	['overdue_share', 'waiting', 'open_applications_over_3_months / open_applications * 100', '%', 'down'],
	['avg_processing_days', 'waiting', 'processing_days_total / decided', 'Tage', 'down'],
	['avg_booking_lead_days', 'waiting', 'booking_lead_days_total / appointments_booked', 'Tage', 'down'],
	[
		'avg_onsite_wait_minutes',
		'waiting',
		'onsite_wait_minutes_total / visits_with_wait_recorded',
		'Minuten',
		'down'
	],
	['phone_reachability', 'waiting', 'calls_answered / calls_received * 100', '%', 'up'],
	[
		'customer_satisfaction',
		'customer',
		'customer_survey_satisfied / customer_survey_respondents * 100',
		'%',
		'up'
	],
	[
		'first_visit_resolution',
		'customer',
		'customer_survey_first_visit_resolved / customer_survey_respondents * 100',
		'%',
		'up'
	],
	[
		'digital_intake_share',
		'customer',
		'digital_submissions / (visits + digital_submissions) * 100',
		'%',
		'up'
	],
	['sickness_rate', 'staff', 'sick_days / target_workdays * 100', '%', 'down'],
	['turnover_rate', 'staff', 'staff_departures_to_other_employers / fte_total * 100', '%', 'down'],
	['external_hiring_success', 'staff', 'external_hires / external_selection_procedures * 100', '%', 'up'],
	['staffing_level', 'staff', 'fte_case_officers / fte_case_officers_planned * 100', '%', 'up'],
	['staff_satisfaction', 'staff', 'staff_survey_satisfied / staff_survey_respondents * 100', '%', 'up'],
	['decisions_per_fte', 'cost', 'decided / fte_case_officers', 'Fälle', 'up'],
	['visits_per_fte', 'cost', 'visits / fte_case_officers', 'Vorsprachen', 'none'],
	['foreign_residents_per_fte', 'cost', 'foreign_population / fte_total', 'Personen', 'none'],
	['cost_per_decision', 'cost', 'total_costs / decided', 'EUR', 'down'],
	['cost_per_foreign_resident', 'cost', 'total_costs / foreign_population', 'EUR', 'down'],
	['cost_recovery_rate', 'cost', 'fee_revenue / total_costs * 100', '%', 'up'],
	['foreign_share', 'context', 'foreign_population / population * 100', '%', 'none'],
	['tolerated_share', 'context', 'tolerated_or_permitted / foreign_population * 100', '%', 'none']
];

describe('formula parser', () => {
	it('is left-associative and follows the written order exactly', () => {
		expect(formulaText(parseFormula('a / b * 100'))).toBe('((a / b) * 100)');
		expect(formulaText(parseFormula('a - b - c'))).toBe('((a - b) - c)');
		expect(formulaText(parseFormula('a + b * c'))).toBe('(a + (b * c))');
		expect(formulaText(parseFormula('a / (b / 12)'))).toBe('(a / (b / 12))');
		expect(formulaText(parseFormula('-a * -(b + 1.5)'))).toBe('(-(a) * -((b + 1.5)))');
	});

	it('evaluates in double precision in the written order', () => {
		const v = { a: 1, b: 3 } as Record<string, number>;
		expect(evaluate(parseFormula('a / b * 100'), (id) => v[id])).toBe((1 / 3) * 100);
		expect(evaluate(parseFormula('a * 100 / b'), (id) => v[id])).toBe((1 * 100) / 3);
		expect((1 / 3) * 100).not.toBe((1 * 100) / 3); // the order matters in the last bit
		expect(evaluate(parseFormula('a / (b - 3)'), (id) => v[id])).toBeNull();
	});

	it('finds every denominator, nested ones included', () => {
		const d = denominatorsOf(parseFormula('open / (received / 12)')).map(formulaText);
		expect(d).toEqual(['(received / 12)', '12']);
	});

	it('rejects broken syntax with a position', () => {
		for (const bad of ['(a / b', 'a / ', 'a b', 'a ** b', '', 'a / b)', 'a € b', '3a']) {
			expect(() => parseFormula(bad), bad).toThrow(FormulaSyntaxError);
		}
	});
});

describe('shipped definitions (kpi-definitions/)', () => {
	const catalogue = loadCatalogue();

	it('validate and contain exactly the 42 base counts of catalogue.md with their kinds', () => {
		expect(catalogue.base_counts.map((b) => [b.id, b.kind])).toEqual(Object.entries(BASE_COUNTS));
		for (const b of catalogue.base_counts) expect(b.label.length).toBeGreaterThan(2);
	});

	it('contain exactly the 28 KPIs in catalogue order with formula, field, unit and polarity', () => {
		expect(catalogue.kpis.map((k) => [k.id, k.field, k.formula, k.unit, k.polarity])).toEqual(KPIS);
		for (const k of catalogue.kpis) {
			expect(k.label.length, k.id).toBeGreaterThan(2);
			expect(k.help.length, k.id).toBeGreaterThan(10);
		}
	});

	it('define the derived terms and resolve them into inputs and denominators', () => {
		expect(catalogue.derived.map((d) => [d.id, d.formula])).toEqual([
			['decided', 'titles_granted + title_applications_rejected'],
			['total_costs', 'personnel_costs + operating_costs + overhead_costs']
		]);
		const byId = new Map(catalogue.kpis.map((k) => [k.id, k]));
		expect(byId.get('completion_rate')?.inputs).toEqual([
			'titles_granted',
			'title_applications_rejected',
			'title_applications_received'
		]);
		expect(byId.get('cost_per_decision')?.inputs).toEqual([
			'personnel_costs',
			'operating_costs',
			'overhead_costs',
			'titles_granted',
			'title_applications_rejected'
		]);
		expect(byId.get('backlog_months')?.denominators.map(formulaText)).toEqual([
			'(title_applications_received / 12)',
			'12'
		]);
		expect(byId.get('legal_remedy_rate')?.denominators.map(formulaText)).toEqual([
			'(titles_granted + title_applications_rejected)'
		]);
	});

	it('have the fields in display order and the size classes of catalogue.md', () => {
		expect(catalogue.fields.map((f) => f.id)).toEqual([
			'quality',
			'waiting',
			'customer',
			'staff',
			'cost',
			'context'
		]);
		expect(catalogue.fields.map((f) => f.label)).toEqual([
			'Auftragserfüllung und Qualität',
			'Wartezeiten und Erreichbarkeit',
			'Kundenzufriedenheit',
			'Mitarbeitendenzufriedenheit',
			'Wirtschaftlichkeit',
			'Kontext'
		]);
		expect(catalogue.size_classes.map((s) => [s.id, s.min_population])).toEqual([
			['GK1', 400000],
			['GK2', 200000],
			['GK3', 100000],
			['GK4', 50000],
			['GK5', 0]
		]);
	});

	it('encode the plausibility limits of catalogue.md', () => {
		const limits = Object.fromEntries(
			catalogue.kpis.filter((k) => k.warn_above).map((k) => [k.id, k.warn_above])
		);
		expect(limits).toEqual({
			completion_rate: 150,
			staffing_level: 150,
			avg_processing_days: 365,
			avg_booking_lead_days: 180
		});
		expect(catalogue.checks.percent_warn_above).toBe(100);
		expect(catalogue.checks.change).toEqual({ max_relative_change: 0.3, min_value: 20 });
		expect(catalogue.checks.part_of_whole).toHaveLength(12);
		const samples = catalogue.kpis.filter((k) => k.sample).map((k) => [k.id, k.sample?.count, k.sample?.min]);
		expect(samples).toEqual([
			['customer_satisfaction', 'customer_survey_respondents', 100],
			['first_visit_resolution', 'customer_survey_respondents', 100],
			['staff_satisfaction', 'staff_survey_respondents', 100]
		]);
	});

	it('is plain JSON (what the Vite virtual module ships)', () => {
		expect(JSON.parse(JSON.stringify(catalogue))).toEqual(catalogue);
	});
});

describe('size classes', () => {
	const classes = loadCatalogue().size_classes;
	it.each([
		[400_000, 'GK1'],
		[399_999, 'GK2'],
		[200_000, 'GK2'],
		[199_999, 'GK3'],
		[100_000, 'GK3'],
		[99_999, 'GK4'],
		[50_000, 'GK4'],
		[49_999, 'GK5'],
		[0, 'GK5'],
		[3_700_000, 'GK1']
	])('%d inhabitants → %s', (population, expected) => {
		expect(sizeClassOf(population, classes)).toBe(expected);
	});
	it('no population → no size class', () => {
		expect(sizeClassOf(null, classes)).toBeNull();
		expect(sizeClassOf(undefined, classes)).toBeNull();
	});
});
