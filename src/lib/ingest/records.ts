/**
 * A source of records for detection and the row pass: a text table (tokenized on demand) or the rows
 * of a worksheet. Both give `RawRecord`s with the line (row) number of the original file, so every
 * later step — header search, row checks, problems — is the same code for CSV and XLSX.
 */
import {
	PROGRESS_EVERY,
	tokenize,
	tokenizeEnd,
	type RawRecord,
	type TokenizeEnd,
	type TokenizeOptions
} from './csv-tokenizer.ts';
import type { XlsxRow } from './xlsx.ts';

export type RecordStream = (
	onRecord: (record: RawRecord) => boolean | void,
	options?: TokenizeOptions
) => TokenizeEnd;

export function textRecords(text: string, separator: string, quotes: boolean): RecordStream {
	return (onRecord, options = {}) => tokenize(text, separator, onRecord, { ...options, quotes });
}

export function xlsxRecords(rows: XlsxRow[]): RecordStream {
	// Excel leaves trailing empty cells out of a row; every row is as wide as the widest, so that a
	// row with empty cells at the end is not reported as short.
	let width = 0;
	for (const row of rows) width = Math.max(width, row.cells[row.cells.length - 1]?.column ?? 0);
	return (onRecord, options = {}) => {
		const maxRecords = options.maxRecords ?? Infinity;
		const maxFields = options.maxFields ?? 10_000;
		const end = tokenizeEnd();
		for (let i = 0; i < rows.length; i++) {
			const row = rows[i];
			if (row === undefined) continue;
			const last = width;
			const kept = Math.min(last, maxFields);
			const fields = new Array<string>(kept).fill('');
			let numbers: (number | undefined)[] | undefined;
			for (const cell of row.cells) {
				if (cell.column > kept) break;
				fields[cell.column - 1] = cell.text;
				if (cell.number !== undefined) {
					numbers ??= new Array<number | undefined>(kept).fill(undefined);
					numbers[cell.column - 1] = cell.number;
				}
			}
			const record: RawRecord = {
				fields,
				line: row.row,
				fieldLines: null,
				fieldCount: last,
				strayQuoteColumn: 0,
				...(numbers ? { numbers } : {})
			};
			end.records++;
			if (options.onProgress && end.records % PROGRESS_EVERY === 0) options.onProgress(i, rows.length);
			if (onRecord(record) === false || end.records >= maxRecords) break;
		}
		return end;
	};
}
