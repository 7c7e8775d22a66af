/**
 * The council report as ONE document description that every output renders: the tagged PDF
 * (pdf/), the Word file (docx/) — in the browser's worker and in the CLI alike.
 *
 * Why a model of its own instead of rendering from engine results directly: the PDF and the Word
 * file must say exactly the same, and the browser and the CLI must produce the same text. So every
 * decision — what is shown, in which words, with which number format, which badge, what the charts
 * contain — is taken once, in build.ts, and the renderers only lay out what is here. The model is
 * plain JSON (structured-clone safe): the page builds it and posts it to the report worker.
 *
 * Disclosure is settled here too: every authority name in the model went through the display namer,
 * so a renderer cannot leak a member's name it never received.
 */
import type { ChartScene } from './chart-scene.ts';

export type HeadingLevel = 1 | 2 | 3;

export interface TableCell {
	text: string;
	/** Extra words for screen readers where the visible text is a symbol (e.g. „▲ gut“ is fine as is). */
	bold?: boolean;
}

export interface TableBlock {
	kind: 'table';
	/** Short name of the table (PDF: the Table's /T title; Word: the table's description). */
	title: string;
	/** Column headers (TH scope Column). */
	columns: { text: string; align: 'left' | 'right'; width: number }[];
	/** Rows; the first cell of every row is the row header (TH scope Row). */
	rows: TableCell[][];
	/** Index of a row to highlight (the own authority), or -1. */
	highlight?: number;
}

export interface FigureBlock {
	kind: 'figure';
	scene: ChartScene;
	/** Alternative text: what the chart shows, with the own value and the median in words. */
	alt: string;
	/** Visible caption under the chart („Abbildung 3: …“). */
	caption: string;
}

export type Block =
	| { kind: 'heading'; level: HeadingLevel; text: string; id: string; bookmark: boolean }
	/** `hypothetical`: the notice over a section that is not real data (scenarios), set off as a box. */
	| {
			kind: 'paragraph';
			text: string;
			style?: 'lead' | 'small' | 'quote' | 'title' | 'subtitle' | 'hypothetical';
	  }
	| { kind: 'list'; items: string[] }
	| TableBlock
	| FigureBlock
	/** The table of contents: entries come from the headings with `bookmark` (levels 2 and 3). */
	| { kind: 'contents'; title: string }
	| { kind: 'pagebreak' };

export interface ReportDocument {
	/** BCP 47 language of the whole document (PDF /Lang, Word's language): the page's; German for the CLI. */
	lang: 'de-DE' | 'en-GB';
	meta: {
		/** Document title (PDF /Title + dc:title, Word title). */
		title: string;
		subject: string;
		/** The own authority: the only name in any metadata. */
		author: string;
		keywords: string[];
		/** ISO date of the report (YYYY-MM-DD). */
		date: string;
	};
	/** Running header of every page after the title page: authority · period · Datenstand. */
	header: string;
	/** Footer with placeholders {page} and {pages}. */
	footer: string;
	/** Description of a contents link, placeholders {title} and {page}. */
	contentsLink: string;
	/** Everything in reading order. */
	blocks: Block[];
	/** File name stem: ids and years only, never a name. */
	fileStem: string;
}

/** Headings that go into the contents and the bookmarks, in order. */
export function contentsEntries(doc: ReportDocument): { level: HeadingLevel; text: string; id: string }[] {
	return doc.blocks.flatMap((b) =>
		b.kind === 'heading' && b.bookmark ? [{ level: b.level, text: b.text, id: b.id }] : []
	);
}

/** Every text a reader can get out of the document, in order: what tests compare. */
export function documentText(doc: ReportDocument): string[] {
	const out: string[] = [];
	for (const b of doc.blocks) {
		if (b.kind === 'heading' || b.kind === 'paragraph') out.push(b.text);
		else if (b.kind === 'list') out.push(...b.items);
		else if (b.kind === 'table') {
			out.push(...b.columns.map((c) => c.text));
			for (const r of b.rows) out.push(...r.map((c) => c.text));
		} else if (b.kind === 'figure') out.push(b.alt, b.caption);
	}
	return out;
}
