/**
 * The merged ring, once the user has decided (a new object; nothing is stored here), and the German
 * problems of an analysis (analyse.ts).
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
import type { Problem } from '../ingest/types.ts';
import type { Authority, BaseValue, Ring } from '../ring/types.ts';
import { valueKey, type UnknownAuthority } from './analyse.ts';

export type Choice = 'keep' | 'replace';

/** German problems for the unknown authorities (one per authority, at its first cell). */
export function unknownAuthorityProblems(list: readonly UnknownAuthority[]): Problem[] {
	return list.map((u) => ({
		file: u.first?.file ?? '',
		line: u.first?.line ?? 1,
		column: u.first?.column ?? 1,
		text: u.authority_id,
		message: `Unbekannte Behörde „${u.authority_id}“: nicht Mitglied des Rings (${u.values} Werte). Zum Ring hinzufügen oder ihre Werte auslassen.`,
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
