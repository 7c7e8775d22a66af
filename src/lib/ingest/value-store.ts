/**
 * The value collector's storage (values.ts): one value per index in the columns of
 * ring/value-columns.ts, grown by doubling. Apart from the collector, whose rules (number reading,
 * kinds, duplicates, conventions) are what matters there.
 */
import { allocateValueColumns, NO_FILE, NUMERIC, sized, type ValueColumns } from '../ring/value-columns.ts';

/** Every value of one file has this file index (after the 'none' slot). */
const FILE = NO_FILE + 1;

/** The dictionaries of a store's columns: the collector's authorities and count ids. */
type Dictionaries = Pick<ValueColumns, 'authorities' | 'counts'>;

/**
 * Growable value columns of one file (typed arrays, doubled when full): writing a value is a few
 * array stores, and the garbage collector has nothing per value to trace.
 */
export class ValueStore {
	n = 0;
	cols: ValueColumns;

	constructor(file: string) {
		this.cols = allocateValueColumns(4096, { files: ['', file] });
	}

	/** Room for exactly `need` values (when there is less). */
	reserve(need: number): void {
		if (need > this.cols.value.length) this.#resize(need);
	}

	#resize(size: number): void {
		const next = allocateValueColumns(size, this.cols);
		for (const key of NUMERIC) next[key].set(this.cols[key].subarray(0, this.n));
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
		if (this.n === this.cols.value.length) this.#resize(2 * this.n);
		const c = this.cols;
		const i = this.n++;
		c.authority[i] = authority;
		c.count[i] = count;
		c.file[i] = FILE;
		c.period[i] = period;
		c.value[i] = value;
		c.line[i] = line;
		c.column[i] = column;
		return i;
	}

	/** The values as views of the store's arrays (no copy): for reading them here, not for sending. */
	view(dictionaries: Dictionaries): ValueColumns {
		const c = this.cols;
		const n = this.n;
		return {
			...dictionaries,
			files: c.files,
			authority: c.authority.subarray(0, n),
			count: c.count.subarray(0, n),
			file: c.file.subarray(0, n),
			period: c.period.subarray(0, n),
			value: c.value.subarray(0, n),
			line: c.line.subarray(0, n),
			column: c.column.subarray(0, n)
		};
	}

	/**
	 * Exactly sized columns of the values (all, or those at `kept`), to send: copies, or the store's own
	 * when they are exactly full (the store is not used afterwards).
	 */
	columns(dictionaries: Dictionaries, kept: number[] | null): ValueColumns {
		const c = this.cols;
		// Exactly full (the file's lines foretold its values), the columns are handed on as they are.
		if (!kept) return sized({ ...c, ...dictionaries }, this.n);
		const out = allocateValueColumns(kept.length, { ...dictionaries, files: c.files });
		for (let k = 0; k < kept.length; k++) {
			const i = kept[k]!;
			for (const key of NUMERIC) out[key][k] = c[key][i]!;
		}
		return out;
	}
}
