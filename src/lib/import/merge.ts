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
import type { Problem } from '../ingest/types.ts';
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

export function analyseImport(ring: Ring, incoming: readonly BaseValue[]): Analysis {
	const existing = new Map<string, BaseValue>();
	for (const v of ring.values) existing.set(valueKey(v), v);
	const members = new Set(ring.authorities.map((a) => a.authority_id));
	const seen = new Map<string, BaseValue>();
	const unknown = new Map<string, UnknownAuthority>();
	const conflicts: Conflict[] = [];
	const duplicates: Problem[] = [];
	const periods = new Set<number>();
	let added = 0;
	let unchanged = 0;
	for (const v of incoming) {
		const key = valueKey(v);
		const earlier = seen.get(key);
		if (earlier) {
			const src = v.source;
			duplicates.push({
				file: src?.file ?? '',
				line: src?.line ?? 1,
				column: src?.column ?? 1,
				text: String(v.value),
				message: `Wert für Behörde ${v.authority_id}, Jahr ${v.period}, Grundzahl ${v.count_id} steht auch in ${where(earlier.source)}; bitte nur eine Datei je Wert importieren.`,
				severity: 'error',
				code: 'duplicate_across_files'
			});
			continue;
		}
		seen.set(key, v);
		periods.add(v.period);
		if (!members.has(v.authority_id)) {
			const u = unknown.get(v.authority_id);
			if (u) u.values++;
			else unknown.set(v.authority_id, { authority_id: v.authority_id, first: v.source ?? null, values: 1 });
		}
		const old = existing.get(key);
		if (!old) added++;
		else if (Object.is(old.value, v.value)) unchanged++;
		else
			conflicts.push({
				key,
				authority_id: v.authority_id,
				period: v.period,
				count_id: v.count_id,
				existing: old,
				incoming: v
			});
	}
	return {
		conflicts,
		added,
		unchanged,
		unknownAuthorities: [...unknown.values()],
		duplicates,
		periods: [...periods].sort((a, b) => a - b)
	};
}

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
