/**
 * The parts of format 1 (ring.json keys): what the users set up — mapping profiles, their own peer
 * groups and the UI's settings. Written with sorted keys so equal data gives equal text; read in
 * `setup-reader.ts`.
 */
import { BEFORE } from '../complete.ts';
import { cmp } from '../csv.ts';
import type { RingPart } from './part.ts';

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
	before: (ring, version) => BEFORE.mapping_profiles(ring, version),
	write: (profiles) => ({ json: { mapping_profiles: profiles.map(sortKeys) } })
};

export const customPeerGroupsPart: RingPart<'custom_peer_groups'> = {
	slot: 'custom_peer_groups',
	since: 1,
	keys: ['custom_peer_groups'],
	owns: never,
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
	before: (ring, version) => BEFORE.settings(ring, version),
	write: (settings) => ({ json: { settings: sortKeys(settings) } })
};
