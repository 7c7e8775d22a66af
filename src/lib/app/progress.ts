/**
 * How far opening a ring has got — a package read, a stored ring read from IndexedDB, a ring saved
 * or loaded into DuckDB — as one bar with the step's name (RingProgress.svelte shows it once the
 * work has taken 300 ms, as the import shows its reading). Each step fills its own stretch of the
 * bar; only reading a package knows how far it is within its step (the worker counts the bytes of
 * the counts files), the others move the bar when they start.
 */
export type RingPhase = 'read' | 'stored' | 'save' | 'load';

export interface RingProgress {
	phase: RingPhase;
	/** 0…1 of the whole operation. */
	fraction: number;
	/** `performance.now()` when the operation began: the bar appears 300 ms after it. */
	started: number;
}

/** Where each step lies on the bar. */
const SPAN: Record<RingPhase, [number, number]> = {
	read: [0, 0.7],
	stored: [0, 0.7],
	save: [0.7, 0.8],
	load: [0.8, 1]
};

/** The progress of `phase` at `fraction` (0…1 within the step), continuing `current`'s operation. */
export function progressAt(current: RingProgress | null, phase: RingPhase, fraction = 0): RingProgress {
	const [from, to] = SPAN[phase];
	const f = Math.min(1, Math.max(0, fraction));
	return { phase, fraction: from + (to - from) * f, started: current?.started ?? performance.now() };
}
