/**
 * Pseudonyms for a pseudonymous ring (formats.md: the default disclosure).
 *
 * Other members appear as "Behörde A", "Behörde B", … The letters must be
 * - stable: the same in every view, download and print of a session, and the same after the ring
 *   is exported and opened elsewhere, so they are derived from the ring's data, never random;
 * - unrevealing: not in the order of the public Kreisschlüssel or of the names, which anyone could
 *   reproduce, so members are ordered by a hash of ring name and authority_id;
 * - independent of who is looking: the own authority also holds a letter, so switching "Mein Amt"
 *   never reshuffles the others.
 */
import { columnLetters } from '../format/letters.ts';
import type { Authority, Ring } from './types.ts';

/** FNV-1a, 32 bit: small, deterministic, good enough to shuffle a few thousand ids. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/** 0 → A, 25 → Z, 26 → AA, 27 → AB, … (spreadsheet column letters). */
export function letters(index: number): string {
	return columnLetters(index + 1);
}

/** authority_id → letter code, for every member of the ring. */
export function pseudonymCodes(ring: Pick<Ring, 'meta' | 'authorities'>): Map<string, string> {
	const salt = ring.meta.name;
	const ordered = [...ring.authorities].sort(
		(a, b) =>
			fnv1a(`${salt}|${a.authority_id}`) - fnv1a(`${salt}|${b.authority_id}`) ||
			a.authority_id.localeCompare(b.authority_id)
	);
	return new Map(ordered.map((a, i) => [a.authority_id, letters(i)]));
}

/**
 * How an authority is shown: its own name for the own authority or in a named ring, otherwise
 * "<prefix> <letter>". Every view that shows an authority goes through this.
 */
export function displayNamer(
	ring: Pick<Ring, 'meta' | 'authorities'>,
	ownId: string | undefined,
	prefix: string
): (authorityId: string) => string {
	const byId = new Map<string, Authority>(ring.authorities.map((a) => [a.authority_id, a]));
	const codes = pseudonymCodes(ring);
	const named = ring.meta.disclosure === 'named';
	return (id) => {
		const authority = byId.get(id);
		if (authority && (named || id === ownId)) return authority.name;
		return `${prefix} ${codes.get(id) ?? '?'}`;
	};
}
