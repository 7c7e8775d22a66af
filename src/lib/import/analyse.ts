/**
 * What an import would change: incoming values against the ring — what is new, what is unchanged,
 * what conflicts, which authorities are unknown, which keys two files both hold (rules: merge.ts).
 *
 * Why in steps: a 50 MB file has more than a million values, and comparing them in one go kept the
 * page's main thread busy for a long task (110 ms measured, bench/import-files.ts wants none). The
 * page runs the same code in slices of a few milliseconds (`analyseImportInSteps`); tests and the
 * CLI run it in one go (`analyseImport`) — the same result.
 */
import { m } from '../ingest/problems.ts';
import type { Problem } from '../ingest/types.ts';
import type { BaseValue, Provenance, Ring } from '../ring/types.ts';
import { valueAt, type ValueColumns } from '../ring/value-columns.ts';

export interface Conflict {
	key: string;
	authority_id: string;
	period: number;
	count_id: string;
	existing: BaseValue;
	incoming: BaseValue;
}

export interface UnknownAuthority {
	authority_id: string;
	/** First cell with a value of this authority. */
	first: Provenance | null;
	values: number;
}

export interface Analysis {
	conflicts: Conflict[];
	/** Keys that are new to the ring. */
	added: number;
	unchanged: number;
	unknownAuthorities: UnknownAuthority[];
	/** The same key in two imported files. */
	duplicates: Problem[];
	periods: number[];
}

export const valueKey = (v: { authority_id: string; period: number; count_id: string }): string =>
	`${v.authority_id}\u001f${v.period}\u001f${v.count_id}`;

function where(p: Provenance | undefined): string {
	return p ? `${p.file}:${p.line}:${p.column}` : '?';
}

/**
 * Key of (period, count) within one authority: a small integer (periods are years; count indices
 * stay far below 65,536), so the per-authority maps below never hash a string.
 */
const innerKey = (period: number, count: number): number => period * 65_536 + count;

/** Values (of the ring or the files) looked at between two chances to pause: well under a millisecond. */
const STEP = 4096;

/** How long one slice of `analyseImportInSteps` may run before the page gets the thread back (ms). */
const SLICE_MS = 8;

/**
 * The incoming values — columns as the import worker sends them, in file order — against the ring;
 * a generator that yields every STEP values, so that the page can pause it (analyseImportInSteps).
 *
 * Why columns and integer keys: a 50 MB file has more than a million values; building an object and
 * a composite string key for each took the page seconds, longer than reading the file. Strings are
 * looked up once per dictionary entry (authority, count), every value after that by small integers.
 * Objects are made only for what is shown (conflicts, duplicates, an unknown authority's first cell).
 */
