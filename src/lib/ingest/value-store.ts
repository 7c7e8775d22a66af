/**
 * The value collector's storage (values.ts): one value per index in typed-array columns, grown by
 * doubling. Apart from the collector, whose rules (number reading, kinds, duplicates, conventions)
 * are what matters there.
 */
import { allocateValueColumns, type ValueColumns } from './types.ts';

const COLUMNS = ['authority', 'count', 'file', 'period', 'value', 'line', 'column'] as const;

/**
 * Growable value columns (typed arrays, doubled when full): writing a value is six array stores, and
 * the garbage collector has nothing per value to trace.
 */
export class ValueStore {
	n = 0;
	cols: ValueColumns = allocateValueColumns(4096, { authorities: [], counts: [], files: [] });

	reserve(need: number): void {
		if (need > this.cols.value.length) this.#grow(need);
	}

	#grow(need: number): void {
		let size = this.cols.value.length;
		while (size < need) size *= 2;
		const next = allocateValueColumns(size, this.cols);
		for (const key of COLUMNS) next[key].set(this.cols[key].subarray(0, this.n));
		this.cols = next;
	}

	push(
		authority: number,
		period: number,
		count: number,
		value: number,
		line: number,
		column: number
	): number {
		if (this.n === this.cols.value.length) this.#grow(this.n + 1);
		const c = this.cols;
		const i = this.n++;
		c.authority[i] = authority;
		c.period[i] = period;
		c.count[i] = count;
		c.value[i] = value;
		c.line[i] = line;
		c.column[i] = column;
		return i;
	}

	/** Exactly sized columns of the values (all, or those at `kept`) over the given dictionaries. */
	columns(
		dictionaries: Pick<ValueColumns, 'authorities' | 'counts' | 'files'>,
		kept: number[] | null
	): ValueColumns {
		const c = this.cols;
		if (!kept) {
			const n = this.n;
			return {
				...dictionaries,
				authority: c.authority.slice(0, n),
				count: c.count.slice(0, n),
				file: c.file.slice(0, n),
				period: c.period.slice(0, n),
				value: c.value.slice(0, n),
				line: c.line.slice(0, n),
				column: c.column.slice(0, n)
			};
		}
		const out = allocateValueColumns(kept.length, dictionaries);
		for (let k = 0; k < kept.length; k++) {
			const i = kept[k]!;
			out.authority[k] = c.authority[i]!;
			out.count[k] = c.count[i]!;
			out.period[k] = c.period[i]!;
			out.value[k] = c.value[i]!;
			out.line[k] = c.line[i]!;
			out.column[k] = c.column[i]!;
		}
		return out;
	}
}
