/**
 * A ring's values as columns of typed arrays, to send them between the worker that reads a ring
 * package and the page: transferred, not structured-cloned one small object at a time (a 5,000 × 10
 * ring has two million values). Exact both ways: every number as float64, strings through
 * dictionaries, and a value without provenance stays one without (file index 0 = none).
 */
import type { BaseValue } from './types.ts';
import { dictionary } from '../ingest/types.ts';

export interface RingValueColumns {
	authorities: string[];
	counts: string[];
	/** `files[0]` is unused: index 0 means "no provenance". */
	files: string[];
	authority: Uint32Array;
	count: Uint32Array;
	file: Uint32Array;
	period: Float64Array;
	value: Float64Array;
	line: Uint32Array;
	column: Uint32Array;
}

export function encodeValues(values: readonly BaseValue[]): RingValueColumns {
	const n = values.length;
	const cols: RingValueColumns = {
		authorities: [],
		counts: [],
		files: [''],
		authority: new Uint32Array(n),
		count: new Uint32Array(n),
		file: new Uint32Array(n),
		period: new Float64Array(n),
		value: new Float64Array(n),
		line: new Uint32Array(n),
		column: new Uint32Array(n)
	};
	const authority = dictionary(cols.authorities);
	const count = dictionary(cols.counts);
	const files = new Map<string, number>();
	for (let i = 0; i < n; i++) {
		const v = values[i]!;
		cols.authority[i] = authority(v.authority_id);
		cols.count[i] = count(v.count_id);
		cols.period[i] = v.period;
		cols.value[i] = v.value;
		if (v.source) {
			let f = files.get(v.source.file);
			if (f === undefined) {
				f = cols.files.length;
				cols.files.push(v.source.file);
				files.set(v.source.file, f);
			}
			cols.file[i] = f;
			cols.line[i] = v.source.line;
			cols.column[i] = v.source.column;
		}
	}
	return cols;
}

export function decodeValues(cols: RingValueColumns): BaseValue[] {
	const n = cols.value.length;
	const out = new Array<BaseValue>(n);
	for (let i = 0; i < n; i++) {
		const bare: BaseValue = {
			authority_id: cols.authorities[cols.authority[i]!]!,
			period: cols.period[i]!,
			count_id: cols.counts[cols.count[i]!]!,
			value: cols.value[i]!
		};
		const f = cols.file[i]!;
		if (f !== 0) bare.source = { file: cols.files[f]!, line: cols.line[i]!, column: cols.column[i]! };
		out[i] = bare;
	}
	return out;
}

export function valueBuffers(cols: RingValueColumns): ArrayBuffer[] {
	return [cols.authority, cols.count, cols.file, cols.period, cols.value, cols.line, cols.column].map(
		(a) => a.buffer as ArrayBuffer
	);
}
