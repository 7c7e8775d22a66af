/**
 * The row pass's fast lane: an ordinary data record of a text file, read straight from the file's
 * character codes without a string per field.
 *
 * Ordinary means: on one line, no quoted field, exactly as many fields as the header, not a sum row,
 * authority and period valid (and without a warning), a known count, numbers like `1234`,
 * `1.234.567` or `1.234,56`, and no cell that repeats a key or fails its kind's checks. Such a record
 * yields no problem, so reading it here or in the general path (rows.ts `onRecord`) stores the same
 * values. Anything else — a problem, a warning, any doubt — is declined (-1, nothing changed) and
 * the general path reads that record and reports what it finds. Declining is always safe; accepting
 * is only allowed where the general path would say nothing.
 *
 * Why: in a 10 MB export the general path's field strings, record objects and per-cell checks were
 * most of the import (the benchmark's import targets in the README). Equality with the general path
 * is tested by reading the same files with and without the lane (tests/unit/fast-rows.test.ts).
 */
import { QUICK, quickCodes } from './numbers.ts';
import type { CountSpec } from './types.ts';
import type { ValueCollector } from './values.ts';

export interface FastLaneInput {
	text: string;
	/** `charCodes(text, …)`: what the lane reads; `text` is sliced only for keys it has not seen. */
	chars: CharCodes;
	separator: string;
	quotes: boolean;
	/** Fields of a record: the header's. */
	width: number;
	/** 1-based key columns (both present: files with default keys take the general path). */
	authorityCol: number;
	periodCol: number;
	/** Long layout: count-id and value columns; 0 in the wide layout. */
	countIdCol: number;
	valueCol: number;
	/** Wide layout: the count columns. */
	wide: readonly { column: number; spec: CountSpec }[];
	collector: ValueCollector;
	/** The general path's own checks, so both judge keys alike: the key, or null for any problem. */
	authority(raw: string): string | null;
	period(raw: string): number | null;
	count(raw: string): CountSpec | null;
	/** Whether a record whose first non-empty field is this one is a sum row. */
	sumRow(field: string): boolean;
}

