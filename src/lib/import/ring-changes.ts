/**
 * What the import page stores with the ring, as changes of whatever ring is stored when it is saved
 * (`app.change`, `app/ring-writes.ts`): a mapping profile is added to or removed from the stored list,
 * so profiles another tab saved meanwhile stay; a confirmed import replaces members and values only
 * over the ring it was checked against (`Checked`: its id and revision) — never reapplied, because its
 * conflicts and unknown authorities were decided for that ring.
 */
import type { RingChange } from '../app/ring-writes.ts';
import type { Finding } from '../engine/plausibility.ts';
import type { MappingProfile } from '../ingest/profile.ts';
import { DEMO_RING_ID } from '../ring/store.ts';
import type { Ring } from '../ring/types.ts';
import type { MergeResult } from './merge.ts';

/** The checked result: the merge, its plausibility findings on the imported keys, and how many others. */
export interface Checked {
	merge: MergeResult;
	findings: Finding[];
	other: number;
	/** The ring the merge was made against (id and stored revision): only over that is it stored. */
	ringId: string | null;
	revision: number | null;
}

/** Whether the active ring is the demo (stored as a new ring, never overwritten). */
export function isDemo(ringId: string | null): boolean {
	return ringId === DEMO_RING_ID || ringId === null;
}

export type ProfileEdit = (list: MappingProfile[]) => MappingProfile[];

/** The profile added, or in place of the one of its name. */
export const withProfile =
	(profile: MappingProfile): ProfileEdit =>
	(list) => [...list.filter((p) => p.name !== profile.name), profile];

export const withoutProfile =
	(name: string): ProfileEdit =>
	(list) =>
		list.filter((p) => p.name !== name);

/** The ring's mapping profiles edited by `edit`. */
export const profilesChange =
	(edit: ProfileEdit): RingChange =>
	(data) => ({ ...data, extras: { ...data.extras, mapping_profiles: edit(data.extras.mapping_profiles) } });

/** The merged members and values in place of the ring's; what the ring keeps besides stays as stored. */
export const importChange =
	(ring: Ring): RingChange =>
	(data) => ({ ring, extras: data.extras });
