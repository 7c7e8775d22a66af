/**
 * One entry for both outputs: the model → PDF or Word bytes. The worker and the CLI call this with
 * their own way of getting the assets (font bytes, the PNG renderer's WASM).
 *
 * Static imports on purpose: the browser's report worker is built as one classic-worker bundle,
 * which cannot split off dynamic imports; the worker as a whole is loaded only when a report is made.
 */
import { renderDocx } from './docx/render.ts';
import type { ReportDocument } from './model.ts';
import type { FontBytes } from './pdf/fonts.ts';
import { renderPdf } from './pdf/render.ts';

export type ReportFormat = 'pdf' | 'docx';

export interface ReportAssets {
	fonts: FontBytes;
	/** resvg's WASM (bytes, or a pending fetch): only the Word file needs it. */
	pngWasm?: Uint8Array | Promise<Response>;
}

export async function renderReport(
	model: ReportDocument,
	format: ReportFormat,
	assets: ReportAssets,
	progress?: (share: number) => void
): Promise<Uint8Array> {
	if (format === 'pdf') return renderPdf(model, assets.fonts, progress);
	if (!assets.pngWasm) throw new Error('Word: der PNG-Renderer fehlt.');
	return renderDocx(model, assets.fonts, assets.pngWasm, progress);
}
