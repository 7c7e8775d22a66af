/**
 * The engine returns codes and numbers; engine-text.ts words them. Every finding rule and every group
 * reason in German (as the CLI prints it) and in English (as an English page shows it), with the
 * catalogue's labels and the numbers in each language's format.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { Finding } from '../../src/lib/engine/plausibility.ts';
import type { PeerGroup } from '../../src/lib/engine/peers.ts';
import type { ErrorMark } from '../../src/lib/engine/erroneous.ts';
import {
	errorMarksText,
	findingText,
	germanWording,
	groupReasonText,
	peerErrorText
} from '../../src/lib/i18n/engine-text.ts';
import { loadLocale, setLocale } from '../../src/lib/i18n/translate.ts';
import { wording } from '../../src/lib/i18n/words.ts';

const catalogue = loadCatalogue();
const finding = (f: Partial<Finding> & Pick<Finding, 'rule' | 'ids' | 'values'>): Finding => ({
	severity: f.rule === 'part_exceeds_whole' ? 'error' : 'warning',
	authority_id: '05315',
	period: 2024,
	...f
});

const FINDINGS: [Finding, string, string][] = [
	[
		finding({ rule: 'part_exceeds_whole', ids: ['calls_answered', 'calls_received'], values: [12345, 9000] }),
		'Teil größer als Ganzes: Angenommene Anrufe (12.345) ist größer als Eingehende Anrufe (9.000).',
		'Part larger than whole: Calls answered (12,345) is larger than Calls received (9,000).'
	],
	[
		finding({
			rule: 'large_change',
			ids: ['fte_total'],
			values: [50, 80.5],
			previous_period: 2023,
			limit: 0.3
		}),
		'Ist-VZÄ gesamt (Jahresdurchschnitt) ändert sich gegenüber 2023 um 61,0\u00a0% (von 50 auf 80,5); mehr als 30\u00a0% sind ungewöhnlich.',
		'Actual FTE total changes by 61.0% against 2023 (from 50 to 80.5); more than 30% is unusual.'
	],
	[
		finding({ rule: 'kpi_above_limit', ids: ['avg_processing_days'], values: [1234.56], limit: 365 }),
		'Ø Bearbeitungsdauer Aufenthaltstitel liegt mit 1.234,6\u00a0Tage über der Plausibilitätsgrenze von 365,0\u00a0Tage.',
		'Average processing time of residence titles is 1,234.6\u00a0days, above the plausibility limit of 365.0\u00a0days.'
	],
	[
		finding({
			rule: 'low_sample',
			ids: ['customer_survey_respondents', 'customer_satisfaction', 'first_visit_resolution'],
			values: [99, 50, 40],
			limit: 100
		}),
		'Nur 99 Befragte (Kundenbefragung: Befragte), weniger als 100: Kundenzufriedenheit, Erledigung beim ersten Besuch mit Vorsicht lesen.',
		'Only 99 respondents (Customer survey: respondents), fewer than 100: read Customer satisfaction, First-visit resolution with care.'
	]
];

const group = (reason: PeerGroup['reason']): PeerGroup => ({
	type: 'nearest',
	name: null,
	authority_id: '05315',
	period: 2024,
	size_class: null,
	members: [],
	reason
});

const REASONS: [PeerGroup, string, string][] = [
	[
		group({ code: 'no_data' }),
		'Für die Behörde 05315 liegen im Jahr 2024 keine Daten vor.',
		'There are no data for authority 05315 in 2024.'
	],
	[
		group({ code: 'no_population' }),
		'Für die Behörde 05315 fehlt im Jahr 2024 die Einwohnerzahl; ohne Größenklasse gehört sie zu keiner Vergleichsgruppe nach Größe.',
		'The population of authority 05315 is missing in 2024; without a size class it belongs to no size-based peer group.'
	],
	[
		group({
			code: 'nearest_unavailable',
			problems: [
				{ code: 'population_zero' },
				{ code: 'feature_missing', kpi_id: 'tolerated_share', reason: 'zero_denominator' }
			]
		}),
		'Die ähnlichsten Behörden lassen sich für 05315 im Jahr 2024 nicht bestimmen: Einwohnerzahl ist 0; Anteil Duldung und Gestattung nicht berechenbar (Nenner ist 0).',
		'The most similar authorities cannot be determined for 05315 in 2024: population is 0; Share tolerated or with permission to reside cannot be computed (denominator is 0).'
	]
];

describe('findings and group reasons are worded from codes', () => {
	beforeAll(() => loadLocale('en'));
	afterAll(() => setLocale('de'));

	it.each(FINDINGS)('%# German for the CLI and the German page', (f, de) => {
		setLocale('de');
		expect(findingText(f, germanWording(catalogue))).toBe(de);
		expect(findingText(f, wording(catalogue))).toBe(de);
	});

	it.each(FINDINGS)('%# English for the English page', (f, _de, en) => {
		setLocale('en');
		expect(findingText(f, wording(catalogue))).toBe(en);
		// The CLI stays German whatever the page's language.
		expect(findingText(f, germanWording(catalogue))).toBe(_de);
	});

	it('a fehlerhaft value: its error findings with values by kind, another member’s without values', () => {
		const marks: ErrorMark[] = [
			{ rule: 'part_exceeds_whole', ids: ['calls_answered', 'calls_received'], values: [12513, 11805] },
			{ rule: 'part_exceeds_whole', ids: ['fte_case_officers', 'fte_total'], values: [12.5, 10.25] }
		];
		setLocale('de');
		expect(errorMarksText(marks, wording(catalogue))).toBe(
			'Teil größer als Ganzes: Angenommene Anrufe (12.513) ist größer als Eingehende Anrufe (11.805). ' +
				'Teil größer als Ganzes: Ist-VZÄ Sachbearbeitung (Jahresdurchschnitt) (12,5\u00a0VZÄ) ist größer als Ist-VZÄ gesamt (Jahresdurchschnitt) (10,25\u00a0VZÄ).'
		);
		setLocale('en');
		expect(errorMarksText(marks, wording(catalogue))).toBe(
			'Part larger than whole: Calls answered (12,513) is larger than Calls received (11,805). ' +
				'Part larger than whole: Actual FTE case officers (12.5\u00a0FTE) is larger than Actual FTE total (10.25\u00a0FTE).'
		);
		expect(peerErrorText(marks[0]!.ids, wording(catalogue))).toBe(
			'Error in Calls answered, Calls received (other authorities’ values are not shown).'
		);
		expect(errorMarksText(marks.slice(0, 1), germanWording(catalogue))).toMatch(/^Teil größer als Ganzes/);
	});

	it.each(REASONS)('%# group reason in both languages', (g, de, en) => {
		const reason = { ...g, reason: g.reason! };
		setLocale('de');
		expect(groupReasonText(reason, wording(catalogue))).toBe(de);
		setLocale('en');
		expect(groupReasonText(reason, wording(catalogue))).toBe(en);
		expect(groupReasonText(reason, germanWording(catalogue))).toBe(de);
	});
});
