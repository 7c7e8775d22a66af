/**
 * Ranking chart: one KPI across a group of authorities, best first, own authority highlighted.
 *
 * A pure function (data + options → SVG figure), so it can be tested and reused for the screen,
 * the downloads and the print report. The own authority is marked by more than colour: a darker
 * fill, an outline, a ◆ marker and its value written at the bar, so it is found in grey print and
 * by colour-blind readers. Every bar carries an aria-label; the page also offers the same data as
 * a table (see Chart.svelte).
 */
import * as Plot from '@observablehq/plot';
import { BAND_COLOUR, MEDIAN_COLOUR, OWN_COLOUR, PEER_COLOUR } from './style.ts';

export interface RankingDatum {
	label: string;
	value: number;
	own: boolean;
}

export interface RankingOptions {
	/** Sort order: `up` = highest first, `down` = lowest first, `none` = highest first. */
	polarity: 'up' | 'down' | 'none';
	/** Formats a value for labels and aria text (the one formatting module). */
	format: (value: number) => string;
	/** Axis label, e.g. "Tage" or "%". */
	unit: string;
	width?: number;
	document?: Document;
	/** The group's quartiles: band from q1 to q3 and a median line (omitted when null). */
	quartiles?: { q1: number | null; median: number | null; q3: number | null };
	/** Label of the median line, e.g. "Median". */
	medianLabel?: string;
}

/** Left margin that fits the longest label (with the ◆ marker), within bounds. */
export function labelMargin(labels: readonly string[], min = 90, max = 260): number {
	const longest = labels.reduce((m, l) => Math.max(m, l.length), 0);
	return Math.max(min, Math.min(max, Math.round(24 + longest * 6.8)));
}

/** Orders the data the way the chart draws it: best first, ties by label. */
export function rankingOrder(
	data: readonly RankingDatum[],
	polarity: RankingOptions['polarity']
): RankingDatum[] {
	const sign = polarity === 'down' ? 1 : -1;
	return [...data].sort((a, b) => sign * (a.value - b.value) || a.label.localeCompare(b.label, 'de'));
}

/**
 * Ranks of data already in `rankingOrder`: 1 = best, ties share the best rank (catalogue.md);
 * no rank (empty) for polarity `none`.
 */
export function sharedRanks(
	ordered: readonly RankingDatum[],
	polarity: RankingOptions['polarity']
): string[] {
	if (polarity === 'none') return ordered.map(() => '');
	let rank = 0;
	return ordered.map((d, i) => {
		if (i === 0 || d.value !== ordered[i - 1]!.value) rank = i + 1;
		return String(rank);
	});
}

export function rankingChart(
	data: readonly RankingDatum[],
	options: RankingOptions
): SVGSVGElement | HTMLElement {
	const rows = rankingOrder(data, options.polarity);
	const own = rows.filter((d) => d.own);
	const domain = rows.map((d) => d.label);
	const aria = (d: RankingDatum) => `${d.label}: ${options.format(d.value)}`;
	const q = options.quartiles;
	const band = q && q.q1 !== null && q.q3 !== null ? [{ q1: q.q1, q3: q.q3 }] : [];
	const median = q && q.median !== null ? [q.median] : [];
	return Plot.plot({
		document: options.document,
		width: options.width ?? 720,
		height: Math.max(120, rows.length * 18 + 60),
		marginTop: 30,
		marginLeft: labelMargin(rows.map((d) => d.label)),
		marginRight: 70,
		style: { fontSize: '12px' },
		x: { label: options.unit, grid: true, ticks: 6, tickFormat: (v: number) => options.format(v) },
		y: {
			domain,
			label: null,
			tickFormat: (label: string) => (own.some((d) => d.label === label) ? `◆ ${label}` : label)
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
				rows.filter((d) => !d.own),
				{ x: 'value', y: 'label', fill: PEER_COLOUR, ariaLabel: aria, className: 'peer-bar' }
			),
			Plot.barX(own, {
				x: 'value',
				y: 'label',
				fill: OWN_COLOUR,
				stroke: '#000',
				strokeWidth: 1.5,
				ariaLabel: aria,
				className: 'own-bar'
			}),
			Plot.text(own, {
				x: 'value',
				y: 'label',
				text: (d: RankingDatum) => options.format(d.value),
				dx: 6,
				textAnchor: 'start',
				fontWeight: 'bold',
				className: 'own-value'
			}),
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
				text: (d: number) => `${options.medianLabel ?? 'Median'}: ${options.format(d)}`,
				className: 'median-label'
			})
		]
	});
}
