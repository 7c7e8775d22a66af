/**
 * Small seeded pseudo-random numbers for the sample generator (never Math.random).
 *
 * Every random draw is addressed by a key (seed, authority, period, purpose) and hashed into its own
 * mulberry32 stream. So a figure does not depend on the order of generation: adding an authority or
 * a period leaves every other authority's figures unchanged, and re-runs are byte-identical.
 */

/** mulberry32 (Tommy Ettinger): a 32-bit state PRNG, good enough for synthetic data. */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** FNV-1a over the key parts, separated so that ('ab','c') and ('a','bc') differ. */
export function hashKey(parts: readonly (string | number)[]): number {
	let hash = 0x811c9dc5;
	for (const part of parts) {
		const text = String(part) + '\u0001';
		for (let i = 0; i < text.length; i++) {
			hash ^= text.charCodeAt(i);
			hash = Math.imul(hash, 0x01000193);
		}
	}
	return hash >>> 0;
}

/** Random draws bound to one seed; every method takes the key of its draw. */
export interface Draws {
	/** Uniform in [0, 1). */
	unit(...key: (string | number)[]): number;
	/** Uniform in [min, max). */
	uniform(min: number, max: number, ...key: (string | number)[]): number;
	/** Multiplicative noise 1 ± spread (uniform). */
	jitter(spread: number, ...key: (string | number)[]): number;
	/** Integer in [min, max] inclusive. */
	int(min: number, max: number, ...key: (string | number)[]): number;
	/** A deterministic shuffle (Fisher–Yates) of a copy of the list. */
	shuffle<T>(items: readonly T[], ...key: (string | number)[]): T[];
}

export function draws(seed: number): Draws {
	const unit = (...key: (string | number)[]) => {
		const next = mulberry32(hashKey([seed, ...key]));
		next(); // discard the first output: it correlates most with the hashed seed
		return next();
	};
	return {
		unit,
		uniform: (min, max, ...key) => min + (max - min) * unit(...key),
		jitter: (spread, ...key) => 1 + spread * (2 * unit(...key) - 1),
		int: (min, max, ...key) => min + Math.floor((max - min + 1) * unit(...key)),
		shuffle<T>(items: readonly T[], ...key: (string | number)[]): T[] {
			const next = mulberry32(hashKey([seed, 'shuffle', ...key]));
			const copy = items.slice();
			for (let i = copy.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
			}
			return copy;
		}
	};
}
