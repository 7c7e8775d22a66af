/**
 * Readers of the format-1 parts (`setup.ts`), with the hand-written readers of `ingest/json-check.ts`
 * (no zod in the browser, German messages).
 */
import { arrayOf, json, object, recordOf, string, text } from '../../../ingest/json-check.ts';
import { readMappingProfile } from '../../../ingest/profile.ts';
import type { CustomPeerGroup } from '../types.ts';
import { readJsonKey } from './json-key.ts';
import { RING_JSON, type PartReader } from './part.ts';

export const readMappingProfiles: PartReader<'mapping_profiles'> = (input) => {
	const read = readJsonKey(input, 'mapping_profiles', arrayOf(readMappingProfile));
	return read === null ? null : (read ?? []);
};

export const readCustomPeerGroups: PartReader<'custom_peer_groups'> = (input) => {
	const readGroup = object<CustomPeerGroup>({ name: text, members: arrayOf(string) });
	const groups = readJsonKey(input, 'custom_peer_groups', arrayOf(readGroup));
	if (groups === null) return null;
	const members = new Set(input.ring.authorities.map((a) => a.authority_id));
	const sink = input.sink(RING_JSON);
	const errors = sink.errors;
	for (const group of groups ?? [])
		for (const id of group.members)
			if (!members.has(id))
				sink.error(
					'unknown_peer_member',
					1,
					1,
					id,
					`ring.json: Vergleichsgruppe „${group.name}“ nennt Behörde „${id}“, die nicht in authorities.csv steht.`
				);
	return sink.errors > errors ? null : (groups ?? []);
};

export const readSettings: PartReader<'settings'> = (input) => {
	const settings = readJsonKey(input, 'settings', recordOf(json));
	return settings === null ? null : (settings ?? {});
};
