/**
 * Ranking chart: one KPI across a group of authorities, best first, own authority highlighted.
 *
 * A pure function (data + options → SVG figure), so it can be tested and reused for the screen,
 * the downloads and the print report. The own authority is marked by more than colour: a darker
 * fill, an outline, a ◆ marker and its value written at the bar, so it is found in grey print and
 * by colour-blind readers. Every bar carries an aria-label; the page also offers the same data as
 * a table (see Chart.svelte).
 *
 * Uncertainty and quality (issues #19, #27): a value's 95 % interval is a whisker with caps across
 * its bar; a value that is not rated (fehlerhaft, or a survey under 50 respondents) is a white bar
 * with a dashed outline — shown, not coloured — and its status is written at the bar's end. A
 * fehlerhaft value is out of the group: it comes after all others, without rank. The own authority
 * without a value (a zero denominator, a missing base count) keeps its row, last: an empty row that
 * says why („kein Wert – Nenner ist 0“), so nobody looks for a bar that fell out of the chart.
 *
 * A group larger than fits a screen in named rows (more than DENSE_ROWS: a size class, a Land or the
 * whole ring of 550) is drawn dense: thin rows in about one screen's height, only the own authority
 * named (a mouse finds the others' names in a tip at the pointer), the intervals as thin lines without
 * caps, no status written at the bars (the outline, the aria labels and the table say it). Why: 550
 * rows of 18 px were a picture ten screens tall in which nobody finds the own place, and their 550
 * axis labels were three quarters of what the browser spent drawing it on every switch (measured:
 * 20–37 ms of the 550-row ranking's style, layout and paint, 6–10 ms without them). The table keeps
 * every name and rank.
 */
import * as Plot from '@observablehq/plot';
import { BAND_COLOUR, MEDIAN_COLOUR, OWN_COLOUR, PEER_COLOUR, plotTicks, type TickFormat } from './style.ts';

export interface RankingDatum {
	label: string;
	value: number;
	own: boolean;
	/** Fehlerhaft: out of the group's statistics, drawn last, no rank. */
	erroneous?: boolean;
	/** No rank and no colour (fehlerhaft or under 50 respondents). */
	unrated?: boolean;
	/** 95 % interval on the KPI's scale. */
	low?: number | null;
	high?: number | null;
}

export interface RankingOptions {
	/** Sort order: `up` = highest first, `down` = lowest first, `none` = highest first. */
	polarity: 'up' | 'down' | 'none';
	/** Formats a value for labels and aria text (the one formatting module). */
	format: (value: number) => string;
	/** Formats the axis ticks (default: `format`). */
	tick?: TickFormat;
	/** Axis label, e.g. "Tage" or "%". */
	unit: string;
	width?: number;
	document?: Document;
	/** The group's quartiles: band from q1 to q3 and a median line (omitted when null). */
	quartiles?: { q1: number | null; median: number | null; q3: number | null };
	/** Label of the median line, e.g. "Median". */
	medianLabel?: string;
	/** Status written at an unrated bar's end (e.g. „fehlerhaft“), '' for none. */
	status?: (d: RankingDatum) => string;
	/** The own authority without a value: its label and the text written in its empty row. */
	gap?: { label: string; text: string } | null;
	/** Drawn for paper: a dense ranking fits one page with its figure's title and text. */
	print?: boolean;
}

/** Rows up to which every authority is named (18 px each, about one screen); a larger group is drawn dense. */
export const DENSE_ROWS = 50;
/** Whether a ranking of `rows` rows (bars and the own empty row) is drawn dense. */
export const isDense = (rows: number): boolean => rows > DENSE_ROWS;

/**
 * Height of the rows of a dense ranking together: on screen at most about one screen, each row 2–12 px;
 * on paper at most what an A4 page leaves beside the figure's title, description and legend (at
 * 96 px per inch), each row 1–12 px — a printed 168-member ranking was 1,430 px, more than a page.
 */
const DENSE_HEIGHT = { screen: 1200, print: 640 };
const DENSE_MIN_ROW = { screen: 2, print: 1 };

/** Row height of a ranking of `rows` rows (bars and the own empty row), on screen or on paper. */
export function rankingRowHeight(rows: number, print = false): number {
	if (!isDense(rows)) return 18;
	const medium = print ? 'print' : 'screen';
	return Math.max(DENSE_MIN_ROW[medium], Math.min(12, Math.floor(DENSE_HEIGHT[medium] / rows)));
}

/** Left margin that fits the longest label (with the ◆ marker), within bounds. */
export function labelMargin(labels: readonly string[], min = 90, max = 260): number {
	const longest = labels.reduce((m, l) => Math.max(m, l.length), 0);
	return Math.max(min, Math.min(max, Math.ceil(24 + longest * 6.8)));
}

