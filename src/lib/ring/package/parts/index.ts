/**
 * The registry of package parts, in the order their ring.json keys and files are written. A new part
 * of the ring (finding statuses, member-period releases, agendas, report texts, scenarios) is one
 * module beside these and one entry here — plus its field in `RingExtras` and its section in
 * docs/ring-format.md.
 */
import type { RingData, RingExtras } from '../types.ts';
import type { AnyPart } from './part.ts';
import { completePseudonyms, pseudonymsPart } from './pseudonyms.ts';
import { releasesPart } from './releases.ts';
import { customPeerGroupsPart, mappingProfilesPart, settingsPart } from './setup.ts';

export const PARTS: readonly AnyPart[] = [
	mappingProfilesPart,
	customPeerGroupsPart,
	settingsPart,
	pseudonymsPart,
	releasesPart
];

/** The parts a package of `version` holds (a package naming no version is read like version 1). */
export const partsOf = (version: 0 | 1 | 2) => PARTS.filter((p) => p.since <= Math.max(version, 1));

/**
 * A ring as the app must hold it: every part present (a ring stored by an earlier app lacks the newer
 * parts: each gets its value for a version-1 ring — the letters it showed, no Datenstände), and a
 * pseudonym for every member (a member added since gets the next free label). Returns `data` itself
 * when nothing was missing.
 */
export function completeRingData(data: RingData): RingData {
	const extras: Partial<RingExtras> = { ...data.extras };
	let changed = false;
	for (const part of PARTS)
		if (extras[part.slot] === undefined) {
			(extras as Record<string, unknown>)[part.slot] = part.before(data.ring, 1);
			changed = true;
		}
	const complete = extras as RingExtras;
	const pseudonyms = completePseudonyms(
		complete.pseudonyms,
		data.ring.authorities.map((a) => a.authority_id)
	);
	if (pseudonyms !== complete.pseudonyms) changed = true;
	return changed ? { ring: data.ring, extras: { ...complete, pseudonyms } } : data;
}
