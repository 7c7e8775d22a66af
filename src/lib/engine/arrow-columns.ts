/**
 * Arrow columns read and written. Read: a query result's columns whole, batch by batch — for the
 * long reads the view waits on (every KPI of the ring, a period's base counts). Written: the columns
 * of the tables the engine hands to DuckDB (`text`, `integers`, `doubles`; ring-tables.ts).
 *
 * Why not `vector.get(i)` in a loop: on a result of several record batches every `get` and
 * `isValid` searches the batch that holds row i and dispatches on the type again, and every string
 * is decoded anew. At 550 × 10 that was a quarter of a second on the page's main thread before the
 * first chart (most of reading the ring's KPIs). Here the work per batch is native where it can be:
 * numbers are copied with `TypedArray.set` (which also widens integers), only the null rows are
 * visited one by one, and a batch of strings is decoded in one call and cut into its rows. That
 * matters because these functions run once per page load, before the JIT has warmed up to them:
 * a loop per value was still 60 ms on the first call.
 */
import { DataType, Float64, makeData, makeVector, Utf8, type Data, type Vector } from 'apache-arrow';

/**
 * Calls `each(i)` for every null row of a batch (Arrow's validity bitmap, LSB first), a byte of
 * eight valid rows at a time. The bitmap is the only buffer a slice shares unsliced (`data.offset`
 * into it); values and offsets come sliced already.
 */
function forNulls(data: Data, each: (i: number) => void): void {
	const bitmap = data.nullCount > 0 ? data.nullBitmap : null;
	if (!bitmap || bitmap.length === 0) return;
	const [offset, length] = [data.offset, data.length];
	for (let i = 0; i < length;) {
		const at = offset + i;
		if ((at & 7) === 0 && i + 8 <= length && bitmap[at >> 3] === 0xff) {
			i += 8;
			continue;
		}
		if (((bitmap[at >> 3]! >> (at & 7)) & 1) === 0) each(i);
		i++;
	}
}

/**
 * A batch's numbers as its own typed array (integers, bigints, floats), or null where Arrow's own
 * reading is needed (a decimal, a half float). Values come sliced already (see `forNulls`).
 */
function batchNumbers(data: Data): ArrayLike<number | bigint> | null {
	const numeric = DataType.isInt(data.type) || DataType.isFloat(data.type);
	const half = DataType.isFloat(data.type) && data.type.precision === 0;
	return numeric && !half ? (data.values as ArrayLike<number | bigint>) : null;
}

/**
 * The first row (-1: none) where `same(row, value, valid)` is false — a numeric column read in place,
 * batch by batch, as doubles (a null row: NaN, not valid). Nothing is copied: the check of a ring's
 * KPIs (ring-kpis.ts `checkRingKpis`) reads 1.4 million values at 5,000 × 10, and their copies as
 * columns were garbage of 27 MiB on the page, counted in its peak memory until collected.
 */
export function firstMismatch(
	vector: Vector,
	same: (row: number, value: number, valid: boolean) => boolean
): number {
	let row = 0;
	for (const data of vector.data) {
		const values = batchNumbers(data);
		const bitmap = data.nullCount > 0 && data.nullBitmap?.length ? data.nullBitmap : null;
		for (let i = 0; i < data.length; i++) {
			const at = data.offset + i;
			const valid = !bitmap || ((bitmap[at >> 3]! >> (at & 7)) & 1) === 1;
			const value = !valid
				? NaN
				: values
					? Number(values[i]) // a bigint too
					: Number(vector.get(row + i) as unknown); // another type: Arrow's own reading
			if (!same(row + i, value, valid)) return row + i;
		}
		row += data.length;
	}
	return -1;
}

/** Numbers (integers, bigints, floats) as doubles; a null is `nullAs`. */
export function numberColumn(vector: Vector | null | undefined, rows: number, nullAs = NaN): Float64Array {
	const out = new Float64Array(rows);
	if (!vector) return out.fill(nullAs);
	let row = 0;
	for (const data of vector.data) {
		const at = row;
		const values = batchNumbers(data);
		const big = values instanceof BigInt64Array || values instanceof BigUint64Array;
		if (values && !big) out.set((values as Float64Array).subarray(0, data.length), at);
		else if (values && big)
			for (let i = 0; i < data.length; i++) out[at + i] = Number((values as BigInt64Array)[i]);
		else {
			// Another type (a decimal, a half float): Arrow's own reading.
			for (let i = 0; i < data.length; i++) {
				const v = vector.get(at + i) as unknown;
				out[at + i] = v === null || v === undefined ? nullAs : Number(v);
			}
		}
		forNulls(data, (i) => (out[at + i] = nullAs));
		row += data.length;
	}
	return out;
}

