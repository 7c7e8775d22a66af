/**
 * Base values as columns of typed arrays: the one encoding of values that cross a worker boundary or
 * are held in bulk — what the import worker reads from a file, what the ingest worker reads from a
 * ring package, and what the import page compares with the ring (import/merge.ts). Transferred, not
 * structured-cloned one small object at a time (a 50 MB import or a 5,000 × 10 ring has more than a
 * million values).
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

/** The columns' buffers, to transfer instead of copy. */
export function valueBuffers(cols: ValueColumns): ArrayBuffer[] {
	return [cols.authority, cols.count, cols.file, cols.period, cols.value, cols.line, cols.column].map(
		(a) => a.buffer as ArrayBuffer
	);
}
