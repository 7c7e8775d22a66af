/**
 * Base values as columns of typed arrays: the one encoding of a ring's values (`Ring.values`) — what
 * the import worker reads from a file, what the ingest worker reads from a ring package, what the page
 * holds, the ring store keeps in IndexedDB and the engine loads into DuckDB. Transferred, not
 * structured-cloned one small object at a time, and nothing per value for the garbage collector to
 * trace (a 5,000 × 10 ring has two million values: as objects with their provenance they took the
 * page 782 MiB). Objects (`BaseValue`) are made only for what a view shows (`valueAt`).
 *
 * The dictionaries may hold entries no row uses (after a filter); their order means nothing — sorted
 * order is `canonicalOrder` (value-keys.ts).
 *
 * Exact both ways: every period and value as float64 (bit for bit, -0 included), strings through
 * dictionaries, and a value without provenance stays one without: file index 0 is the 'none' slot
 * (`files[0]` is never a file, so a file named '' is a file like any other).
 */
import type { BaseValue } from './types.ts';

export interface ValueColumns {
	authorities: string[];
	counts: string[];
	/** `files[NO_FILE]` is unused: that index means "no provenance". */
	files: string[];
	/** Index into `authorities`. */
	authority: Uint32Array;
	/** Index into `counts`. */
	count: Uint32Array;
	/** Index into `files`; NO_FILE for a value without provenance (then line and column are 0). */
	file: Uint32Array;
	period: Float64Array;
	value: Float64Array;
	line: Uint32Array;
	column: Uint32Array;
}

/** The file index of a value without provenance. */
export const NO_FILE = 0;

/** The number of values. */
export const valueCount = (cols: ValueColumns): number => cols.value.length;

/** No values. */
export const noValues = (): ValueColumns => allocateValueColumns(0);

/** Dictionary encoding into `list`: the index of `s`, appended on first sight. */
export function dictionary(list: string[]): (s: string) => number {
	const map = new Map<string, number>(list.map((s, i) => [s, i]));
	return (s) => {
		let i = map.get(s);
		if (i === undefined) {
			i = list.length;
			list.push(s);
			map.set(s, i);
		}
		return i;
	};
}

/**
 * Zero-filled columns for `n` values (the one place that sizes them). `files` defaults to the 'none'
 * slot alone; a given list must start with it.
 */
export function allocateValueColumns(
	n: number,
	dictionaries: { authorities?: string[]; counts?: string[]; files?: string[] } = {}
): ValueColumns {
	return {
		authorities: dictionaries.authorities ?? [],
		counts: dictionaries.counts ?? [],
		files: dictionaries.files ?? [''],
		authority: new Uint32Array(n),
		count: new Uint32Array(n),
		file: new Uint32Array(n),
		period: new Float64Array(n),
		value: new Float64Array(n),
		line: new Uint32Array(n),
		column: new Uint32Array(n)
	};
}

/** The first `n` values of `cols` as exactly sized columns: `cols` itself when it holds just those. */
export function sized(cols: ValueColumns, n: number): ValueColumns {
	if (cols.value.length === n) return cols;
	const out = { ...cols };
	for (const key of NUMERIC) (out[key] as Uint32Array | Float64Array) = cols[key].slice(0, n);
	return out;
}

export function encodeValues(values: readonly BaseValue[]): ValueColumns {
	const n = values.length;
	const cols = allocateValueColumns(n);
	const authority = dictionary(cols.authorities);
	const count = dictionary(cols.counts);
	// File names after the 'none' slot: a file named '' gets an index of its own.
	const names: string[] = [];
	const file = dictionary(names);
	for (let i = 0; i < n; i++) {
		const v = values[i]!;
		cols.authority[i] = authority(v.authority_id);
		cols.count[i] = count(v.count_id);
		cols.period[i] = v.period;
		cols.value[i] = v.value;
		if (v.source) {
			cols.file[i] = NO_FILE + 1 + file(v.source.file);
			cols.line[i] = v.source.line;
			cols.column[i] = v.source.column;
		}
	}
	cols.files = cols.files.concat(names);
	return cols;
}

