/**
 * Column widths of a report table, shared by the PDF and the Word file: each column its share of the
 * text width, widened to its longest word (header in bold) so no word is ever broken inside
 * („Handlun|gsbedarf“); what a column gains is taken from the columns with room to spare, in
 * proportion to that room. When the words do not fit side by side, the values' no-break spaces are
 * given up (`loose`: „3,5 Monate“ may wrap between number and unit, see `loosened`); if even that is
 * too wide, the shares stand.
 */
import type { TableBlock } from './model.ts';

/** Width of a word in points, in the table's font and size. */
export type Measure = (word: string, bold: boolean) => number;

const NBSP = /\u00a0/g;

export function tableWidths(
	b: TableBlock,
	total: number,
	measure: Measure,
	pad: number
): { widths: number[]; loose: boolean } {
	const sum = b.columns.reduce((s, c) => s + c.width, 0);
	const share = b.columns.map((c) => (c.width / sum) * total);
	const word = (text: string, bold: boolean, split: RegExp) =>
		Math.max(0, ...text.split(split).map((w) => measure(w, bold)));
	const least = (split: RegExp) =>
		b.columns.map(
			(c, i) =>
				Math.max(
					word(c.text, true, split),
					...b.rows.map((r) => word(r[i]?.text ?? '', Boolean(r[i]?.bold), split))
				) +
				2 * pad +
				0.5
		);
	const fits = (min: number[]) => min.reduce((a, w) => a + w, 0) <= total;
	let min = least(/[ \n]+/);
	let loose = false;
	if (!fits(min)) {
		min = least(/[ \n\u00a0]+/);
		loose = true;
		if (!fits(min)) return { widths: share, loose };
	}
	const need = share.reduce((s, w, i) => s + Math.max(0, min[i]! - w), 0);
	const spare = share.reduce((s, w, i) => s + Math.max(0, w - min[i]!), 0);
	return {
		widths: share.map((w, i) => (w < min[i]! ? min[i]! : w - ((w - min[i]!) / spare) * need)),
		loose
	};
}

/** The table with its cells' no-break spaces made breakable (for a `loose` table). */
export function loosened(b: TableBlock): TableBlock {
	return { ...b, rows: b.rows.map((r) => r.map((c) => ({ ...c, text: c.text.replace(NBSP, ' ') }))) };
}
