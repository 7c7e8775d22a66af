import { describe, expect, it } from 'vitest';
import type { StatsRow } from '../../src/lib/engine/stats.ts';
import { valueMark } from '../../src/lib/report/marks.ts';

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
	...over
});
const survey = { polarity: 'up' as const, sample: { count: 'customer_survey_respondents', min: 100 } };

describe('valueMark: one badge per value, in catalogue.md’s order', () => {
	it('fehlerhaft wins over everything and takes the rank away', () => {
		const m = valueMark(row(), survey, { errors: ['Teil größer als das Ganze.'], respondents: 20 });
		expect(m).toMatchObject({
			kind: 'fehlerhaft',
			text: 'fehlerhaft',
			ranked: false,
			note: 'Teil größer als das Ganze.'
		});
	});
	it('under 50 respondents: no rank, no badge; 50–99: the KGSt note with the badge', () => {
		expect(valueMark(row(), survey, { errors: [], respondents: 49 })).toMatchObject({
			kind: 'under_50',
			ranked: false
		});
		expect(valueMark(row(), survey, { errors: [], respondents: 50 })).toMatchObject({
			kind: 'good',
			symbol: '▲',
			ranked: true,
			note: 'unter 100 Befragten (KGSt-Mindestzahl)'
		});
		expect(valueMark(row(), survey, { errors: [], respondents: 100 }).note).toBe('');
	});
	it('the quartile badge otherwise; too small a group is flagged; no value, no badge', () => {
		expect(
			valueMark(row({ position: 'attention' }), { polarity: 'up' }, { errors: [], respondents: null }).kind
		).toBe('attention');
		expect(valueMark(row({ n: 4 }), { polarity: 'up' }, { errors: [], respondents: null }).kind).toBe(
			'too_small'
		);
		expect(
			valueMark(row({ own_value: null, rank: null, position: null }), survey, {
				errors: ['x'],
				respondents: 10
			})
		).toMatchObject({
			kind: 'missing',
			ranked: false
		});
	});
});
