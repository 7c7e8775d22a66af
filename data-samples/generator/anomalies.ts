/**
 * Deliberate anomalies: the plausibility findings, missing values and zero denominators a demo ring
 * must contain so that every warning path of the app can be seen and tested.
 *
 * An anomaly is a recipe (what it changes, why, what the app should show) applied to one authority
 * from one period on. The list of anomalies applied is part of the generator's output and of the
 * demo README; findings are attributed back to them (`attributeFindings`), so an unexplained finding
 * is a generator bug, not a feature.
 */
import type { CountId, Figures } from './catalogue.ts';
import type { Finding } from './checks.ts';
import type { Draws } from './prng.ts';

export const ANOMALY_KINDS = [
	'calls_answered_exceeds_received',
	'overdue_exceeds_open',
	'visits_jump',
	'completion_over_150',
	'low_customer_sample',
	'customer_survey_missing',
	'overhead_costs_missing',
	'zero_selection_procedures',
	'zero_survey_respondents'
] as const;
export type AnomalyKind = (typeof ANOMALY_KINDS)[number];

/** Where an anomaly goes: which authority, from which period. */
export interface AnomalyTarget {
	kind: AnomalyKind;
	authority_id: string;
	period: number;
}

export type AnomalyEffect = 'error' | 'warning' | 'missing' | 'zero_denominator';

export interface Anomaly extends AnomalyTarget {
	/** The periods whose figures are changed. */
	periods: number[];
	count_ids: CountId[];
	/** What the app must show: a red error, a warning, a missing input or a zero denominator. */
	effect: AnomalyEffect;
	description_de: string;
	description_en: string;
}

interface Recipe {
	effect: AnomalyEffect;
	count_ids: CountId[];
	/** 'from': this and every later period; 'all': every period; 'one': only this period. */
	scope: 'one' | 'from' | 'all';
	de: string;
	en: string;
	apply(f: Figures, period: number, authorityId: string, random: Draws): void;
}

const drop = (f: Figures, ids: readonly CountId[]) => ids.forEach((id) => delete f[id]);

const RECIPES: Record<AnomalyKind, Recipe> = {
	calls_answered_exceeds_received: {
		effect: 'error',
		count_ids: ['calls_answered', 'calls_received'],
		scope: 'one',
		de: 'Angenommene Anrufe > eingehende Anrufe: die Telefonzentrale hat weitergeleitete Anrufe doppelt gezählt (Fehler; Erreichbarkeit über 100 %).',
		en: 'Calls answered > calls received: the switchboard counted forwarded calls twice (error; reachability above 100 %).',
		apply: (f) => void (f.calls_answered = Math.round((f.calls_received ?? 0) * 1.06))
	},
	overdue_exceeds_open: {
		effect: 'error',
		count_ids: ['open_applications_over_3_months', 'open_applications'],
		scope: 'one',
		de: 'Offene Anträge älter als drei Monate > offene Anträge: alle im Jahr überfälligen Anträge statt des Bestands am 31.12. gemeldet (Fehler; Altfallquote über 100 %).',
		en: 'Open applications older than three months > open applications: all applications overdue during the year reported instead of the stock on 31 Dec (error; overdue share above 100 %).',
		apply: (f) => void (f.open_applications_over_3_months = Math.round((f.open_applications ?? 0) * 1.25))
	},
	visits_jump: {
		effect: 'warning',
		count_ids: ['visits'],
		scope: 'from',
		de: 'Vorsprachen +60 % ab diesem Jahr: Spontankontakte am Empfang werden seitdem mitgezählt (Warnung: Veränderung > 30 %).',
		en: 'Visits +60 % from this year on: walk-in contacts at reception are counted since (warning: change > 30 %).',
		apply: (f) => void (f.visits = Math.round((f.visits ?? 0) * 1.6))
	},
	completion_over_150: {
		effect: 'warning',
		count_ids: ['title_applications_received'],
		scope: 'one',
		de: 'Nur Erstanträge als Eingänge gemeldet, Verlängerungen fehlen: Erledigungsquote über 150 % und Sprünge der Eingänge zum Vor- und Folgejahr (Warnungen).',
		en: 'Only first applications reported as received, renewals missing: completion rate above 150 % and jumps of applications received against the previous and next year (warnings).',
		apply: (f) =>
			void (f.title_applications_received = Math.round((f.title_applications_received ?? 0) * 0.5))
	},
	low_customer_sample: {
		effect: 'warning',
		count_ids: [
			'customer_survey_respondents',
			'customer_survey_satisfied',
			'customer_survey_first_visit_resolved'
		],
		scope: 'all',
		de: 'Kleine Kundenbefragung (unter 100 Befragte) in jedem Jahr (Warnung: kleine Stichprobe).',
		en: 'Small customer survey (fewer than 100 respondents) every year (warning: low sample).',
		apply(f, period, id, random) {
			const n = f.customer_survey_respondents ?? 0;
			if (n <= 0) return;
			const small = Math.round(
				random.uniform(62, 88, 'low-sample', id) * random.jitter(0.05, 'low-sample', id, period)
			);
			f.customer_survey_satisfied = Math.round(((f.customer_survey_satisfied ?? 0) / n) * small);
			f.customer_survey_first_visit_resolved = Math.round(
				((f.customer_survey_first_visit_resolved ?? 0) / n) * small
			);
			f.customer_survey_respondents = small;
		}
	},
	customer_survey_missing: {
		effect: 'missing',
		count_ids: [
			'customer_survey_respondents',
			'customer_survey_satisfied',
			'customer_survey_first_visit_resolved'
		],
		scope: 'one',
		de: 'Keine Kundenbefragung in diesem Jahr: die drei Befragungswerte fehlen (Kennzahlen null, fehlende Eingangswerte).',
		en: 'No customer survey this year: the three survey counts are missing (KPIs null, missing input).',
		apply: (f) =>
			drop(f, [
				'customer_survey_respondents',
				'customer_survey_satisfied',
				'customer_survey_first_visit_resolved'
			])
	},
	overhead_costs_missing: {
		effect: 'missing',
		count_ids: ['overhead_costs'],
		scope: 'one',
		de: 'Gemeinkosten nicht geliefert (leere Zelle): Kosten je Fall, Kosten je Einwohner/in und Kostendeckungsgrad null (fehlender Eingangswert).',
		en: 'Overhead costs not delivered (empty cell): cost per decision, cost per foreign resident and cost recovery null (missing input).',
		apply: (f) => drop(f, ['overhead_costs'])
	},
	zero_selection_procedures: {
		effect: 'zero_denominator',
		count_ids: ['external_selection_procedures', 'external_hires'],
		scope: 'one',
		de: 'Kein externes Auswahlverfahren im Jahr (0): Erfolgsquote externer Auswahlverfahren null (Division durch 0).',
		en: 'No external selection procedure this year (0): external hiring success null (zero denominator).',
		apply(f) {
			f.external_selection_procedures = 0;
			f.external_hires = 0;
		}
	},
	zero_survey_respondents: {
		effect: 'zero_denominator',
		count_ids: [
			'customer_survey_respondents',
			'customer_survey_satisfied',
			'customer_survey_first_visit_resolved'
		],
		scope: 'one',
		de: 'Online-Kundenbefragung ohne Rücklauf (0 Befragte): Kundenzufriedenheit und Erstbesuchsquote null (Division durch 0).',
		en: 'Online customer survey without responses (0 respondents): satisfaction and first-visit resolution null (zero denominator).',
		apply(f) {
			f.customer_survey_respondents = 0;
			f.customer_survey_satisfied = 0;
			f.customer_survey_first_visit_resolved = 0;
		}
	}
};

