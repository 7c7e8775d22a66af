/** The part of fontkit (PDFKit's font engine) that png.ts uses: glyph outlines and advance of a text run. */
declare module 'fontkit' {
	export interface Path {
		scale(x: number, y: number): Path;
		translate(x: number, y: number): Path;
		toSVG(): string;
	}
	export interface Glyph {
		path: Path;
	}
	export interface GlyphPosition {
		xAdvance: number;
		xOffset: number;
		yOffset: number;
	}
	export interface Font {
		unitsPerEm: number;
		layout(text: string): { glyphs: Glyph[]; positions: GlyphPosition[]; advanceWidth: number };
	}
	export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
