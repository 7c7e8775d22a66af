/**
 * One table, two files: the spreadsheet CSV (`format/csv.ts`) and the Excel workbook, from the same
 * header and rows, so both carry the same columns, the same unrounded numbers and the same Datenstand.
 *
 * The workbook has the table on its first sheet (header bold, frozen, with a filter; each number shown
 * with the decimals the page shows, stored unrounded) and a second sheet „Info“ that says what the
 * table is: title, own authority, period, peer group, Datenstand and the date of the download. Only
 * the sheets' data is built here; the bytes are written in the import worker (`xlsxInWorker`), so the
 * XLSX writer is no part of the page's JS.
 */
import { spreadsheetCsv, type CsvValue } from '../format/csv.ts';
import type { XlsxSheet, XlsxValue } from '../zip/xlsx-write.ts';
import { stampedRows, type CsvStamp } from './export.ts';

export interface DownloadTable {
	/** The table's title: first line of the info sheet, name of the data sheet (shortened). */
	title: string;
	header: readonly string[];
	rows: readonly (readonly CsvValue[])[];
	/** Decimals Excel shows for a number in (row, column); undefined: Excel's standard. */
	decimals?: (row: number, column: number) => number | undefined;
	/** What the info sheet says besides the title (label, value), e.g. own authority, period, group. */
	about?: readonly (readonly [string, string])[];
}

export function tableCsv(table: DownloadTable, stamp?: CsvStamp): string {
	return spreadsheetCsv(stampedRows(table.header, table.rows, stamp));
}

/** A column's width in characters: its longest cell, within bounds. */
function widths(rows: readonly (readonly CsvValue[])[]): number[] {
	const out: number[] = [];
	for (const row of rows)
		row.forEach((v, c) => {
			const length = v === null || v === undefined ? 0 : typeof v === 'number' ? 12 : v.length;
			out[c] = Math.max(out[c] ?? 8, Math.min(60, length + 2));
		});
	return out;
}

/**
 * The workbook's sheets. `labels` words the info sheet (sheet name, the title's label, the stamp's
 * label is the stamp's own); `created` is the download's day, a date cell (`YYYY-MM-DD`).
 */
export function tableSheets(
	table: DownloadTable,
	labels: { info: string; title: string; created: string },
	created: string,
	stamp?: CsvStamp
): XlsxSheet[] {
	const all = stampedRows(table.header, table.rows, stamp);
	const rows: XlsxValue[][] = all.map((row, r) =>
		row.map((v, c): XlsxValue => {
			if (v === undefined || v === null) return null;
			if (typeof v !== 'number' || r === 0) return v;
			const decimals = table.decimals?.(r - 1, c);
			return decimals === undefined ? v : { value: v, decimals };
		})
	);
	const about: XlsxValue[][] = [
		[labels.title, table.title],
		...(table.about ?? []).map(([k, v]) => [k, v]),
		...(stamp ? [[stamp.label, stamp.value]] : []),
		[labels.created, { date: created }]
	];
	return [
		{ name: table.title, rows, widths: widths(all), headerRows: 1, filter: true },
		{ name: labels.info, rows: about, widths: [24, 90], headerRows: 0 }
	];
}
