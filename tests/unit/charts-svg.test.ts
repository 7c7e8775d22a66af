/**
 * Every chart kind drawn as SVG in Node and compared with a stored file
 * (tests/unit/__snapshots__/charts/<kind>.svg), so any change to a chart — a mark, a colour, a
 * margin, a label, the order of the bars — shows in a unit test diff. After an intended change:
 * `npx vitest run tests/unit/charts-svg.test.ts -u`, then look at the new files (they open as
 * pictures) and commit them with the change.
 *
 * The charts get linkedom's `document` through Plot's `document` option, as they get the page's in
 * the browser. linkedom rather than jsdom: it renders all four charts alike, starts in a tenth of
 * the time and is a third of the install (measured for this test). Plot here uses the real d3; the
 * browser build replaces the d3 modules no chart draws with (maps, colour schemes, curves, …) by
 * stand-ins (src/lib/charts/vite-plugin.ts), which only fail if a chart starts to use one — the
 * browser tests would show that, not this one.
 *
 * The files are stable: fixed data, the German formatters of src/lib/format, a fixed width, and
 * attributes written in sorted order (DOM libraries differ in the order they keep). No fonts are
 * measured: Plot sizes text from character counts, not from the installed fonts.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { funnelChart, type FunnelDatum } from '../../src/lib/charts/funnel.ts';
import { DENSE_ROWS, isDense, rankingChart, type RankingDatum } from '../../src/lib/charts/ranking.ts';
import { slideChart, type SlideBarDatum } from '../../src/lib/charts/slide.ts';
import { funnel, funnelCurve } from '../../src/lib/engine/uncertainty.ts';
import { scatterChart, type ScatterDatum } from '../../src/lib/charts/scatter.ts';
import { sizeClassChart, type ClassBox, type ClassDot } from '../../src/lib/charts/size-classes.ts';
import { trendChart, type TrendDatum } from '../../src/lib/charts/trend.ts';
import { file, svgText } from './support/svg-text.ts';
import { formatNumber, formatPeriod, formatTick, formatUnit, type Unit } from '../../src/lib/format/index.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const doc = document as unknown as Document;
const WIDTH = 720;

const days = (v: number) => formatUnit(v, 'Tage');
const percent = (v: number) => formatUnit(v, '%');
const euro = (v: number) => formatUnit(v, 'EUR');
/** Axis ticks as the views write them: „0 Tage“, „1.300 €“ (format/ formatTick). */
const tick = (unit: Unit) => (v: number, ticks: readonly number[]) => formatTick(v, unit, ticks);

/** A peer group of nine: a tie (C and D), the own authority in the middle, long and short names. */
const RANKING: RankingDatum[] = [
	{ label: 'Behörde A', value: 31.4, own: false },
	{ label: 'Behörde B', value: 42.0, own: false },
	{ label: 'Behörde C', value: 55.5, own: false },
	{ label: 'Behörde D', value: 55.5, own: false },
	{ label: 'Landkreis Musterstadt-Nord', value: 48.25, own: true },
	{ label: 'Behörde F', value: 63.9, own: false },
	{ label: 'Behörde G', value: 27.1, own: false },
	{ label: 'Behörde H', value: 70.2, own: false },
	{ label: 'Behörde I', value: 39.75, own: false }
];

/** A proportion KPI: intervals as whiskers, a fehlerhaft own value (last, unrated) and a small survey. */
const RANKING_CI: RankingDatum[] = [
	{ label: 'Behörde A', value: 62.5, own: false, low: 55.1, high: 69.3 },
	{ label: 'Behörde B', value: 71.0, own: false, low: 60.2, high: 79.9 },
	{ label: 'Behörde C', value: 80.0, own: false, unrated: true, low: 58.4, high: 91.9 },
	{ label: 'Behörde D', value: 55.4, own: false, low: 52.0, high: 58.7 },
	{ label: 'Landkreis Musterstadt-Nord', value: 106.0, own: true, erroneous: true, unrated: true }
];

