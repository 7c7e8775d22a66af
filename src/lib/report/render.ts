/**
 * One entry for both outputs: the model → PDF or Word bytes. The worker and the CLI call this with
 * their own way of getting the assets (font bytes, the PNG renderer's WASM).
 */
import type { ReportDocument } from './model.ts';
import type { FontBytes } from './pdf/fonts.ts';

export type ReportFormat = 'pdf' | 'docx';

export interface ReportAssets {
	fonts: FontBytes;
	/** resvg's WASM (bytes, or a pending fetch): only the Word file needs it. */
	pngWasm?: Uint8Array | Promise<Response>;
}

export const MIME: Record<ReportFormat, string> = {
	pdf: 'application/pdf',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
};

export async function renderReport(
	model: ReportDocument,
	format: ReportFormat,
	assets: ReportAssets,
	progress?: (share: number) => void
): Promise<Uint8Array> {
	if (format === 'pdf') {
		const { renderPdf } = await import('./pdf/render.ts');
		return renderPdf(model, assets.fonts, progress);
	}
	if (!assets.pngWasm) throw new Error('Word: der PNG-Renderer fehlt.');
	const { renderDocx } = await import('./docx/render.ts');
	return renderDocx(model, assets.fonts, assets.pngWasm, progress);
}