/**
 * Characters a label may have in a left margin (labelMargin's measure, the ◆ marker included): a label
 * of labelMargin's longest is never shortened (a rounding made the own authority „Herzogtum Lauenbu…“).
 */
export const labelRoom = (margin: number): number => Math.max(4, Math.floor((margin - 24) / 6.8 + 1e-9));

/** Orders the data the way the chart draws it: best first, ties by label; fehlerhaft values last. */
export function rankingOrder<T extends RankingDatum>(
	data: readonly T[],
	polarity: RankingOptions['polarity']
): T[] {
	const sign = polarity === 'down' ? 1 : -1;
	return [...data].sort(
		(a, b) =>
			Number(Boolean(a.erroneous)) - Number(Boolean(b.erroneous)) ||
			sign * (a.value - b.value) ||
			a.label.localeCompare(b.label, 'de')
	);
}

/**
 * Ranks of data already in `rankingOrder`: 1 = best, ties share the best rank (catalogue.md);
 * no rank (empty) for polarity `none` and for unrated values — a small survey still counts for the
 * others' ranks (it stays in the statistics), a fehlerhaft value does not (it comes last).
 */
export function sharedRanks(
	ordered: readonly RankingDatum[],
	polarity: RankingOptions['polarity']
): string[] {
	if (polarity === 'none') return ordered.map(() => '');
	let rank = 0;
	return ordered.map((d, i) => {
		if (i === 0 || d.value !== ordered[i - 1]!.value || d.erroneous !== ordered[i - 1]!.erroneous)
			rank = i + 1;
		return d.unrated || d.erroneous ? '' : String(rank);
	});
}

