/**
 * The "natural" figures of one authority over the periods, before any deliberate anomaly.
 *
 * Each authority gets fixed random effects (its profile: foreign share, speed, staffing, cost level…),
 * so rankings differ between KPIs; ring-wide trends model what German immigration offices saw in
 * 2021–2024 (more foreign residents and applications after 2022, rising digital intake, longer
 * processing and booking times, more inaction lawsuits, wage rises). Year-to-year noise is small so
 * that no base count changes by more than 30 % by itself: every plausibility finding in a generated
 * ring comes from a deliberate anomaly (anomalies.ts), except small staff-survey samples.
 * Wholes are rounded before their parts are derived, so parts never exceed wholes.
 */
import type { Figures } from './catalogue.ts';
import type { Draws } from './prng.ts';
import type { GeneratorAuthority } from './reference.ts';

export const BASE_YEAR = 2022;
const EAST: readonly string[] = ['BB', 'MV', 'SN', 'ST', 'TH'];

/** Cumulative index by year for 2021–2024 (2021 = 1), extrapolated with `yearly` outside. */
type Trend = readonly [number, number, number, number];
function trend(table: Trend, year: number, yearly = 1.02): number {
	if (year < 2021) return table[0] / yearly ** (2021 - year);
	if (year > 2024) return table[3] * yearly ** (year - 2024);
	return table[year - 2021] as number;
}

const TRENDS = {
	foreignShare: [1, 1.075, 1.115, 1.14], // Ukraine 2022, continued immigration
	toleratedShare: [1, 1.04, 1.12, 1.1],
	applicationRate: [1, 1.03, 1.1, 1.15], // more applications after 2022
	completion: [1, 0.99, 0.96, 0.98],
	fictional: [1, 1.04, 1.1, 1.08],
	contacts: [1, 0.99, 0.97, 0.95],
	processing: [1, 1.05, 1.1, 1.07],
	backlog: [1, 1.03, 1.06, 1.04],
	overdue: [1, 1.01, 1.03, 1.02],
	bookingLead: [1, 1.06, 1.12, 1.08],
	wait: [1, 1.02, 1.06, 1.03],
	reachability: [1, 0.97, 0.93, 0.95],
	inaction: [1, 1.08, 1.16, 1.22],
	satisfaction: [1, 0.98, 0.95, 0.97],
	fte: [1, 1, 1.02, 1.04], // staff lag behind the growing foreign population
	sickness: [1, 1.06, 1.03, 1.01],
	wages: [1, 1.018, 1.05, 1.11], // TVöD rounds incl. inflation compensation
	fees: [1, 1, 1.03, 1.06]
} as const satisfies Record<string, Trend>;

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));
const round = Math.round;
const fte = (x: number) => Math.max(0.5, Math.round(x * 20) / 20); // multiples of 0.05 VZÄ
const eur = (x: number) => Math.round(x * 100) / 100;

/** 0 (rural) … 1 (metropolis): drives foreign share, waiting times, survey sizes. */
function urbanity(a: GeneratorAuthority): number {
	const size = clamp(Math.log10(a.population / 50_000) / Math.log10(30), 0, 1);
	if (a.kind === 'kreisfreie_stadt') return 0.55 + 0.45 * size;
	if (a.kind === 'region') return 0.7 + 0.3 * size;
	if (a.kind === 'grosse_kreisstadt') return 0.4;
	return 0.15 + 0.25 * size;
}

