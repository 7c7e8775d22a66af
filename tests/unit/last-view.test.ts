/**
 * The last view of a ring (first-view/last-view.ts) in the ring store (fake IndexedDB): painted at the
 * next start only for the same ring, unchanged since; its state is remembered either way.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { rememberedState } from '../../src/lib/dashboard/context.ts';
import type { DashboardData } from '../../src/lib/dashboard/data.ts';
import { lastViewPreview, type LastView } from '../../src/lib/first-view/last-view.ts';
import { FIRST_VIEW_VERSION } from '../../src/lib/first-view/types.ts';
import { emptyExtras } from '../../src/lib/ring/package/types.ts';
import { openRingStore, type RingStore } from '../../src/lib/ring/store.ts';
import { syntheticRing } from '../fixtures/catalogue/rings.ts';
import { noValues } from '../../src/lib/ring/value-columns.ts';
import { valueCount } from '../../src/lib/ring/value-columns.ts';

let clock = 0;
async function store(): Promise<RingStore> {
	const opened = await openRingStore(new IDBFactory(), {
		now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, ++clock))
	});
	if (!opened.ok) throw new Error(opened.problem.message);
	return opened.value;
}

const ring = syntheticRing(6, 2);
const state = { authorityId: ring.authorities[2]!.authority_id, period: 2016, peers: 'kind' };
const never = new Promise<DashboardData>(() => undefined); // the real session is not needed here

async function recorded(s: RingStore, id: string): Promise<LastView> {
	const rings = await s.listRings();
	if (!rings.ok) throw new Error(rings.problem.message);
	const summary = rings.value.find((r) => r.id === id)!;
	const record: LastView = {
		version: FIRST_VIEW_VERSION,
		ringId: id,
		updated: summary.updated,
		data: { ring: { ...ring, values: noValues() }, extras: emptyExtras() },
		periods: [2015, 2016],
		state,
		stats: {
			group: {
				type: 'kind',
				name: 'x',
				authority_id: state.authorityId,
				period: 2016,
				size_class: null,
				members: [state.authorityId],
				reason: null
			},
			rows: []
		},
		values: [['completion_rate', [[state.authorityId, 97.5]]]],
		kpi: null
	};
	const saved = await s.setLastView(record);
	expect(saved.ok).toBe(true);
	return record;
}

describe('last view', () => {
	it('is painted for the same, unchanged ring and restores its state', async () => {
		const s = await store();
		await s.saveRing('r1', { ring, extras: emptyExtras() }, null);
		await recorded(s, 'r1');
		const preview = await lastViewPreview(s, 'r1', never);
		expect(preview?.preview).toBe(true);
		expect(preview!.ringId).toBe('r1');
		expect(valueCount(preview!.data.ring.values)).toBe(0);
		expect(await preview!.queries.stats(state)).toMatchObject({
			group: { members: [state.authorityId] }
		});
		expect((await preview!.queries.periodValues(2016)).get('completion_rate')?.get(state.authorityId)).toBe(
			97.5
		);
		expect(rememberedState('r1')).toEqual(state);
		expect(rememberedState('r2')).toEqual({}); // another ring starts from its own state
	});

	it('is not painted for another ring or after the ring was saved again', async () => {
		const s = await store();
		await s.saveRing('r1', { ring, extras: emptyExtras() }, null);
		await s.saveRing('r2', { ring, extras: emptyExtras() }, null);
		await recorded(s, 'r1');
		expect(await lastViewPreview(s, 'r2', never)).toBeNull();
		await s.saveRing('r1', { ring, extras: emptyExtras() }, 1); // e.g. an import: new numbers
		expect(await lastViewPreview(s, 'r1', never)).toBeNull();
		expect(rememberedState('r1')).toEqual(state); // the state still opens where the user was
	});
});
