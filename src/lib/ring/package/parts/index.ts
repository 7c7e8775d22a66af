/**
 * The registry of package parts, in the order their ring.json keys and files are written. A new part
 * of the ring (finding statuses, member-period releases, agendas, report texts, scenarios) is a spec
 * module beside these and one entry here — plus its field in `RingExtras`, its reader in
 * `readers.ts`, its value for older rings in `../complete.ts` (light, for the page) and its section in
 * docs/ring-format.md. The types make a forgotten reader or `before` value an error; a unit test
 * checks this list against `RingExtras`.
 */
import type { AnyPart } from './part.ts';
import { agendasPart } from './agendas.ts';
import { findingStatusesPart, memberReleasesPart } from './moderation.ts';
import { pseudonymsPart } from './pseudonyms.ts';
import { releasesPart } from './releases.ts';
import { reportTextsPart } from './report-texts.ts';
import { scenariosPart } from './scenarios.ts';
import { customPeerGroupsPart, mappingProfilesPart, settingsPart } from './setup.ts';

export const PARTS: readonly AnyPart[] = [
	mappingProfilesPart,
	customPeerGroupsPart,
	settingsPart,
	pseudonymsPart,
	releasesPart,
	findingStatusesPart,
	memberReleasesPart,
	reportTextsPart,
	scenariosPart,
	agendasPart
];

/** The parts a package of `version` holds (a package naming no version is read like version 1). */
export const partsOf = (version: 0 | 1 | 2) => PARTS.filter((p) => p.since <= Math.max(version, 1));
