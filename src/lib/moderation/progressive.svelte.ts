/**
 * The rows of a large list that are in view, drawn a batch at a time, one batch per frame, so no single
 * task draws many: one page of the completeness matrix is 50 members × 42 cells, and drawing them at
 * once took 130 ms — a long task that blocks clicks and keys (issue 29: none over 50 ms).
 *
 * Only the rows of the window (`from`–`to`, what the scroll box shows plus a margin) are drawn at all;
 * a row leaving the window is dropped, one entering it is drawn in the next batch. The first batch
 * after a change of the rows (another page, sort, filter or period) is drawn with the change itself,
 * so the list answers at once; the rest follow in the next frames.
 *
 * One row may be pinned (the grid's active cell's row): it is drawn whenever it is in the window, at
 * once — the keyboard moving to a row not drawn yet finds it there, and new rows of the same members
 * (the findings arriving after the matrix is shown) do not take the focused cell away.
 *
 * Construct in a component's script (it owns an effect).
 */
export interface Shown<T> {
	row: T;
	/** Index in the whole list. */
	index: number;
}

export class ProgressiveWindow<T> {
	readonly #rows: () => readonly T[];
	readonly #window: () => readonly [number, number];
	readonly #key: (row: T) => string;
	readonly #step: number;
	readonly #pinned: () => number;
	#drawn = $state.raw<{ of: readonly T[] | null; keys: readonly string[] }>({ of: null, keys: [] });

	/** The rows of the window, in order. */
	readonly #wanted = $derived.by((): Shown<T>[] => {
		const rows = this.#rows();
		const [from, to] = this.#window();
		const out: Shown<T>[] = [];
		for (let i = Math.max(0, from); i < Math.min(rows.length, to); i++) out.push({ row: rows[i]!, index: i });
		return out;
	});
	/** Keys of the rows drawn: for new rows, their first batch at once. */
	readonly #keys = $derived.by((): readonly string[] => {
		if (this.#drawn.of === this.#rows()) return this.#drawn.keys;
		return this.#wanted.slice(0, this.#step).map((s) => this.#key(s.row));
	});

	/** The rows to draw now: those of the window that have had their frame, and the pinned one. */
	readonly shown = $derived.by(() => {
		const pinned = this.#pinned();
		return this.#wanted.filter((s) => s.index === pinned || this.#keys.includes(this.#key(s.row)));
	});
	/** Every row of the window is drawn (a table says `aria-busy` until then). */
	readonly complete = $derived.by(() => this.shown.length === this.#wanted.length);

	/**
	 * `step`: rows per frame — at 42 cells a row, 4 rows take about 10–20 ms on a slow office PC.
	 * `pinned`: the index of the row drawn whenever it is in the window (-1: none).
	 */
	constructor(
		rows: () => readonly T[],
		window: () => readonly [number, number],
		key: (row: T) => string,
		step = 4,
		pinned: () => number = () => -1
	) {
		this.#rows = rows;
		this.#window = window;
		this.#key = key;
		this.#step = step;
		this.#pinned = pinned;
		$effect(() => {
			if (this.complete) return;
			const of = this.#rows();
			const shown = this.shown;
			const wanted = this.#wanted;
			// The next batch after the coming frame has been drawn (a task after the animation frame),
			// never in it: a change drawn with a click and a batch from the same frame's callback would
			// be two batches laid out and painted in one frame.
			let timer: ReturnType<typeof setTimeout> | undefined;
			const frame = requestAnimationFrame(() => {
				timer = setTimeout(() => (this.#drawn = { of, keys: this.#next(shown, wanted) }), 0);
			});
			return () => {
				cancelAnimationFrame(frame);
				clearTimeout(timer);
			};
		});
	}

	/** The keys of the rows shown and of the next batch of the window's rows not shown yet. */
	#next(shown: readonly Shown<T>[], wanted: readonly Shown<T>[]): string[] {
		const keys = shown.map((s) => this.#key(s.row));
		const more = wanted.map((w) => this.#key(w.row)).filter((k) => !keys.includes(k));
		return [...keys, ...more.slice(0, this.#step)];
	}
}
