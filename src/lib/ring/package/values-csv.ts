/**
 * The canonical files of base values (docs/ring-format.md), written from the ring's value columns:
 * `counts/base_values.csv` — also the values file of every Datenstand, whose SHA-256 is the
 * Datenstand's hash — and `provenance.csv`. Rows in canonical order (value-keys.ts), numbers in the
 * shortest round-trip plain decimal.
 *
 * Why straight to UTF-8 bytes: a ring of 5,000 × 10 has two million rows, and a string per row
 * joined into one text and encoded took the page 600 MB of garbage and three seconds — the page
 * hashes the current values to tell whether they changed since the last Datenstand. Every id is
 * quoted and encoded once (its dictionary entry); a row's digits are written byte by byte.
 */
import { toPlainDecimal } from '../../format/plain.ts';
import { NO_FILE, type ValueColumns } from '../value-columns.ts';
import { canonicalOrder } from '../value-keys.ts';
import { BASE_VALUES_HEADER, csvField, csvLine } from './csv.ts';

export const PROVENANCE_HEADER = ['authority_id', 'period', 'count_id', 'file', 'line', 'column'] as const;

const utf8 = new TextEncoder();
const COMMA = 44;
const NEWLINE = 10;

/** A growing byte buffer with the writes the two files need. */
class Bytes {
	#buffer: Uint8Array<ArrayBuffer>;
	#at = 0;
	constructor(size: number) {
		this.#buffer = new Uint8Array(Math.max(1024, size));
	}
	#room(n: number): void {
		if (this.#at + n <= this.#buffer.length) return;
		const grown = new Uint8Array(Math.max(2 * this.#buffer.length, this.#at + n));
		grown.set(this.#buffer.subarray(0, this.#at));
		this.#buffer = grown;
	}
	bytes(b: Uint8Array): void {
		this.#room(b.length);
		this.#buffer.set(b, this.#at);
		this.#at += b.length;
	}
	/** A text of ASCII characters only (digits, sign, point). */
	ascii(s: string): void {
		this.#room(s.length);
		for (let k = 0; k < s.length; k++) this.#buffer[this.#at++] = s.charCodeAt(k);
	}
	byte(b: number): void {
		this.#room(1);
		this.#buffer[this.#at++] = b;
	}
	done(): Uint8Array<ArrayBuffer> {
		return this.#buffer.slice(0, this.#at);
	}
}

/** Each dictionary entry as the CSV field it is written as, in UTF-8. */
const fields = (list: readonly string[]) => list.map((s) => utf8.encode(csvField(s)));

/** `counts/base_values.csv` as UTF-8 bytes. */
export function baseValuesBytes(values: ValueColumns): Uint8Array<ArrayBuffer> {
	const authority = fields(values.authorities);
	const count = fields(values.counts);
	const out = new Bytes(64 + 40 * values.value.length);
	out.ascii(csvLine(BASE_VALUES_HEADER));
	for (const i of canonicalOrder(values)) {
		out.bytes(authority[values.authority[i]!]!);
		out.byte(COMMA);
		out.ascii(String(values.period[i]));
		out.byte(COMMA);
		out.bytes(count[values.count[i]!]!);
		out.byte(COMMA);
		out.ascii(toPlainDecimal(values.value[i]));
		out.byte(NEWLINE);
	}
	return out.done();
}

/** `counts/base_values.csv` as text (a Datenstand keeps it so). */
export function baseValuesCsv(values: ValueColumns): string {
	return new TextDecoder().decode(baseValuesBytes(values));
}

/** `provenance.csv` as UTF-8 bytes: only values with a recorded origin get a row, the header always. */
export function provenanceBytes(values: ValueColumns): Uint8Array<ArrayBuffer> {
	const authority = fields(values.authorities);
	const count = fields(values.counts);
	const file = fields(values.files);
	const out = new Bytes(64 + 60 * values.value.length);
	out.ascii(csvLine(PROVENANCE_HEADER));
	for (const i of canonicalOrder(values)) {
		const f = values.file[i]!;
		if (f === NO_FILE) continue;
		out.bytes(authority[values.authority[i]!]!);
		out.byte(COMMA);
		out.ascii(String(values.period[i]));
		out.byte(COMMA);
		out.bytes(count[values.count[i]!]!);
		out.byte(COMMA);
		out.bytes(file[f]!);
		out.byte(COMMA);
		out.ascii(String(values.line[i]));
		out.byte(COMMA);
		out.ascii(String(values.column[i]));
		out.byte(NEWLINE);
	}
	return out.done();
}
