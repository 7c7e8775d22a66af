/**
 * Distribution of a KPI across size classes (ring-wide, one period): every member as a dot, the
 * interquartile range of each class as a thick bar and its median as a tick. The own authority is
 * a dark diamond with an outline, its class marked ◆ on the axis.
 */
import * as Plot from '@observablehq/plot';
import { BAND_COLOUR, MEDIAN_COLOUR, OWN_DOT, PEER_COLOUR, plotTicks, type TickFormat } from './style.ts';

export interface ClassDot {
	label: string;
	sizeClass: string;
	value: number;
	own: boolean;
	/** Fehlerhaft: a hollow dashed dot, not in the class's quartiles. */
	erroneous?: boolean;
}

export interface ClassBox {
	sizeClass: string;
	n: number;
	q1: number | null;
	median: number | null;
	q3: number | null;
	own: boolean;
}

export interface SizeClassOptions {
	format: (v: number) => string;
	/** Formats the axis ticks (default: `format`). */
	tick?: TickFormat;
	unit: string;
	medianLabel: string;
	width?: number;
	document?: Document;
}

export function sizeClassChart(
	dots: readonly ClassDot[],
	boxes: readonly ClassBox[],
	o: SizeClassOptions
): SVGSVGElement | HTMLElement {
	const domain = boxes.map((b) => b.sizeClass);
	const ownClass = new Set(boxes.filter((b) => b.own).map((b) => b.sizeClass));
	const withQ = boxes.filter((b) => b.q1 !== null && b.q3 !== null && b.median !== null);
	const aria = (d: ClassDot) => `${d.label} (${d.sizeClass}): ${o.format(d.value)}`;
	return Plot.plot({
		document: o.document,
		width: o.width ?? 720,
		height: Math.max(140, domain.length * 48 + 50),
		marginLeft: 90,
		marginRight: 30,
		style: { fontSize: '12px' },
		x: { label: o.unit, grid: true, ticks: 6, tickFormat: plotTicks(o.format, o.tick), nice: true },
		y: {
			domain,
			label: null,
			tickFormat: (c: string) => (ownClass.has(c) ? `◆ ${c}` : c)
		},
		marks: [
			Plot.ruleY(withQ, {
				y: 'sizeClass',
				x1: 'q1',
				x2: 'q3',
				stroke: BAND_COLOUR,
				strokeOpacity: 0.45,
				strokeWidth: 18,
				className: 'quartile-band'
			}),
			Plot.tickX(withQ, {
				y: 'sizeClass',
				x: 'median',
				stroke: MEDIAN_COLOUR,
				strokeWidth: 3,
				ariaLabel: (b: ClassBox) => `${o.medianLabel} ${b.sizeClass} (n = ${b.n}): ${o.format(b.median!)}`,
				className: 'median-tick'
			}),
			Plot.dot(
				dots.filter((d) => !d.own && d.erroneous),
				{
					x: 'value',
					y: 'sizeClass',
					r: 3.5,
					fill: '#fff',
					stroke: '#1a1f27',
					strokeDasharray: '2,1.5',
					ariaLabel: aria,
					className: 'erroneous-dot'
				}
			),
			Plot.dot(
				dots.filter((d) => !d.own && !d.erroneous),
				{
					x: 'value',
					y: 'sizeClass',
					r: 3.5,
					fill: PEER_COLOUR,
					stroke: '#1a1f27',
					strokeWidth: 0.6,
					ariaLabel: aria,
					className: 'peer-dot'
				}
			),
			Plot.dot(
				dots.filter((d) => d.own),
				{
					x: 'value',
					y: 'sizeClass',
					...OWN_DOT,
					...(dots.some((d) => d.own && d.erroneous) ? { fill: '#fff', strokeDasharray: '3,2' } : {}),
					ariaLabel: aria
				}
			)
		]
	});
}
