/**
 * A chart scene (chart-scene.ts) as standalone SVG markup.
 *
 * `outline` turns text into glyph outlines (fonts.ts, from the shipped DejaVu Sans): the PNG for
 * the Word file is then rendered without any font lookup, identical in Node and in the browser.
 * Without it, text stays text in `DejaVu Sans`.
 */
import type { ChartScene, Shape } from './chart-scene.ts';

/** Outline of a text run: SVG path data at the origin (baseline y = 0) and its advance width. */
export type Outliner = (text: string, size: number, bold: boolean) => { d: string; width: number };

const esc = (s: string) =>
	s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
const n = (v: number) => String(Math.round(v * 100) / 100);
const dash = (d: number[] | undefined) => (d ? ` stroke-dasharray="${d.join(',')}"` : '');

function shapeSvg(s: Shape, outline?: Outliner): string {
	switch (s.t) {
		case 'rect':
			return `<rect x="${n(s.x)}" y="${n(s.y)}" width="${n(s.w)}" height="${n(s.h)}" fill="${s.fill}"${s.opacity !== undefined ? ` fill-opacity="${s.opacity}"` : ''}${s.stroke ? ` stroke="${s.stroke}" stroke-width="${s.width ?? 1}"` : ''}${dash(s.dash)}/>`;
		case 'line':
			return `<line x1="${n(s.x1)}" y1="${n(s.y1)}" x2="${n(s.x2)}" y2="${n(s.y2)}" stroke="${s.stroke}" stroke-width="${s.width}"${dash(s.dash)}/>`;
		case 'poly': {
			const pts = s.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ');
			const tag = s.closed ? 'polygon' : 'polyline';
			return `<${tag} points="${pts}" fill="${s.fill ?? 'none'}"${s.opacity !== undefined ? ` fill-opacity="${s.opacity}"` : ''}${s.stroke ? ` stroke="${s.stroke}" stroke-width="${s.width ?? 1}" stroke-linejoin="round"` : ''}${dash(s.dash)}/>`;
		}
		case 'circle':
			return `<circle cx="${n(s.cx)}" cy="${n(s.cy)}" r="${n(s.r)}" fill="${s.fill}" stroke="${s.stroke}" stroke-width="${s.width}"/>`;
		case 'text': {
			if (outline) {
				const { d, width } = outline(s.text, s.size, Boolean(s.bold));
				const x = s.anchor === 'start' ? s.x : s.anchor === 'middle' ? s.x - width / 2 : s.x - width;
				return `<path transform="translate(${n(x)},${n(s.y)})" d="${d}" fill="${s.fill}"/>`;
			}
			return `<text x="${n(s.x)}" y="${n(s.y)}" font-family="DejaVu Sans" font-size="${s.size}"${s.bold ? ' font-weight="bold"' : ''} text-anchor="${s.anchor}" fill="${s.fill}">${esc(s.text)}</text>`;
		}
	}
}

export function sceneSvg(scene: ChartScene, title: string, outline?: Outliner): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" width="${scene.width}" height="${scene.height}" viewBox="0 0 ${scene.width} ${scene.height}" role="img">` +
		`<title>${esc(title)}</title><rect width="100%" height="100%" fill="#fff"/>` +
		scene.shapes.map((s) => shapeSvg(s, outline)).join('') +
		'</svg>'
	);
}
