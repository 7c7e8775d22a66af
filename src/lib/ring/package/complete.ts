/**
 * A ring as the app must hold it: every part present, and a pseudonym for every member.
 *
 * Kept apart from the parts' readers so the page can use it without shipping them (the readers run in
 * the import worker): the values of a ring from before a part existed are listed here once more, per
 * field of `RingExtras` — the type makes a missing one an error — and the parts' `before` use them.
 */
import type { Ring } from '../types.ts';
import { completePseudonyms, drawPseudonyms, legacyPseudonyms } from './pseudonym-map.ts';
import type { RingData, RingExtras } from './types.ts';

const ids = (ring: Ring) => ring.authorities.map((a) => a.authority_id);

/** Each part's value for a ring from before it existed (`version` 0: a package naming no version). */
export const BEFORE: { [K in keyof RingExtras]: (ring: Ring, version: 0 | 1) => RingExtras[K] } = {
	mapping_profiles: () => [],
	custom_peer_groups: () => [],
	settings: () => ({}),
	// Format 1's letters for a ring that showed them; a new ring draws its map.
	pseudonyms: (ring, version) =>
		version === 1 ? legacyPseudonyms(ring.meta.name, ids(ring)) : drawPseudonyms(ids(ring)),
	releases: () => [],
	finding_statuses: () => [],
	member_releases: () => [],
	report_texts: () => [],
	scenarios: () => [],
	agendas: () => []
};

/**
 * Complete `data`: a ring stored by an earlier app lacks the newer parts — each gets its value for a
 * version-1 ring (the letters it showed, no Datenstände) — and a member added since gets the next free
 * pseudonym. Returns `data` itself when nothing was missing.
 */
export function completeRingData(data: RingData): RingData {
	const extras = { ...data.extras } as Record<keyof RingExtras, unknown>;
	let changed = false;
	for (const slot of Object.keys(BEFORE) as (keyof RingExtras)[])
		if (extras[slot] === undefined) {
			extras[slot] = BEFORE[slot](data.ring, 1);
			changed = true;
		}
	const complete = extras as RingExtras;
	const pseudonyms = completePseudonyms(complete.pseudonyms, ids(data.ring));
	if (!changed && pseudonyms === complete.pseudonyms) return data;
	return { ring: data.ring, extras: { ...complete, pseudonyms } };
}
