/**
 * The pseudonym map's file (format 2): `pseudonyms.csv`, `authority_id,label`, sorted by authority_id
 * — which code („A“ in „Behörde A“) each member is shown under in a pseudonymous ring. The rules of
 * the map (random draw, next free label, format 1's letters) are in `../pseudonym-map.ts`.
 * Read in `pseudonyms-reader.ts`.
 */
import { BEFORE } from '../complete.ts';
import { csvLine } from '../csv.ts';
import { sorted } from '../pseudonym-map.ts';
import type { PseudonymEntry } from '../types.ts';
import type { RingPart } from './part.ts';

export const PSEUDONYMS_CSV = 'pseudonyms.csv';
export const PSEUDONYMS_HEADER = ['authority_id', 'label'] as const;

export function pseudonymsCsv(map: readonly PseudonymEntry[]): string {
	return (
		csvLine(PSEUDONYMS_HEADER) +
		sorted([...map])
			.map((e) => csvLine([e.authority_id, e.label]))
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