/** The value at row `i` (for the few that are shown one by one: conflicts, duplicates). */
export function valueAt(cols: ValueColumns, i: number): BaseValue {
	const bare: BaseValue = {
		authority_id: cols.authorities[cols.authority[i]!]!,
		period: cols.period[i]!,
		count_id: cols.counts[cols.count[i]!]!,
		value: cols.value[i]!
	};
	const f = cols.file[i]!;
	if (f !== NO_FILE) bare.source = { file: cols.files[f]!, line: cols.line[i]!, column: cols.column[i]! };
	return bare;
}

export function decodeValues(cols: ValueColumns): BaseValue[] {
	const n = cols.value.length;
	const out = new Array<BaseValue>(n);
	for (let i = 0; i < n; i++) out[i] = valueAt(cols, i);
	return out;
}

/** Copies of the values at `rows`, in that order, with the same dictionaries. */
export function takeValues(cols: ValueColumns, rows: ArrayLike<number>): ValueColumns {
	const n = rows.length;
	const out = allocateValueColumns(n, cols);
	for (let k = 0; k < n; k++) {
		const i = rows[k]!;
		out.authority[k] = cols.authority[i]!;
		out.count[k] = cols.count[i]!;
		out.file[k] = cols.file[i]!;
		out.period[k] = cols.period[i]!;
		out.value[k] = cols.value[i]!;
		out.line[k] = cols.line[i]!;
		out.column[k] = cols.column[i]!;
	}
	return out;
}

/** The values for which `keep(row)` holds, in their order. */
export function filterValues(cols: ValueColumns, keep: (row: number) => boolean): ValueColumns {
	const rows: number[] = [];
	for (let i = 0; i < cols.value.length; i++) if (keep(i)) rows.push(i);
	return rows.length === cols.value.length ? cols : takeValues(cols, rows);
}

/** Whether `keep` holds for the authority of each dictionary entry, by dictionary index. */
export function authorityMask(cols: ValueColumns, keep: (id: string) => boolean): Uint8Array {
	return Uint8Array.from(cols.authorities, (id) => (keep(id) ? 1 : 0));
}

/** The periods with values, ascending and unique. */
export function valuePeriods(cols: ValueColumns): number[] {
	const seen = new Set<number>();
	let last = NaN;
	for (const p of cols.period) if (p !== last) seen.add((last = p));
	return [...seen].sort((a, b) => a - b);
}

/** The distinct (authority, period) pairs with a value — a ring's member-periods — in order of first appearance. */
export function memberPeriods(cols: ValueColumns): { authority_id: string; period: number }[] {
	const byAuthority: (Set<number> | undefined)[] = [];
	const out: { authority_id: string; period: number }[] = [];
	for (let i = 0; i < cols.value.length; i++) {
		const a = cols.authority[i]!;
		const set = (byAuthority[a] ??= new Set());
		const period = cols.period[i]!;
		if (set.has(period)) continue;
		set.add(period);
		out.push({ authority_id: cols.authorities[a]!, period });
	}
	return out;
}

/**
 * Columns grown one value (or one other set of columns) at a time, with dictionaries of their own: for
 * readers that put values together from several sources (a package's counts files, an import merged
 * into the ring). Strings are looked up once per dictionary entry of an appended set.
 */
export class ValueColumnsBuilder {
	#n = 0;
	#cols = allocateValueColumns(1024);
	#authority = dictionary(this.#cols.authorities);
	#count = dictionary(this.#cols.counts);
	/** File names after the 'none' slot, as in `encodeValues`. */
	#fileNames: string[] = [];
	#file = dictionary(this.#fileNames);
	/** Per appended set of columns, its dictionaries' indices here (so single rows append cheaply). */
	#maps = new WeakMap<
		ValueColumns,
		{
			authority: Uint32Array;
			count: Uint32Array;
			file: Uint32Array;
			/** Every index maps to itself. */ same: boolean;
		}
	>();

