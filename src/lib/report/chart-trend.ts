/**
 * The report's trend chart as a vector scene (chart-scene.ts), drawn like the screen's
 * (charts/trend.ts): the own value over all periods, solid and dark with diamonds and its values
 * written, against the group's median (dashed, hollow circles) and middle half (light band) —
 * distinguishable without colour. A fehlerhaft own value is a hollow dashed diamond, labelled.
 */
import { BAND_COLOUR, MEDIAN_COLOUR, OWN_COLOUR } from '../charts/style.ts';
import { segments } from '../charts/trend.ts';
import { approxWidth, diamond, niceDomain, niceTicks, type ChartScene, type Shape } from './chart-scene.ts';

export interface TrendPoint {
	period: number;
	own: number | null;
	/** The own value of the period is fehlerhaft: a hollow dashed diamond, labelled. */
	ownErroneous: boolean;
	q1: number | null;
	median: number | null;
	q3: number | null;
}

export interface TrendSceneOptions {
	format: (v: number) => string;
	formatPeriod: (p: number) => string;
	unit: string;
	ownLabel: string;
	medianLabel: string;
	bandLabel: string;
	/** Word for a fehlerhaft own value („fehlerhaft“). */
	erroneousLabel: string;
	width?: number;
}

export function trendScene(points: readonly TrendPoint[], o: TrendSceneOptions): ChartScene {
	const width = o.width ?? 480;
	const height = 190;
	const [left, right, top, bottom] = [58, 24, 34, 24];
	const vals = points.flatMap((p) => [p.own, p.q1, p.median, p.q3]).filter((v): v is number => v !== null);
	const [d0, d1] = vals.length ? niceDomain(Math.min(...vals), Math.max(...vals)) : [0, 1];
	const plotW = width - left - right;
	const plotH = height - top - bottom;
	const n = points.length;
	const x = (i: number) => left + (n <= 1 ? plotW / 2 : 16 + (i / (n - 1)) * (plotW - 32));
	const y = (v: number) => top + plotH - ((v - d0) / (d1 - d0 || 1)) * plotH;
	const idx = new Map(points.map((p, i) => [p, i]));
	const shapes: Shape[] = [];
	for (const v of niceTicks(d0, d1, 5)) {
		shapes.push({ t: 'line', x1: left, y1: y(v), x2: left + plotW, y2: y(v), stroke: '#d0d4da', width: 0.5 });
		shapes.push({
			t: 'text',
			x: left - 4,
			y: y(v) + 2.5,
			text: o.format(v),
			size: 7,
			anchor: 'end',
			fill: '#333'
		});
	}
	points.forEach((p, i) =>
		shapes.push({
			t: 'text',
			x: x(i),
			y: top + plotH + 12,
			text: o.formatPeriod(p.period),
			size: 7.5,
			anchor: 'middle',
			fill: '#333'
		})
	);
	for (const seg of segments(points, (p) => p.q1 !== null && p.q3 !== null)) {
		const upper = seg.map((p) => [x(idx.get(p)!), y(p.q3!)] as [number, number]);
		const lower = seg.map((p) => [x(idx.get(p)!), y(p.q1!)] as [number, number]).reverse();
		if (seg.length === 1)
			shapes.push({
				t: 'line',
				x1: upper[0]![0],
				y1: upper[0]![1],
				x2: lower[0]![0],
				y2: lower[0]![1],
				stroke: BAND_COLOUR,
				width: 6
			});
		else
			shapes.push({
				t: 'poly',
				points: [...upper, ...lower],
				closed: true,
				fill: BAND_COLOUR,
				opacity: 0.25
			});
	}
	for (const seg of segments(points, (p) => p.median !== null))
		if (seg.length > 1)
			shapes.push({
				t: 'poly',
				points: seg.map((p) => [x(idx.get(p)!), y(p.median!)]),
				closed: false,
				stroke: MEDIAN_COLOUR,
				width: 1.5,
				dash: [4, 2]
			});
	points.forEach((p, i) => {
		if (p.median !== null)
			shapes.push({
				t: 'circle',
				cx: x(i),
				cy: y(p.median),
				r: 3,
				fill: '#fff',
				stroke: MEDIAN_COLOUR,
				width: 1.2
			});
	});
	for (const seg of segments(points, (p) => p.own !== null))
		if (seg.length > 1)
			shapes.push({
				t: 'poly',
				points: seg.map((p) => [x(idx.get(p)!), y(p.own!)]),
				closed: false,
				stroke: OWN_COLOUR,
				width: 2.2
			});
	points.forEach((p, i) => {
		if (p.own === null) return;
		shapes.push({
			t: 'poly',
			points: diamond(x(i), y(p.own), 4.5),
			closed: true,
			fill: p.ownErroneous ? '#fff' : OWN_COLOUR,
			stroke: '#000',
			width: 1,
			...(p.ownErroneous ? { dash: [2, 1.5] } : {})
		});
		shapes.push({
			t: 'text',
			x: x(i),
			y: y(p.own) - 8,
			text: p.ownErroneous ? `${o.format(p.own)} (${o.erroneousLabel})` : o.format(p.own),
			size: 7,
			bold: true,
			anchor: 'middle',
			fill: '#000'
		});
	});
	// Legend in words and the same symbols: readable without colour.
	let lx = left;
	const ly = 12;
	shapes.push({
		t: 'poly',
		points: diamond(lx + 4, ly - 2.5, 4),
		closed: true,
		fill: OWN_COLOUR,
		stroke: '#000',
		width: 1
	});
	shapes.push({ t: 'text', x: lx + 11, y: ly, text: o.ownLabel, size: 7.5, anchor: 'start', fill: '#000' });
	lx += 18 + approxWidth(o.ownLabel, 7.5);
	shapes.push({
		t: 'line',
		x1: lx,
		y1: ly - 2.5,
		x2: lx + 16,
		y2: ly - 2.5,
		stroke: MEDIAN_COLOUR,
		width: 1.5,
		dash: [4, 2]
	});
	shapes.push({
		t: 'circle',
		cx: lx + 8,
		cy: ly - 2.5,
		r: 2.5,
		fill: '#fff',
		stroke: MEDIAN_COLOUR,
		width: 1.2
	});
	shapes.push({
		t: 'text',
		x: lx + 20,
		y: ly,
		text: o.medianLabel,
		size: 7.5,
		anchor: 'start',
		fill: '#000'
	});
	lx += 28 + approxWidth(o.medianLabel, 7.5);
	shapes.push({ t: 'rect', x: lx, y: ly - 6, w: 14, h: 7, fill: BAND_COLOUR, opacity: 0.35 });
	shapes.push({ t: 'text', x: lx + 18, y: ly, text: o.bandLabel, size: 7.5, anchor: 'start', fill: '#000' });
	shapes.push({ t: 'text', x: 4, y: top - 6, text: o.unit, size: 7, anchor: 'start', fill: '#333' });
	return { width, height, shapes };
}