export function naturalFigures(
	a: GeneratorAuthority,
	periods: readonly number[],
	random: Draws
): Map<number, Figures> {
	const id = a.authority_id;
	const u = urbanity(a);
	const east = EAST.includes(a.state);
	const p = (name: string, min: number, max: number) => random.uniform(min, max, 'profile', id, name);
	// Fixed effects of this authority.
	const growth =
		a.kind === 'landkreis' ? p('growth', -0.006, 0.005) - (east ? 0.003 : 0) : p('growth', 0, 0.008);
	const rawShare = (0.06 + 0.2 * u) * p('foreign', 0.8, 1.2) * (east ? 0.6 : 1);
	// no two offices sit exactly on the 6 % floor: a random floor between 6.2 % and 7.5 %
	const foreignShare0 = Math.min(0.26, Math.max(rawShare, p('foreignFloor', 0.062, 0.075)));
	const profile = {
		tolerated: p('tolerated', 0.05, 0.13),
		appRate: p('appRate', 0.08, 0.13),
		completion: p('completion', 0.9, 1.02),
		rejection: p('rejection', 0.02, 0.075),
		settlement: p('settlement', 0.08, 0.15),
		eat: p('eat', 0.8, 0.95),
		fictional: p('fictional', 0.1, 0.3),
		tolerations: p('tolerations', 0.5, 1.1),
		departures: p('departures', 0.01, 0.035),
		contacts: p('contacts', 1.6, 2.6),
		digital: clamp(p('digital', 0.15, 0.3) + 0.08 * u, 0.15, 0.4),
		digitalSlope: p('digitalSlope', 0.01, 0.02),
		processing: clamp((35 + 50 * u) * p('processing', 0.75, 1.25), 30, 105),
		processingDrift: p('processingDrift', -0.03, 0.03),
		backlog: p('backlog', 1.2, 3.5) * (1 + 0.4 * u),
		overdue: p('overdue', 0.2, 0.42),
		appointments: p('appointments', 0.55, 0.85),
		lead: clamp((10 + 40 * u) * p('lead', 0.7, 1.3), 10, 60),
		leadDrift: p('leadDrift', -0.02, 0.02),
		waitRecorded: p('waitRecorded', 0.3, 0.9),
		wait: clamp(p('wait', 15, 42) + 10 * u, 15, 55),
		calls: p('calls', 1.5, 4),
		reach: p('reach', 0.48, 0.9),
		remedies: p('remedies', 0.01, 0.035),
		remediesLost: p('remediesLost', 0.1, 0.35),
		inaction: p('inaction', 0.5, 3) * (1 + u),
		surveySize: p('surveySize', 2.5, 5.5),
		satisfied: p('satisfied', 0.55, 0.85),
		firstVisit: p('firstVisit', 0.45, 0.8),
		foreignPerFte: p('foreignPerFte', 700, 1200),
		staffing:
			random.unit('profile', id, 'overstaffed') < 0.1 ? p('staffing', 1, 1.05) : p('staffing', 0.86, 0.99),
		overheadStaff: p('overheadStaff', 1.25, 1.4),
		workdays: p('workdays', 212, 218),
		sickness: p('sickness', 0.06, 0.095),
		turnover: p('turnover', 0.02, 0.09),
		procedures: p('procedures', 0.06, 0.15),
		hires: p('hires', 0.5, 0.95),
		staffSurvey: p('staffSurvey', 0.5, 0.85),
		staffSatisfied: p('staffSatisfied', 0.45, 0.8),
		costPerFte: p('costPerFte', 65_000, 75_000),
		operating: p('operating', 0.15, 0.25),
		overhead: p('overhead', 0.1, 0.2),
		fees: p('fees', 0.2, 0.45)
	};

	const result = new Map<number, Figures>();
	for (const year of periods) {
		const n = (name: string, spread = 0.03) => random.jitter(spread, 'noise', id, year, name);
		const t = (name: keyof typeof TRENDS) => trend(TRENDS[name], year);
		const since = year - 2021;
		const f: Figures = {};

		f.population = round(a.population * (1 + growth) ** (year - BASE_YEAR));
		const foreignShare = clamp(foreignShare0 * t('foreignShare') * n('foreign', 0.01), 0.06, 0.3);
		f.foreign_population = round(f.population * foreignShare);
		f.tolerated_or_permitted = round(
			f.foreign_population * profile.tolerated * t('toleratedShare') * n('tol')
		);

		const received = round(
			f.foreign_population * profile.appRate * t('applicationRate') * n('received', 0.015)
		);
		f.title_applications_received = received;
		const decided = round(
			received * clamp(profile.completion * t('completion') * n('completion', 0.02), 0.85, 1.05)
		);
		f.title_applications_rejected = round(decided * profile.rejection * n('rejection', 0.05));
		f.titles_granted = decided - f.title_applications_rejected;
		f.settlement_permits_granted = round(f.titles_granted * profile.settlement * n('settlement'));
		f.eat_orders = round(f.titles_granted * profile.eat * n('eat', 0.02));
		f.fictional_certificates = round(received * profile.fictional * t('fictional') * n('fictional'));
		f.tolerations_issued = round(f.tolerated_or_permitted * profile.tolerations * n('tolerations'));
		f.departures_enforced = round(f.tolerated_or_permitted * profile.departures * n('departures', 0.05));

		const contacts = received * profile.contacts * t('contacts') * n('contacts', 0.02);
		const digitalShare = clamp(profile.digital + profile.digitalSlope * since, 0.1, 0.7);
		f.visits = round(contacts * (1 - digitalShare));
		f.digital_submissions = round(contacts * digitalShare);
		const processing = clamp(
			profile.processing * t('processing') * (1 + profile.processingDrift) ** since,
			30,
			120
		);
		f.processing_days_total = round(decided * processing * n('processing', 0.02));
		f.open_applications = round((received / 12) * profile.backlog * t('backlog') * n('open', 0.02));
		f.open_applications_over_3_months = round(
			f.open_applications * profile.overdue * t('overdue') * n('overdue', 0.02)
		);

		f.appointments_booked = round(f.visits * profile.appointments * n('appointments', 0.02));
		const lead = clamp(profile.lead * t('bookingLead') * (1 + profile.leadDrift) ** since, 10, 70);
		f.booking_lead_days_total = round(f.appointments_booked * lead * n('lead', 0.02));
		f.visits_with_wait_recorded = round(f.visits * profile.waitRecorded * n('waitRecorded', 0.02));
		const wait = clamp(profile.wait * t('wait') * n('wait'), 15, 60);
		f.onsite_wait_minutes_total = round(f.visits_with_wait_recorded * wait);
		f.calls_received = round(received * profile.calls * n('calls'));
		f.calls_answered = round(
			f.calls_received * clamp(profile.reach * t('reachability') * n('reach'), 0.4, 0.9)
		);

		f.legal_remedies_received = Math.max(1, round(decided * profile.remedies * n('remedies')));
		f.legal_remedies_lost = round(f.legal_remedies_received * profile.remediesLost * n('remediesLost', 0.05));
		f.inaction_lawsuits = round((received / 1000) * profile.inaction * t('inaction') * n('inaction', 0.02));

		const respondents = round(100 + Math.sqrt(f.visits) * profile.surveySize * n('survey', 0.05));
		f.customer_survey_respondents = Math.min(1500, respondents);
		const satisfied = clamp(profile.satisfied * t('satisfaction') * n('satisfied', 0.02), 0, 0.95);
		f.customer_survey_satisfied = round(f.customer_survey_respondents * satisfied);
		f.customer_survey_first_visit_resolved = round(
			f.customer_survey_respondents * profile.firstVisit * n('first')
		);

		const officers = fte((f.foreign_population / profile.foreignPerFte) * t('fte') * n('fte', 0.02));
		f.fte_case_officers = officers;
		f.fte_case_officers_planned = Math.max(
			0.5,
			Math.round((officers / (profile.staffing * n('staffing'))) * 2) / 2
		);
		f.fte_total = fte(officers * profile.overheadStaff);
		f.target_workdays = round(f.fte_total * profile.workdays);
		f.sick_days = round(f.target_workdays * profile.sickness * t('sickness') * n('sick'));
		f.staff_departures_to_other_employers = round(f.fte_total * profile.turnover * n('turnover', 0.1));
		f.external_selection_procedures = Math.max(1, round(f.fte_total * profile.procedures * n('procedures')));
		f.external_hires = round(f.external_selection_procedures * profile.hires * n('hires', 0.05));
		f.staff_survey_respondents = Math.max(
			3,
			round(f.fte_total * 1.1 * profile.staffSurvey * n('staffSurvey'))
		);
		f.staff_survey_satisfied = round(
			f.staff_survey_respondents * profile.staffSatisfied * n('staffSatisfied')
		);

		f.personnel_costs = eur(f.fte_total * profile.costPerFte * t('wages') * n('personnel', 0.01));
		f.operating_costs = eur(f.personnel_costs * profile.operating * n('operating'));
		f.overhead_costs = eur(f.personnel_costs * profile.overhead * n('overhead', 0.02));
		const total = f.personnel_costs + f.operating_costs + f.overhead_costs;
		f.fee_revenue = eur(total * profile.fees * t('fees') * n('fees'));
		result.set(year, f);
	}
	return result;
}
