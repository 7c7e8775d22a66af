/**
 * The counts file this app writes (`counts/base_values.csv` in canonical form) read straight into
 * value columns, without the general reader's work for files of unknown shape; and its
 * `provenance.csv` put on them the same way (`readCanonicalProvenance`, at the end).
 *
 * Why: the general reader (`parseImportFile`) detects encoding, separator, header and number
 * convention, and builds strings and checks per cell — for any export a member sends. A ring package's
 * own counts file needs none of that, and at 5,000 × 10 (two million rows) the general reader was
 * three quarters of opening the package. This reader takes exactly the plain form — the header, one
 * row per line, no quotes, rows in canonical order (so no key twice) — and gives up (null) at the
 * first thing that is not, or that the general reader would report (an authority key that lost its
 * leading zero, a sum row, an unknown count, a period it would not read, a number it reads otherwise
 * or refuses): the general reader then reads the file and reports it with file, line and column. When
 * it does not give up, its columns are the general reader's, value for value and provenance for
 * provenance (tests/unit/canonical-counts.test.ts compares them).
 */
import { findCount, indexSpecs } from '../../ingest/headers.ts';
import { isIntegerKind } from '../../ingest/numbers.ts';
import { parsePeriod } from '../../ingest/periods.ts';
import { plainAuthorityCell } from '../../ingest/rows.ts';
import type { CountSpec } from '../../ingest/types.ts';
import { allocateValueColumns, dictionary, NO_FILE, type ValueColumns } from '../value-columns.ts';
import { BASE_VALUES_HEADER } from './csv.ts';
import { PROVENANCE_HEADER } from './values-csv.ts';

const HEADER = new TextEncoder().encode(`${BASE_VALUES_HEADER.join(',')}\n`);
/** Strict UTF-8 (an invalid key is not the plain form), a BOM kept as a character. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const COMMA = 44;
const NEWLINE = 10;
const QUOTE = 34;
const RETURN = 13;
const DOT = 46;
const ZERO = 48;
/** The value column, as the general reader numbers it (1-based). */
const VALUE_COLUMN = BASE_VALUES_HEADER.length;
/** Rows between two progress calls. */
const PROGRESS_ROWS = 65_536;

export interface CanonicalCountsOptions {
	/** The package's number convention (ring.json), as the general reader is given it. */
	numberFormat?: 'de' | 'en' | undefined;
	/** How far the reading is, 0…1. */
	onProgress?: (fraction: number) => void;
}

interface Count {
	/** Its bytes, to tell it from another count of the same hash. */
	bytes: Uint8Array;
	id: string;
	at: number;
	integer: boolean;
	/** Its place among the catalogue's ids in canonical (code-unit) order. */
	rank: number;
	/** The count that followed it last (in a canonical file mostly the one that follows it again). */
	next: Count | null;
}

/** The number the digits in `[from, to)` spell, or -1 when one of them is no digit. */
function digitsAt(bytes: Uint8Array, from: number, to: number): number {
	let n = 0;
	for (let k = from; k < to; k++) {
		const d = bytes[k]! - ZERO;
		if (d < 0 || d > 9 || k >= bytes.length) return -1;
		n = n * 10 + d;
	}
	return n;
}

/** Whether `bytes` holds `part` at `at`. */
function holds(bytes: Uint8Array, at: number, part: Uint8Array): boolean {
	if (at + part.length > bytes.length) return false;
	for (let k = 0; k < part.length; k++) if (bytes[at + k] !== part[k]) return false;
	return true;
}

/**
 * The number of a cell of digits with one point at `dot`, as the general reader reads it in a
 * comma-separated file for a decimal kind without a German convention: its English reading — plain
 * (`12.5`, numbers.ts `parseNumberCell` kind 'en') or ambiguous (`12.375`: a decimal point there,
 * values.ts `#dotDecimal`) — else null (no digit after the point, too long, too large).
 * (tests/unit/canonical-counts.test.ts holds it to parseNumberCell.)
 */
export function englishDecimal(bytes: Uint8Array, from: number, dot: number, to: number): number | null {
	if (to - dot === 1 || to - from > 64) return null;
	let text = '';
	for (let k = from; k < to; k++) text += String.fromCharCode(bytes[k]!);
	const value = Number(text);
	return Number.isFinite(value) && value <= Number.MAX_SAFE_INTEGER ? value : null;
}

/**
 * The columns of a canonical counts file, or null when the general reader must read it. Read from the
 * bytes, not a decoded text: every field but the authority key must be ASCII here (anything else is
 * not the plain form), and each authority key is decoded once, strictly as UTF-8.
 */
