/**
 * Scatter of two KPIs over the peer group, quadrants split at the group medians. The own authority
 * is a large dark diamond with a black outline and its name written next to it; peers are small
 * light circles with a dark outline. The quadrant that is better on both axes is labelled (only
 * when both KPIs have a polarity).
 */
import * as Plot from '@observablehq/plot';
import { MEDIAN_COLOUR, OWN_DOT, PEER_COLOUR } from './style.ts';

export interface ScatterDatum {
	label: string;
	x: number;
	y: number;
	own: boolean;
	/** Either value fehlerhaft: a hollow dashed symbol, not in the medians. */
	erroneous?: boolean;
}

export interface ScatterOptions {
	xLabel: string;
	yLabel: string;
	formatX: (v: number) => string;
	formatY: (v: number) => string;
	xPolarity: 'up' | 'down' | 'none';
	yPolarity: 'up' | 'down' | 'none';
	xMedian: number | null;
	yMedian: number | null;
	/** Text of the quadrant that is better on both axes. */
	bestLabel: string;
	/** Word for a fehlerhaft point in labels, e.g. „fehlerhaft“. */
	erroneousLabel?: string;
	width?: number;
	document?: Document;
}

/** Corner of the quadrant that is better on both axes, or null when a KPI has no polarity. */
export function bestCorner(
	x: ScatterOptions['xPolarity'],
	y: ScatterOptions['yPolarity']
): 'top-right' | 'top-left' | 'bottom-right' | 'bottom-left' | null {
	if (x === 'none' || y === 'none') return null;
	return `${y === 'up' ? 'top' : 'bottom'}-${x === 'up' ? 'right' : 'left'}`;
}

export function scatterChart(data: readonly ScatterDatum[], o: ScatterOptions): SVGSVGElement | HTMLElement {
	const peers = data.filter((d) => !d.own && !d.erroneous);
	const wrong = data.filter((d) => !d.own && d.erroneous);
	const own = data.filter((d) => d.own);
	const ownWrong = own.some((d) => d.erroneous);
	const mark = (d: ScatterDatum) => (d.erroneous && o.erroneousLabel ? ` (${o.erroneousLabel})` : '');
	const aria = (d: ScatterDatum) =>
		`${d.label}: ${o.xLabel} ${o.formatX(d.x)}, ${o.yLabel} ${o.formatY(d.y)}${mark(d)}`;
	const corner = bestCorner(o.xPolarity, o.yPolarity);
	return Plot.plot({
		document: o.document,
		width: o.width ?? 720,
		height: 420,
		marginLeft: 90,
		marginBottom: 45,
		marginRight: 30,
		style: { fontSize: '12px' },
		x: { label: o.xLabel, grid: true, ticks: 6, tickFormat: (v: number) => o.formatX(v), nice: true },
		y: { label: o.yLabel, grid: true, ticks: 8, tickFormat: (v: number) => o.formatY(v), nice: true },
		marks: [
			Plot.ruleX(o.xMedian === null ? [] : [o.xMedian], {
				stroke: MEDIAN_COLOUR,
				strokeDasharray: '6,3',
				className: 'median-line'
			}),
			Plot.ruleY(o.yMedian === null ? [] : [o.yMedian], {
				stroke: MEDIAN_COLOUR,
				strokeDasharray: '6,3',
				className: 'median-line'
			}),
			Plot.text(corner ? [o.bestLabel] : [], {
				frameAnchor: corner ?? 'top-right',
				dx: corner?.endsWith('left') ? 6 : -6,
				dy: corner?.startsWith('top') ? 6 : -6,
				fill: MEDIAN_COLOUR,
				fontStyle: 'italic',
				className: 'best-quadrant'
			}),
			Plot.dot(peers, {
				x: 'x',
				y: 'y',
				r: 4,
				fill: PEER_COLOUR,
				stroke: '#1a1f27',
				strokeWidth: 0.8,
				ariaLabel: aria,
				className: 'peer-dot'
			}),
			Plot.dot(wrong, {
				x: 'x',
				y: 'y',
				r: 4,
				fill: '#fff',
				stroke: '#1a1f27',
				strokeDasharray: '2,1.5',
				ariaLabel: aria,
				className: 'erroneous-dot'
			}),
			Plot.dot(own, {
				x: 'x',
				y: 'y',
				...OWN_DOT,
				...(ownWrong ? { fill: '#fff', strokeDasharray: '3,2' } : {}),
				ariaLabel: aria
			}),
			Plot.text(own, {
				x: 'x',
				y: 'y',
				text: (d: ScatterDatum) => `◆ ${d.label}${mark(d)}`,
				dx: 10,
				textAnchor: 'start',
				fontWeight: 'bold',
				className: 'own-label'
			})
		]
	});
}
