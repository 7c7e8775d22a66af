/**
 * The report worker: renders a report model (built on the page from the engine's results) into a
 * PDF or Word file off the main thread, so the page stays responsive while 56 charts are drawn.
 *
 * Started only when a report is made (client.ts), so PDFKit, docx, fontkit and resvg are never part
 * of a page's first load. Its assets come from the app's own origin: the DejaVu Sans TrueType files
 * and resvg's WASM (Vite `?url` imports, hashed files of the build) — nothing from elsewhere, as the
 * CSP demands (`connect-src 'self'`; WebAssembly under `'wasm-unsafe-eval'`, no JavaScript eval).
 */
import regularUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';
import boldUrl from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import wasmUrl from '@resvg/resvg-wasm/index_bg.wasm?url';
import { t } from '../i18n/translate.ts';
import type { FontBytes } from './pdf/fonts.ts';
import { renderReport } from './render.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';

let fonts: Promise<FontBytes> | null = null;

/** A file of the build (font, WASM); a failure says which, in German. */
async function fetched(url: string): Promise<Response> {
	const file = url.split('/').pop() ?? url;
	let response: Response;
	try {
		response = await fetch(url);
	} catch {
		throw new Error(t('report.error_asset', { file, status: '–' }));
	}
	if (!response.ok) throw new Error(t('report.error_asset', { file, status: response.status }));
	return response;
}

async function bytes(url: string): Promise<Uint8Array> {
	return new Uint8Array(await (await fetched(url)).arrayBuffer());
}

function loadFonts(): Promise<FontBytes> {
	fonts ??= Promise.all([bytes(regularUrl), bytes(boldUrl)]).then(([regular, bold]) => ({ regular, bold }));
	fonts.catch(() => (fonts = null));
	return fonts;
}

const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
	(self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	const { id, model, format } = event.data;
	try {
		const started = performance.now();
		const out = await renderReport(
			model,
			format,
			{ fonts: await loadFonts(), pngWasm: fetched(wasmUrl) },
			(share) => post({ id, kind: 'progress', share })
		);
		post({ id, kind: 'done', bytes: out, ms: performance.now() - started }, [out.buffer as ArrayBuffer]);
	} catch (error) {
		post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
	}
};