export function readCanonicalCounts(
	file: string,
	bytes: Uint8Array,
	specs: CountSpec[],
	options: CanonicalCountsOptions = {}
): ValueColumns | null {
	if (!holds(bytes, 0, HEADER) || bytes.includes(QUOTE) || bytes.includes(RETURN)) return null;
	const size = bytes.length;
	const end = bytes[size - 1] === NEWLINE ? size - 1 : size;
	// Rows: the line ends after the header's (a loop over the bytes: a call per line cost more).
	let rows = end > HEADER.length - 1 ? 1 : 0;
	for (let k = HEADER.length; k < end; k++) if (bytes[k] === NEWLINE) rows++;
	if (rows === 0) return null;

	const cols = allocateValueColumns(rows, { files: ['', file] });
	const index = indexSpecs(specs);
	const authorities = new Set<string>();
	/** Counts by a hash of their bytes (a list: two ids may share one). */
	const counts = new Map<number, Count[]>();
	const years = new Map<number, boolean>();
	const rankOf = new Map(
		specs
			.map((spec) => spec.id)
			.sort()
			.map((id, i) => [id, i])
	);
	cols.file.fill(1);
	cols.column.fill(VALUE_COLUMN);
	const fixed = options.numberFormat;
	const progress = options.onProgress;

	let authority = new Uint8Array(0);
	let authorityAt = -1;
	let lastPeriod = -1;
	let lastYear = -1;
	let lastCount: Count | null = null;
	/** The count that began the last period: the first guess for the next period's first row. */
	let firstCount: Count | null = null;
	let pos = HEADER.length;
	for (let row = 0; row < rows; row++) {
		if (progress && row % PROGRESS_ROWS === 0) progress(pos / size);
		// Authority: mostly the one of the row before (rows are sorted by it).
		let at = pos + authority.length;
		if (authorityAt < 0 || bytes[at] !== COMMA || !holds(bytes, pos, authority)) {
			at = bytes.indexOf(COMMA, pos);
			const newline = bytes.indexOf(NEWLINE, pos);
			if (at === -1 || (newline !== -1 && newline < at)) return null;
			let id: string;
			try {
				id = utf8.decode(bytes.subarray(pos, at));
			} catch {
				return null;
			}
			// A new authority: not seen before (the rows of one are together) and read without a remark.
			if (authorities.has(id) || !plainAuthorityCell(id)) return null;
			authorities.add(id);
			authorityAt = cols.authorities.length;
			cols.authorities.push(id);
			authority = bytes.slice(pos, at);
			lastPeriod = -1;
		}
		// Period: four digits the general reader reads as that year.
		const p = at + 5;
		const period = digitsAt(bytes, at + 1, p);
		if (period < 0 || bytes[p] !== COMMA) return null;
		if (period !== lastYear) {
			let year = years.get(period);
			if (year === undefined) {
				const parsed = parsePeriod(String(period).padStart(4, '0'));
				years.set(period, (year = parsed.ok && parsed.year === period));
			}
			if (!year) return null;
			lastYear = period;
		}
		// Count: its id exactly, as the general reader finds it; after the row before in canonical order.
		// First the guess (what followed the row before's count last time), then by a hash of its bytes.
		const c = p + 1;
		const samePeriod = period === lastPeriod;
		const guess: Count | null = samePeriod ? lastCount!.next : firstCount;
		let count: Count | null = null;
		let q: number;
		if (guess && bytes[c + guess.bytes.length] === COMMA && holds(bytes, c, guess.bytes)) {
			count = guess;
			q = c + guess.bytes.length;
		} else {
			let hash = 0x811c9dc5;
			for (q = c; q < size && bytes[q] !== COMMA; q++) {
				const b = bytes[q]!;
				if (b === NEWLINE || b > 127) return null;
				hash = Math.imul(hash ^ b, 0x01000193);
			}
			if (q === size) return null;
			const same = counts.get(hash);
			if (same) for (const k of same) if (k.bytes.length === q - c && holds(bytes, c, k.bytes)) count = k;
			if (!count) {
				const id = String.fromCharCode(...bytes.subarray(c, q));
				const spec = findCount(id, index)?.spec;
				if (!spec || spec.id !== id) return null;
				count = {
					bytes: bytes.slice(c, q),
					id,
					at: cols.counts.length,
					integer: isIntegerKind(spec.kind),
					rank: rankOf.get(id)!,
					next: null
				};
				cols.counts.push(id);
				if (same) same.push(count);
				else counts.set(hash, [count]);
			}
			if (samePeriod) lastCount!.next = count;
			else firstCount = count;
		}
		if (count === null) return null; // (found or returned above)
		if (period < lastPeriod || (samePeriod && count.rank <= lastCount!.rank)) return null;
		lastPeriod = period;
		lastCount = count;
		// Value: up to 15 digits, or a decimal the general reader reads in the English convention.
		const v = q + 1;
		let next = v;
		let value = 0;
		let dot = -1;
		for (; next < size; next++) {
			const b = bytes[next]!;
			if (b === NEWLINE) break;
			if (b >= ZERO && b <= ZERO + 9) value = value * 10 + (b - ZERO);
			else if (b === DOT && dot === -1) dot = next;
			else return null;
		}
		if (next === v) return null;
		if (dot !== -1) {
			if (fixed === 'de' || count.integer) return null;
			const decimal = englishDecimal(bytes, v, dot, next);
			if (decimal === null) return null;
			value = decimal;
		} else if (next - v > 15) return null;
		cols.authority[row] = authorityAt;
		cols.period[row] = period;
		cols.count[row] = count.at;
		cols.value[row] = value;
		cols.line[row] = row + 2;
		pos = next + 1;
	}
	progress?.(1);
	return cols;
}

