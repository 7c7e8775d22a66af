/**
 * The report model → a Word file (npm `docx`), with the same content as the PDF: real heading
 * styles (Heading 1–3, so the administration's Vorlage template restyles them and Word builds its
 * navigation), a table of contents field, tables with a repeated header row, and every chart as a
 * PNG (png.ts) with its alternative text and title. The document properties name only the own
 * authority (author, title, subject), like the PDF's metadata.
 */
import {
	AlignmentType,
	Bookmark,
	BorderStyle,
	Document,
	Footer,
	Header,
	HeadingLevel,
	ImageRun,
	Packer,
	PageNumber,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableOfContents,
	TableRow,
	TextRun,
	TableLayoutType,
	WidthType,
	type FileChild
} from 'docx';
import { contentsEntries, type Block, type ReportDocument, type TableBlock } from '../model.ts';
import type { FontBytes } from '../pdf/fonts.ts';
import { initPng, measurer, outliner, scenePng } from '../png.ts';
import { loosened, tableWidths, type Measure } from '../table-widths.ts';

const FONT = 'Arial';
/** Text width of the A4 page with 2 cm margins, in twentieths of a point and in pixels (96 dpi). */
const TEXT_TWIPS = 9638;
const TEXT_PX = 642;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Cell margin left and right, in points (Word's default 5,4 pt leaves a nine-column table no room). */
const CELL_PAD = 2.5;

function table(table0: TableBlock, measure: Measure): Table {
	// Widths from DejaVu Sans, which is wider than the Arial Word sets: a column is never too narrow.
	const { widths: points, loose } = tableWidths(table0, TEXT_TWIPS / 20, measure, CELL_PAD);
	const b = loose ? loosened(table0) : table0;
	const widths = points.map((w) => Math.round(w * 20));
	const cell = (
		text: string,
		opts: { bold?: boolean; align: 'left' | 'right'; width: number; fill?: string }
	) =>
		new TableCell({
			width: { size: opts.width, type: WidthType.DXA },
			...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } } : {}),
			children: [
				new Paragraph({
					alignment: opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
					children: [new TextRun({ text, bold: opts.bold, size: 16, font: FONT })]
				})
			]
		});
	return new Table({
		width: { size: TEXT_TWIPS, type: WidthType.DXA },
		columnWidths: widths,
		// Fixed: Word and LibreOffice keep the widths measured here instead of fitting them anew.
		layout: TableLayoutType.FIXED,
		margins: { left: CELL_PAD * 20, right: CELL_PAD * 20, top: 20, bottom: 20 },
		rows: [
			new TableRow({
				tableHeader: true,
				cantSplit: true,
				children: b.columns.map((c, i) =>
					cell(c.text, { bold: true, align: c.align, width: widths[i]!, fill: 'E8EDF5' })
				)
			}),
			...b.rows.map(
				(r, ri) =>
					new TableRow({
						cantSplit: true,
						children: r.map((c, i) =>
							cell(c.text, {
								bold: c.bold || i === 0 ? c.bold : false,
								align: b.columns[i]!.align,
								width: widths[i]!,
								...(ri === b.highlight ? { fill: 'DBE5F4' } : {})
							})
						)
					})
			)
		]
	});
}