export function rankingChart(
	data: readonly RankingDatum[],
	options: RankingOptions
): SVGSVGElement | HTMLElement {
	const rows = rankingOrder(data, options.polarity);
	const own = rows.filter((d) => d.own);
	const gap = options.gap ? [options.gap] : [];
	const domain = [...rows.map((d) => d.label), ...gap.map((g) => g.label)];
	const ownLabels = new Set([...own.map((d) => d.label), ...gap.map((g) => g.label)]);
	const status = options.status ?? (() => '');
	// Each bar's words once: the bars' aria labels and (dense) the pointer's tip both read them — at 550
	// members twice 550 formatted numbers of every switch.
	const labels = new Map<RankingDatum, string>();
	const aria = (d: RankingDatum) => {
		let text = labels.get(d);
		if (text === undefined) {
			const s = status(d);
			const ci = hasInterval(d) ? ` (${options.format(d.low!)} – ${options.format(d.high!)})` : '';
			labels.set(d, (text = `${d.label}: ${options.format(d.value)}${ci}${s ? `, ${s}` : ''}`));
		}
		return text;
	};
	const whiskers = rows.filter(hasInterval);
	const rated = (d: RankingDatum) => !d.unrated && !d.erroneous;
	const end = (d: RankingDatum) => Math.max(d.value, d.high ?? d.value, 0);
	// On a narrow chart (a phone) the statuses are not written at the bars — the dashed outline, the
	// aria labels and the table say it — so that the bars keep room; the own bar keeps a short mark.
	const width = options.width ?? 720;
	const narrow = width < 560;
	const dense = isDense(domain.length);
	const rowHeight = rankingRowHeight(domain.length, options.print);
	const withStatus = narrow || dense ? [] : rows.filter((d) => !d.own && status(d));
	const caps = dense ? [] : whiskers;
	// A label longer than its margin is shortened with „…“ (the table and the aria label keep it whole).
	const marginLeft = Math.min(labelMargin(dense ? [...ownLabels] : domain), Math.round(width * 0.42));
	const room = labelRoom(marginLeft);
	const fit = (label: string) => (label.length > room ? `${label.slice(0, room - 1)}…` : label);
	const ownText = (d: RankingDatum) =>
		status(d) ? `${options.format(d.value)} ${narrow ? '✖' : `– ${status(d)}`}` : options.format(d.value);
	const q = options.quartiles;
	const band = q && q.q1 !== null && q.q3 !== null ? [{ q1: q.q1, q3: q.q3 }] : [];
	const median = q && q.median !== null ? [q.median] : [];
	const extent: [number, number] = [
		Math.min(0, ...rows.map((d) => Math.min(d.value, d.low ?? d.value))),
		Math.max(0, ...rows.map(end))
	];
	return Plot.plot({
		document: options.document,
		width,
		height: Math.max(120, domain.length * rowHeight + 60),
		marginTop: 30,
		marginLeft,
		marginRight: narrow ? 80 : withStatus.length || own.some((d) => status(d)) || gap.length ? 160 : 70,
		style: { fontSize: '12px' },
		x: {
			label: options.unit,
			grid: true,
			ticks: narrow ? 3 : 6,
			tickFormat: plotTicks(options.format, options.tick)
		},
		y: {
			domain,
			label: null,
			// Dense: only the own authority is named.
			...(dense ? { ticks: [...ownLabels], tickSize: 0 } : {}),
			tickFormat: (label: string) => (ownLabels.has(label) ? `◆ ${fit(label)}` : fit(label))
		},
		marks: [
			Plot.rect(band, {
				x1: 'q1',
				x2: 'q3',
				fill: BAND_COLOUR,
				fillOpacity: 0.18,
				className: 'quartile-band'
			}),
			Plot.barX(
				rows.filter((d) => !d.own && rated(d)),
				{ x: 'value', y: 'label', fill: PEER_COLOUR, ariaLabel: aria, className: 'peer-bar' }
			),
			Plot.barX(
				rows.filter((d) => !d.own && !rated(d)),
				{
					x: 'value',
					y: 'label',
					fill: '#fff',
					stroke: MEDIAN_COLOUR,
					strokeDasharray: '4,2',
					ariaLabel: aria,
					className: 'unrated-bar'
				}
			),
			// The own bar: one mark, so `g.own-bar rect` is always the own bar; unrated it is white, dashed.
			Plot.barX(own, {
				x: 'value',
				y: 'label',
				fill: own.some(rated) ? OWN_COLOUR : '#fff',
				stroke: '#000',
				strokeWidth: 1.5,
				strokeDasharray: own.some(rated) ? undefined : '4,2',
				// Dense: taller than its row, so that it is found among the thin bars.
				...(dense ? { insetTop: -3, insetBottom: -3 } : {}),
				ariaLabel: aria,
				className: 'own-bar'
			}),
			Plot.ruleY(whiskers, {
				y: 'label',
				x1: 'low',
				x2: 'high',
				stroke: '#000',
				strokeWidth: dense ? 1 : 1.2,
				className: 'ci-whisker'
			}),
			Plot.tickX(caps, { x: 'low', y: 'label', stroke: '#000', insetTop: 4, insetBottom: 4 }),
			Plot.tickX(caps, { x: 'high', y: 'label', stroke: '#000', insetTop: 4, insetBottom: 4 }),
			Plot.text(own, {
				x: end,
				y: 'label',
				text: ownText,
				dx: 6,
				textAnchor: 'start',
				fontWeight: 'bold',
				className: 'own-value'
			}),
			Plot.text(withStatus, {
				x: end,
				y: 'label',
				text: status,
				dx: 6,
				textAnchor: 'start',
				fontStyle: 'italic',
				fill: MEDIAN_COLOUR,
				className: 'status-label'
			}),
			Plot.text(gap, {
				x: () => 0,
				y: 'label',
				text: 'text',
				dx: 6,
				textAnchor: 'start',
				fontWeight: 'bold',
				className: 'own-gap'
			}),
			// Dense: which thin bar is whose, for a mouse — the name, value and status of the bar nearest the
			// pointer (screen readers have every bar's aria label, keyboards the table).
			...(dense ? [Plot.tip(rows, Plot.pointerY({ x: end, y: 'label', title: aria }))] : []),
			Plot.ruleX([0]),
			Plot.ruleX(median, {
				stroke: MEDIAN_COLOUR,
				strokeWidth: 2,
				strokeDasharray: '6,3',
				className: 'median-line'
			}),
			Plot.text(median, {
				x: (d: number) => d,
				frameAnchor: 'top',
				dy: -14,
				// Anchored towards the middle of the axis, so the label stays inside the picture.
				textAnchor: median[0] === undefined ? 'middle' : anchorAt(median[0], extent),
				text: (d: number) => `${options.medianLabel ?? 'Median'}: ${options.format(d)}`,
				className: 'median-label'
			})
		]
	});
}

function hasInterval(d: RankingDatum): boolean {
	return d.low !== undefined && d.low !== null && d.high !== undefined && d.high !== null;
}

/** Text anchor for a label at `x` on an axis over `extent`: towards the middle, never out of it. */
export function anchorAt(x: number, [lo, hi]: readonly [number, number]): 'start' | 'middle' | 'end' {
	const at = hi > lo ? (x - lo) / (hi - lo) : 0.5;
	return at > 0.7 ? 'end' : at < 0.3 ? 'start' : 'middle';
}