	get length(): number {
		return this.#n;
	}

	/** Room for `extra` more values: the columns grow (doubling) once per call, not once per value. */
	#reserve(extra: number): void {
		const need = this.#n + extra;
		if (need <= this.#cols.value.length) return;
		// At least double (single values stay cheap); a large set gets exactly its room.
		const next = allocateValueColumns(Math.max(need, this.#cols.value.length * 2), this.#cols);
		for (const key of NUMERIC) next[key].set(this.#cols[key].subarray(0, this.#n));
		this.#cols = next;
	}

	/** Append one value. */
	push(v: BaseValue): number {
		this.#reserve(1);
		const i = this.#n++;
		const c = this.#cols;
		c.authority[i] = this.#authority(v.authority_id);
		c.count[i] = this.#count(v.count_id);
		c.period[i] = v.period;
		c.value[i] = v.value;
		if (v.source) {
			c.file[i] = NO_FILE + 1 + this.#file(v.source.file);
			c.line[i] = v.source.line;
			c.column[i] = v.source.column;
		} else c.file[i] = c.line[i] = c.column[i] = 0;
		return i;
	}

	/** Append the values of `from` at `rows` (all when omitted), in that order. */
	append(from: ValueColumns, rows?: ArrayLike<number>): void {
		let map = this.#maps.get(from);
		if (!map) {
			const authority = Uint32Array.from(from.authorities, (s) => this.#authority(s));
			const count = Uint32Array.from(from.counts, (s) => this.#count(s));
			const file = Uint32Array.from(from.files, (s, f) =>
				f === NO_FILE ? NO_FILE : NO_FILE + 1 + this.#file(s)
			);
			const same = [authority, count, file].every((to) => to.every((t, i) => t === i));
			map = { authority, count, file, same };
			this.#maps.set(from, map);
		}
		const { authority, count, file } = map;
		const n = rows ? rows.length : from.value.length;
		this.#reserve(n);
		const base = this.#n;
		const c = this.#cols;
		this.#n += n;
		if (!rows) {
			// All of them: the numbers copied as blocks, the dictionary indices translated.
			c.period.set(from.period, base);
			c.value.set(from.value, base);
			c.line.set(from.line, base);
			c.column.set(from.column, base);
			if (map.same) {
				// The first set appended into an empty builder: its dictionary indices are ours too.
				c.authority.set(from.authority, base);
				c.count.set(from.count, base);
				c.file.set(from.file, base);
				return;
			}
			for (let k = 0; k < n; k++) {
				const i = base + k;
				c.authority[i] = authority[from.authority[k]!]!;
				c.count[i] = count[from.count[k]!]!;
				c.file[i] = file[from.file[k]!]!;
			}
			return;
		}
		for (let k = 0; k < n; k++) {
			const j = rows[k]!;
			const i = base + k;
			c.authority[i] = authority[from.authority[j]!]!;
			c.count[i] = count[from.count[j]!]!;
			c.file[i] = file[from.file[j]!]!;
			c.period[i] = from.period[j]!;
			c.value[i] = from.value[j]!;
			c.line[i] = from.line[j]!;
			c.column[i] = from.column[j]!;
		}
	}

	/** The value at row `i` appended so far. */
	at(i: number): BaseValue {
		return valueAt({ ...this.#cols, files: [''].concat(this.#fileNames) }, i);
	}

	/** The columns, exactly sized. The builder is not to be used afterwards. */
	finish(): ValueColumns {
		return sized({ ...this.#cols, files: [''].concat(this.#fileNames) }, this.#n);
	}
}

/** The typed-array columns, by name. */
export const NUMERIC = ['authority', 'count', 'file', 'period', 'value', 'line', 'column'] as const;

/** The columns' buffers, to transfer instead of copy. */
export function valueBuffers(cols: ValueColumns): ArrayBuffer[] {
	return [cols.authority, cols.count, cols.file, cols.period, cols.value, cols.line, cols.column].map(
		(a) => a.buffer as ArrayBuffer
	);
}
