/**
 * The registry of part readers, one per field of `RingExtras` (the type makes a missing one an error).
 * Only `open.ts` imports it — in the import worker, the CLI and the build — so the page never ships
 * the readers (see `part.ts`).
 */
import type { RingExtras } from '../types.ts';
import type { PartReader } from './part.ts';
import { readAgendas } from './agendas-reader.ts';
import { readFindingStatuses, readMemberReleases } from './moderation-reader.ts';
import { readPseudonyms } from './pseudonyms-reader.ts';
import { readReleases } from './releases-reader.ts';
import { readReportTexts } from './report-texts-reader.ts';
import { readScenarios } from './scenarios-reader.ts';
import { readCustomPeerGroups, readMappingProfiles, readSettings } from './setup-reader.ts';

export const READERS: { [K in keyof RingExtras]: PartReader<K> } = {
	mapping_profiles: readMappingProfiles,
	custom_peer_groups: readCustomPeerGroups,
	settings: readSettings,
	pseudonyms: readPseudonyms,
	releases: readReleases,
	finding_statuses: readFindingStatuses,
	member_releases: readMemberReleases,
	report_texts: readReportTexts,
	scenarios: readScenarios,
	agendas: readAgendas
};
