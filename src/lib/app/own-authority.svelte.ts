/**
 * „Mein Amt“ per ring, as chosen in this browser: kept in the ring store's small state (`store.ts`,
 * `own-authority`), never in the ring — a ring package travels to other members, whose „Mein Amt“ is
 * another. A ring only in memory keeps its choice until the tab closes. Read once at start, before
 * the first view is drawn, so a link without `authority` opens at it.
 */
import type { RingStore } from '../ring/store.ts';

export class OwnAuthorities {
	/** Authority id by ring id. */
	byRing = $state.raw<Record<string, string>>({});
	#memory: string | undefined;

	/** „Mein Amt“ of ring `ringId` (null: the ring in memory), if one was chosen. */
	get(ringId: string | null): string | undefined {
		return ringId === null ? this.#memory : this.byRing[ringId];
	}

	/** Read the stored choices (those made meanwhile win). */
	async load(store: RingStore | null): Promise<void> {
		const read = store ? await store.getOwnAuthorities() : null;
		if (read?.ok) this.byRing = { ...read.value, ...this.byRing };
	}

	/** Shown at once; stored when `store` is given (a failure only costs the next visit's convenience). */
	async set(store: RingStore | null, ringId: string | null, authorityId: string): Promise<void> {
		if (ringId === null) {
			this.#memory = authorityId;
			return;
		}
		if (this.byRing[ringId] !== authorityId) this.byRing = { ...this.byRing, [ringId]: authorityId };
		if (store) await store.setOwnAuthority(ringId, authorityId);
	}
}
