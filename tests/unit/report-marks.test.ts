/**
 * The report's mark of a value is the dashboard's: one badge per value in catalogue.md's precedence
 * (fehlerhaft → unter 50 Befragten → group too small → nicht unterscheidbar vom Median → quartile), no
 * rank for a fehlerhaft value or a survey under 50, and the note beside the value (the finding with the
 * own values, the respondents, the KGSt minimum).
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { StatsRow } from '../../src/lib/engine/stats.ts';
import { valueMark } from '../../src/lib/report/marks.ts';

const catalogue = loadCatalogue();
const kpi = (id: string) => catalogue.kpis.find((k) => k.id === id)!;
const survey = kpi('customer_satisfaction');
const phone = kpi('phone_reachability');
const context = kpi('rejection_rate');

const row = (over: Partial<StatsRow> = {}): StatsRow => ({
	kpi_id: 'customer_satisfaction',
	field: 'customer',
	unit: '%',
	polarity: 'up',
	n: 12,
	min: 50,
	q1: 60,
	median: 70,
	q3: 80,
	max: 90,
	mean: 70,
	own_value: 85,
	own_reason: null,
	rank: 2,
	position: 'good',
	prev_period: null,
	prev_value: null,
	direction: null,
	erroneous: null,
	prev_erroneous: false,
	excluded: [],
	ci_n: null,
	ci_low: null,
	ci_high: null,
	respondents: null,
	...over
});

const partExceedsWhole = [
	{
		rule: 'part_exceeds_whole' as const,
		ids: ['customer_survey_satisfied', 'customer_survey_respondents'],
		values: [130, 120]
	}
];

describe('valueMark: the dashboard’s badge per value, in catalogue.md’s order', () => {
	it('fehlerhaft wins over everything, takes the rank away and names the finding with the own values', () => {
		const m = valueMark(row({ erroneous: partExceedsWhole, respondents: 20 }), survey, catalogue);
		expect(m).toMatchObject({ kind: 'erroneous', symbol: '✖', text: 'fehlerhaft', ranked: false });
		expect(m.rank).toBe('kein Rang (fehlerhaft)');
		expect(m.note).toContain('Teil größer als Ganzes');
		expect(m.note).toContain('130');
		expect(m.note).toContain('120');
	});

	it('under 50 respondents: no rank, no rating; 50 up to the minimum: the KGSt note with the badge', () => {
		const under = valueMark(row({ respondents: 49 }), survey, catalogue);
		expect(under).toMatchObject({ kind: 'small_sample', symbol: '◌', ranked: false });
		expect(under.rank).toBe('kein Rang (unter 50 Befragten)');
		expect(under.note).toBe('49 Befragte: zu wenige für Rang und Bewertung (Mindestzahl 50).');
		expect(valueMark(row({ respondents: 50 }), survey, catalogue)).toMatchObject({
			kind: 'good',
			symbol: '▲',
			ranked: true,
			rank: '2 von 12',
			note: 'unter 100 Befragten (KGSt-Mindestzahl)'
		});
		expect(valueMark(row({ respondents: 100 }), survey, catalogue).note).toBe('');
	});

	it('an interval that contains the median: „nicht unterscheidbar“, still ranked', () => {
		const inside = row({ kpi_id: 'phone_reachability', ci_n: 40, ci_low: 65, ci_high: 92 });
		expect(valueMark(inside, phone, catalogue)).toMatchObject({
			kind: 'indistinct',
			symbol: '≈',
			ranked: true
		});
		const outside = row({ kpi_id: 'phone_reachability', ci_n: 400, ci_low: 81, ci_high: 89 });
		expect(valueMark(outside, phone, catalogue).kind).toBe('good');
	});

	it('the quartile badge otherwise; too small a group is flagged; context KPIs get no rank; no value, no badge', () => {
		expect(valueMark(row({ position: 'attention' }), phone, catalogue).kind).toBe('attention');
		expect(valueMark(row({ n: 4 }), phone, catalogue).kind).toBe('too_small');
		expect(valueMark(row({ position: 'none' }), context, catalogue)).toMatchObject({
			kind: 'none',
			ranked: false,
			rank: '–'
		});
		expect(
			valueMark(row({ own_value: null, rank: null, position: null, erroneous: null }), survey, catalogue)
		).toMatchObject({ kind: 'missing', ranked: false, note: '' });
	});
});
