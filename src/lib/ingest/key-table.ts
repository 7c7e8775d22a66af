/**
 * The keys a value collector has seen — authority, period, count → line of the first cell — so that
 * a repeated key is reported with the line of the first.
 *
 * Why not a Map per authority (as before): at a quarter of a million cells the maps' growth, and the
 * copying of their tables through the young generation, cost a 10 MB import a scavenge of 30–45 ms
 * on its first run in a fresh worker. Here each (authority, period) has one small typed array of
 * lines indexed by count, and the array of the last cell is kept at hand: a file lists the counts of
 * one authority and period together, so most cells are one comparison and one array read.
 */
export class KeyTable {
	/** Per authority: period → lines by count index (0: no cell yet; lines start at 1). */
	readonly #tables: Map<number, Uint32Array>[] = [];
	#lastAuthority = -1;
	#lastPeriod = -1;
	#last: Uint32Array = new Uint32Array(0);
	size = 0;

	/** The lines of (authority, period), created when `create` (else null when there are none). */
	#lines(authority: number, period: number, create: boolean): Uint32Array | null {
		if (authority === this.#lastAuthority && period === this.#lastPeriod) return this.#last;
		let periods = this.#tables[authority];
		let lines = periods?.get(period);
		if (lines === undefined) {
			if (!create) return null;
			if (periods === undefined) {
				periods = new Map();
				this.#tables[authority] = periods;
			}
			lines = new Uint32Array(64);
			periods.set(period, lines);
		}
		this.#lastAuthority = authority;
		this.#lastPeriod = period;
		this.#last = lines;
		return lines;
	}

	has(authority: number, period: number, count: number): boolean {
		const lines = this.#lines(authority, period, false);
		return lines !== null && count < lines.length && lines[count] !== 0;
	}

	/**
	 * Register the key with the line of its cell (≥ 1): the line of an earlier cell with the same key
	 * (nothing changed then), or 0 when the key is new.
	 */
	add(authority: number, period: number, count: number, line: number): number {
		let lines = this.#lines(authority, period, true)!;
		if (count >= lines.length) {
			const wider = new Uint32Array(Math.max(lines.length * 2, count + 1));
			wider.set(lines);
			this.#tables[authority]!.set(period, wider);
			this.#last = lines = wider;
		}
		const earlier = lines[count]!;
		if (earlier !== 0) return earlier;
		lines[count] = line;
		this.size++;
		return 0;
	}
}
