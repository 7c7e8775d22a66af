/**
 * The parts of format 1 (ring.json keys): what the users set up — mapping profiles, their own peer
 * groups and the UI's settings. Read with the hand-written readers of `ingest/json-check.ts` (no zod in
 * the browser, German messages), written with sorted keys so equal data gives equal text.
 */
import { arrayOf, json, object, recordOf, string, text } from '../../../ingest/json-check.ts';
import { readMappingProfile } from '../../../ingest/profile.ts';
import { cmp } from '../csv.ts';
import type { CustomPeerGroup } from '../types.ts';
import { BEFORE } from '../complete.ts';
import { readJsonKey, RING_JSON, type RingPart } from './part.ts';

/** JSON with object keys sorted recursively, so equal data gives equal text whatever the key order. */
export function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value !== null && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort(cmp))
			out[key] = sortKeys((value as Record<string, unknown>)[key]);
		return out;
	}
	return value;
}

const never = () => false;

export const mappingProfilesPart: RingPart<'mapping_profiles'> = {
	slot: 'mapping_profiles',
	since: 1,
	keys: ['mapping_profiles'],
	owns: never,
	read: (input) => {
		const read = readJsonKey(input, 'mapping_profiles', arrayOf(readMappingProfile));
		return read === null ? null : (read ?? []);
	},
	before: (ring, version) => BEFORE.mapping_profiles(ring, version),
	write: (profiles) => ({ json: { mapping_profiles: profiles.map(sortKeys) } })
};

const readGroup = object<CustomPeerGroup>({ name: text, members: arrayOf(string) });

export const customPeerGroupsPart: RingPart<'custom_peer_groups'> = {
	slot: 'custom_peer_groups',
	since: 1,
	keys: ['custom_peer_groups'],
	owns: never,
	read: (input) => {
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
	},
	before: (ring, version) => BEFORE.custom_peer_groups(ring, version),
	write: (groups) => ({
		json: { custom_peer_groups: groups.map((g) => ({ name: g.name, members: [...g.members] })) }
	})
};

export const settingsPart: RingPart<'settings'> = {
	slot: 'settings',
	since: 1,
	keys: ['settings'],
	owns: never,
	read: (input) => {
		const settings = readJsonKey(input, 'settings', recordOf(json));
		return settings === null ? null : (settings ?? {});
	},
	before: (ring, version) => BEFORE.settings(ring, version),
	write: (settings) => ({ json: { settings: sortKeys(settings) } })
};
