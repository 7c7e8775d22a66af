/**
 * The pseudonym map's file (format 2): `pseudonyms.csv`, `authority_id,label,pseudonym_id`, sorted by
 * authority_id — which code („A“ in „Behörde A“) each member is shown under in a pseudonymous ring, and
 * the random key it has in another member's member package (issue 29). The rules of the map (random
 * draw, next free label, format 1's letters) are in `../pseudonym-map.ts`. A map without keys (data
 * from before they existed) writes the first two columns only. Read in `pseudonyms-reader.ts`.
 */
import { BEFORE } from '../complete.ts';
import { csvLine } from '../csv.ts';
import { sorted } from '../pseudonym-map.ts';
import type { PseudonymEntry } from '../types.ts';
import type { RingPart } from './part.ts';

export const PSEUDONYMS_CSV = 'pseudonyms.csv';
export const PSEUDONYMS_HEADER = ['authority_id', 'label', 'pseudonym_id'] as const;
/** The header of a map from before pseudonym keys (read, never written by a complete map). */
export const PSEUDONYMS_HEADER_V1 = ['authority_id', 'label'] as const;

export function pseudonymsCsv(map: readonly PseudonymEntry[]): string {
	const keys = map.some((e) => e.pseudonym_id);
	return (
		csvLine(keys ? PSEUDONYMS_HEADER : PSEUDONYMS_HEADER_V1) +
		sorted([...map])
			.map((e) => csvLine(keys ? [e.authority_id, e.label, e.pseudonym_id ?? ''] : [e.authority_id, e.label]))
			.join('')
	);
}

export const pseudonymsPart: RingPart<'pseudonyms'> = {
	slot: 'pseudonyms',
	since: 2,
	keys: [],
	owns: (path) => path === PSEUDONYMS_CSV,
	before: (ring, version) => BEFORE.pseudonyms(ring, version),
	write: (map) => ({
		files: [{ path: PSEUDONYMS_CSV, bytes: new TextEncoder().encode(pseudonymsCsv(map)) }]
	})
};
