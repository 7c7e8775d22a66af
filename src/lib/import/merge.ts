/**
 * The merged ring, once the user has decided (a new object; nothing is stored here), and the
 * problems of an analysis (analyse.ts), as message keys worded where they are shown.
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
import type { Problem } from '../ingest/types.ts';
import type { Authority, Ring } from '../ring/types.ts';
import { valueAt, ValueColumnsBuilder, type ValueColumns } from '../ring/value-columns.ts';
import { valueKey, type UnknownAuthority } from './analyse.ts';

export type Choice = 'keep' | 'replace';

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

/**
 * The ring after the import. Throws nothing; unknown authorities that are neither added nor skipped are
 * skipped. The ring's values keep their order (a replaced value takes the old one's place), the added
 * ones follow in the files' order — as columns: the ring's values are looked up per authority by
 * (period, count) numbers, only for authorities the files name.
 */
export function mergeImport(
	ring: Ring,
	incoming: readonly ValueColumns[],
	decisions: MergeDecisions
): MergeResult {
	const authorities = [...ring.authorities];
	const members = new Set(authorities.map((a) => a.authority_id));
	for (const a of decisions.newAuthorities)
		if (!members.has(a.authority_id)) {
			authorities.push(a);
			members.add(a.authority_id);
		}
	const countIndex = new Map<string, number>();
	const countsOf = (cols: ValueColumns) =>
		Uint32Array.from(cols.counts, (id) => {
			let c = countIndex.get(id);
			if (c === undefined) countIndex.set(id, (c = countIndex.size));
			return c;
		});
	const inner = (period: number, count: number) => period * 65_536 + count;
	/** authority id → (period, count) → the ring's row, for the authorities the files name. */
	const rows = new Map<string, Map<number, number>>();
	for (const cols of incoming) for (const id of cols.authorities) rows.set(id, new Map());
	const base = ring.values;
	const baseCounts = countsOf(base);
	for (let r = 0; r < base.value.length; r++)
		rows
			.get(base.authorities[base.authority[r]!]!)
			?.set(inner(base.period[r]!, baseCounts[base.count[r]!]!), r);
	/** For each of the ring's rows replaced: the incoming set and row that takes its place. */
	const replacedBy = new Map<number, { cols: ValueColumns; row: number }>();
	const additions: { cols: ValueColumns; rows: number[] }[] = [];
	/** Keys an earlier file gave (a key in two files is an error of the import; the first is kept). */
	const taken = new Map<string, Set<number>>();
	let [added, replaced, kept, skipped] = [0, 0, 0, 0];
	const periods = new Set(ring.meta.periods);
	for (const cols of incoming) {
		const counts = countsOf(cols);
		const skip = Uint8Array.from(cols.authorities, (id) =>
			!members.has(id) || decisions.skipAuthorities.has(id) ? 1 : 0
		);
		const mine: number[] = [];
		for (let i = 0; i < cols.value.length; i++) {
			const a = cols.authority[i]!;
			if (skip[a]) {
				skipped++;
				continue;
			}
			const id = cols.authorities[a]!;
			const key = inner(cols.period[i]!, counts[cols.count[i]!]!);
			let seen = taken.get(id);
			if (!seen) taken.set(id, (seen = new Set()));
			if (seen.has(key)) continue;
			seen.add(key);
			const old = rows.get(id)!.get(key);
			if (old === undefined) {
				mine.push(i);
				periods.add(cols.period[i]!);
				added++;
			} else if (!Object.is(base.value[old], cols.value[i])) {
				const choice = decisions.choices[valueKey(valueAt(cols, i))] ?? decisions.all;
				if (choice === 'replace') {
					replacedBy.set(old, { cols, row: i });
					replaced++;
				} else kept++;
			}
		}
		additions.push({ cols, rows: mine });
	}
	const values = new ValueColumnsBuilder();
	let run: number[] = [];
	for (let r = 0; r < base.value.length; r++) {
		const by = replacedBy.get(r);
		if (!by) {
			run.push(r);
			continue;
		}
		values.append(base, run);
		values.append(by.cols, [by.row]);
		run = [];
	}
	values.append(base, run);
	for (const { cols, rows: mine } of additions) values.append(cols, mine);
	return {
		ring: {
			meta: { ...ring.meta, periods: [...periods].sort((a, b) => a - b) },
			authorities,
			values: values.finish()
		},
		added,
		replaced,
		kept,
		skipped
	};
}