export async function renderDocx(
	model: ReportDocument,
	fonts: FontBytes,
	pngWasm: Uint8Array | Promise<Response>,
	progress?: (share: number) => void
): Promise<Uint8Array> {
	await initPng(pngWasm);
	const outline = outliner(fonts);
	const measure = measurer(fonts, 8); // the tables' 8 pt (TextRun size 16)
	const figures = model.blocks.filter((b) => b.kind === 'figure').length;
	let drawn = 0;
	const title: FileChild[] = [];
	const body: FileChild[] = [];
	let target = title;
	const para = (
		text: string,
		o: { size?: number; bold?: boolean; italics?: boolean; color?: string; keepNext?: boolean } = {}
	) =>
		new Paragraph({
			spacing: { after: 120 },
			keepNext: o.keepNext,
			children: [
				new TextRun({
					text,
					font: FONT,
					size: o.size ?? 20,
					bold: o.bold,
					italics: o.italics,
					color: o.color
				})
			]
		});
	for (const [i, b] of (model.blocks as Block[]).entries()) {
		switch (b.kind) {
			case 'heading':
				target.push(
					new Paragraph({
						heading: HEADINGS[b.level],
						children: [new Bookmark({ id: b.id.replaceAll('-', '_'), children: [new TextRun(b.text)] })]
					})
				);
				break;
			case 'paragraph': {
				const style = b.style;
				if (style === 'title') target.push(para(b.text, { size: 32, bold: true }));
				else if (style === 'subtitle') target.push(para(b.text, { size: 22, color: '444444' }));
				else if (style === 'lead') target.push(para(b.text, { size: 22, bold: true }));
				else if (style === 'small')
					// A table's title line stays with its table.
					target.push(
						para(b.text, { size: 16, color: '444444', keepNext: model.blocks[i + 1]?.kind === 'table' })
					);
				else if (style === 'quote') target.push(para(b.text, { italics: true }));
				else if (style === 'hypothetical')
					// Set off as on the what-if page: shaded, with a bar on the left (and said in words).
					target.push(
						new Paragraph({
							spacing: { before: 120, after: 240 },
							border: { left: { style: BorderStyle.SINGLE, size: 36, color: 'B07D00', space: 8 } },
							shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FFF6D6' },
							children: [new TextRun({ text: b.text, font: FONT, size: 20, bold: true })]
						})
					);
				else target.push(para(b.text));
				break;
			}
			case 'list':
				for (const item of b.items)
					target.push(
						new Paragraph({
							bullet: { level: 0 },
							children: [new TextRun({ text: item, font: FONT, size: 20 })]
						})
					);
				break;
			case 'table':
				target.push(table(b, measure), para(''));
				break;
			case 'figure': {
				const png = scenePng(b.scene, outline, b.caption);
				const width = Math.min(TEXT_PX, Math.round(b.scene.width * 1.333));
				const height = Math.round((width / b.scene.width) * b.scene.height);
				target.push(
					new Paragraph({
						keepNext: true,
						children: [
							new ImageRun({
								type: 'png',
								data: png,
								transformation: { width, height },
								altText: { title: b.caption, description: b.alt, name: b.caption }
							})
						]
					}),
					para(b.caption, { size: 16, bold: true })
				);
				progress?.(0.1 + (0.8 * ++drawn) / Math.max(1, figures));
				break;
			}
			case 'contents':
				target.push(
					new TableOfContents(b.title, {
						hyperlink: true,
						headingStyleRange: '2-3',
						cachedEntries: contentsEntries(model).map((e) => ({
							title: e.text,
							level: e.level - 1,
							href: e.id.replaceAll('-', '_')
						}))
					})
				);
				break;
			case 'pagebreak':
				// The title page is a section of its own (no running header); later breaks are page breaks.
				if (target === title) target = body;
				else target.push(new Paragraph({ pageBreakBefore: true, children: [] }));
				break;
		}
	}
	const page = {
		page: {
			size: { width: 11906, height: 16838 },
			margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 }
		}
	};
	const [before, after] = model.footer.split('{page}');
	const [middle, end] = (after ?? '').split('{pages}');
	const doc = new Document({
		creator: model.meta.author,
		lastModifiedBy: model.meta.author,
		title: model.meta.title,
		subject: model.meta.subject,
		description: model.meta.subject,
		keywords: model.meta.keywords.join(', '),
		features: { updateFields: true },
		styles: { default: { document: { run: { font: FONT, size: 20, language: { value: model.lang } } } } },
		sections: [
			{ properties: page, children: title },
			{
				properties: page,
				headers: {
					default: new Header({
						children: [
							new Paragraph({ children: [new TextRun({ text: model.header, size: 15, color: '444444' })] })
						]
					})
				},
				footers: {
					default: new Footer({
						children: [
							new Paragraph({
								alignment: AlignmentType.RIGHT,
								children: [
									new TextRun({
										size: 15,
										children: [
											before ?? '',
											PageNumber.CURRENT,
											middle ?? '',
											PageNumber.TOTAL_PAGES,
											end ?? ''
										]
									})
								]
							})
						]
					})
				},
				children: body
			}
		]
	});
	const bytes = new Uint8Array(await Packer.toArrayBuffer(doc));
	progress?.(1);
	return bytes;
}
