/**
 * How an authority is shown (formats.md: pseudonymous is the default disclosure).
 *
 * Other members appear as „Behörde A“, „Behörde B“, … under the ring's stored pseudonym map
 * (`package/parts/pseudonyms.ts`): drawn once at random and kept, so the letters are the same in
 * every view, download, print, session and report of the ring, after a rename, a copy or a change of
 * members, and nobody can recompute them from the ring's name and the public Kreisschlüssel. The own
 * authority also holds a letter, so switching „Mein Amt“ never reshuffles the others.
 */
import type { RingData } from './package/types.ts';
import type { Authority } from './types.ts';

/** What naming needs of a ring: disclosure, members and the stored map. */
export interface Nameable {
	ring: Pick<RingData['ring'], 'meta' | 'authorities'>;
	extras: Pick<RingData['extras'], 'pseudonyms'>;
}

/** authority_id → label, from the stored map. */
export function pseudonymCodes(data: Pick<Nameable, 'extras'>): Map<string, string> {
	return new Map((data.extras.pseudonyms ?? []).map((e) => [e.authority_id, e.label]));
}

/**
 * How an authority is shown: its own name for the own authority or in a named ring, otherwise
 * "<prefix> <label>". Every view that shows an authority goes through this.
 */
export function displayNamer(
	data: Nameable,
	ownId: string | undefined,
	prefix: string
): (authorityId: string) => string {
	const byId = new Map<string, Authority>(data.ring.authorities.map((a) => [a.authority_id, a]));
	const codes = pseudonymCodes(data);
	const named = data.ring.meta.disclosure === 'named';
	return (id) => {
		const authority = byId.get(id);
		if (authority && (named || id === ownId)) return authority.name;
		return `${prefix} ${codes.get(id) ?? '?'}`;
	};
}
