/**
 * Tables of the report in the PDF. A row never splits across pages; when a table continues on a new
 * page its header row is drawn again as an artifact (its cells are already in the structure tree).
 */
import type { TableBlock } from '../model.ts';
import { loosened, tableWidths } from '../table-widths.ts';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';
import {
	BOTTOM,
	CONTENT_W,
	HEAD_FILL,
	INK,
	M,
	OWN_FILL,
	RULE,
	SIZES,
	type Layout,
	type Struct
} from './layout.ts';

/** A real table: Table → TR → TH (scope Column / Row) and TD; rules and fills are artifacts. */
export function drawTable(L: Layout, table0: TableBlock): void {
	const pad = 3;
	const size = SIZES.table;
	const measure = (word: string, bold: boolean) =>
		L.doc
			.font(bold ? FONT_BOLD : FONT_REGULAR)
			.fontSize(size)
			.widthOfString(word);
	const { widths, loose } = tableWidths(table0, CONTENT_W, measure, pad);
	// Too many columns for their words: a value may break between number and unit („3,5 / Monate“).
	const b = loose ? loosened(table0) : table0;
	const rowHeight = (cells: readonly { text: string; bold?: boolean }[], bold: boolean) =>
		Math.max(...cells.map((c, i) => L.measure(c.text, size, widths[i]! - 2 * pad, bold || c.bold))) + 2 * pad;
	const header = b.columns.map((c) => ({ text: c.text }));
	const headH = rowHeight(header, true);
	const firstH = b.rows[0] ? rowHeight(b.rows[0], false) : 0;
	L.ensure(headH + firstH);
	const table = L.doc.struct('Table', { title: b.title });
	L.root.add(table);
	const drawRow = (
		cells: readonly { text: string; bold?: boolean }[],
		h: number,
		kind: 'head' | 'body',
		row: Struct | null,
		own: boolean
	) => {
		const y = L.y;
		L.doc.markContent('Artifact', { type: 'Layout' });
		if (kind === 'head' || own)
			L.doc.rect(M.left, y, CONTENT_W, h).fill(kind === 'head' ? HEAD_FILL : OWN_FILL);
		L.doc
			.moveTo(M.left, y + h)
			.lineTo(M.left + CONTENT_W, y + h)
			.lineWidth(kind === 'head' ? 0.8 : 0.3)
			.stroke(RULE);
		L.doc.endMarkedContent();
		let x = M.left;
		cells.forEach((c, i) => {
			const col = b.columns[i]!;
			const draw = () =>
				L.doc
					.font(kind === 'head' || c.bold ? FONT_BOLD : FONT_REGULAR)
					.fontSize(size)
					.fillColor(INK)
					.text(c.text, x + pad, y + pad, {
						width: widths[i]! - 2 * pad,
						align: col.align,
						lineGap: size * 0.25
					});
			if (!row) {
				// A header repeated on a new page: its cells are already in the structure tree.
				L.doc.markContent('Artifact', { type: 'Pagination' });
				draw();
				L.doc.endMarkedContent();
			} else {
				const type = kind === 'head' || i === 0 ? 'TH' : 'TD';
				const scope = kind === 'head' ? 'Column' : 'Row';
				row.add(L.doc.struct(type, type === 'TH' ? { scope } : {}, () => draw()));
			}
			x += widths[i]!;
		});
		L.y = y + h;
		L.fresh = false;
	};
	const headRow = L.doc.struct('TR');
	table.add(headRow);
	drawRow(header, headH, 'head', headRow, false);
	headRow.end();
	b.rows.forEach((cells, r) => {
		const h = rowHeight(cells, false);
		if (L.y + h > BOTTOM) {
			L.newPage();
			drawRow(header, headH, 'head', null, false);
		}
		const tr = L.doc.struct('TR');
		table.add(tr);
		drawRow(cells, h, 'body', tr, r === b.highlight);
		tr.end();
	});
	table.end();
	L.y += 10;
}
