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
}

export const OWN_COLOUR = '#0b3d91';
export const PEER_COLOUR = '#9db4d6';

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
	return Plot.plot({
		document: options.document,
		width: options.width ?? 720,
		height: Math.max(120, rows.length * 18 + 50),
		marginLeft: 130,
		marginRight: 70,
		style: { fontSize: '12px' },
		x: { label: options.unit, grid: true, tickFormat: (v: number) => options.format(v) },
		y: {
			domain,
			label: null,
			tickFormat: (label: string) => (own.some((d) => d.label === label) ? `◆ ${label}` : label)
		},
		marks: [
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
			Plot.ruleX([0])
		]
	});
}
