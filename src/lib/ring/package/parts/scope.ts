/**
 * What a package holds when it is not the moderator's whole ring (format 2, issue 29):
 *
 * - ring.json `scope`: `{"member"?: id, "released_only": bool, "rounded"?: [count ids]}` — only released
 *   member-periods („nur freigegebene Daten“), and/or a member package made for `member` (every other
 *   member under its pseudonym), with `population`/`foreign_population` rounded to the nearest 1,000
 *   when `rounded` names them. Absent for the whole ring.
 * - `size_classes.csv`: `authority_id,period,size_class` — the size class of every member-period, as
 *   a member package carries it (computed from the exact population, which may be rounded in the
 *   package), sorted by authority and period. Written only when there are entries.
 *
 * Read in `scope-reader.ts`.
 */
import { BEFORE } from '../complete.ts';
import { cmp, csvLine } from '../csv.ts';
import { isWholeRing, type PackageScope, type SizeClassEntry } from '../types.ts';
import type { RingPart } from './part.ts';
import { sortKeys } from './setup.ts';

export const SIZE_CLASSES_CSV = 'size_classes.csv';
export const SIZE_CLASSES_HEADER = ['authority_id', 'period', 'size_class'] as const;

export const compareSizeClasses = (a: SizeClassEntry, b: SizeClassEntry) =>
	cmp(a.authority_id, b.authority_id) || a.period - b.period;

export function sizeClassesCsv(entries: readonly SizeClassEntry[]): string {
	return (
		csvLine(SIZE_CLASSES_HEADER) +
		[...entries]
			.sort(compareSizeClasses)
			.map((e) => csvLine([e.authority_id, String(e.period), e.size_class]))
			.join('')
	);
}

/** The scope as written: keys sorted, `rounded` sorted and only when it names a count. */
export function scopeJson(scope: PackageScope): Record<string, unknown> {
	return sortKeys({
		released_only: scope.released_only,
		...(scope.member !== undefined ? { member: scope.member } : {}),
		...(scope.rounded?.length ? { rounded: [...scope.rounded].sort(cmp) } : {})
	}) as Record<string, unknown>;
}

export const scopePart: RingPart<'scope'> = {
	slot: 'scope',
	since: 2,
	keys: ['scope'],
	owns: () => false,
	before: (ring, version) => BEFORE.scope(ring, version),
	write: (scope) => ({ json: isWholeRing(scope) ? {} : { scope: scopeJson(scope) } })
};

export const sizeClassesPart: RingPart<'size_classes'> = {
	slot: 'size_classes',
	since: 2,
	keys: [],
	owns: (path) => path === SIZE_CLASSES_CSV,
	before: (ring, version) => BEFORE.size_classes(ring, version),
	write: (entries) => ({
		files: entries.length
			? [{ path: SIZE_CLASSES_CSV, bytes: new TextEncoder().encode(sizeClassesCsv(entries)) }]
			: []
	})
};
