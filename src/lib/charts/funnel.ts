/**
 * Funnel plot (Spiegelhalter 2005; issue #27): every member of the group as a point at (n, value),
 * the group's pooled target as a line, and the 95 % and 99.8 % control limits as curves over n —
 * the funnel in which a value of that many cases may stray from the target by chance alone. Points
 * outside are „auffällig“ (95 %) or „deutlich auffällig“ (99.8 %).
 *
 * A pure function like the other charts (data + options → SVG figure). Marks only of what the
 * browser build keeps real (charts/vite-plugin.ts): straight lines (`line`, linear curve), circles
 * and the own diamond, rules and text. Without colour: limits differ by dash pattern (95 %
 * dashed, 99.8 % dotted), flagged points by a thicker outline and a larger dot (alarm larger
 * still) and their pseudonym written next to them — as many as fit without one name covering
 * another (`placedLabels`; the chart's table names them all); the own authority is the outlined
 * diamond of every chart.
 */
import * as Plot from '@observablehq/plot';
import type { FunnelCurvePoint } from '../engine/uncertainty.ts';
import { countTicks, MEDIAN_COLOUR, OWN_DOT, PEER_COLOUR, plotTicks, type TickFormat } from './style.ts';

export interface FunnelDatum {
	label: string;
	n: number;
	value: number;
	own: boolean;
	flag: 'alert' | 'alarm' | null;
}

export interface FunnelOptions {
	/** Target on the KPI's scale. */
	target: number;
	/** The limits over n (engine/uncertainty.ts `funnelCurve`). */
	curve: readonly FunnelCurvePoint[];
	format: (value: number) => string;
	/** Formats the value axis' ticks (default: `format`). */
	tick?: TickFormat;
	formatN: (n: number) => string;
	/** Axis labels: n and the KPI's unit. */
	xLabel: string;
	yLabel: string;
	/** Text of the target line, e.g. „Zielwert 62,4 %“. */
	targetLabel: string;
	/** Aria text of a point's flag, e.g. „auffällig“. */
	flagText: (flag: FunnelDatum['flag']) => string;
	width?: number;
	document?: Document;
}

/** The value axis: the points and the limits where the points are, padded, within [0, 100]. */
export function funnelDomain(
	data: readonly FunnelDatum[],
	curve: readonly FunnelCurvePoint[],
	target: number
): [number, number] {
	const minN = Math.min(...data.map((d) => d.n));
	// The limits at the smallest n shown, not at the curve's start: a funnel that opens to 0–100 %
	// at n = 1 would squash every point into a thin band.
	const atMin = curve.find((c) => c.n >= minN) ?? curve.at(-1);
	const values = [target, ...data.map((d) => d.value), ...(atMin ? [atMin.low998, atMin.high998] : [])];
	let lo = Math.min(...values);
	let hi = Math.max(...values);
	const pad = Math.max((hi - lo) * 0.06, 0.5);
	lo = Math.max(0, lo - pad);
	hi = Math.min(100, hi + pad);
	return lo < hi ? [lo, hi] : [Math.max(0, lo - 1), Math.min(100, hi + 1)];
}

/** The frame of the plot in pixels, as `funnelChart` draws it, and its two domains. */
interface Frame {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
	x: [number, number];
	y: [number, number];
}

/** A label stays inside the frame: right of a point in the left part, left of it further right. */
const labelRight = (d: FunnelDatum, frame: Frame) => d.n <= frame.x[1] * 0.6;

/** Average advance of a character at the label's font size, generous (digits and capitals). */
const CHAR_WIDTH = { flag: 6.4, own: 7.6 };
const LABEL_HEIGHT = 14;

/**
 * The flagged points that get their name written: the own authority's name first (always), then
 * alarms before alerts and, within each, the farthest from the target first; a name that would
 * overlap one already placed is left out. On a ring where most members are flagged this keeps the
 * chart readable; the names of all of them are in the chart's table and the points' aria labels.
 */
export function placedLabels(
	flagged: readonly FunnelDatum[],
	own: readonly FunnelDatum[],
	target: number,
	frame: Frame,
	labelOf: (d: FunnelDatum) => string = (d) => d.label
): FunnelDatum[] {
	const { margin } = frame;
	const px = (n: number) =>
		margin.left + ((n - frame.x[0]) / (frame.x[1] - frame.x[0])) * (frame.width - margin.left - margin.right);
	const py = (v: number) =>
		margin.top + ((frame.y[1] - v) / (frame.y[1] - frame.y[0])) * (frame.height - margin.top - margin.bottom);
	type Box = [number, number, number, number];
	const box = (d: FunnelDatum, text: string, charWidth: number, dx: number): Box => {
		const x = px(d.n);
		const y = py(d.value);
		const w = text.length * charWidth;
		const [x0, x1] = labelRight(d, frame) ? [x + dx, x + dx + w] : [x - dx - w, x - dx];
		return [x0, y - LABEL_HEIGHT / 2, x1, y + LABEL_HEIGHT / 2];
	};
	const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
	const taken: Box[] = own.map((d) => box(d, `◆ ${d.label}`, CHAR_WIDTH.own, 11));
	const order = [...flagged].sort(
		(a, b) =>
			Number(b.flag === 'alarm') - Number(a.flag === 'alarm') ||
			Math.abs(b.value - target) - Math.abs(a.value - target)
	);
	const placed: FunnelDatum[] = [];
	for (const d of order) {
		const b = box(d, labelOf(d), CHAR_WIDTH.flag, 9);
		if (taken.some((t) => overlaps(t, b))) continue;
		taken.push(b);
		placed.push(d);
	}
	return placed;
}