function* analysis(ring: Ring, incoming: readonly ValueColumns[]): Generator<void, Analysis, void> {
	const members = new Set(ring.authorities.map((a) => a.authority_id));
	// Global dictionaries over all incoming columns.
	const authorityIndex = new Map<string, number>();
	const countIndex = new Map<string, number>();
	const globalOf = (dict: readonly string[], index: Map<string, number>) =>
		Uint32Array.from(dict, (name) => {
			let g = index.get(name);
			if (g === undefined) index.set(name, (g = index.size));
			return g;
		});
	const authorityOf = incoming.map((c) => globalOf(c.authorities, authorityIndex));
	const countOf = incoming.map((c) => globalOf(c.counts, countIndex));

	// The ring's values (their rows), only for authorities that occur in the files.
	const base = ring.values;
	const baseAuthority = Int32Array.from(base.authorities, (id) => authorityIndex.get(id) ?? -1);
	const baseCount = Int32Array.from(base.counts, (id) => countIndex.get(id) ?? -1);
	const existing: (Map<number, number> | undefined)[] = new Array(authorityIndex.size);
	let work = 0;
	for (let r = 0; r < base.value.length; r++) {
		if (++work % STEP === 0) yield;
		const a = baseAuthority[base.authority[r]!]!;
		const c = baseCount[base.count[r]!]!;
		if (a < 0 || c < 0) continue;
		(existing[a] ??= new Map()).set(innerKey(base.period[r]!, c), r);
	}

	// The same key twice is only possible across files; one file's keys are unique (the ingest
	// reports a repeated key as an error), so a single file needs no bookkeeping of keys seen.
	// (`files` starts with the 'none' slot: one file is two entries.)
	const several = incoming.length > 1 || (incoming[0]?.files.length ?? 0) > 2;
	const seen: (Map<number, number> | undefined)[] | null = several ? new Array(authorityIndex.size) : null;
	const firstRow: number[] = [];
	let offset = 0;
	for (const c of incoming) {
		firstRow.push(offset);
		offset += c.value.length;
	}
	const rowAt = (flat: number): BaseValue => {
		let k = firstRow.length - 1;
		while (firstRow[k]! > flat) k--;
		return valueAt(incoming[k]!, flat - firstRow[k]!);
	};

	// Authorities not in the ring, in the order of their first cell; their values counted by index.
	const unknown: { index: number; authority_id: string; first: UnknownAuthority['first'] }[] = [];
	const unknownValues = new Uint32Array(authorityIndex.size);
	const isMember = Array.from(authorityIndex.keys(), (id) => members.has(id));
	const conflicts: Conflict[] = [];
	const duplicates: Problem[] = [];
	const periods = new Set<number>();
	let added = 0;
	let unchanged = 0;
	let lastPeriod = NaN;
	for (const [k, cols] of incoming.entries()) {
		const aOf = authorityOf[k]!;
		const cOf = countOf[k]!;
		const { authority, count, period, value } = cols;
		for (let i = 0; i < value.length; i++) {
			if (++work % STEP === 0) yield;
			const a = aOf[authority[i]!]!;
			const key = innerKey(period[i]!, cOf[count[i]!]!);
			if (seen) {
				const bucket = (seen[a] ??= new Map());
				const earlier = bucket.get(key);
				if (earlier !== undefined) {
					const v = valueAt(cols, i);
					const src = v.source;
					duplicates.push({
						file: src?.file ?? '',
						line: src?.line ?? 1,
						column: src?.column ?? 1,
						text: String(v.value),
						message: m('import.duplicate_across_files', {
							authority: v.authority_id,
							period: v.period,
							count: v.count_id,
							where: where(rowAt(earlier).source)
						}),
						severity: 'error',
						code: 'duplicate_across_files'
					});
					continue;
				}
				bucket.set(key, firstRow[k]! + i);
			}
			// Cells of one period follow each other: the set is touched when the period changes.
			if (period[i] !== lastPeriod) periods.add((lastPeriod = period[i]!));
			if (!isMember[a] && unknownValues[a]!++ === 0) {
				const v = valueAt(cols, i);
				unknown.push({ index: a, authority_id: v.authority_id, first: v.source ?? null });
			}
			const old = existing[a]?.get(key);
			if (old === undefined) added++;
			else if (Object.is(base.value[old], value[i])) unchanged++;
			else {
				const v = valueAt(cols, i);
				conflicts.push({
					key: valueKey(v),
					authority_id: v.authority_id,
					period: v.period,
					count_id: v.count_id,
					existing: valueAt(base, old),
					incoming: v
				});
			}
		}
	}
	return {
		conflicts,
		added,
		unchanged,
		unknownAuthorities: unknown.map(({ index, authority_id, first }) => ({
			authority_id,
			first,
			values: unknownValues[index]!
		})),
		duplicates,
		periods: [...periods].sort((a, b) => a - b)
	};
}

/** The analysis in one go. */
export function analyseImport(ring: Ring, incoming: readonly ValueColumns[]): Analysis {
	const steps = analysis(ring, incoming);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** The next task: `scheduler.yield()` where the browser has it (it keeps the task's priority). */
function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The analysis in slices of about SLICE_MS, the page's thread free between them (input, paint): no
 * long task however large the files. Null when `signal` aborts it (newer files or a newer ring).
 */
export async function analyseImportInSteps(
	ring: Ring,
	incoming: readonly ValueColumns[],
	signal?: AbortSignal
): Promise<Analysis | null> {
	// Not in the task that brought the files (it also draws their cards): a task of its own from the start.
	await nextTask();
	if (signal?.aborted) return null;
	const steps = analysis(ring, incoming);
	let sliceStart = performance.now();
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		if (performance.now() - sliceStart < SLICE_MS) continue;
		await nextTask();
		if (signal?.aborted) return null;
		sliceStart = performance.now();
	}
}
