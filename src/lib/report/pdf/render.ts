/**
 * The report model → a tagged PDF/UA-1 file (layout.ts, table.ts, scene.ts). The document is laid
 * out twice: the first pass learns on which page every heading lands and how many pages there are;
 * the second writes contents and footers with those numbers (the contents have a fixed number of
 * lines, so the pages do not move).
 */
import type { ReportDocument } from '../model.ts';
import type { FontBytes } from './fonts.ts';
import { CONTENT_W, Layout, SIZES, type PassResult } from './layout.ts';
import { drawTable } from './table.ts';

export { A4 } from './layout.ts';

async function pass(
	model: ReportDocument,
	fonts: FontBytes,
	known: PassResult | null
): Promise<{ bytes: Uint8Array; result: PassResult }> {
	const L = new Layout(model, fonts, known);
	const chunks: Uint8Array[] = [];
	const done = new Promise<void>((resolve, reject) => {
		L.doc.on('data', (c: Uint8Array) => chunks.push(c));
		L.doc.on('end', () => resolve());
		L.doc.on('error', reject);
	});
	model.blocks.forEach((b, i) => {
		switch (b.kind) {
			case 'heading':
				L.heading(b);
				break;
			case 'paragraph':
				// A table's title line stays with the table's header and first rows.
				if (model.blocks[i + 1]?.kind === 'table') L.ensure(L.measure(b.text, SIZES.small, CONTENT_W) + 60);
				L.paragraph(b);
				break;
			case 'list':
				L.list(b.items);
				break;
			case 'table':
				drawTable(L, b);
				break;
			case 'figure':
				L.figure(b);
				break;
			case 'contents':
				L.contents();
				break;
			case 'pagebreak':
				if (!L.fresh) L.newPage();
				break;
		}
	});
	L.root.end();
	L.doc.end();
	await done;
	const size = chunks.reduce((s, c) => s + c.length, 0);
	const bytes = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		bytes.set(c, at);
		at += c.length;
	}
	return { bytes, result: { pages: L.page, headingPages: L.headingPages } };
}

/** The report as PDF bytes. `progress` is told when each of the two passes is done. */
export async function renderPdf(
	model: ReportDocument,
	fonts: FontBytes,
	progress?: (share: number) => void
): Promise<Uint8Array> {
	const first = await pass(model, fonts, null);
	progress?.(0.5);
	const second = await pass(model, fonts, first.result);
	progress?.(1);
	return second.bytes;
}
