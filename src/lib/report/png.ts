/**
 * Chart scenes as PNG for the Word file, with resvg (Rust, compiled to WebAssembly: npm
 * `@resvg/resvg-wasm`) — the same renderer in Node and in the browser's worker, so the CLI and the
 * page make the same images. Text is turned into glyph outlines of the shipped DejaVu Sans first
 * (fontkit, the font engine PDFKit already brings), so resvg needs no font at all. WebAssembly
 * runs under the app's CSP (`'wasm-unsafe-eval'`; no JavaScript eval).
 */
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { create, type Font } from 'fontkit';
import type { ChartScene } from './chart-scene.ts';
import type { FontBytes } from './pdf/fonts.ts';
import { sceneSvg, type Outliner } from './svg.ts';
import type { Measure } from './table-widths.ts';

export const PNG_WASM = '@resvg/resvg-wasm/index_bg.wasm';

let ready: Promise<void> | null = null;

/** Start the WASM once per process or worker (`wasm`: its bytes, or a fetch of them). */
export function initPng(wasm: Uint8Array | Promise<Response>): Promise<void> {
	ready ??= initWasm(wasm).catch((error: unknown) => {
		// initWasm refuses a second call; a first that failed may be retried.
		ready = null;
		throw error;
	});
	return ready;
}

/** Glyph outlines of DejaVu Sans for text in the SVG. */
export function outliner(fonts: FontBytes): Outliner {
	const regular = create(fonts.regular) as Font;
	const bold = create(fonts.bold) as Font;
	return (text, size, isBold) => {
		const font = isBold ? bold : regular;
		const run = font.layout(text);
		const scale = size / font.unitsPerEm;
		let x = 0;
		const parts: string[] = [];
		run.glyphs.forEach((glyph, i) => {
			const pos = run.positions[i]!;
			const d = glyph.path
				.scale(scale, -scale)
				.translate(x + pos.xOffset * scale, -pos.yOffset * scale)
				.toSVG();
			if (d) parts.push(d);
			x += pos.xAdvance * scale;
		});
		return { d: parts.join(''), width: x };
	};
}

/** Width of a word in DejaVu Sans at `size` points (the Word tables' column widths, table-widths.ts). */
export function measurer(fonts: FontBytes, size: number): Measure {
	const regular = create(fonts.regular) as Font;
	const bold = create(fonts.bold) as Font;
	return (word, isBold) => {
		const font = isBold ? bold : regular;
		return (font.layout(word).advanceWidth * size) / font.unitsPerEm;
	};
}

/** PNG bytes of the scene at `scale` × its size in points (2: about 144 dpi at the size Word shows it). */
export function scenePng(scene: ChartScene, outline: Outliner, title: string, scale = 2): Uint8Array {
	const svg = sceneSvg(scene, title, outline);
	const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, background: '#ffffff' });
	try {
		return resvg.render().asPng();
	} finally {
		resvg.free();
	}
}