/** A funnel of seven members from their counts (the flags as uncertainty.ts gives them), own one inside. */
const FUNNEL_GROUP = funnel([
	{ authority_id: 'A', x: 84, n: 120 },
	{ authority_id: 'B', x: 225, n: 340 },
	{ authority_id: 'C', x: 78, n: 95 },
	{ authority_id: 'D', x: 354, n: 610 },
	{ authority_id: 'E', x: 295, n: 410 },
	{ authority_id: 'F', x: 141, n: 230 },
	{ authority_id: 'own', x: 193, n: 280 }
]);
const FUNNEL: FunnelDatum[] = FUNNEL_GROUP.rows.map((r) => ({
	label: r.authority_id === 'own' ? 'Landkreis Musterstadt-Nord' : `Behörde ${r.authority_id}`,
	n: r.n,
	value: r.value,
	own: r.authority_id === 'own',
	flag: r.flag
}));

/** Six periods with a gap: no own value in 2021, no group in 2022. */
const TREND: TrendDatum[] = [
	{ period: 2019, own: 52.1, q1: 41.0, median: 47.5, q3: 58.2 },
	{ period: 2020, own: 49.8, q1: 40.2, median: 46.9, q3: 57.0 },
	{ period: 2021, own: null, q1: 39.5, median: 45.0, q3: 55.1 },
	{ period: 2022, own: 47.0, q1: null, median: null, q3: null },
	{ period: 2023, own: 45.3, q1: 37.9, median: 44.2, q3: 53.3 },
	{ period: 2024, own: 48.25, q1: 39.75, median: 48.25, q3: 55.5 }
];

const SCATTER: ScatterDatum[] = [
	{ label: 'Behörde A', x: 31.4, y: 812.5, own: false },
	{ label: 'Behörde B', x: 42.0, y: 640.0, own: false },
	{ label: 'Behörde C', x: 55.5, y: 590.25, own: false },
	{ label: 'Behörde D', x: 55.5, y: 910.0, own: false },
	{ label: 'Landkreis Musterstadt-Nord', x: 48.25, y: 701.1, own: true },
	{ label: 'Behörde F', x: 63.9, y: 505.0, own: false },
	{ label: 'Behörde G', x: 27.1, y: 990.8, own: false }
];

/** Three size classes, the own one in the middle, one class too small for quartiles. */
const DOTS: ClassDot[] = [
	...[22.5, 31.0, 36.4, 44.0, 51.2].map((value, i) => ({
		label: `Klein ${i}`,
		sizeClass: 'GK3',
		value,
		own: false
	})),
	...[27.1, 39.75, 42.0, 55.5, 63.9].map((value, i) => ({
		label: `Mittel ${i}`,
		sizeClass: 'GK2',
		value,
		own: false
	})),
	{ label: 'Landkreis Musterstadt-Nord', sizeClass: 'GK2', value: 48.25, own: true },
	{ label: 'Groß 0', sizeClass: 'GK1', value: 70.2, own: false }
];
const BOXES: ClassBox[] = [
	{ sizeClass: 'GK3', n: 5, q1: 31.0, median: 36.4, q3: 44.0, own: false },
	{ sizeClass: 'GK2', n: 6, q1: 40.3125, median: 45.125, q3: 53.6875, own: true },
	{ sizeClass: 'GK1', n: 1, q1: null, median: null, q3: null, own: false }
];

