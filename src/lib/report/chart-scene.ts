/**
 * Charts of the report as vector scenes: a few primitive shapes in points (1/72 inch), drawn by
 * the PDF renderer with PDFKit's own path operators (real vector graphics, text as text) and
 * turned into SVG for the Word file's PNG (svg.ts, png.ts).
 *
 * Why not the screen's Observable Plot charts: Plot needs a DOM, and the report is made in a Web
 * Worker and in Node. The scenes draw the same data with the same look as the screen's ranking and
 * trend charts (charts/ranking.ts, charts/trend.ts; palette from charts/style.ts): best first, the
 * own authority dark with an outline, a ◆ before its label and its value written at the bar, the
 * group's middle half as a light band, the median dashed — readable in grey print.
 */
import { BAND_COLOUR, MEDIAN_COLOUR, OWN_COLOUR, PEER_COLOUR } from '../charts/style.ts';
import { segments } from '../charts/trend.ts';

export type Shape =
	| { t: 'rect'; x: number; y: number; w: number; h: number; fill: string; opacity?: number; stroke?: string }
	| {
			t: 'line';
			x1: number;
			y1: number;
			x2: number;
			y2: number;
			stroke: string;
			width: number;
			dash?: number[];
	  }
	| {
			t: 'poly';
			points: [number, number][];
			closed: boolean;
			fill?: string;
			opacity?: number;
			stroke?: string;
			width?: number;
			dash?: number[];
	  }
	| { t: 'circle'; cx: number; cy: number; r: number; fill: string; stroke: string; width: number }
	| {
			t: 'text';
			x: number;
			y: number;
			text: string;
			size: number;
			bold?: boolean;
			anchor: 'start' | 'middle' | 'end';
			fill: string;
	  };

export interface ChartScene {
	width: number;
	height: number;
	shapes: Shape[];
}

/** Approximate width of DejaVu Sans text (average advance ≈ 0.6 em): enough to size margins. */
export function approxWidth(text: string, size: number): number {
	return text.length * size * 0.6;
}

/** Round tick values (1, 2, 2.5, 5 × 10^k) covering [lo, hi], about `count` of them. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
	if (!Number.isFinite(lo) || !Number.isFinite(hi)) return [];
	if (lo === hi) return [lo];
	const raw = (hi - lo) / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
	const first = Math.ceil(lo / step - 1e-9);
	const last = Math.floor(hi / step + 1e-9);
	const out: number[] = [];
	for (let i = first; i <= last; i++) out.push(Math.round(i * step * 1e9) / 1e9);
	return out;
}

function niceDomain(lo: number, hi: number): [number, number] {
	if (lo === hi) return lo === 0 ? [0, 1] : [Math.min(0, lo), Math.max(0, hi) || 1];
	const t = niceTicks(lo, hi, 5);
	const step = t.length > 1 ? t[1]! - t[0]! : Math.abs(hi - lo);
	return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

const diamond = (cx: number, cy: number, r: number): [number, number][] => [
	[cx, cy - r],
	[cx + r, cy],
	[cx, cy + r],
	[cx - r, cy]
];

export interface RankingBar {
	label: string;
	value: number;
	own: boolean;
}

export interface RankingSceneOptions {
	format: (v: number) => string;
	unit: string;
	medianLabel: string;
	quartiles: { q1: number | null; median: number | null; q3: number | null };
	width?: number;
}

/** Bars of the group, already in drawing order (best first). */
export function rankingScene(bars: readonly RankingBar[], o: RankingSceneOptions): ChartScene {
	const width = o.width ?? 480;
	const size = 7.5;
	const barH = 10;
	const gap = 3;
	const top = 26;
	const labelW = Math.min(170, Math.max(60, ...bars.map((b) => approxWidth(`◆ ${b.label}`, size) + 8)));
	const right = 56;
	const plotW = width - labelW - right;
	const values = [
		...bars.map((b) => b.value),
		...[o.quartiles.q1, o.quartiles.q3].filter((v): v is number => v !== null)
	];
	const [d0, d1] = niceDomain(Math.min(0, ...values), Math.max(0, ...values));
	const x = (v: number) => labelW + ((v - d0) / (d1 - d0 || 1)) * plotW;
	const plotH = bars.length * (barH + gap);
	const height = top + plotH + 30;
	const shapes: Shape[] = [];
	const q = o.quartiles;
	if (q.q1 !== null && q.q3 !== null)
		shapes.push({
			t: 'rect',
			x: x(q.q1),
			y: top - 4,
			w: Math.max(0.5, x(q.q3) - x(q.q1)),
			h: plotH + 4,
			fill: BAND_COLOUR,
			opacity: 0.18
		});
	const ticks = niceTicks(d0, d1, 5);
	for (const v of ticks) {
		shapes.push({
			t: 'line',
			x1: x(v),
			y1: top - 4,
			x2: x(v),
			y2: top + plotH,
			stroke: '#d0d4da',
			width: 0.5
		});
		shapes.push({
			t: 'text',
			x: x(v),
			y: top + plotH + 11,
			text: o.format(v),
			size: 7,
			anchor: 'middle',
			fill: '#333'
		});
	}
	shapes.push({
		t: 'text',
		x: labelW + plotW,
		y: top + plotH + 23,
		text: o.unit,
		size: 7,
		anchor: 'end',
		fill: '#333'
	});
	bars.forEach((b, i) => {
		const y = top + i * (barH + gap);
		const x0 = x(Math.min(0, b.value));
		const w = Math.max(0.5, Math.abs(x(b.value) - x(0)));
		shapes.push({
			t: 'rect',
			x: x0,
			y,
			w,
			h: barH,
			fill: b.own ? OWN_COLOUR : PEER_COLOUR,
			...(b.own ? { stroke: '#000' } : {})
		});
		shapes.push({
			t: 'text',
			x: labelW - 4,
			y: y + barH - 2,
			text: b.own ? `◆ ${b.label}` : b.label,
			size,
			bold: b.own,
			anchor: 'end',
			fill: '#000'
		});
		if (b.own)
			shapes.push({
				t: 'text',
				x: x(Math.max(0, b.value)) + 4,
				y: y + barH - 2,
				text: o.format(b.value),
				size,
				bold: true,
				anchor: 'start',
				fill: '#000'
			});
	});
	shapes.push({ t: 'line', x1: x(0), y1: top - 4, x2: x(0), y2: top + plotH, stroke: '#000', width: 0.8 });
	if (q.median !== null) {
		shapes.push({
			t: 'line',
			x1: x(q.median),
			y1: top - 6,
			x2: x(q.median),
			y2: top + plotH,
			stroke: MEDIAN_COLOUR,
			width: 1.5,
			dash: [4, 2]
		});
		shapes.push({
			t: 'text',
			x: Math.min(Math.max(x(q.median), labelW + 40), labelW + plotW - 40),
			y: top - 10,
			text: `${o.medianLabel}: ${o.format(q.median)}`,
			size: 7.5,
			anchor: 'middle',
			fill: '#000'
		});
	}
	return { width, height, shapes };
}

export interface TrendPoint {
	period: number;
	own: number | null;
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
			fill: OWN_COLOUR,
			stroke: '#000',
			width: 1
		});
		shapes.push({
			t: 'text',
			x: x(i),
			y: y(p.own) - 8,
			text: o.format(p.own),
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
