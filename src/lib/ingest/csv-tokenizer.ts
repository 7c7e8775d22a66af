/**
 * A CSV tokenizer that knows where every field came from.
 *
 * Why our own instead of papaparse: every value keeps its provenance (line and column of the
 * ORIGINAL file), and a quoted field with line breaks makes one record span several lines — papaparse
 * reports neither. This is a single linear pass over the string (no regex, no backtracking), so any
 * input ends in time proportional to its size.
 *
 * Rules (RFC 4180, lenient): fields separated by `sep`; a field starting with `"` is quoted, `""` inside
 * is a quote, separators and line breaks inside are data; text after the closing quote up to the next
 * separator is appended (and flagged). Line ends: LF, CRLF, or a lone CR. A quote inside an unquoted
 * field is data.
 *
 * Guards: at most `maxFields` fields are kept per record (the rest are counted, not stored), so a line
 * with millions of separators cannot exhaust memory.
 */

export interface RawRecord {
	fields: string[];
	/** Line where the record starts. */
	line: number;
	/** Line where each field starts, or null when the record lies on one line. */
	fieldLines: number[] | null;
	/** Number of fields in the record, including those beyond `maxFields` that were not kept. */
	fieldCount: number;
	/** 1-based column of a field with text after its closing quote (`"ab"c`), or 0. */
	strayQuoteColumn: number;
	/** Typed numbers of the fields (XLSX number cells), aligned with `fields`; absent for text files. */
	numbers?: (number | undefined)[];
}

export interface TokenizeOptions {
	maxFields?: number;
	/** Stop after this many records (for detection on a sample). */
	maxRecords?: number;
	/** `false`: `"` is ordinary data (files written without quoting). Default true. */
	quotes?: boolean;
	/**
	 * Hand the same record object (and fields array) to every call, refilled: for the full pass over a
	 * big file, where two allocations per record are a noticeable share of the time. The handler must
	 * copy what it keeps.
	 */
	reuse?: boolean;
	/** Called every `PROGRESS_EVERY` records with the character offset reached (for a progress bar). */
	onProgress?: (offset: number, total: number) => void;
}

/** Records between two `onProgress` calls. */
export const PROGRESS_EVERY = 65_536;

export interface TokenizeEnd {
	records: number;
	/** Line where a quoted field started that was never closed, or 0. */
	unterminatedQuoteLine: number;
	/** Column of that field, or 0. */
	unterminatedQuoteColumn: number;
}

/** A fresh end report: nothing read yet. */
export function tokenizeEnd(): TokenizeEnd {
	return { records: 0, unterminatedQuoteLine: 0, unterminatedQuoteColumn: 0 };
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Count line breaks in a piece of text (CRLF counts once). */
export function countLineBreaks(text: string): number {
	let n = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === LF) n++;
		else if (c === CR) {
			n++;
			if (text.charCodeAt(i + 1) === LF) i++;
		}
	}
	return n;
}

/**
 * Call `onRecord` for each record of `text`. Return `false` from the handler to stop.
 * The `RawRecord` object passed is fresh for every record and may be kept.
 */
export function tokenize(
	text: string,
	sep: string,
	onRecord: (record: RawRecord) => boolean | void,
	options: TokenizeOptions = {}
): TokenizeEnd {
	const maxFields = options.maxFields ?? 10_000;
	const maxRecords = options.maxRecords ?? Infinity;
	const quoteCode = options.quotes === false ? -1 : QUOTE;
	const onProgress = options.onProgress;
	const shared: RawRecord | null = options.reuse
		? { fields: [], line: 1, fieldLines: null, fieldCount: 0, strayQuoteColumn: 0 }
		: null;
	const sepCode = sep.charCodeAt(0);
	const n = text.length;
	let i = 0;
	let line = 1;
	let records = 0;
	const end = tokenizeEnd();

	while (i < n) {
		let record: RawRecord;
		if (shared) {
			record = shared;
			record.fields.length = 0;
			record.line = line;
			record.fieldLines = null;
			record.fieldCount = 0;
			record.strayQuoteColumn = 0;
		} else record = { fields: [], line, fieldLines: null, fieldCount: 0, strayQuoteColumn: 0 };
		let fieldLines: number[] | null = null;
		for (;;) {
			const fieldLine = line;
			let value: string;
			if (text.charCodeAt(i) === quoteCode) {
				let start = i + 1;
				let parts = '';
				let closed = false;
				for (;;) {
					const close = text.indexOf('"', start);
					if (close === -1) {
						const rest = text.slice(start);
						line += countLineBreaks(rest);
						parts += rest;
						i = n;
						break;
					}
					const chunk = text.slice(start, close);
					if (chunk.length > 0) {
						const breaks = countLineBreaks(chunk);
						line += breaks;
					}
					if (text.charCodeAt(close + 1) === QUOTE) {
						parts += chunk + '"';
						start = close + 2;
						continue;
					}
					parts += chunk;
					i = close + 1;
					closed = true;
					break;
				}
				if (!closed) {
					end.unterminatedQuoteLine = fieldLine;
					end.unterminatedQuoteColumn = record.fieldCount + 1;
				}
				// Stray text after the closing quote, up to the next separator or line end.
				let j = i;
				while (j < n) {
					const c = text.charCodeAt(j);
					if (c === sepCode || c === LF || c === CR) break;
					j++;
				}
				if (j > i) {
					parts += text.slice(i, j);
					if (record.strayQuoteColumn === 0) record.strayQuoteColumn = record.fieldCount + 1;
					i = j;
				}
				value = parts;
			} else {
				let j = i;
				while (j < n) {
					const c = text.charCodeAt(j);
					if (c === sepCode || c === LF || c === CR) break;
					j++;
				}
				value = text.slice(i, j);
				i = j;
			}
			record.fieldCount++;
			if (record.fields.length < maxFields) {
				record.fields.push(value);
				if (fieldLine !== record.line && fieldLines === null) {
					fieldLines = record.fields.map(() => record.line);
					fieldLines[fieldLines.length - 1] = fieldLine;
				} else if (fieldLines !== null) fieldLines.push(fieldLine);
			}
			if (i >= n) break;
			const c = text.charCodeAt(i);
			if (c === sepCode) {
				i++;
				if (i >= n) {
					// A separator at the very end: one more, empty field.
					record.fieldCount++;
					if (record.fields.length < maxFields) {
						record.fields.push('');
						if (fieldLines !== null) fieldLines.push(line);
					}
					break;
				}
				continue;
			}
			// Line end.
			i++;
			if (c === CR && text.charCodeAt(i) === LF) i++;
			line++;
			break;
		}
		record.fieldLines = fieldLines;
		records++;
		if (onProgress !== undefined && records % PROGRESS_EVERY === 0) onProgress(i, n);
		if (onRecord(record) === false || records >= maxRecords) break;
	}
	end.records = records;
	return end;
}
