/**
 * The report model → a tagged PDF/UA-1 file with PDFKit, the same code in the browser's worker
 * and in the CLI.
 *
 * What makes it PDF/UA (each item checked by tests/unit/report-pdf.test.ts):
 * - catalog `/MarkInfo /Marked true`, `/Lang (de-DE)`, `/ViewerPreferences /DisplayDocTitle true`,
 *   XMP with dc:title and `pdfuaid:part 1` (PDFKit options `tagged`, `lang`, `displayTitle`,
 *   `subset: 'PDF/UA'`);
 * - one structure tree (Document → H1–H3, P, L/LI, Table/TR/TH/TD with Scope, Figure with /Alt,
 *   TOC/TOCI/Link) whose parent tree PDFKit maintains; every painted operator is inside a
 *   structure element's marked content or an Artifact (header, footer, table rules and fills,
 *   repeated table headers);
 * - the embedded DejaVu Sans only (no standard 14 font is ever used);
 * - bookmarks for every H2 and H3, contents with page numbers and links (pages with links get
 *   `/Tabs /S` from PDFKit).
 *
 * Layout is done here, not by PDFKit's automatic page breaks: a break inside marked content would
 * interleave with the page's artifacts. So the layout measures every block, breaks pages itself
 * and never lets PDFKit add a page. The document is laid out twice: the first pass learns on which
 * page every heading lands and how many pages there are; the second writes contents and footers
 * with those numbers (the contents have a fixed number of lines, so the pages do not move).
 */
import PDFDocument, { type PDFOutline, type PDFStructureElement, type StructureOptions } from 'pdfkit';
import { contentsEntries, type Block, type ReportDocument } from '../model.ts';
import { FONT_BOLD, FONT_REGULAR, type FontBytes } from './fonts.ts';
import { drawScene } from './scene.ts';

type Doc = PDFDocument;
export type Struct = PDFStructureElement;

export const A4 = { width: 595.28, height: 841.89 };
export const M = { left: 56.7, right: 56.7, top: 62, bottom: 56 };
export const CONTENT_W = A4.width - M.left - M.right;
export const BOTTOM = A4.height - M.bottom;
export const SIZES = { body: 9.5, small: 8, h1: 24, h2: 15, h3: 11.5, title: 16, subtitle: 11, table: 7.6 };
export const INK = '#111111';
const MUTED = '#444444';
export const RULE = '#9aa3ad';
export const HEAD_FILL = '#e8edf5';
export const OWN_FILL = '#dbe5f4';

export interface PassResult {
	pages: number;
	headingPages: Map<string, number>;
}

export class Layout {
	doc: Doc;
	y = M.top;
	page = 1;
	/** Nothing has been drawn on the page yet (a page break would leave it empty). */
	fresh = true;
	readonly root: Struct;
	readonly headingPages = new Map<string, number>();
	#outline: { h2?: PDFOutline } = {};

	readonly model: ReportDocument;
	readonly known: PassResult | null;

	constructor(model: ReportDocument, fonts: FontBytes, known: PassResult | null) {
		this.model = model;
		this.known = known;
		this.doc = new PDFDocument({
			size: 'A4',
			margins: { top: 0, bottom: 0, left: 0, right: 0 },
			pdfVersion: '1.7',
			subset: 'PDF/UA',
			tagged: true,
			lang: model.lang,
			displayTitle: true,
			font: fonts.regular,
			info: {
				Title: model.meta.title,
				Author: model.meta.author,
				Subject: model.meta.subject,
				Keywords: model.meta.keywords.join(', '),
				Creator: 'Vergleichsring',
				Producer: 'Vergleichsring (PDFKit)',
				CreationDate: new Date(`${model.meta.date}T00:00:00Z`)
			}
		});
		this.doc.registerFont(FONT_REGULAR, fonts.regular);
		this.doc.registerFont(FONT_BOLD, fonts.bold);
		this.root = this.doc.struct('Document');
		this.doc.addStructure(this.root);
	}

	/** Text height at the given font and width (what `doc.text` will use). */
	measure(text: string, size: number, width: number, bold = false): number {
		return this.doc
			.font(bold ? FONT_BOLD : FONT_REGULAR)
			.fontSize(size)
			.heightOfString(text, { width, lineGap: size * 0.25 });
	}

	newPage(): void {
		this.doc.addPage({ size: 'A4', margins: { top: 0, bottom: 0, left: 0, right: 0 } });
		this.page += 1;
		this.y = M.top;
		this.fresh = true;
		this.#pageFurniture();
	}

