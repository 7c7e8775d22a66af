/**
 * Statistics helpers of the benchmark: medians, percentiles, min/max summaries and ratio wording.
 *
 * Why a module of its own: every figure in the report is "median of n runs (min–max)" or a p50/p95,
 * and each figure is compared with its floor as a ratio. If these few lines were wrong, every
 * PASS/MISS would be wrong without anybody noticing, so they are pure and unit-tested
 * (tests/unit/bench-stats.test.ts).
 */

export interface Summary {
	/** Number of samples. */
	n: number;
	median: number;
	min: number;
	max: number;
	p50: number;
	p95: number;
}

function sorted(samples: readonly number[]): number[] {
	const finite = samples.filter((s) => Number.isFinite(s));
	if (finite.length === 0) throw new Error('bench/stats: no samples');
	return [...finite].sort((a, b) => a - b);
}

/** Median; the mean of the two middle samples for an even count. */
export function median(samples: readonly number[]): number {
	const s = sorted(samples);
	const mid = Math.floor(s.length / 2);
	return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Percentile by linear interpolation between closest ranks (the "type 7" definition of R, NumPy's
 * default, Excel's PERCENTILE.INC): p in [0, 100]. p50 equals the median.
 */
export function percentile(samples: readonly number[], p: number): number {
	if (!(p >= 0 && p <= 100)) throw new Error(`bench/stats: percentile ${p} out of range`);
	const s = sorted(samples);
	const h = (s.length - 1) * (p / 100);
	const lo = Math.floor(h);
	const hi = Math.ceil(h);
	return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

export function summarize(samples: readonly number[]): Summary {
	const s = sorted(samples);
	return {
		n: s.length,
		median: median(s),
		min: s[0]!,
		max: s[s.length - 1]!,
		p50: percentile(s, 50),
		p95: percentile(s, 95)
	};
}

/** figure / floor; null when either is missing or the floor is not positive. */
export function ratio(figure: number | null | undefined, floor: number | null | undefined): number | null {
	if (figure == null || floor == null || !Number.isFinite(figure) || !Number.isFinite(floor) || floor <= 0)
		return null;
	return figure / floor;
}

/** `1.23×`, `–` when there is no ratio. Two decimals below 10, one below 100, none above. */
export function formatRatio(r: number | null | undefined): string {
	if (r == null || !Number.isFinite(r)) return '–';
	const digits = r < 10 ? 2 : r < 100 ? 1 : 0;
	return `${r.toFixed(digits)}×`;
}

/** Milliseconds for a table cell: `0.42 ms`, `12.3 ms`, `1,234 ms` style without locale: `1234 ms`. */
export function formatMs(ms: number | null | undefined): string {
	if (ms == null || !Number.isFinite(ms)) return '–';
	if (ms < 1) return `${ms.toFixed(2)} ms`;
	if (ms < 100) return `${ms.toFixed(1)} ms`;
	return `${Math.round(ms)} ms`;
}

/** `median (min–max)` of a summary in ms. */
export function formatSummary(s: Summary | null | undefined): string {
	if (!s) return '–';
	return `${formatMs(s.median)} (${formatMs(s.min)}–${formatMs(s.max)})`;
}

/** Bytes as kB/MB with decimal prefixes (1 kB = 1000 B), as browsers' network panels show them. */
export function formatBytes(bytes: number | null | undefined): string {
	if (bytes == null || !Number.isFinite(bytes)) return '–';
	if (bytes < 1000) return `${bytes} B`;
	if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
	return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** Run `fn` `runs` times (after `warmup` unmeasured runs) and summarise the elapsed milliseconds. */
export async function timeRuns(
	runs: number,
	fn: () => unknown | Promise<unknown>,
	warmup = 0
): Promise<Summary> {
	for (let i = 0; i < warmup; i++) await fn();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		await fn();
		samples.push(performance.now() - start);
	}
	return summarize(samples);
}