/** A session slide of 12 members, best first: one highlighted, a small survey unrated, a fehlerhaft last. */
const SLIDE: SlideBarDatum[] = [
	27.1, 31.4, 39.75, 42.0, 44.5, 48.25, 51.0, 55.5, 55.5, 63.9, 70.2, 106.0
].map((value, i) => {
	const code = String.fromCharCode(65 + ((i * 5) % 12));
	return {
		label: `Behörde ${code}`,
		short: code,
		value,
		highlight: i === 5,
		unrated: i === 8 || i === 11,
		erroneous: i === 11
	};
});
const SLIDE_OPTIONS = {
	format: days,
	unit: 'Tage',
	quartiles: { q1: 40.3125, median: 49.625, q3: 57.6 },
	formatTick: (v: number) => formatNumber(v),
	labels: { median: 'Median', q1: '25 %', q3: '75 %' },
	ariaLabel: 'Säulendiagramm Bearbeitungsdauer, 2024, ganzer Ring: 12 Behörden, beste zuerst',
	document: doc
};

/** The columns each bar mark draws: one subpath per column (`M…z`) in its one path. */
const columns = (text: string, cls: string) =>
	[...text.matchAll(new RegExp(`<g [^>]*class="${cls}"[^>]*>\\s*<path d="([^"]*)"`, 'g'))].flatMap(
		(m) => m[1]!.match(/M/g) ?? []
	).length;

