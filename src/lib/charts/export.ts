/**
 * Downloads of a chart or table: CSV and Excel (the table equivalent), SVG and PNG (the chart as drawn).
 *
 * CSV is the spreadsheet form of `format/csv.ts` — what German Excel opens right with a double click
 * (`;`, decimal comma, UTF-8 with BOM, CRLF), unrounded numbers, and text that could start a formula
 * neutralised with `'` (OWASP "CSV injection"). The Excel download is the same table as a workbook
 * (`table-file.ts`), written in the import worker.
 *
 * Every download names the Datenstand it rests on (`datenstand/labels.ts`): a last CSV column with the
 * same text on every row (so each row stands alone, like the overview's context columns, and a
 * spreadsheet filter keeps it), and a line under an SVG/PNG (`image-frame.ts`).
 */
import { spreadsheetCsv, type CsvValue } from '../format/csv.ts';

export type { CsvValue };

/** A column with one text on every row: the Datenstand of a download. */
export interface CsvStamp {
	label: string;
	value: string;
}

let stampProvider: () => Promise<CsvStamp | undefined> = async () => undefined;

/**
 * Who says which Datenstand the downloads rest on: the app registers it once (routes/+layout.svelte),
 * so charts neither import the app nor know about rings.
 */
export function setDownloadStamp(provider: () => Promise<CsvStamp | undefined>): void {
	stampProvider = provider;
}

/** The stamp for a download made now (none when it cannot be known, e.g. no Web Crypto). */
export function downloadStamp(): Promise<CsvStamp | undefined> {
	return stampProvider().catch(() => undefined);
}

/** The header and rows, with the stamp as a last column when given. */
export function stampedRows(
	header: readonly string[],
	rows: readonly (readonly CsvValue[])[],
	stamp?: CsvStamp
): CsvValue[][] {
	return stamp
		? [[...header, stamp.label], ...rows.map((r) => [...r, stamp.value])]
		: [[...header], ...rows.map((r) => [...r])];
}

/** A table as the spreadsheet CSV of the interface's language (German: `;`, decimal comma). */
export function toCsv(
	header: readonly string[],
	rows: readonly (readonly CsvValue[])[],
	stamp?: CsvStamp
): string {
	return spreadsheetCsv(stampedRows(header, rows, stamp));
}

/** A file name from parts: lower case ASCII, digits and `-` only (never an authority name). */
export function fileName(parts: readonly (string | number)[], extension: string): string {
	const stem = parts
		.map((p) =>
			String(p)
				.toLowerCase()
				.normalize('NFKD')
				.replace(/[\u0300-\u036f]/g, '')
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-|-$/g, '')
		)
		.filter(Boolean)
		.join('-');
	return `${stem || 'diagramm'}.${extension}`;
}
