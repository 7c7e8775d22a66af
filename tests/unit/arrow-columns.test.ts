/**
 * Columns read whole from a query result (engine/arrow-columns.ts) equal Arrow's own row-by-row
 * reading — over several record batches, with nulls, 64-bit integers, ENUM-like dictionaries and
 * strings repeated row after row (decoded once, never mixed up with the next one); and numbers read
 * in place (`firstMismatch`) as they are copied.
 */
import { describe, expect, it } from 'vitest';
import { Dictionary, Int32, Utf8, vectorFromArray, makeVector, type Vector } from 'apache-arrow';
import { firstMismatch, numberColumn, stringColumn, text } from '../../src/lib/engine/arrow-columns.ts';

/** One vector of several batches, as a DuckDB result of several record batches is. */
function chunked(parts: Vector[]): Vector {
	return parts.reduce((a, b) => a.concat(b));
}

const rowByRow = (v: Vector) => Array.from({ length: v.length }, (_, i) => v.get(i) as unknown);

/** Every row as `firstMismatch` reads it in place: its number, null where not valid; its rows in order. */
function inPlace(v: Vector): (number | null)[] {
	const out: (number | null)[] = [];
	const last = firstMismatch(v, (row, value, valid) => {
		expect(row).toBe(out.length);
		if (!valid) expect(value).toBeNaN();
		out.push(valid ? value : null);
		return true;
	});
	expect(last).toBe(-1);
	return out;
}

/** 1 where the row holds a value, 0 where it is null (as `firstMismatch` sees it). */
const validity = (v: Vector) => inPlace(v).map((x) => (x === null ? 0 : 1));

describe('arrow-columns', () => {
	it('strings over batches (one-byte and not), nulls kept, rows never confused', () => {
		const v = chunked([
			vectorFromArray(['01001', '01001', null, '01002'], new Utf8()),
			vectorFromArray(['01002', '0100', '01001', 'Ä-Stadt', 'Ä-Stadt'], new Utf8())
		]);
		const got = stringColumn(v, v.length);
		expect(got).toEqual(rowByRow(v));
		expect(got).toEqual(['01001', '01001', null, '01002', '01002', '0100', '01001', 'Ä-Stadt', 'Ä-Stadt']);
	});

	it('a text column made by hand holds the strings’ UTF-8 as Arrow’s own builder does', () => {
		const values = ['01001', '', null, 'Köln', 'a'.repeat(3000), '01001', 'Ä', '𝄞 Notenschlüssel', 'x', null];
		const made = text(values);
		const arrow = vectorFromArray(values, new Utf8());
		expect(rowByRow(made)).toEqual(values);
		const offsets = (v: Vector): number[] =>
			Array.from(v.data[0]!.valueOffsets.subarray(0, values.length + 1) as Int32Array);
		expect(offsets(made)).toEqual(offsets(arrow));
		const end = offsets(made).at(-1)!;
		const bytes = (v: Vector) => (v.data[0]!.values as Uint8Array).subarray(0, end);
		expect(bytes(made)).toEqual(bytes(arrow));
	});

	it('a dictionary (ENUM) is read as its words', () => {
		const v = vectorFromArray(
			['zero_denominator', null, 'missing_input', 'zero_denominator'],
			new Dictionary(new Utf8(), new Int32())
		);
		expect(stringColumn(v, v.length)).toEqual([
			'zero_denominator',
			null,
			'missing_input',
			'zero_denominator'
		]);
	});

	it('numbers of every width as doubles, a null as the value asked for, validity as 0/1', () => {
		const doubles = chunked([vectorFromArray([1.5, null, 3]), vectorFromArray([null, -2.25])]);
		expect(Array.from(numberColumn(doubles, 5))).toEqual([1.5, NaN, 3, NaN, -2.25]);
		expect(Array.from(numberColumn(doubles, 5, 0))).toEqual([1.5, 0, 3, 0, -2.25]);
		expect(validity(doubles)).toEqual([1, 0, 1, 0, 1]);
		expect(inPlace(doubles)).toEqual([1.5, null, 3, null, -2.25]);
		const big = makeVector(BigInt64Array.from([2024n, -7n, 9007199254740991n]));
		expect(Array.from(numberColumn(big, 3))).toEqual([2024, -7, 9007199254740991]);
		expect(inPlace(big)).toEqual([2024, -7, 9007199254740991]);
		const ints = chunked([makeVector(Int32Array.from([2015, 2016])), makeVector(Int32Array.from([2017]))]);
		expect(Array.from(numberColumn(ints, 3))).toEqual([2015, 2016, 2017]);
		expect(inPlace(ints)).toEqual([2015, 2016, 2017]);
	});

	it('a slice (offset into its buffers) reads the rows of the slice', () => {
		const v = vectorFromArray(['a', 'b', null, 'd', 'e'], new Utf8()).slice(1, 4);
		expect(stringColumn(v, v.length)).toEqual(['b', null, 'd']);
		const n = vectorFromArray([1, null, 3, 4]).slice(1);
		expect(Array.from(numberColumn(n, 3))).toEqual([NaN, 3, 4]);
		expect(inPlace(n)).toEqual([null, 3, 4]);
	});

	it('firstMismatch stops at the first row that differs, over batches; -1 when none does', () => {
		const v = chunked([vectorFromArray([1, 2, null]), vectorFromArray([4, 5])]);
		const seen: number[] = [];
		expect(firstMismatch(v, (row, value) => (seen.push(row), value !== 4))).toBe(3);
		expect(seen).toEqual([0, 1, 2, 3]); // not read beyond it
		expect(firstMismatch(v, (_, value, valid) => !valid || value > 0)).toBe(-1);
		expect(firstMismatch(v, (_, __, valid) => valid)).toBe(2);
	});

	it('nulls found among whole bytes of valid rows, also in a slice that starts mid-byte', () => {
		const list = Array.from({ length: 30 }, (_, i) => (i === 3 || i === 17 || i === 29 ? null : i * 1.5));
		const v = vectorFromArray(list);
		expect(Array.from(numberColumn(v, 30))).toEqual(list.map((x) => x ?? NaN));
		expect(validity(v)).toEqual(list.map((x) => (x === null ? 0 : 1)));
		const s = v.slice(5, 27);
		expect(Array.from(numberColumn(s, 22))).toEqual(list.slice(5, 27).map((x) => x ?? NaN));
		expect(inPlace(s)).toEqual(list.slice(5, 27));
		const words = vectorFromArray(
			list.map((x) => (x === null ? null : `w${x}`)),
			new Utf8()
		).slice(2);
		expect(stringColumn(words, 28)).toEqual(rowByRow(words));
	});

	it('no column: all null', () => {
		expect(stringColumn(null, 2)).toEqual([null, null]);
	});
});
