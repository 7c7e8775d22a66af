/**
 * Charts of the report as vector scenes: a few primitive shapes in points (1/72 inch), drawn by
 * the PDF renderer with PDFKit's own path operators (real vector graphics, text as text) and
 * turned into SVG for the Word file's PNG (svg.ts, png.ts). The scenes: chart-ranking.ts and
 * chart-trend.ts; here the shapes and the axis helpers they share.
 *
 * Why not the screen's Observable Plot charts: Plot needs a DOM, and the report is made in a Web
 * Worker and in Node. The scenes draw the same data with the same look as the screen's ranking and
 * trend charts (charts/ranking.ts, charts/trend.ts; palette from charts/style.ts): best first, the
 * own authority dark with an outline, a ◆ before its label and its value written at the bar, the
 * group's middle half as a light band, the median dashed — readable in grey print.
 */

export type Shape =
	| {
			t: 'rect';
			x: number;
			y: number;
			w: number;
			h: number;
			fill: string;
			opacity?: number;
			stroke?: string;
			/** Stroke width (default 1) and dash pattern of the outline. */
			width?: number;
			dash?: number[];
	  }
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

export function niceDomain(lo: number, hi: number): [number, number] {
	if (lo === hi) return lo === 0 ? [0, 1] : [Math.min(0, lo), Math.max(0, hi) || 1];
	const t = niceTicks(lo, hi, 5);
	const step = t.length > 1 ? t[1]! - t[0]! : Math.abs(hi - lo);
	return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

export const diamond = (cx: number, cy: number, r: number): [number, number][] => [
	[cx, cy - r],
	[cx + r, cy],
	[cx, cy + r],
	[cx - r, cy]
];
