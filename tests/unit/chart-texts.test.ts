/**
 * Chart texts that tell the truth (issue #19): the direction of travel compares what the page shows,
 * says which value is missing, a zero denominator keeps the own row in the ranking with its reason,
 * the own label in the scatter and the median label in the ranking stay inside the picture, axis
 * ticks have the precision of their step, and charts off screen are drawn while the browser is idle.
 * Each was wrong on main before (checked by hand on the demo ring: Suhl 2024, external hiring success).
 */
import { parseHTML } from 'linkedom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { anchorAt, rankingChart } from '../../src/lib/charts/ranking.ts';
import { ownLabelPlace, scatterChart, type ScatterDatum } from '../../src/lib/charts/scatter.ts';
import { countTicks } from '../../src/lib/charts/style.ts';
import { directionText, missingReason } from '../../src/lib/dashboard/labels.ts';
import type { OverviewRow } from '../../src/lib/dashboard/overview.ts';
import { formatTick, formatUnit } from '../../src/lib/format/index.ts';

const catalogue = loadCatalogue();
const kpi = (id: string) => catalogue.kpis.find((k) => k.id === id)!;
const { document } = parseHTML('<!doctype html><html><body></body></html>');
const doc = document as unknown as Document;
const S = '\u00a0';

type DirectionRow = Parameters<typeof directionText>[0];
const travel = (over: Partial<DirectionRow>): DirectionRow => ({
	kpi: kpi('completion_rate'),
	own_value: 97.52,
	prev_value: 93.1,
	prev_period: 2023,
	direction: 'better',
	change: 'up',
	erroneous: null,
	prev_erroneous: false,
	...over
});

describe('direction of travel', () => {
	it('is „unverändert“ when both values read the same, whatever their unshown digits', () => {
		// 97,52 and 97,48 both show as „97,5 %“: the engine's „better“ would contradict the page.
		const row = travel({ own_value: 97.52, prev_value: 97.48, direction: 'better' });
		expect(formatUnit(97.52, '%')).toBe(formatUnit(97.48, '%'));
		expect(directionText(row)).toMatchObject({ symbol: '→', text: 'unverändert', kind: 'same' });
		expect(directionText({ ...row, prev_value: 97.4 }).text).toBe('besser');
	});
	it('a context KPI whose shown values are equal has not risen', () => {
		const row = travel({
			kpi: kpi('rejection_rate'),
			direction: 'none',
			change: 'up',
			own_value: 4.61,
			prev_value: 4.58
		});
		expect(directionText(row).text).toBe('unverändert');
		expect(directionText({ ...row, prev_value: 4.5 }).text).toBe('gestiegen');
	});
	it('says „kein Vorjahreswert“ only when the previous value is missing', () => {
		expect(directionText(travel({ prev_value: null, direction: null })).text).toBe('kein Vorjahreswert');
	});
	it('a missing current value says so, and shows the previous one', () => {
		const d = directionText(travel({ own_value: null, direction: null, change: null }));
		expect(d).toMatchObject({ text: 'kein aktueller Wert', kind: 'missing' });
		expect(d.detail).toBe(`ggü. 2023: 93,1${S}%`);
	});
});

describe('why a value is missing', () => {
	const row = (own_value: number | null, own_reason: string | null) =>
		({ own_value, own_reason }) as Pick<OverviewRow, 'own_value' | 'own_reason'>;
	it('names a zero denominator and a missing base count', () => {
		expect(missingReason(row(null, 'zero_denominator'))).toBe('Nenner ist 0');
		expect(missingReason(row(null, 'missing_input'))).toBe('Grundzahl fehlt');
		expect(missingReason(row(12, null))).toBe('');
	});
});

describe('axis ticks: the precision of their step', () => {
	const ticks = (values: number[], unit: Parameters<typeof formatTick>[1]) =>
		values.map((v) => formatTick(v, unit, values));
	it.each([
		[[0, 10, 20], 'Tage', [`0${S}Tage`, `10${S}Tage`, `20${S}Tage`]],
		[[1000, 1300, 1600], 'EUR', [`1.000${S}€`, `1.300${S}€`, `1.600${S}€`]],
		[[0, 2.5, 5], 'Tage', [`0,0${S}Tage`, `2,5${S}Tage`, `5,0${S}Tage`]],
		[[99.9, 99.95, 100], '%', [`99,90${S}%`, `99,95${S}%`, `100,00${S}%`]],
		[[0.1 + 0.2, 0.4], '', ['0,3', '0,4']]
	] as const)('%j %s → %j', (values, unit, expected) => {
		expect(ticks([...values], unit)).toEqual(expected);
	});
	it('counts get whole-number ticks only', () => {
		expect(countTicks(1.04)).toEqual([0, 1]);
		expect(countTicks(659)).toEqual([0, 200, 400, 600]);
		expect(countTicks(12)).toEqual([0, 2, 4, 6, 8, 10, 12]);
	});
});

