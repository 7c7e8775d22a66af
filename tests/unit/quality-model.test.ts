/**
 * The views' rules for erroneous values, survey samples and intervals (issues #19, #27): one badge
 * per value in the precedence of catalogue.md, ranks and directions withheld where a value is not
 * rated, fehlerhaft values out of the ranking's ranks, the scatter's medians and the funnel.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { rankingOrder, sharedRanks } from '../../src/lib/charts/ranking.ts';
import { overviewCsv } from '../../src/lib/dashboard/csv.ts';
import { funnelData, rankingData, scatterData, trendData } from '../../src/lib/dashboard/kpi-view.ts';
import { directionText, positionBadge, rankCell, type BadgeRow } from '../../src/lib/dashboard/labels.ts';
import { overviewModel, stripGeometry, type StatsRow } from '../../src/lib/dashboard/overview.ts';
import {
	excludedText,
	intervalText,
	lowSampleNote,
	smallSample,
	statusText
} from '../../src/lib/dashboard/quality.ts';
import { errorMarksText, germanWording, peerErrorText } from '../../src/lib/i18n/engine-text.ts';
import type { ErrorMark } from '../../src/lib/engine/erroneous.ts';
import type { KpiViewData } from '../../src/lib/engine/views.ts';

const catalogue = loadCatalogue();
const kpi = (id: string) => catalogue.kpis.find((k) => k.id === id)!;
const MARK: ErrorMark = {
	rule: 'part_exceeds_whole',
	ids: ['calls_answered', 'calls_received'],
	values: [12513, 11805]
};

const badgeRow = (over: Partial<BadgeRow> = {}): BadgeRow => ({
	kpi: kpi('customer_satisfaction'),
	own_value: 80,
	position: 'good',
	tooSmall: false,
	n: 12,
	median: 70,
	erroneous: null,
	respondents: 400,
	ci_low: 76,
	ci_high: 84,
	...over
});

describe('one badge per value, in the precedence of catalogue.md', () => {
	it('fehlerhaft → unter 50 Befragten → nicht unterscheidbar vom Median → quartile badge', () => {
		const all = { erroneous: [MARK], respondents: 30, ci_low: 60, ci_high: 90 };
		expect(positionBadge(badgeRow(all)).kind).toBe('erroneous');
		expect(positionBadge(badgeRow({ ...all, erroneous: null })).kind).toBe('small_sample');
		expect(positionBadge(badgeRow({ ...all, erroneous: null, respondents: 60 })).kind).toBe('indistinct');
		expect(positionBadge(badgeRow({ ...all, erroneous: null, respondents: 60, ci_low: 75 })).kind).toBe(
			'good'
		);
		expect(positionBadge(badgeRow({ erroneous: [MARK] }))).toEqual({
			kind: 'erroneous',
			symbol: '✖',
			text: 'fehlerhaft'
		});
		expect(positionBadge(badgeRow({ ci_low: 60 })).text).toBe('nicht unterscheidbar vom Median');
	});

	it('never calls a value best or weakest quarter when its interval contains the median', () => {
		// Random rows of every shape: whatever the quartile position, a contained median wins.
		let seed = 7;
		const r = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		let contained = 0;
		for (let i = 0; i < 2000; i++) {
			const median = r() * 100;
			const own = r() * 100;
			const half = r() * 30;
			const row = badgeRow({
				kpi: kpi(['customer_satisfaction', 'overdue_share', 'phone_reachability'][i % 3]!),
				own_value: own,
				median,
				position: (['good', 'attention', 'middle'] as const)[i % 3],
				ci_low: Math.max(0, own - half),
				ci_high: Math.min(100, own + half),
				respondents: 50 + Math.floor(r() * 500)
			});
			const inside = row.ci_low! <= median && median <= row.ci_high!;
			const kind = positionBadge(row).kind;
			if (inside) {
				contained++;
				expect(kind, JSON.stringify(row)).toBe('indistinct');
			} else expect(kind).toBe(row.position);
		}
		expect(contained).toBeGreaterThan(200);
	});

	it('keeps the other badges: context, missing, group too small', () => {
		expect(positionBadge(badgeRow({ kpi: kpi('rejection_rate'), position: 'none' })).kind).toBe('none');
		expect(positionBadge(badgeRow({ own_value: null, position: null })).kind).toBe('missing');
		expect(positionBadge(badgeRow({ tooSmall: true, n: 3 })).kind).toBe('too_small');
		// A fehlerhaft value outside its group is still marked fehlerhaft.
		expect(positionBadge(badgeRow({ position: null, erroneous: [MARK] })).kind).toBe('erroneous');
	});
});

describe('rank and direction of unrated values', () => {
	const row = { rank: 3, n: 12, kpi: kpi('customer_satisfaction'), erroneous: null, respondents: 400 };
	it('withholds the rank of a fehlerhaft value and of a survey under 50 respondents', () => {
		expect(rankCell(row)).toBe('3 von 12');
		expect(rankCell({ ...row, rank: null, erroneous: [MARK] })).toBe('kein Rang (fehlerhaft)');
		expect(rankCell({ ...row, respondents: 49 })).toBe('kein Rang (unter 50 Befragten)');
		expect(rankCell({ ...row, respondents: 50 })).toBe('3 von 12');
		expect(rankCell({ ...row, kpi: kpi('rejection_rate') })).toBe('–');
	});
	it('does not judge a change from or to a fehlerhaft value', () => {
		const d = {
			direction: 'better' as const,
			change: 'up' as const,
			own_value: 62,
			prev_value: 55,
			prev_period: 2022,
			kpi: kpi('phone_reachability'),
			erroneous: null,
			prev_erroneous: false
		};
		expect(directionText(d).text).toBe('besser');
		expect(directionText({ ...d, erroneous: [MARK] }).text).toBe('nicht bewertet (fehlerhaft)');
		expect(directionText({ ...d, prev_erroneous: true })).toMatchObject({
			text: 'nicht bewertet (fehlerhaft)',
			detail: 'ggü. 2022: 55,0\u00a0%'
		});
	});
});

describe('words and notes', () => {
	it('words the finding with labels and values for the own authority, without values for others', () => {
		expect(errorMarksText([MARK], germanWording(catalogue))).toBe(
			'Teil größer als Ganzes: Angenommene Anrufe (12.513) ist größer als Eingehende Anrufe (11.805).'
		);
		const peer = peerErrorText(MARK.ids, germanWording(catalogue));
		expect(peer).toContain('Angenommene Anrufe, Eingehende Anrufe');
		expect(peer).not.toMatch(/12\.513|11\.805/);
	});
	it('draws the survey lines at 50 and at the survey minimum (100)', () => {
		const k = kpi('customer_satisfaction');
		expect([49, 50, 99, 100].map(smallSample)).toEqual([true, false, false, false]);
		expect([49, 50, 99, 100].map((n) => lowSampleNote(k, n))).toEqual([false, true, true, false]);
		expect(lowSampleNote(kpi('phone_reachability'), 60)).toBe(false); // no survey
		expect(statusText(k, { erroneous: false, respondents: 99 })).toBe(
			'unter 100 Befragten (KGSt-Mindestzahl)'
		);
		expect(statusText(k, { erroneous: false, respondents: 20 })).toBe('unter 50 Befragten');
		expect(statusText(k, { erroneous: true, respondents: 20 })).toBe('fehlerhaft');
	});
	it('formats intervals and the values left out', () => {
		expect(intervalText(72.22, 87.49, '%')).toBe('72,2\u00a0% – 87,5\u00a0%');
		expect(intervalText(null, 87.49, '%')).toBe('');
		expect(excludedText(0)).toBe('');
		expect(excludedText(1)).toBe('1 fehlerhafter Wert ausgelassen');
		expect(excludedText(3)).toBe('3 fehlerhafte Werte ausgelassen');
	});
});

const stat = (kpi_id: string, over: Partial<StatsRow> = {}): StatsRow => ({
	kpi_id,
	field: kpi(kpi_id).field,
	unit: '%',
	polarity: 'up',
	n: 3,
	min: 40,
	q1: 45,
	median: 50,
	q3: 55,
	max: 60,
	mean: 50,
	own_value: 106,
	own_reason: null,
	rank: null,
	position: null,
	prev_period: 2022,
	prev_value: 55,
	direction: 'better',
	erroneous: [MARK],
	prev_erroneous: false,
	excluded: ['own'],
	ci_n: 11805,
	ci_low: null,
	ci_high: null,
	respondents: null,
	...over
});

describe('overview with a fehlerhaft value', () => {
	const values = new Map([
		[
			'phone_reachability',
			new Map([
				['own', 106],
				['a', 40],
				['b', 50],
				['c', 60]
			])
		]
	]);
	const [field] = overviewModel(catalogue, [stat('phone_reachability')], values, ['own', 'a', 'b', 'c']);
	const row = field!.rows[0]!;
	it('leaves it out of the strip’s dots and keeps it as the own diamond', () => {
		expect(row.peerValues).toEqual([40, 50, 60]);
		expect(positionBadge(row).kind).toBe('erroneous');
	});
	it('writes the mark and the finding into the CSV, with the interval columns', () => {
		const { header, rows } = overviewCsv([field!], { authority: 'Amt', period: 2023, group: 'G' }, catalogue);
		const cell = (name: string) => rows[0]![header.indexOf(name)];
		expect(cell('fehlerhaft')).toBe('ja');
		expect(cell('Befund')).toContain('Angenommene Anrufe (12.513)');
		expect(cell('Lage')).toBe('fehlerhaft');
		expect(cell('n (Nenner)')).toBe(11805);
		expect(cell('KI untere Grenze')).toBeNull();
		expect(cell('Rang')).toBeNull();
		expect(cell('Hinweis')).toBe('fehlerhaft');
		expect(cell('Eigener Wert')).toBe(106);
	});
	it('draws the own interval as a whisker inside the strip', () => {
		const g = stripGeometry([40, 50, 60], 55, { q1: 45, median: 50, q3: 55 }, 140, 22, { low: 35, high: 70 });
		expect(g.whisker!.x1).toBe(6);
		expect(g.whisker!.x2).toBe(134);
		expect(g.own).toBeGreaterThan(g.whisker!.x1);
	});
});

const view: KpiViewData = {
	values: [
		{
			authority_id: 'own',
			period: 2023,
			kpi_id: 'k',
			value: 106,
			size_class: 'GK2',
			in_group: true,
			erroneous: true
		},
		{
			authority_id: 'a',
			period: 2023,
			kpi_id: 'k',
			value: 40,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		},
		{
			authority_id: 'b',
			period: 2023,
			kpi_id: 'k',
			value: 50,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		},
		{
			authority_id: 'c',
			period: 2023,
			kpi_id: 'k',
			value: 60,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		},
		{
			authority_id: 'own',
			period: 2022,
			kpi_id: 'k',
			value: 55,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		},
		{
			authority_id: 'own',
			period: 2023,
			kpi_id: 'o',
			value: 1,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		},
		{
			authority_id: 'a',
			period: 2023,
			kpi_id: 'o',
			value: 2,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		},
		{
			authority_id: 'b',
			period: 2023,
			kpi_id: 'o',
			value: 3,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		}
	],
	periods: [],
	sizeClasses: [],
	baseCounts: [],
	counts: [
		{ authority_id: 'own', x: 12513, n: 11805, respondents: null },
		{ authority_id: 'a', x: 40, n: 100, respondents: null },
		{ authority_id: 'b', x: 100, n: 200, respondents: null },
		{ authority_id: 'c', x: 30, n: 50, respondents: null }
	]
};
const name = (id: string) => (id === 'own' ? 'Eigenes Amt' : `Behörde ${id.toUpperCase()}`);

describe('KPI view with a fehlerhaft value', () => {
	const bars = rankingData(view, { id: 'k', proportion: true }, 2023, 'own', name);
	it('ranking: the fehlerhaft bar last, unrated and without interval; the others ranked among themselves', () => {
		const ordered = rankingOrder(bars, 'up');
		expect(ordered.map((d) => d.label)).toEqual(['Behörde C', 'Behörde B', 'Behörde A', 'Eigenes Amt']);
		expect(sharedRanks(ordered, 'up')).toEqual(['1', '2', '3', '']);
		const own = bars.find((d) => d.own)!;
		expect(own).toMatchObject({ erroneous: true, unrated: true, n: 11805, low: null, high: null });
		const a = bars.find((d) => d.label === 'Behörde A')!;
		expect(a.low).toBeCloseTo(30.94, 2);
		expect(a.high).toBeCloseTo(49.8, 2);
	});
	it('a small survey keeps its place but has no rank', () => {
		const ordered = rankingOrder(
			[
				{ label: 'A', value: 90, own: false, unrated: true },
				{ label: 'B', value: 80, own: false },
				{ label: 'C', value: 80, own: true }
			],
			'up'
		);
		expect(sharedRanks(ordered, 'up')).toEqual(['', '2', '2']);
	});
	it('funnel: the fehlerhaft value is neither a point nor part of the target', () => {
		const f = funnelData(view, 'k', 2023, ['own', 'a', 'b', 'c']);
		expect(f.rows.map((r) => r.authority_id)).toEqual(['a', 'b', 'c']);
		expect(f.target).toBeCloseTo((170 / 350) * 100, 12);
	});
	it('scatter: the fehlerhaft point is marked and left out of the median', () => {
		const s = scatterData(view, 'k', 'o', 2023, 'own', name);
		expect(s.points.find((p) => p.own)!.erroneous).toBe(true);
		expect(s.xMedian).toBe(45); // a and b; own (fehlerhaft) and c (no second value) are out
		expect(s.yMedian).toBe(2);
	});
	it('trend: the fehlerhaft period is marked', () => {
		expect(trendData(view, 'k', 'own').map((p) => [p.period, p.ownErroneous])).toEqual([
			[2022, false],
			[2023, true]
		]);
	});
});