/** The full record of one anomaly, for the given sorted periods of the ring. */
export function describeAnomaly(target: AnomalyTarget, periods: readonly number[]): Anomaly {
	const recipe = RECIPES[target.kind];
	const affected =
		recipe.scope === 'all'
			? [...periods]
			: periods.filter((p) => p === target.period || (recipe.scope === 'from' && p > target.period));
	return {
		...target,
		periods: affected,
		count_ids: [...recipe.count_ids],
		effect: recipe.effect,
		description_de: recipe.de,
		description_en: recipe.en
	};
}

/** Applies the anomalies of one authority to its figures (mutates them). */
export function applyAnomalies(
	anomalies: readonly Anomaly[],
	figures: Map<number, Figures>,
	random: Draws
): void {
	for (const anomaly of anomalies) {
		for (const period of anomaly.periods) {
			const f = figures.get(period);
			if (f) RECIPES[anomaly.kind].apply(f, period, anomaly.authority_id, random);
		}
	}
}

/**
 * A default plan for any ring (e.g. benchmark scales): each kind once, on distinct authorities picked
 * by the seed; kinds that compare with a previous period start in the second period.
 */
export function planAnomalies(
	authorityIds: readonly string[],
	periods: readonly number[],
	random: Draws
): AnomalyTarget[] {
	const sorted = [...periods].sort((a, b) => a - b);
	const picked = random.shuffle([...authorityIds].sort(), 'anomaly-authorities');
	const targets: AnomalyTarget[] = [];
	ANOMALY_KINDS.forEach((kind, i) => {
		const authority_id = picked[i];
		const needsPrevious = kind === 'visits_jump' || kind === 'completion_over_150';
		const choices = needsPrevious ? sorted.slice(1) : sorted;
		if (authority_id === undefined || choices.length === 0) return;
		const period = choices[random.int(0, choices.length - 1, 'anomaly-period', kind)] as number;
		targets.push({ kind, authority_id, period });
	});
	return targets;
}

/** Findings that need no anomaly: staff surveys of small offices have fewer than 100 respondents. */
export function isNaturalFinding(finding: Finding): boolean {
	return finding.rule === 'low_sample' && finding.ids[0] === 'staff_survey_respondents';
}

/**
 * Assigns each finding to the anomaly that caused it: same authority, a shared base count, and the
 * finding's period is one the anomaly changed (or, for a change against the previous period, the
 * period after one). Returns the findings per anomaly (same order) and the unexplained rest.
 */
export function attributeFindings(
	findings: readonly Finding[],
	anomalies: readonly Anomaly[]
): { byAnomaly: Finding[][]; natural: Finding[]; unexplained: Finding[] } {
	const byAnomaly = anomalies.map((): Finding[] => []);
	const natural: Finding[] = [];
	const unexplained: Finding[] = [];
	for (const finding of findings) {
		const index = anomalies.findIndex(
			(a) =>
				a.authority_id === finding.authority_id &&
				finding.ids.some((id) => a.count_ids.includes(id)) &&
				(a.periods.includes(finding.period) ||
					(finding.rule === 'change' && a.periods.includes(finding.period - 1)))
		);
		if (index >= 0) byAnomaly[index]?.push(finding);
		else if (isNaturalFinding(finding)) natural.push(finding);
		else unexplained.push(finding);
	}
	return { byAnomaly, natural, unexplained };
}