export interface FastLane {
	/** Read the record starting at `start` on `line`: the offset after it, or -1 (declined). */
	read(start: number, line: number): number;
	/** The line after the last record read. */
	line: number;
}

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Characters `String.prototype.trim` removes, beyond ASCII (there every code ≤ 32 is declined). */
function isUnicodeSpace(c: number): boolean {
	return (
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

export interface CharCodes {
	codes: Uint8Array;
	/** Each byte is its character (the file's bytes); false for a copy, where 0x80 is any non-ASCII. */
	exact: boolean;
}

/**
 * One byte per character of `text`, every non-ASCII character a byte ≥ 0x80: the lane reads these
 * instead of the string, because a typed-array read costs a fraction of `charCodeAt` (at 10 MB the
 * difference was most of the row pass). `body` is the file's bytes after the BOM: when there are as
 * many bytes as characters, each byte is its character (ASCII UTF-8, windows-1252 — a decoder never
 * makes more characters than bytes, so equal counts mean one byte each), and they are used as they
 * are; otherwise (umlauts in UTF-8, UTF-16) a copy is made.
 */
export function charCodes(text: string, body: Uint8Array): CharCodes {
	if (body.length === text.length) return { codes: body, exact: true };
	const codes = new Uint8Array(text.length);
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		codes[i] = c < 0x80 ? c : 0x80;
	}
	return { codes, exact: false };
}

/** The lane, or null when the file's shape has none (then every record takes the general path). */
export function createFastLane(input: FastLaneInput): FastLane | null {
	const { text, width, authorityCol, periodCol, countIdCol, valueCol, collector } = input;
	const { codes, exact } = input.chars;
	if (authorityCol === 0 || periodCol === 0 || width < 2 || codes.length !== text.length) return null;
	const sep = input.separator.charCodeAt(0);
	if (input.separator.length !== 1 || sep >= 0x80) return null;
	const long = countIdCol > 0;
	if (long && valueCol === 0) return null;
	// Two columns of one count in a wide file: the second cell of a record repeats the first's key,
	// which only the general path reports.
	if (!long && new Set(input.wide.map((w) => w.spec)).size !== input.wide.length) return null;
	const cellColumns = long ? [valueCol] : input.wide.map((w) => w.column);
	const cells = cellColumns.length;
	const cellSpec: (CountSpec | null)[] = long ? [null] : input.wide.map((w) => w.spec);
	const cellValue = new Float64Array(cells);
	/** 0: empty cell (nothing stored), 1: plain number, 2: German number (marks the convention). */
	const cellKind = new Uint8Array(cells);

	const n = codes.length;
	const quote = input.quotes ? QUOTE : -1;
	const starts = new Int32Array(width);
	const ends = new Int32Array(width);

	// The keys of the last record, as where they stand in the text: consecutive records mostly repeat
	// them, so a field is compared in place and sliced only when it differs.
	let authorityAt = 0;
	let authorityLength = -1;
	let authority = '';
	let periodAt = 0;
	let periodLength = -1;
	let period = 0;
	// Count ids in the order a long file repeats them: the next one is guessed first.
	const counts: { at: number; length: number; spec: CountSpec }[] = [];
	const countAt = new Map<string, number>();
	let lastCount = -1;

	/** Whether the field text[from…to) equals the one at `at` with `length` characters. */
	const same = (at: number, length: number, from: number, to: number): boolean => {
		if (to - from !== length) return false;
		for (let k = 0; k < length; k++) {
			const c = codes[from + k]!;
			if (c !== codes[at + k]) return false;
			// In a copy every non-ASCII character is 0x80: those are compared in the text.
			if (c >= 0x80 && !exact && text.charCodeAt(from + k) !== text.charCodeAt(at + k)) return false;
		}
		return true;
	};

	const countOf = (from: number, to: number): CountSpec | null => {
		const guess = counts[lastCount + 1] ?? counts[0];
		if (guess !== undefined && same(guess.at, guess.length, from, to)) {
			lastCount = lastCount + 1 < counts.length ? lastCount + 1 : 0;
			return guess.spec;
		}
		const raw = text.slice(from, to);
		let at = countAt.get(raw);
		if (at === undefined) {
			if (raw.trim() === '') return null;
			const spec = input.count(raw);
			if (spec === null) return null;
			at = counts.push({ at: from, length: to - from, spec }) - 1;
			countAt.set(raw, at);
		}
		lastCount = at;
		return counts[at]!.spec;
	};

	const lane: FastLane = {
		line: 0,
		read(start: number, line: number): number {
			// Field boundaries.
			let i = start;
			let f = 0;
			for (;;) {
				if (f === width || codes[i] === quote) return -1;
				starts[f] = i;
				let c = 0;
				while (i < n) {
					c = codes[i]!;
					if (c === sep || c === LF || c === CR) break;
					i++;
				}
				ends[f++] = i;
				if (i >= n || c !== sep) break;
				i++;
				// A separator at the very end of the text: the tokenizer adds an empty field.
				if (i >= n) return -1;
			}
			if (f !== width) return -1;

			// A sum row is dropped with a warning; the first non-empty field decides (as isSumRow).
			for (let k = 0; k < width; k++) {
				const s = starts[k]!;
				if (s === ends[k]) continue;
				const c = codes[s]!;
				if (c <= 32 || (c >= 0x80 && isUnicodeSpace(text.charCodeAt(s)))) return -1;
				const lower = c | 0x20;
				if (
					(lower === 0x73 || lower === 0x67 || lower === 0x69 || lower === 0x74) &&
					input.sumRow(text.slice(s, ends[k]))
				)
					return -1;
				break;
			}

			// Keys.
			let from = starts[authorityCol - 1]!;
			let to = ends[authorityCol - 1]!;
			if (!same(authorityAt, authorityLength, from, to)) {
				const read = input.authority(text.slice(from, to));
				if (read === null) return -1;
				authorityAt = from;
				authorityLength = to - from;
				authority = read;
			}
			from = starts[periodCol - 1]!;
			to = ends[periodCol - 1]!;
			if (!same(periodAt, periodLength, from, to)) {
				const read = input.period(text.slice(from, to));
				if (read === null) return -1;
				periodAt = from;
				periodLength = to - from;
				period = read;
			}
			if (long) {
				const spec = countOf(starts[countIdCol - 1]!, ends[countIdCol - 1]!);
				if (spec === null) return -1;
				cellSpec[0] = spec;
			}

			// Cells: all checked before any is stored, so that declining leaves nothing behind; a single
			// cell (the long layout) is checked and stored in one step.
			if (cells === 1) {
				const column = cellColumns[0]!;
				from = starts[column - 1]!;
				to = ends[column - 1]!;
				if (from !== to) {
					if (!quickCodes(codes, from, to)) return -1;
					const de = QUICK.kind === 'de';
					const value = QUICK.value;
					if (!collector.addClean(authority, period, cellSpec[0]!, de, value, line, column, text, from, to))
						return -1;
				}
				return lineEnd(i, line);
			}
			for (let k = 0; k < cells; k++) {
				const column = cellColumns[k]!;
				from = starts[column - 1]!;
				to = ends[column - 1]!;
				if (from === to) {
					cellKind[k] = 0;
					continue;
				}
				if (!quickCodes(codes, from, to)) return -1;
				const de = QUICK.kind === 'de';
				if (!collector.isClean(authority, period, cellSpec[k]!, de, QUICK.value)) return -1;
				cellKind[k] = de ? 2 : 1;
				cellValue[k] = QUICK.value;
			}
			for (let k = 0; k < cells; k++) {
				const kind = cellKind[k]!;
				if (kind === 0) continue;
				const column = cellColumns[k]!;
				collector.addClean(
					authority,
					period,
					cellSpec[k]!,
					kind === 2,
					cellValue[k]!,
					line,
					column,
					text,
					starts[column - 1]!,
					ends[column - 1]!,
					true
				);
			}

			return lineEnd(i, line);
		}
	};

	/** After a record's last field at `i`: LF, CRLF or a lone CR (as the tokenizer); the end of the text ends the last line. */
	const lineEnd = (i: number, line: number): number => {
		if (i >= n) {
			lane.line = line;
			return n;
		}
		const c = codes[i++]!;
		if (c === CR && codes[i] === LF) i++;
		lane.line = line + 1;
		return i;
	};
	return lane;
}