const PROVENANCE_HEADER_BYTES = new TextEncoder().encode(`${PROVENANCE_HEADER.join(',')}\n`);

/** A positive number of 1–9 digits without a leading zero in `[from, to)`, or -1. */
function positiveAt(bytes: Uint8Array, from: number, to: number): number {
	return to - from < 1 || to - from > 9 || bytes[from] === ZERO ? -1 : digitsAt(bytes, from, to);
}

/**
 * `provenance.csv` as this app writes it, put on `values` — every one of them read from the package's
 * own counts file (`canonical`) in canonical order, as `readCanonicalCounts` gives them: each row names
 * a value, in the values' own order (so it is found by walking them, and no value twice), with a file
 * and a line and column. The values with their origins, or null — anything else (a value a row does
 * not name, a quoted field, a hand edit) is left to the general reader of `open.ts`, which reports it.
 * Why: a ring built from the members' files has an origin for every value, and this file was then as
 * long as the counts file again (at 550 × 10 the general reader more than doubled the read).
 */
export function readCanonicalProvenance(
	values: ValueColumns,
	bytes: Uint8Array,
	canonical: string
): ValueColumns | null {
	const n = values.value.length;
	const canonicalIndex = values.files.indexOf(canonical, NO_FILE + 1);
	if (canonicalIndex <= 0 || !values.file.every((f) => f === canonicalIndex)) return null;
	if (!holds(bytes, 0, PROVENANCE_HEADER_BYTES) || bytes.includes(QUOTE) || bytes.includes(RETURN))
		return null;
	const out: ValueColumns = {
		...values,
		files: [...values.files],
		file: new Uint32Array(n),
		line: new Uint32Array(n),
		column: new Uint32Array(n)
	};
	const fileOf = dictionary(out.files);
	/** File names by a hash of their bytes (a list: two names may share one). */
	const names = new Map<number, { bytes: Uint8Array; at: number }[]>();
	const size = bytes.length;
	let pos = PROVENANCE_HEADER_BYTES.length;
	let row = 0;
	let authority = '';
	let authorityBytes = new Uint8Array(0);
	while (pos < size) {
		// Authority: the row before's, or the next one of the values.
		let at = pos + authorityBytes.length;
		if (bytes[at] !== COMMA || !holds(bytes, pos, authorityBytes)) {
			at = bytes.indexOf(COMMA, pos);
			if (at === -1) return null;
			try {
				authority = utf8.decode(bytes.subarray(pos, at));
			} catch {
				return null;
			}
			authorityBytes = bytes.slice(pos, at);
		}
		const p = at + 5;
		const period = digitsAt(bytes, at + 1, p);
		if (period < 0 || bytes[p] !== COMMA || bytes[at + 1] === ZERO) return null;
		const c = p + 1;
		const countEnd = bytes.indexOf(COMMA, c);
		if (countEnd === -1) return null;
		// The value this row names: the next of the values with this key (rows and values share one order).
		while (
			row < n &&
			!(
				values.period[row] === period &&
				values.authorities[values.authority[row]!] === authority &&
				countEquals(bytes, c, countEnd, values.counts[values.count[row]!]!)
			)
		)
			row++;
		if (row === n) return null;
		const fileEnd = bytes.indexOf(COMMA, countEnd + 1);
		if (fileEnd === -1 || fileEnd === countEnd + 1) return null;
		const lineEnd = bytes.indexOf(COMMA, fileEnd + 1);
		if (lineEnd === -1) return null;
		let next = bytes.indexOf(NEWLINE, lineEnd + 1);
		if (next === -1) next = size;
		const line = positiveAt(bytes, fileEnd + 1, lineEnd);
		const column = positiveAt(bytes, lineEnd + 1, next);
		if (line < 0 || column < 0) return null;
		let hash = 0x811c9dc5;
		for (let k = countEnd + 1; k < fileEnd; k++) hash = Math.imul(hash ^ bytes[k]!, 0x01000193);
		let file = -1;
		const same = names.get(hash);
		if (same)
			for (const f of same)
				if (f.bytes.length === fileEnd - countEnd - 1 && holds(bytes, countEnd + 1, f.bytes)) file = f.at;
		if (file < 0) {
			let name: string;
			try {
				name = utf8.decode(bytes.subarray(countEnd + 1, fileEnd));
			} catch {
				return null;
			}
			file = fileOf(name);
			const entry = { bytes: bytes.slice(countEnd + 1, fileEnd), at: file };
			if (same) same.push(entry);
			else names.set(hash, [entry]);
		}
		out.file[row] = file;
		out.line[row] = line;
		out.column[row] = column;
		row++;
		pos = next + 1;
	}
	return out;
}

/** Whether the bytes `[from, to)` spell `id` (an ASCII count id). */
function countEquals(bytes: Uint8Array, from: number, to: number, id: string): boolean {
	if (to - from !== id.length) return false;
	for (let k = 0; k < id.length; k++) if (bytes[from + k] !== id.charCodeAt(k)) return false;
	return true;
}
