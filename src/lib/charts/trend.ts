/**
 * Trend chart: the own value over all periods against the group's median, with the interquartile
 * band. The own line is solid, dark and has diamond markers with its values written; the median is
 * dashed with hollow circles; the band is a light area — distinguishable without colour.
 */
import * as Plot from '@observablehq/plot';
import { BAND_COLOUR, MEDIAN_COLOUR, OWN_COLOUR, OWN_DOT, plotTicks, type TickFormat } from './style.ts';

export interface TrendDatum {
	period: number;
	own: number | null;
	/** The own value of the period is fehlerhaft: a hollow dashed diamond, labelled. */
	ownErroneous?: boolean;
	q1: number | null;
	median: number | null;
	q3: number | null;
}

export interface TrendOptions {
	format: (value: number) => string;
	/** Formats the axis ticks (default: `format`). */
	tick?: TickFormat;
	formatPeriod: (period: number) => string;
	unit: string;
	ownLabel: string;
	medianLabel: string;
	/** Word for a fehlerhaft own value, e.g. „fehlerhaft“. */
	erroneousLabel?: string;
	width?: number;
	document?: Document;
}

/** Segments of consecutive periods with a value, so a gap year is a gap in the line. */
export function segments<T>(data: readonly T[], has: (d: T) => boolean): T[][] {
	const out: T[][] = [];
	let current: T[] = [];
	for (const d of data) {
		if (has(d)) current.push(d);
		else if (current.length) {
			out.push(current);
			current = [];
		}
	}
	if (current.length) out.push(current);
	return out;
}

export function trendChart(data: readonly TrendDatum[], options: TrendOptions): SVGSVGElement | HTMLElement {
	const own = data.filter((d) => d.own !== null && !d.ownErroneous);
	const wrong = data.filter((d) => d.own !== null && d.ownErroneous);
	const mark = (d: TrendDatum) =>
		d.ownErroneous && options.erroneousLabel ? ` (${options.erroneousLabel})` : '';
	const med = data.filter((d) => d.median !== null);
	const periods = data.map((d) => d.period);
	const f = options.format;
	return Plot.plot({
		document: options.document,
		width: options.width ?? 720,
		height: 300,
		marginLeft: 90,
		marginTop: 30,
		marginRight: 80,
		style: { fontSize: '12px' },
		x: { label: null, ticks: periods, tickFormat: (p: number) => options.formatPeriod(p), inset: 20 },
		y: {
			label: options.unit,
			grid: true,
			ticks: 6,
			tickFormat: plotTicks(f, options.tick),
			zero: false,
			nice: true
		},
		marks: [
			...segments(data, (d) => d.q1 !== null && d.q3 !== null).map((seg) =>
				Plot.areaY(seg, {
					x: 'period',
					y1: 'q1',
					y2: 'q3',
					fill: BAND_COLOUR,
					fillOpacity: 0.25,
					className: 'quartile-band'
				})
			),
			...segments(data, (d) => d.median !== null).map((seg) =>
				Plot.lineY(seg, {
					x: 'period',
					y: 'median',
					stroke: MEDIAN_COLOUR,
					strokeWidth: 2,
					strokeDasharray: '6,3',
					className: 'median-line'
				})
			),
			Plot.dot(med, {
				x: 'period',
				y: 'median',
				stroke: MEDIAN_COLOUR,
				fill: '#fff',
				r: 4,
				ariaLabel: (d: TrendDatum) =>
					`${options.medianLabel} ${options.formatPeriod(d.period)}: ${f(d.median!)}`,
				className: 'median-dot'
			}),
			...segments(data, (d) => d.own !== null).map((seg) =>
				Plot.lineY(seg, { x: 'period', y: 'own', stroke: OWN_COLOUR, strokeWidth: 3, className: 'own-line' })
			),
			Plot.dot(own, {
				x: 'period',
				y: 'own',
				...OWN_DOT,
				r: 6,
				ariaLabel: (d: TrendDatum) => `${options.ownLabel} ${options.formatPeriod(d.period)}: ${f(d.own!)}`
			}),
			Plot.dot(wrong, {
				x: 'period',
				y: 'own',
				...OWN_DOT,
				r: 6,
				fill: '#fff',
				strokeDasharray: '3,2',
				ariaLabel: (d: TrendDatum) =>
					`${options.ownLabel} ${options.formatPeriod(d.period)}: ${f(d.own!)}${mark(d)}`,
				className: 'own-dot-erroneous'
			}),
			Plot.text([...own, ...wrong], {
				x: 'period',
				y: 'own',
				text: (d: TrendDatum) => f(d.own!) + mark(d),
				dy: -12,
				fontWeight: 'bold',
				className: 'own-value'
			})
		]
	});
}