export function funnelChart(data: readonly FunnelDatum[], o: FunnelOptions): SVGSVGElement | HTMLElement {
	const own = data.filter((d) => d.own);
	const peers = data.filter((d) => !d.own);
	const [lo, hi] = funnelDomain(data, o.curve, o.target);
	const maxN = Math.max(...data.map((d) => d.n), ...o.curve.map((c) => c.n));
	const aria = (d: FunnelDatum) =>
		`${d.label}: ${o.format(d.value)}, n = ${o.formatN(d.n)}${d.flag ? `, ${o.flagText(d.flag)}` : ''}`;
	const limit = (y: keyof FunnelCurvePoint, dash: string, className: string) =>
		Plot.line(o.curve, {
			x: 'n',
			y,
			stroke: MEDIAN_COLOUR,
			strokeWidth: 1.5,
			strokeDasharray: dash,
			clip: true,
			className
		});
	const flagged = peers.filter((d) => d.flag);
	const xMax = maxN * 1.04;
	const frame: Frame = {
		width: o.width ?? 720,
		height: 420,
		margin: { top: 24, right: 30, bottom: 45, left: 80 },
		x: [0, xMax],
		y: [lo, hi]
	};
	const right = (d: FunnelDatum) => labelRight(d, frame);
	const label = (data: FunnelDatum[], text: (d: FunnelDatum) => string, dx: number, more: object) => [
		Plot.text(data.filter(right), { x: 'n', y: 'value', text, dx, textAnchor: 'start', ...more }),
		Plot.text(
			data.filter((d) => !right(d)),
			{ x: 'n', y: 'value', text, dx: -dx, textAnchor: 'end', ...more }
		)
	];
	return Plot.plot({
		document: o.document,
		width: frame.width,
		height: frame.height,
		marginLeft: frame.margin.left,
		marginRight: frame.margin.right,
		marginBottom: frame.margin.bottom,
		marginTop: frame.margin.top,
		style: { fontSize: '12px' },
		x: {
			label: o.xLabel,
			domain: frame.x,
			grid: true,
			// n counts cases: whole-number ticks only (a group of tiny n gave 0, 0, 0, 1, 1, 1).
			ticks: countTicks(xMax),
			tickFormat: (v: number) => o.formatN(v)
		},
		y: { label: o.yLabel, domain: frame.y, grid: true, ticks: 8, tickFormat: plotTicks(o.format, o.tick) },
		marks: [
			limit('low998', '2,3', 'limit-998'),
			limit('high998', '2,3', 'limit-998'),
			limit('low95', '6,3', 'limit-95'),
			limit('high95', '6,3', 'limit-95'),
			Plot.ruleY([o.target], { stroke: MEDIAN_COLOUR, strokeWidth: 2, className: 'target-line' }),
			Plot.text([o.target], {
				y: (d: number) => d,
				frameAnchor: 'right',
				textAnchor: 'end',
				dy: -9,
				text: () => o.targetLabel,
				fill: MEDIAN_COLOUR,
				stroke: '#fff',
				strokeWidth: 4,
				paintOrder: 'stroke',
				className: 'target-label'
			}),
			Plot.dot(
				peers.filter((d) => !d.flag),
				{
					x: 'n',
					y: 'value',
					r: 4,
					fill: PEER_COLOUR,
					stroke: '#1a1f27',
					strokeWidth: 0.8,
					ariaLabel: aria,
					className: 'peer-dot'
				}
			),
			Plot.dot(
				peers.filter((d) => d.flag === 'alert'),
				{
					x: 'n',
					y: 'value',
					r: 5,
					fill: PEER_COLOUR,
					stroke: '#000',
					strokeWidth: 2,
					ariaLabel: aria,
					className: 'alert-dot'
				}
			),
			Plot.dot(
				peers.filter((d) => d.flag === 'alarm'),
				{
					x: 'n',
					y: 'value',
					r: 6,
					fill: PEER_COLOUR,
					stroke: '#000',
					strokeWidth: 3,
					ariaLabel: aria,
					className: 'alarm-dot'
				}
			),
			Plot.dot(own, { x: 'n', y: 'value', ...OWN_DOT, ariaLabel: aria }),
			...label(placedLabels(flagged, own, o.target, frame), (d) => d.label, 9, {
				fontSize: 11,
				fill: '#1a1f27',
				stroke: '#fff',
				strokeWidth: 3,
				paintOrder: 'stroke',
				className: 'flag-label'
			}),
			...label(own, (d) => `◆ ${d.label}`, 11, {
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
