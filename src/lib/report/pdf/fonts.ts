/**
 * The report's font: DejaVu Sans, the app's own font, with the full character set the report needs
 * (umlauts, „“, ‰, €, ▲▼●◆⚠✕). PDFKit embeds it through fontkit as a subset of the glyphs used, so
 * every PDF carries its font and nothing is looked up on the reader's machine.
 *
 * Why the TrueType files of npm `dejavu-fonts-ttf` and not the app's WOFF2 (`@fontsource/dejavu-sans`):
 * fontkit cannot subset a WOFF2 font with composite glyphs — every umlaut is one (Ä = A + ¨) — and
 * PDFKit stops with „Offset is outside the bounds of the DataView“. The TTFs (1.4 MB together) are
 * fetched by the report worker only when a report is made; the app's pages keep the WOFF2.
 * The bytes come from the caller: the worker fetches the build's files, Node reads node_modules.
 */
export const FONT_REGULAR = 'DejaVuSans';
export const FONT_BOLD = 'DejaVuSans-Bold';

export interface FontBytes {
	regular: Uint8Array;
	bold: Uint8Array;
}

/** Where the WOFF2 files are inside the npm package (for Node and for Vite's `?url` imports). */
export const FONT_FILES = {
	regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
	bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'
} as const;
