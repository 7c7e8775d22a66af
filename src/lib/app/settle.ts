/**
 * What the app does after a write of the active ring (`ring-writes.ts`): which ring it opens, what the
 * notice line and the problem say, and what the page is told. Pure, so the rules are read in one place
 * and `app.svelte.ts` only applies them to the session.
 */
import type { MessageKey } from '../i18n/messages.ts';
import type { RingData } from '../ring/package/types.ts';
import type { StorageProblem } from '../ring/storage-problem.ts';
import type { RingStore, StoredChange } from '../ring/store.ts';
import { completeRingData } from '../ring/package/complete.ts';
import type { ChangeResult, Notice } from './outcomes.ts';
import { writeChange, type WriteOutcome } from './ring-writes.ts';
import { renamedRing } from '../ring/ring-names.ts';

export interface Settlement {
	status: ChangeResult['status'];
	/** The ring to open: `stored` under the ring's id with its revision, or (false) in memory only. */
	open: { stored: boolean; data: RingData; revision: number | null } | null;
	notice: Notice | null;
	problem: StorageProblem | null;
	/** The store changed (or may have): the ring list is read again. */
	refresh: boolean;
}

/** `held`: the active ring as this tab holds it; `notApplicable`: the notice for a change that no longer fits. */
export function settle(outcome: WriteOutcome, held: RingData, notApplicable: MessageKey): Settlement {
	const name = held.ring.meta.name;
	const none = { open: null, notice: null, problem: null };
	const warn = (key: MessageKey): Notice => ({ tone: 'warning', said: { key, params: { name } } });
	if (outcome.status === 'unchanged') return { ...none, status: 'unchanged', refresh: false };
	if (outcome.status === 'failed') {
		const open = { stored: false, data: outcome.mine, revision: null };
		return { ...none, status: 'memory', open, problem: outcome.problem, refresh: false };
	}
	if (outcome.status === 'saved') {
		const { data, revision } = outcome.stored;
		const notice: Notice | null = outcome.reapplied
			? { tone: 'info', said: { key: 'sync.reapplied', params: { name } } }
			: null;
		return { ...none, status: 'saved', open: { stored: true, data, revision }, notice, refresh: true };
	}
	// Deleted in another tab: what this tab has stays open, in memory, to be saved as a new ring.
	if (!outcome.current) {
		const open = { stored: false, data: outcome.mine ?? held, revision: null };
		return { ...none, status: 'conflict', open, notice: warn('sync.deleted'), refresh: true };
	}
	const open = { stored: true, data: outcome.current.data, revision: outcome.current.revision };
	// 'changed' is the caller's to explain (it offers the choice); the others are said here.
	const said =
		outcome.reason === 'busy' ? 'sync.busy' : outcome.reason === 'not_applicable' ? notApplicable : null;
	return { ...none, status: 'conflict', open, notice: said && warn(said), refresh: true };
}

/**
 * Rename the stored ring `id` that is not on display: read, renamed on the revision read and written
 * back, with the same conflict rules as a change of the active ring (another tab's save in between is
 * kept; the rename goes on top of it).
 */
export async function renameStored(
	store: RingStore,
	id: string,
	name: string
): Promise<{ result: ChangeResult; notice: Notice | null; problem: StorageProblem | null }> {
	const result = (status: ChangeResult['status']): ChangeResult => ({ status, newRing: false });
	const read = await store.readRing(id);
	if (!read.ok || !read.value)
		return { result: result('unchanged'), notice: null, problem: read.ok ? null : read.problem };
	const outcome = await writeChange(store, id, read.value, (d) => renamedRing(d, name), true);
	if (outcome.status === 'saved') return { result: result('saved'), notice: null, problem: null };
	if (outcome.status === 'conflict') {
		const key = outcome.reason === 'deleted' ? 'sync.deleted' : 'sync.busy';
		const params = { name: read.value.data.ring.meta.name };
		return { result: result('conflict'), notice: { tone: 'warning', said: { key, params } }, problem: null };
	}
	if (outcome.status === 'failed')
		return { result: result('memory'), notice: null, problem: outcome.problem };
	return { result: result('unchanged'), notice: null, problem: null };
}

/**
 * Another tab saved or deleted `change.id`, the ring on display (`store`, at `revision`): the ring to
 * open (its current revision), the ring gone (`gone`: what the tab has stays open, in memory), a problem
 * reading it — or null when the tab has that revision already.
 */
export async function remoteSettlement(
	store: RingStore,
	held: { data: RingData; revision: number | null },
	change: StoredChange
): Promise<Pick<Settlement, 'open' | 'notice' | 'problem'> | null> {
	const { revision } = held;
	if (change.revision !== null && revision !== null && change.revision <= revision) return null;
	const read = await store.readRing(change.id);
	if (!read.ok) return { open: null, notice: null, problem: read.problem };
	if (!read.value) {
		const params = { name: held.data.ring.meta.name };
		return { open: null, notice: { tone: 'warning', said: { key: 'sync.deleted', params } }, problem: null };
	}
	if (read.value.revision === revision) return null;
	const open = { stored: true, data: completeRingData(read.value.data), revision: read.value.revision };
	const params = { name: read.value.data.ring.meta.name };
	return { open, notice: { tone: 'info', said: { key: 'sync.updated', params } }, problem: null };
}
