/**
 * The rows of a large table drawn a batch at a time, one batch per frame, so no single task draws a
 * whole page: one page of the completeness matrix is 50 members × 42 cells, and drawing its 2,100
 * cells at once took 130 ms — a long task that blocks clicks and keys (issue 29: none over 50 ms).
 * The first batch is drawn with the change itself, so the table answers at once; the rest follow
 * in the next frames. A new array of rows (another page, sort, filter or period) starts again.
 *
 * Construct in a component's script (it owns an effect).
 */
export class Progressive<T> {
	readonly #rows: () => readonly T[];
	readonly #step: number;
	#grown = $state.raw<{ of: readonly T[] | null; n: number }>({ of: null, n: 0 });

	/** How many of the rows to draw now. */
	readonly count = $derived.by(() => {
		const rows = this.#rows();
		return this.#grown.of === rows ? this.#grown.n : Math.min(rows.length, this.#step);
	});
	/** Every row is drawn (a table says `aria-busy` until then). */
	readonly complete = $derived.by(() => this.count >= this.#rows().length);

	/** `step`: rows per frame — at 42 cells a row, 8 rows take about 20 ms on a slow office PC. */
	constructor(rows: () => readonly T[], step = 8) {
		this.#rows = rows;
		this.#step = step;
		$effect(() => {
			const all = this.#rows();
			const n = this.count;
			if (n >= all.length) return;
			const frame = requestAnimationFrame(() => {
				this.#grown = { of: all, n: Math.min(all.length, n + this.#step) };
			});
			return () => cancelAnimationFrame(frame);
		});
	}

	/** Draw every row now: the keyboard moves to a row not drawn yet. */
	finish(): void {
		const all = this.#rows();
		this.#grown = { of: all, n: all.length };
	}
}
