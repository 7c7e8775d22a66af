/**
 * Saving a change of a stored ring without losing another tab's save.
 *
 * A change is a function of the ring it applies to (`RingChange`: ring → ring), not a finished ring:
 * a custom peer group, a mapping profile, a setting — and what later issues keep with the ring
 * (finding statuses, notes, agendas, report texts, scenarios) — is "this ring, plus my edit". The
 * store writes only over the revision the tab read (`store.ts`); when another tab saved meanwhile the
 * write is refused, the current ring is read, and the same function is applied to it and saved — the
 * other tab's work and this one both survive. A change that is not well defined on a different ring
 * (an import confirmed after a check against the old ring: its conflicts and unknown authorities were
 * decided for that ring) is not reapplied: the caller gets the current ring and asks the user.
 *
 * Every ring the change sees and every ring it saves is complete (`completeRingData`: a ring stored by
 * an earlier app gets its missing parts, a member added since its pseudonym), as the app holds it.
 *
 * Pure (no Svelte, no page): the app (`app.svelte.ts`) applies the outcome to the session; the unit
 * tests run it on two store connections as two tabs.
 */
import { completeRingData } from '../ring/package/complete.ts';
import type { RingData, RingExtras } from '../ring/package/types.ts';
import type { StorageProblem } from '../ring/storage-problem.ts';
import type { RingStore, StoredRing } from '../ring/store.ts';

/** A change as a function of the ring it is applied to; null when it does not apply to that ring. */
export type RingChange = (data: RingData) => RingData | null;

/**
 * A change of one part the ring keeps (`extras[slot]`: scenarios, agendas, report texts, profiles …),
 * made by `edit` on the part as stored in the ring it is applied to; `edit` gives null when the change
 * does not fit that ring (e.g. its member is gone).
 */
export function partChange<K extends keyof RingExtras>(
	slot: K,
	edit: (value: RingExtras[K], data: RingData) => RingExtras[K] | null
): RingChange {
	return (data) => {
		const value = edit(data.extras[slot], data);
		return value === null ? null : { ...data, extras: { ...data.extras, [slot]: value } };
	};
}

/** Whether `id` is a member of the ring (a change for a member who left no longer applies). */
export const isMember = (data: RingData, id: string) =>
	data.ring.authorities.some((a) => a.authority_id === id);

/** Why a change was not saved although storage works. */
export type ConflictReason =
	/** Another tab saved the ring, and the change is not reapplied (`reapply: false`). */
	| 'changed'
	/** The ring was deleted in another tab. */
	| 'deleted'
	/** Reapplied to the current ring, the change does not apply any more (the function gave null). */
	| 'not_applicable'
	/** Other tabs kept saving while this one retried. */
	| 'busy';

export type WriteOutcome =
	/** `reapplied`: the ring had changed elsewhere; the change was applied to the current ring. */
	| { status: 'saved'; stored: StoredRing; reapplied: boolean }
	/** Nothing written. `current`: the ring as stored now (null: deleted); `mine`: the changed ring. */
	| { status: 'conflict'; reason: ConflictReason; current: StoredRing | null; mine: RingData | null }
	/** Storage failed (quota, …): nothing written; `mine` is the changed ring, to keep in memory. */
	| { status: 'failed'; problem: StorageProblem; mine: RingData }
	/** The change does not apply to the ring the tab holds (nothing to save). */
	| { status: 'unchanged' };

/** Tries before giving up while other tabs keep saving (each try is one read and one write). */
export const ATTEMPTS = 3;

/**
 * Apply `change` to `base` (the ring as this tab read it) and save it under `id`; on a conflict read
 * the current ring and, when `reapply`, apply the change to it and save again.
 */
export async function writeChange(
	store: RingStore,
	id: string,
	base: StoredRing,
	change: RingChange,
	reapply: boolean
): Promise<WriteOutcome> {
	let current = base;
	for (let attempt = 0; ; attempt++) {
		const changed = change(current.data);
		const mine = changed && completeRingData(changed);
		if (!mine)
			return attempt === 0
				? { status: 'unchanged' }
				: { status: 'conflict', reason: 'not_applicable', current, mine: null };
		const saved = await store.saveRing(id, mine, current.revision);
		if (saved.ok)
			return {
				status: 'saved',
				stored: { data: mine, revision: saved.value.revision },
				reapplied: attempt > 0
			};
		if (saved.problem.code !== 'conflict') return { status: 'failed', problem: saved.problem, mine };
		const read = await store.readRing(id);
		if (!read.ok) return { status: 'failed', problem: read.problem, mine };
		if (!read.value) return { status: 'conflict', reason: 'deleted', current: null, mine };
		current = { data: completeRingData(read.value.data), revision: read.value.revision };
		if (!reapply) return { status: 'conflict', reason: 'changed', current, mine };
		if (attempt + 1 >= ATTEMPTS) return { status: 'conflict', reason: 'busy', current, mine };
	}
}
