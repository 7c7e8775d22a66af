/**
 * Values by their key (authority, period, count), as numbers: the canonical order of a ring package
 * (authority id, period, count id — ids in code-unit order, csv.ts) and lookups of a key's row.
 *
 * Why numbers: a ring of 5,000 × 10 has two million values; a string key per value (what the reader,
 * the merge and the Datenstand's file used to build) costs seconds and hundreds of megabytes. Here
 * each dictionary entry is ranked once, and a value's key is (authority rank × periods + period rank) ×
 * counts + count rank — an integer, in canonical order. A ring's key space is dense (most authorities
 * deliver most counts in most periods), so sorting is a counting sort and a lookup an array access.
 */
import { cmp } from './package/csv.ts';
import type { ValueColumns } from './value-columns.ts';

/** Dense tables up to this many slots per value (and always up to DENSE_MIN): else a Map. */
const DENSE_PER_VALUE = 8;
const DENSE_MIN = 1 << 16;

export interface ValueKeys {
	/** The key of each row. */
	keys: Float64Array;
	/** Keys lie in [0, size). */
	size: number;
	/** The key of (authority index, period, count index) in these columns' dictionaries; -1 for a period without values. */
	keyOf(authority: number, period: number, count: number): number;
}

/** Rank of each dictionary entry in code-unit order. */
function ranks(list: readonly string[]): Uint32Array {
	const order = list.map((_, i) => i).sort((a, b) => cmp(list[a]!, list[b]!));
	const rank = new Uint32Array(list.length);
	order.forEach((i, r) => (rank[i] = r));
	return rank;
}

export function valueKeys(cols: ValueColumns): ValueKeys {
	const aRank = ranks(cols.authorities);
	const cRank = ranks(cols.counts);
	const periods = [...new Set(cols.period)].sort((a, b) => a - b);
	const pRank = new Map(periods.map((p, i) => [p, i]));
	const P = Math.max(1, periods.length);
	const C = Math.max(1, cols.counts.length);
	const n = cols.value.length;
	const keys = new Float64Array(n);
	let lastPeriod = NaN;
	let rank = 0;
	for (let i = 0; i < n; i++) {
		const p = cols.period[i]!;
		// Values of one period mostly follow each other: one Map lookup per run.
		if (!Object.is(p, lastPeriod)) rank = pRank.get((lastPeriod = p))!;
		keys[i] = (aRank[cols.authority[i]!]! * P + rank) * C + cRank[cols.count[i]!]!;
	}
	return {
		keys,
		size: Math.max(1, cols.authorities.length) * P * C,
		keyOf: (a, period, c) => {
			const r = pRank.get(period);
			return r === undefined ? -1 : (aRank[a]! * P + r) * C + cRank[c]!;
		}
	};
}

const dense = (size: number, n: number) => size <= Math.max(DENSE_MIN, DENSE_PER_VALUE * n);

/** Row indices in canonical order; rows with equal keys keep their order. */
export function canonicalOrder(cols: ValueColumns, keys: ValueKeys = valueKeys(cols)): Uint32Array {
	const n = cols.value.length;
	const k = keys.keys;
	let sorted = true;
	for (let i = 1; i < n && sorted; i++) sorted = k[i - 1]! <= k[i]!;
	const order = new Uint32Array(n);
	if (sorted) {
		for (let i = 0; i < n; i++) order[i] = i;
		return order;
	}
	if (!dense(keys.size, n)) {
		for (let i = 0; i < n; i++) order[i] = i;
		return order.sort((a, b) => k[a]! - k[b]! || a - b);
	}
	// Counting sort: stable, linear in values and key space.
	const start = new Uint32Array(keys.size + 1);
	for (let i = 0; i < n; i++) start[k[i]! + 1]!++;
	for (let s = 1; s <= keys.size; s++) start[s]! += start[s - 1]!;
	for (let i = 0; i < n; i++) order[start[k[i]!]!++] = i;
	return order;
}

/** The row of each key (the last row when a key occurs twice), for lookups; -1 where none. */
export interface RowIndex {
	rowOf(key: number): number;
}

export function rowIndex(keys: ValueKeys): RowIndex {
	const n = keys.keys.length;
	if (dense(keys.size, n)) {
		const table = new Int32Array(keys.size).fill(-1);
		for (let i = 0; i < n; i++) table[keys.keys[i]!] = i;
		return { rowOf: (key) => (key < 0 ? -1 : table[key]!) };
	}
	const map = new Map<number, number>();
	for (let i = 0; i < n; i++) map.set(keys.keys[i]!, i);
	return { rowOf: (key) => map.get(key) ?? -1 };
}