describe('ranking: the own authority without a value keeps its row and says why', () => {
	const data = [
		{ label: 'Behörde A', value: 100, own: false },
		{ label: 'Behörde B', value: 100, own: false }
	];
	const chart = rankingChart(data, {
		polarity: 'up',
		format: (v) => formatUnit(v, '%'),
		unit: '%',
		width: 720,
		document: doc,
		quartiles: { q1: 100, median: 100, q3: 100 },
		gap: { label: 'Suhl, Stadt', text: 'kein Wert – Nenner ist 0' }
	}) as Element;
	it('a labelled empty row, last, marked as the own authority', () => {
		const ticks = [...chart.querySelectorAll('[aria-label="y-axis tick label"] text')].map(
			(t) => t.textContent
		);
		expect(ticks).toEqual(['Behörde A', 'Behörde B', '◆ Suhl, Stadt']);
		expect(chart.querySelector('.own-gap text')?.textContent).toBe('kein Wert – Nenner ist 0');
		expect(chart.querySelectorAll('g.own-bar rect')).toHaveLength(0);
	});
	it('the median label at the right end of the axis is anchored to stay in the picture', () => {
		expect(chart.querySelector('.median-label')?.getAttribute('text-anchor')).toBe('end');
		expect(anchorAt(5, [0, 100])).toBe('start');
		expect(anchorAt(50, [0, 100])).toBe('middle');
		expect(anchorAt(100, [0, 100])).toBe('end');
	});
});

describe('scatter: the own label is never cut off', () => {
	const point = (
		x: number,
		own = false,
		label = own ? 'Landkreis Musterstadt-Nord' : 'Behörde'
	): ScatterDatum => ({
		label,
		x,
		y: x,
		own
	});
	const text = (d: ScatterDatum) => `◆ ${d.label}`;
	it('right of the diamond where there is room, left of it at the right edge', () => {
		const left = [point(0, true), point(50), point(100)];
		const right = [point(0), point(50), point(100, true)];
		expect(ownLabelPlace(left[0], left, text, 600)).toMatchObject({ textAnchor: 'start', dx: 10 });
		expect(ownLabelPlace(right[2], right, text, 600)).toMatchObject({ textAnchor: 'end', dx: -10 });
	});
	it('a label wider than either side goes above or below, shifted into the plot', () => {
		const long = 'Landkreis Musterstadt-Nord mit einem sehr langen amtlichen Namen';
		const data = [point(0), point(10, true, long), point(100)];
		const place = ownLabelPlace(data[1], data, text, 400);
		expect(place.textAnchor).toBe('middle');
		expect(Math.abs(place.dy)).toBe(16);
		// Centred at 10 % of 400 px, the label (~490 px) would start far left of the plot: shifted right.
		expect(place.dx).toBeGreaterThan(0);
	});
	it('the drawn own label uses the placement', () => {
		const data = [point(0), point(50), point(100, true)];
		const chart = scatterChart(data, {
			xLabel: 'x',
			yLabel: 'y',
			formatX: String,
			formatY: String,
			xPolarity: 'up',
			yPolarity: 'up',
			xMedian: 50,
			yMedian: 50,
			bestLabel: 'besser bei beiden',
			width: 720,
			document: doc
		}) as Element;
		expect(chart.querySelector('g.own-label')?.getAttribute('text-anchor')).toBe('end');
	});
});

describe('charts off screen are drawn while the browser is idle, one after the other', () => {
	afterEach(() => vi.useRealTimers());
	it('runs the jobs in order, one per idle period, and skips a cancelled one', async () => {
		vi.useFakeTimers();
		vi.resetModules();
		const { whenIdle } = await import('../../src/lib/charts/draw-queue.ts');
		const ran: string[] = [];
		whenIdle(() => ran.push('a'));
		const cancel = whenIdle(() => ran.push('b'));
		whenIdle(() => ran.push('c'));
		cancel();
		expect(ran).toEqual([]);
		vi.advanceTimersByTime(50);
		expect(ran).toEqual(['a']);
		vi.advanceTimersByTime(50);
		expect(ran).toEqual(['a', 'c']);
	});
});

describe('charts on screen draw one per frame, the first at once', () => {
	afterEach(() => vi.useRealTimers());
	it('grants the first to ask, the others after the frame is painted, and again one of them', async () => {
		vi.useFakeTimers();
		vi.resetModules();
		const { mayDrawNow, afterPaint } = await import('../../src/lib/charts/draw-queue.ts');
		expect(mayDrawNow()).toBe(true);
		expect(mayDrawNow()).toBe(false);
		expect(mayDrawNow()).toBe(false);
		const asked: boolean[] = [];
		afterPaint(() => asked.push(mayDrawNow()));
		const cancel = afterPaint(() => asked.push(mayDrawNow()));
		afterPaint(() => asked.push(mayDrawNow()));
		cancel();
		vi.advanceTimersByTime(15);
		expect(asked).toEqual([]);
		vi.advanceTimersByTime(20);
		// The first retry after the paint draws; the next waits for another frame (the cancelled never asks).
		expect(asked).toEqual([true, false]);
		vi.advanceTimersByTime(40);
		expect(mayDrawNow()).toBe(true);
	});
});