describe('charts as SVG (one stored file per chart kind)', () => {
	it('session slide: columns best first (a path per kind), codes under them, median and middle half labelled, one highlighted', async () => {
		const chart = slideChart(SLIDE, SLIDE_OPTIONS);
		const text = file(chart);
		expect(text).toContain('viewBox="0 0 1600 620"');
		// Every kind of column is one path: 9 peers, 2 unrated (one fehlerhaft, last), 1 highlighted.
		expect(text).not.toMatch(/<rect [^>]*(height|width)="78"/);
		expect([columns(text, 'peer-bar'), columns(text, 'unrated-bar'), columns(text, 'own-bar')]).toEqual([
			9, 2, 1
		]);
		// One image for assistive technology, named with what it shows, its figures and the highlight.
		expect(text).toMatch(
			/<svg [^>]*aria-label="Säulendiagramm Bearbeitungsdauer, 2024, ganzer Ring: 12 Behörden, beste zuerst\. Median: 49,6\sTage\. 25 %: 40,3\sTage\. 75 %: 57,6\sTage\. ◆ Behörde B: 48,3\sTage"[^>]* role="img"/
		);
		expect(text).toMatch(/>0<\/text>/);
		expect(text).toMatch(/>◆ Behörde B: 48,3\sTage<\/text>/);
		expect(text).toMatch(/>Median: 49,6\sTage<\/text>/);
		await expect(text).toMatchFileSnapshot('__snapshots__/charts/slide.svg');
	});

	it('session slide of 48 members: two-letter codes in two staggered rows, close figure labels moved apart', async () => {
		const code = (i: number) =>
			i < 26 ? String.fromCharCode(65 + i) : `A${String.fromCharCode(65 + i - 26)}`;
		const many = Array.from({ length: 48 }, (_, i) => ({
			label: `Behörde ${code(i)}`,
			short: code(i),
			value: 100 - i * 0.28,
			highlight: false,
			unrated: false,
			erroneous: false
		}));
		const chart = slideChart(many, {
			...SLIDE_OPTIONS,
			format: percent,
			unit: '%',
			quartiles: { q1: 91.3, median: 94.1, q3: 97.5 }
		});
		const text = file(chart);
		// The three labels at the right are at least a line of type apart.
		const labels = text.slice(text.indexOf('class="figure-label"'));
		const ys = [...labels.matchAll(/translate\([\d.]+,([\d.]+)\)" y="0.32em">(?:25 %|75 %|Median)/g)]
			.map((m) => Number(m[1]))
			.sort((a, b) => a - b);
		expect(ys).toHaveLength(3);
		expect(ys[1]! - ys[0]!).toBeGreaterThanOrEqual(28);
		expect(ys[2]! - ys[1]!).toBeGreaterThanOrEqual(28);
		// Two staggered rows of codes.
		expect(text.match(/aria-label="x-axis tick label"/g)).toHaveLength(2);
		expect(text).toMatch(/>AV<\/text>/);
		await expect(text).toMatchFileSnapshot('__snapshots__/charts/slide-48.svg');
	});

	it('session slide of 550 members: no labels under the columns, neutral (no highlight), every column in one path', () => {
		const many = Array.from({ length: 550 }, (_, i) => ({
			label: `Behörde ${i}`,
			short: String(i),
			value: 10 + i / 10,
			highlight: false,
			unrated: false,
			erroneous: false
		}));
		const text = file(slideChart(many, SLIDE_OPTIONS));
		expect(text.match(/class="peer-bar"/g)).toHaveLength(1);
		expect(columns(text, 'peer-bar')).toBe(550);
		expect(text.match(/<path /g)!.length).toBeLessThan(10);
		expect(text).toMatch(/class="peer-bar"[^>]* shape-rendering="crispEdges"/);
		expect(text).not.toContain('<pattern');
	});

	it('session slide of 550 members with unrated ones: their columns filled with dashes (a pattern of its own id), not outlined', () => {
		const many = Array.from({ length: 550 }, (_, i) => ({
			label: `Behörde ${i}`,
			short: String(i),
			value: 90 - i / 10,
			highlight: false,
			unrated: i % 3 === 0,
			erroneous: false
		}));
		const text = file(slideChart(many, { ...SLIDE_OPTIONS, id: 'folie-7' }));
		expect([columns(text, 'peer-bar'), columns(text, 'unrated-bar')]).toEqual([366, 184]);
		expect(text).toMatch(/<pattern [^>]*id="folie-7-unrated"/);
		expect(text).toMatch(/class="unrated-bar" fill="url\(#folie-7-unrated\)"/);
		expect(text).not.toContain('stroke-dasharray="6,3"');
		// Each one's top drawn as a line at its value.
		expect(text.match(/class="column-top" d="([^"]*)"/)![1]!.match(/M/g)).toHaveLength(184);
	});

	it('session slide of 550 members: an unrated column below zero has its line at its value, the bottom', () => {
		const many = Array.from({ length: 550 }, (_, i) => ({
			label: `Behörde ${i}`,
			short: String(i),
			value: 20 - i / 10,
			highlight: false,
			unrated: i % 3 === 0,
			erroneous: false
		}));
		const text = file(slideChart(many, { ...SLIDE_OPTIONS, id: 'folie-8' }));
		const last = (d: string) =>
			d
				.split('M')
				.at(-1)!
				.split(/[,hvz]/)
				.map(Number);
		const [, y, , h] = last(text.match(/class="unrated-bar"[^>]*>\s*<path d="([^"]*)"/)![1]!);
		const [, lineY] = last(text.match(/class="column-top" d="([^"]*)"/)![1]!);
		expect(h).toBeGreaterThan(0);
		expect(lineY).toBeCloseTo(y! + h!, 1);
		expect(text).not.toContain('own-value');
		expect(text).not.toMatch(/>Behörde 1</);
	});

	it('ranking: best first, tie, own bar outlined and labelled, quartile band and median', async () => {
		const chart = rankingChart(RANKING, {
			polarity: 'down',
			format: days,
			tick: tick('Tage'),
			unit: 'Tage',
			width: WIDTH,
			document: doc,
			quartiles: { q1: 39.75, median: 48.25, q3: 55.5 },
			medianLabel: 'Median'
		});
		await expect(file(chart)).toMatchFileSnapshot('__snapshots__/charts/ranking.svg');
	});

	it('ranking of a proportion: whiskers, a fehlerhaft own bar last and unrated, a small survey', async () => {
		const chart = rankingChart(RANKING_CI, {
			polarity: 'up',
			format: percent,
			tick: tick('%'),
			unit: '%',
			width: WIDTH,
			document: doc,
			quartiles: { q1: 60.7, median: 66.75, q3: 73.3 },
			medianLabel: 'Median',
			status: (d) => (d.erroneous ? 'fehlerhaft' : d.unrated ? 'unter 50 Befragten' : '')
		});
		await expect(file(chart)).toMatchFileSnapshot('__snapshots__/charts/ranking-intervals.svg');
	});

	it('ranking on a phone: long labels shortened, statuses left to outline, aria and table', () => {
		const chart = rankingChart(RANKING_CI, {
			polarity: 'up',
			format: percent,
			unit: '%',
			width: 340,
			document: doc,
			status: (d) => (d.erroneous ? 'fehlerhaft' : d.unrated ? 'unter 50 Befragten' : '')
		});
		const text = file(chart);
		expect(text).toMatch(/>◆ Landkreis Muster…<\/text>/);
		expect(text).toContain('aria-label="Landkreis Musterstadt-Nord: 106,0\u00a0%, fehlerhaft"');
		expect(text).not.toContain('status-label');
		expect(text).toContain(`>${percent(106)} ✖</text>`);
	});

	it('ranking of a large group: dense rows, only the own authority named, every bar still labelled for aria', () => {
		/** `n` members with intervals, the own one among them, and one fehlerhaft (unrated) member. */
		const group = (n: number): RankingDatum[] =>
			Array.from({ length: n }, (_, i) => ({
				label: i === 7 ? 'Landkreis Musterstadt-Nord' : `Behörde ${i + 1}`,
				value: 40 + ((i * 37) % 50),
				own: i === 7,
				...(i === 3 ? { erroneous: true, unrated: true } : {}),
				low: 35 + ((i * 37) % 50),
				high: 45 + ((i * 37) % 50)
			}));
		const draw = (n: number, print = false) => {
			const chart = rankingChart(group(n), {
				print,
				polarity: 'up',
				format: percent,
				unit: '%',
				width: WIDTH,
				document: doc,
				status: (d) => (d.erroneous ? 'fehlerhaft' : '')
			});
			const axis = chart.querySelector('[aria-label="y-axis tick label"]');
			return {
				chart,
				labels: [...(axis?.querySelectorAll('text') ?? [])].map((t) => t.textContent),
				height: Number(chart.getAttribute('height')),
				bars: chart.querySelectorAll('rect[aria-label]').length,
				caps: chart.querySelectorAll('[aria-label="tick"] line').length,
				whiskers: chart.querySelectorAll('g.ci-whisker line').length,
				statuses: chart.querySelectorAll('g.status-label text').length,
				// The pointer's tip (drawn when a mouse is over the chart).
				tip: chart.querySelectorAll('[aria-label="tip"]').length
			};
		};
		// Up to DENSE_ROWS every member is named, in rows of 18 px, with capped whiskers.
		const named = draw(DENSE_ROWS);
		expect(isDense(DENSE_ROWS)).toBe(false);
		expect(named.labels).toHaveLength(DENSE_ROWS);
		expect(named.height).toBe(DENSE_ROWS * 18 + 60);
		expect(named.caps).toBe(2 * DENSE_ROWS);
		expect(named.statuses).toBe(1);
		expect(named.tip).toBe(0);
		// Named rows are the same on paper.
		expect(draw(DENSE_ROWS, true).height).toBe(named.height);
		// One more, and only the own authority is named; the picture keeps about one screen's height.
		for (const n of [DENSE_ROWS + 1, 168, 550]) {
			const dense = draw(n);
			expect(isDense(n)).toBe(true);
			expect(dense.labels).toEqual(['◆ Landkreis Musterstadt-Nord']);
			expect(dense.height).toBe(Math.max(2, Math.min(12, Math.floor(1200 / n))) * n + 60);
			expect(dense.height).toBeLessThanOrEqual(1200 + 60);
			// Every bar keeps its aria label and its interval (a thin line without caps); statuses are
			// left to the dashed outline, the aria label and the table.
			expect(dense.bars).toBe(n);
			expect(dense.whiskers).toBe(n);
			expect(dense.caps).toBe(0);
			expect(dense.statuses).toBe(0);
			// Which thin bar is whose: a mouse gets the name in a tip.
			expect(dense.tip).toBe(1);
			// On paper it fits an A4 page beside its title and text (rows of 1–12 px), every bar still there.
			const paper = draw(n, true);
			expect(paper.height).toBe(Math.max(1, Math.min(12, Math.floor(640 / n))) * n + 60);
			expect(paper.height).toBeLessThanOrEqual(640 + 60);
			expect(paper.bars).toBe(n);
			expect(paper.labels).toEqual(['◆ Landkreis Musterstadt-Nord']);
			expect(svgText(dense.chart)).toContain(
				'aria-label="Behörde 4: 51,0\u00a0% (46,0\u00a0% – 56,0\u00a0%), fehlerhaft"'
			);
		}
	});

	it('funnel: target, 95 % and 99.8 % limits over n, flagged points labelled, own diamond', async () => {
		const target = FUNNEL_GROUP.target!;
		expect(FUNNEL.map((d) => d.flag)).toEqual([null, null, 'alarm', 'alarm', 'alert', null, null]);
		const chart = funnelChart(FUNNEL, {
			target,
			curve: funnelCurve(target / 100, 47.5, 634, 40),
			format: percent,
			tick: tick('%'),
			formatN: (n) => formatUnit(n, '', { decimals: 0 }),
			xLabel: 'n (Fallzahl)',
			yLabel: '%',
			targetLabel: `Zielwert ${percent(target)}`,
			flagText: (f) => (f === 'alarm' ? 'deutlich auffällig' : f === 'alert' ? 'auffällig' : ''),
			width: WIDTH,
			document: doc
		});
		await expect(file(chart)).toMatchFileSnapshot('__snapshots__/charts/funnel.svg');
	});

	it('trend: own line with gaps, median line and band over the periods', async () => {
		const chart = trendChart(TREND, {
			format: days,
			tick: tick('Tage'),
			formatPeriod: (p) => formatPeriod(p),
			unit: 'Tage',
			ownLabel: 'Landkreis Musterstadt-Nord',
			medianLabel: 'Median',
			width: WIDTH,
			document: doc
		});
		await expect(file(chart)).toMatchFileSnapshot('__snapshots__/charts/trend.svg');
	});

	it('scatter: two KPIs, medians, the better quadrant named, own point labelled', async () => {
		const chart = scatterChart(SCATTER, {
			xLabel: 'Bearbeitungsdauer (Tage)',
			yLabel: 'Kosten je Entscheidung (EUR)',
			formatX: days,
			formatY: euro,
			tickX: tick('Tage'),
			tickY: tick('EUR'),
			xPolarity: 'down',
			yPolarity: 'down',
			xMedian: 48.25,
			yMedian: 701.1,
			bestLabel: 'besser bei beiden',
			width: WIDTH,
			document: doc
		});
		await expect(file(chart)).toMatchFileSnapshot('__snapshots__/charts/scatter.svg');
	});

	it('size classes: members as dots, quartile bars and median ticks, own class marked', async () => {
		const chart = sizeClassChart(DOTS, BOXES, {
			format: percent,
			tick: tick('%'),
			unit: '%',
			medianLabel: 'Median',
			width: WIDTH,
			document: doc
		});
		await expect(file(chart)).toMatchFileSnapshot('__snapshots__/charts/size-classes.svg');
	});

	it('the SVG text keeps every element, attribute and text of the chart', () => {
		const chart = rankingChart(RANKING, { polarity: 'up', format: days, unit: 'Tage', document: doc });
		const text = file(chart);
		const reparsed = parseHTML(`<!doctype html><html><body>${text}</body></html>`).document.querySelector(
			'svg'
		)!;
		const count = (root: ParentNode) => root.querySelectorAll('*').length;
		expect(count(reparsed)).toBe(count(chart as Element));
		expect(text).toContain(`aria-label="Landkreis Musterstadt-Nord: ${days(48.25)}"`);
		expect(text).toContain('>◆ Landkreis Musterstadt-Nord</text>');
	});
});
