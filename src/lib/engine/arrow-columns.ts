/**
 * A query result's columns read whole, chunk by chunk — for the long reads the view waits on
 * (every KPI of the ring, a period's base counts).
 *
 * Why not `vector.get(i)` in a loop: on a result of several record batches every `get` and
 * `isValid` searches the batch that holds row i and dispatches on the type again, and every string
 * is decoded anew. At 550 × 10 that was a quarter of a second on the page's main thread before the
 * first chart (most of reading the ring's KPIs). Here each batch's buffers are read directly; a
 * string equal to the row before it (an authority's id over its periods) is decoded once.
 */
import { DataType, type Data, type Vector } from 'apache-arrow';

/**
 * A batch's validity: `valid(i)` whether row i holds a value (Arrow's bitmap, LSB first), null when
 * every row does. Read once per batch (`nullCount` is a getter that dispatches on the type). The
 * bitmap is the only buffer a slice shares unsliced (`data.offset` into it); values and offsets come
 * sliced already.
 */
function validity(data: Data): ((i: number) => boolean) | null {
	const bitmap = data.nullCount > 0 ? data.nullBitmap : null;
	if (!bitmap || bitmap.length === 0) return null;
	const offset = data.offset;
	return (i) => ((bitmap[(offset + i) >> 3]! >> ((offset + i) & 7)) & 1) === 1;
}

/** 1 where the row holds a value, 0 where it is null. */
export function validColumn(vector: Vector | null | undefined, rows: number): Uint8Array {
	const out = new Uint8Array(rows);
	if (!vector) return out;
	let row = 0;
	for (const data of vector.data) {
		const valid = validity(data);
		if (!valid) out.fill(1, row, row + data.length);
		else for (let i = 0; i < data.length; i++) out[row + i] = valid(i) ? 1 : 0;
		row += data.length;
	}
	return out;
}

/** Numbers (integers, bigints, floats) as doubles; a null is `nullAs`. */
export function numberColumn(vector: Vector | null | undefined, rows: number, nullAs = NaN): Float64Array {
	const out = new Float64Array(rows).fill(nullAs);
	if (!vector) return out;
	let row = 0;
	for (const data of vector.data) {
		const values = DataType.isInt(data.type) || DataType.isFloat(data.type) ? data.values : null;
		const valid = validity(data);
		if (values && !DataType.isFloat(data.type) && data.type.bitWidth === 64) {
			for (let i = 0; i < data.length; i++)
				if (!valid || valid(i)) out[row + i] = Number((values as BigInt64Array)[i]);
		} else if (values && !(DataType.isFloat(data.type) && data.type.precision === 0)) {
			for (let i = 0; i < data.length; i++) if (!valid || valid(i)) out[row + i] = values[i]!;
		} else {
			// Another type (a decimal, a half float): Arrow's own reading.
			for (let i = 0; i < data.length; i++) {
				const v = vector.get(row + i) as unknown;
				if (v !== null && v !== undefined) out[row + i] = Number(v);
			}
		}
		row += data.length;
	}
	return out;
}

const utf8 = new TextDecoder();

/** Strings; a null is `null`. A row equal to the one before it shares its string. */
export function stringColumn(vector: Vector | null | undefined, rows: number): (string | null)[] {
	const out = new Array<string | null>(rows).fill(null);
	if (!vector) return out;
	let row = 0;
	for (const data of vector.data) {
		if (DataType.isUtf8(data.type) && data.valueOffsets && data.values) {
			const offsets = data.valueOffsets as Int32Array;
			const bytes = data.values as Uint8Array;
			let last: string | null = null;
			let [lastStart, lastEnd] = [0, -1];
			const valid = validity(data);
			for (let i = 0; i < data.length; i++) {
				if (valid && !valid(i)) continue;
				const start = offsets[i]!;
				const end = offsets[i + 1]!;
				if (last === null || !sameBytes(bytes, start, end, lastStart, lastEnd)) {
					last = utf8.decode(bytes.subarray(start, end));
					[lastStart, lastEnd] = [start, end];
				}
				out[row + i] = last;
			}
		} else if (DataType.isDictionary(data.type) && data.dictionary && data.values) {
			// An ENUM: its words decoded once, the rows are indices into them.
			const words = stringColumn(data.dictionary, data.dictionary.length);
			const valid = validity(data);
			for (let i = 0; i < data.length; i++)
				if (!valid || valid(i)) out[row + i] = words[Number(data.values[i])] ?? null;
		} else {
			// Another type: Arrow's own reading.
			for (let i = 0; i < data.length; i++) {
				const v = vector.get(row + i) as unknown;
				out[row + i] = v === null || v === undefined ? null : String(v);
			}
		}
		row += data.length;
	}
	return out;
}

function sameBytes(bytes: Uint8Array, start: number, end: number, at: number, to: number): boolean {
	if (end - start !== to - at) return false;
	for (let i = 0; i < end - start; i++) if (bytes[start + i] !== bytes[at + i]) return false;
	return true;
}