	/** Running header and footer: artifacts of type Pagination (not read as content). */
	#pageFurniture(): void {
		const d = this.doc;
		const pages = this.known ? String(this.known.pages) : '99';
		d.markContent('Artifact', { type: 'Pagination' });
		d.font(FONT_REGULAR).fontSize(7.5).fillColor(MUTED);
		d.text(this.model.header, M.left, 30, { width: CONTENT_W, lineBreak: false, ellipsis: true });
		d.moveTo(M.left, 42)
			.lineTo(A4.width - M.right, 42)
			.lineWidth(0.5)
			.stroke(RULE);
		const footer = this.model.footer.replace('{page}', String(this.page)).replace('{pages}', pages);
		d.text(footer, M.left, A4.height - 36, { width: CONTENT_W, align: 'right', lineBreak: false });
		d.endMarkedContent();
	}

	/** Room for `h` points below the cursor, else a new page. */
	ensure(h: number): void {
		if (this.y + h > BOTTOM && !this.fresh) this.newPage();
	}

	/** A structure element under the Document with content drawn by `draw`. */
	tagged(type: string, draw: () => void, options: StructureOptions = {}): Struct {
		const el = this.doc.struct(type, options);
		this.root.add(el);
		el.add(draw);
		el.end();
		this.fresh = false;
		return el;
	}

	text(
		text: string,
		size: number,
		options: { bold?: boolean; color?: string; x?: number; width?: number } = {}
	): void {
		const width = options.width ?? CONTENT_W;
		this.doc
			.font(options.bold ? FONT_BOLD : FONT_REGULAR)
			.fontSize(size)
			.fillColor(options.color ?? INK)
			.text(text, options.x ?? M.left, this.y, { width, lineGap: size * 0.25 });
		this.y += this.measure(text, size, width, options.bold);
	}

	heading(b: Extract<Block, { kind: 'heading' }>): void {
		const size = b.level === 1 ? SIZES.h1 : b.level === 2 ? SIZES.h2 : SIZES.h3;
		const h = this.measure(b.text, size, CONTENT_W, true);
		this.ensure(h + (b.level === 3 ? 90 : 60)); // keep a heading with what follows
		if (!this.fresh) this.y += b.level === 1 ? 0 : b.level === 2 ? 10 : 8;
		this.headingPages.set(b.id, this.page);
		this.doc.addNamedDestination(b.id, 'XYZ', M.left, this.y, null);
		if (b.bookmark) {
			if (b.level <= 2) this.#outline.h2 = this.doc.outline.addItem(b.text);
			else (this.#outline.h2 ?? this.doc.outline).addItem(b.text);
		}
		this.tagged(`H${b.level}`, () =>
			this.text(b.text, size, { bold: true, color: b.level === 1 ? '#0b3d91' : INK })
		);
		this.y += b.level === 1 ? 10 : 5;
	}

	paragraph(b: Extract<Block, { kind: 'paragraph' }>): void {
		const style = b.style;
		const size =
			style === 'title'
				? SIZES.title
				: style === 'subtitle'
					? SIZES.subtitle
					: style === 'small'
						? SIZES.small
						: SIZES.body;
		const bold = style === 'title' || style === 'lead' || style === 'hypothetical';
		const boxed = style === 'hypothetical';
		const indent = style === 'quote' ? 12 : boxed ? 14 : 0;
		const width = CONTENT_W - indent - (boxed ? 8 : 0);
		if (boxed) this.y += 4; // room for the box above the first line
		const color = style === 'small' || style === 'subtitle' ? MUTED : INK;
		const lines = this.#split(b.text, size, width, bold);
		const el = this.doc.struct('P');
		this.root.add(el);
		lines.forEach((chunk, i) => {
			if (i > 0) this.newPage();
			// The bar and box are artifacts beside the paragraph's marked content, never inside it (an
			// Artifact opened within it would close it early: PDFKit ends open marked content first).
			if (style === 'quote' || boxed) {
				const h = this.measure(chunk, size, width, bold);
				this.doc.markContent('Artifact', { type: 'Layout' });
				if (boxed) {
					// A shaded box with a bar, as on the what-if page: the words say it, the box makes it seen.
					this.doc.rect(M.left, this.y - 4, CONTENT_W, h + 8).fill('#fff6d6');
					this.doc.rect(M.left, this.y - 4, 4, h + 8).fill('#b07d00');
				} else this.doc.rect(M.left, this.y, 3, h).fill('#0b3d91');
				this.doc.endMarkedContent();
			}
			el.add(() => this.text(chunk, size, { bold, color, x: M.left + indent, width }));
		});
		el.end();
		this.fresh = false;
		this.y += style === 'title' ? 14 : boxed ? 12 : 6;
	}

	/** Text cut into pieces that each fit on a page (the first in the room left on this one). */
	#split(text: string, size: number, width: number, bold: boolean): string[] {
		const h = this.measure(text, size, width, bold);
		if (this.y + h <= BOTTOM) return [text];
		if (!this.fresh && h <= BOTTOM - M.top) {
			this.newPage();
			return [text];
		}
		const words = text.split(' ');
		const room = BOTTOM - this.y;
		let lo = 1;
		let hi = words.length;
		while (lo < hi) {
			const mid = Math.ceil((lo + hi) / 2);
			if (this.measure(words.slice(0, mid).join(' '), size, width, bold) <= room) lo = mid;
			else hi = mid - 1;
		}
		const rest = words.slice(lo).join(' ');
		const saved = this.y;
		this.y = M.top; // the rest starts on a fresh page
		const more = rest ? this.#split(rest, size, width, bold) : [];
		this.y = saved;
		return [words.slice(0, lo).join(' '), ...more];
	}

	list(items: readonly string[]): void {
		const l = this.doc.struct('L');
		this.root.add(l);
		for (const item of items) {
			const h = this.measure(item, SIZES.body, CONTENT_W - 14);
			this.ensure(h + 2);
			const li = this.doc.struct('LI');
			l.add(li);
			li.add(
				this.doc.struct('Lbl', () =>
					this.doc
						.font(FONT_REGULAR)
						.fontSize(SIZES.body)
						.fillColor(INK)
						.text('•', M.left + 2, this.y, { lineBreak: false })
				)
			);
			li.add(
				this.doc.struct('LBody', () => this.text(item, SIZES.body, { x: M.left + 14, width: CONTENT_W - 14 }))
			);
			li.end();
			this.fresh = false;
			this.y += 2;
		}
		l.end();
		this.y += 4;
	}

	figure(b: Extract<Block, { kind: 'figure' }>): void {
		const maxH = BOTTOM - M.top - 40;
		const scale = Math.min(CONTENT_W / b.scene.width, maxH / b.scene.height);
		const h = b.scene.height * scale;
		const captionH = this.measure(b.caption, SIZES.small, CONTENT_W, true);
		this.ensure(h + captionH + 8);
		const x = M.left + (CONTENT_W - b.scene.width * scale) / 2;
		const top = this.y;
		this.tagged('Figure', () => drawScene(this.doc, b.scene, x, top, scale), {
			alt: b.alt,
			bbox: [x, top, x + b.scene.width * scale, top + h],
			placement: 'Block'
		});
		this.y = top + h + 4;
		this.tagged('Caption', () => this.text(b.caption, SIZES.small, { bold: true }));
		this.y += 8;
	}

	contents(): void {
		const entries = contentsEntries(this.model);
		const toc = this.doc.struct('TOC');
		this.root.add(toc);
		for (const e of entries) {
			const indent = e.level === 3 ? 16 : 0;
			const size = e.level === 2 ? SIZES.body : SIZES.small + 0.5;
			const pageNo = String(this.known?.headingPages.get(e.id) ?? '');
			const bold = e.level === 2;
			this.ensure(size * 1.6);
			if (e.level === 2) this.y += 4;
			const item = this.doc.struct('TOCI');
			toc.add(item);
			const link = this.doc.struct('Link');
			item.add(link);
			const y = this.y;
			link.add(() => {
				this.doc
					.font(bold ? FONT_BOLD : FONT_REGULAR)
					.fontSize(size)
					.fillColor(INK);
				this.doc.text(e.text, M.left + indent, y, {
					width: CONTENT_W - indent - 40,
					lineBreak: false,
					ellipsis: true
				});
				this.doc.text(pageNo, M.left, y, { width: CONTENT_W, align: 'right', lineBreak: false });
			});
			this.doc.goTo(M.left + indent, y, CONTENT_W - indent, size * 1.3, e.id, {
				structParent: link,
				// A PDF text string (a JS string would become a PDF name): the link's description (PDF/UA 7.18.5).
				Contents: new String(this.model.contentsLink.replace('{title}', e.text).replace('{page}', pageNo))
			});
			link.end();
			item.end();
			this.fresh = false;
			this.y += size * 1.55;
		}
		toc.end();
	}
}