const utf8 = new TextDecoder();

/** Strings; a null is `null`. */
export function stringColumn(vector: Vector | null | undefined, rows: number): (string | null)[] {
	const out = new Array<string | null>(rows).fill(null);
	if (!vector) return out;
	let row = 0;
	for (const data of vector.data) {
		const at = row;
		if (DataType.isUtf8(data.type) && data.valueOffsets && data.values) {
			const offsets = data.valueOffsets as Int32Array;
			const bytes = data.values as Uint8Array;
			const [first, last] = [offsets[0]!, offsets[data.length]!];
			const whole = utf8.decode(bytes.subarray(first, last));
			if (whole.length === last - first)
				// Only one-byte characters: a row's bytes are its characters.
				for (let i = 0; i < data.length; i++)
					out[at + i] = whole.slice(offsets[i]! - first, offsets[i + 1]! - first);
			else
				for (let i = 0; i < data.length; i++)
					out[at + i] = utf8.decode(bytes.subarray(offsets[i]!, offsets[i + 1]!));
		} else if (DataType.isDictionary(data.type) && data.dictionary && data.values) {
			// An ENUM: its words decoded once, the rows are indices into them.
			const words = stringColumn(data.dictionary, data.dictionary.length);
			for (let i = 0; i < data.length; i++) out[at + i] = words[Number(data.values[i])] ?? null;
		} else {
			// Another type: Arrow's own reading.
			for (let i = 0; i < data.length; i++) {
				const v = vector.get(at + i) as unknown;
				out[at + i] = v === null || v === undefined ? null : String(v);
			}
		}
		forNulls(data, (i) => (out[at + i] = null));
		row += data.length;
	}
	return out;
}

/**
 * A text column (NULL for null), made by hand: Arrow's builders (`vectorFromArray`) compile code with
 * `new Function`, which the app's Content-Security-Policy forbids.
 */
export function text(values: readonly (string | null)[]): Vector {
	const encoder = new TextEncoder();
	const offsets = new Int32Array(values.length + 1);
	let bytes = new Uint8Array(1024);
	let at = 0;
	let nulls = 0;
	const bitmap = new Uint8Array((values.length + 7) >> 3);
	values.forEach((s, i) => {
		if (s === null) {
			nulls++;
			offsets[i + 1] = at;
			return;
		}
		bitmap[i >> 3]! |= 1 << (i & 7);
		if (at + 3 * s.length > bytes.length) {
			const grown = new Uint8Array(Math.max(2 * bytes.length, at + 3 * s.length));
			grown.set(bytes.subarray(0, at));
			bytes = grown;
		}
		// ASCII (ids, periods' keys: nearly every text) byte by byte; a call into the encoder with a new
		// view per value cost a 5,000 × 10 ring's load a quarter of a second.
		let k = 0;
		while (k < s.length) {
			const c = s.charCodeAt(k);
			if (c > 127) break;
			bytes[at + k++] = c;
		}
		at += k === s.length ? k : encoder.encodeInto(s, bytes.subarray(at)).written;
		offsets[i + 1] = at;
	});
	return makeVector(
		makeData({
			type: new Utf8(),
			length: values.length,
			nullCount: nulls,
			...(nulls ? { nullBitmap: bitmap } : {}),
			valueOffsets: offsets,
			data: bytes.subarray(0, at)
		})
	);
}
export const integers = (values: Int32Array) => makeVector(values);

/** DOUBLE column with NULL where `set` has no bit. */
export function doubles(values: Float64Array, set: Uint8Array): Vector {
	let nulls = 0;
	const bitmap = new Uint8Array((values.length + 7) >> 3);
	for (let i = 0; i < values.length; i++)
		if (set[i]) bitmap[i >> 3]! |= 1 << (i & 7);
		else nulls++;
	return makeVector(
		makeData({
			type: new Float64(),
			length: values.length,
			nullCount: nulls,
			nullBitmap: bitmap,
			data: values
		})
	);
}
