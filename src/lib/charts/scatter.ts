/**
 * Scatter of two KPIs over the peer group, quadrants split at the group medians. The own authority
 * is a large dark diamond with a black outline and its name written next to it; peers are small
 * light circles with a dark outline. The quadrant that is better on both axes is labelled (only
 * when both KPIs have a polarity).
 */
import * as Plot from '@observablehq/plot';
import { MEDIAN_COLOUR, OWN_DOT, PEER_COLOUR, plotTicks, type TickFormat } from './style.ts';

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
	/** Format the axes' ticks (default: formatX / formatY). */
	tickX?: TickFormat;
	tickY?: TickFormat;
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
	const width = o.width ?? 720;
	const margin = { left: 90, right: 30, top: 20 };
	const ownText = (d: ScatterDatum) => `◆ ${d.label}${mark(d)}`;
	const place = ownLabelPlace(own[0], data, ownText, width - margin.left - margin.right);
	return Plot.plot({
		document: o.document,
		width,
		height: 420,
		marginLeft: margin.left,
		marginBottom: 45,
		marginRight: margin.right,
		marginTop: margin.top,
		style: { fontSize: '12px' },
		x: { label: o.xLabel, grid: true, ticks: 6, tickFormat: plotTicks(o.formatX, o.tickX), nice: true },
		y: { label: o.yLabel, grid: true, ticks: 8, tickFormat: plotTicks(o.formatY, o.tickY), nice: true },
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
				text: ownText,
				...place,
				fontWeight: 'bold',
				fill: '#000',
				stroke: '#fff',
				strokeWidth: 3,
				paintOrder: 'stroke',
				className: 'own-label'
			})
		]
	});
}

/** Average advance of a 12 px character (DejaVu Sans, the app's font, is among the widest). */
const CHAR_PX = 7.4;

/**
 * Where the own label goes so that it is never cut off: right of the diamond where the plot has room
 * for it, else left of it, else (a label wider than either side) below a diamond in the upper half and
 * above one in the lower half, shifted sideways as far as it must to stay in the plot. Measured on
 * the data's extent (the axes are nice'd beyond it, so there is at least this much room).
 */
export function ownLabelPlace(
	own: ScatterDatum | undefined,
	data: readonly ScatterDatum[],
	text: (d: ScatterDatum) => string,
	plotWidth: number
): { dx: number; dy: number; textAnchor: 'start' | 'middle' | 'end' } {
	if (!own) return { dx: 10, dy: 0, textAnchor: 'start' };
	const range = (values: number[]) => [Math.min(...values), Math.max(...values)] as const;
	const [x0, x1] = range(data.map((d) => d.x));
	const [y0, y1] = range(data.map((d) => d.y));
	const at = x1 > x0 ? (own.x - x0) / (x1 - x0) : 0.5;
	const need = text(own).length * CHAR_PX + 14;
	if ((1 - at) * plotWidth >= need) return { dx: 10, dy: 0, textAnchor: 'start' };
	if (at * plotWidth >= need) return { dx: -10, dy: 0, textAnchor: 'end' };
	const high = y1 > y0 ? (own.y - y0) / (y1 - y0) > 0.5 : false;
	const x = at * plotWidth;
	const shift = x - need / 2 < 0 ? need / 2 - x : x + need / 2 > plotWidth ? plotWidth - x - need / 2 : 0;
	return { dx: Math.round(shift), dy: high ? 16 : -16, textAnchor: 'middle' };
}
