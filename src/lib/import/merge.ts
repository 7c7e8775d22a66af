/**
 * Incoming values against the ring: what is new, what is unchanged, what conflicts, which authorities
 * are unknown — and, once the user has decided, the merged ring (a new object; nothing is stored here).
 *
 * Rules:
 * - Key = (authority, period, count). Same key and same value → unchanged (the ring's provenance stays).
 * - Same key, different value → a conflict; the user keeps the ring's value or takes the file's,
 *   per conflict or for all.
 * - The same key from two imported files (different or equal values) is an error of the import: we cannot
 *   know which file is right, and taking either silently would lose the other.
 * - An authority that is not a ring member is reported (with the first cell it appears in); the user adds
 *   it to the ring (name, kind, Land) or leaves its values out. Its values are never stored silently.
 */
import { m } from '../ingest/problems.ts';
import type { Problem, ValueColumns } from '../ingest/types.ts';
import type { Authority, BaseValue, Provenance, Ring } from '../ring/types.ts';

export type Choice = 'keep' | 'replace';

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

/** A value of `cols` at row `i` as an object (for the few that are shown: conflicts, duplicates). */
function valueAt(cols: ValueColumns, i: number): BaseValue {
	return {
		authority_id: cols.authorities[cols.authority[i]!]!,
		period: cols.period[i]!,
		count_id: cols.counts[cols.count[i]!]!,
		value: cols.value[i]!,
		source: { file: cols.files[cols.file[i]!]!, line: cols.line[i]!, column: cols.column[i]! }
	};
}

/**
 * Key of (period, count) within one authority: a small integer (periods are years; count indices
 * stay far below 65,536), so the per-authority maps below never hash a string.
 */
const innerKey = (period: number, count: number): number => period * 65_536 + count;

/**
 * The incoming values — columns as the import worker sends them, in file order — against the ring.
 *
 * Why columns and integer keys: a 50 MB file has more than a million values; building an object and
 * a composite string key for each took the page seconds, longer than reading the file. Strings are
 * looked up once per dictionary entry (authority, count), every value after that by small integers.
 * Objects are made only for what is shown (conflicts, duplicates, an unknown authority's first cell).
 */
export function analyseImport(ring: Ring, incoming: readonly ValueColumns[]): Analysis {
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

	// The ring's values, only for authorities that occur in the files.
	const existing: (Map<number, BaseValue> | undefined)[] = new Array(authorityIndex.size);
	for (const v of ring.values) {
		const a = authorityIndex.get(v.authority_id);
		const c = countIndex.get(v.count_id);
		if (a === undefined || c === undefined) continue;
		(existing[a] ??= new Map()).set(innerKey(v.period, c), v);
	}

	// The same key twice is only possible across files; one file's keys are unique (the ingest
	// reports a repeated key as an error), so a single file needs no bookkeeping of keys seen.
	const several = incoming.length > 1 || new Set(incoming.flatMap((c) => c.files)).size > 1;
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
	incoming.forEach((cols, k) => {
		const aOf = authorityOf[k]!;
		const cOf = countOf[k]!;
		const { authority, count, period, value } = cols;
		for (let i = 0; i < value.length; i++) {
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
			if (!old) added++;
			else if (Object.is(old.value, value[i])) unchanged++;
			else {
				const v = valueAt(cols, i);
				conflicts.push({
					key: valueKey(v),
					authority_id: v.authority_id,
					period: v.period,
					count_id: v.count_id,
					existing: old,
					incoming: v
				});
			}
		}
	});
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

/** Problems for the unknown authorities (one per authority, at its first cell). */
export function unknownAuthorityProblems(list: readonly UnknownAuthority[]): Problem[] {
	return list.map((u) => ({
		file: u.first?.file ?? '',
		line: u.first?.line ?? 1,
		column: u.first?.column ?? 1,
		text: u.authority_id,
		message: m('import.unknown_authority', { id: u.authority_id, n: u.values }),
		severity: 'error',
		code: 'unknown_authority'
	}));
}

export interface MergeDecisions {
	/** Per conflict key; missing keys take `all`. */
	choices: Readonly<Record<string, Choice>>;
	all: Choice;
	/** Unknown authorities added to the ring. */
	newAuthorities: readonly Authority[];
	/** Unknown authorities whose values are left out. */
	skipAuthorities: ReadonlySet<string>;
}

export interface MergeResult {
	ring: Ring;
	added: number;
	replaced: number;
	kept: number;
	skipped: number;
}

/** The ring after the import. Throws nothing; unknown authorities that are neither added nor skipped are skipped. */
export function mergeImport(
	ring: Ring,
	incoming: readonly BaseValue[],
	decisions: MergeDecisions
): MergeResult {
	const authorities = [...ring.authorities];
	const members = new Set(authorities.map((a) => a.authority_id));
	for (const a of decisions.newAuthorities)
		if (!members.has(a.authority_id)) {
			authorities.push(a);
			members.add(a.authority_id);
		}
	const byKey = new Map<string, BaseValue>();
	for (const v of ring.values) byKey.set(valueKey(v), v);
	let added = 0;
	let replaced = 0;
	let kept = 0;
	let skipped = 0;
	const periods = new Set(ring.meta.periods);
	const taken = new Set<string>();
	for (const v of incoming) {
		if (!members.has(v.authority_id) || decisions.skipAuthorities.has(v.authority_id)) {
			skipped++;
			continue;
		}
		const key = valueKey(v);
		if (taken.has(key)) continue;
		taken.add(key);
		const old = byKey.get(key);
		if (!old) {
			byKey.set(key, v);
			periods.add(v.period);
			added++;
		} else if (!Object.is(old.value, v.value)) {
			if ((decisions.choices[key] ?? decisions.all) === 'replace') {
				byKey.set(key, v);
				replaced++;
			} else kept++;
		}
	}
	return {
		ring: {
			meta: { ...ring.meta, periods: [...periods].sort((a, b) => a - b) },
			authorities,
			values: [...byKey.values()]
		},
		added,
		replaced,
		kept,
		skipped
	};
}
