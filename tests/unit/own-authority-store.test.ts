/**
 * „Mein Amt“ per ring in the ring store (issue 19): kept per ring id in this browser, one ring's choice
 * never touching another's, forgotten with its ring, never part of the ring itself (so never in a
 * ring package).
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { emptyRing } from '../../src/lib/ring/ring-names.ts';
import { openRingStore, type RingStore } from '../../src/lib/ring/store.ts';

async function open(idb: IDBFactory): Promise<RingStore> {
	const opened = await openRingStore(idb);
	if (!opened.ok) throw new Error(opened.problem.message);
	return opened.value;
}

const value = <T>(result: { ok: true; value: T } | { ok: false; problem: { message: string } }): T => {
	if (!result.ok) throw new Error(result.problem.message);
	return result.value;
};

describe('„Mein Amt“ in the ring store', () => {
	it('is remembered per ring, across connections (a reload), and replaced by a new choice', async () => {
		const idb = new IDBFactory();
		const store = await open(idb);
		expect(value(await store.getOwnAuthorities())).toEqual({});
		value(await store.setOwnAuthority('demo', '01002'));
		value(await store.setOwnAuthority('ring-a', '09162'));
		value(await store.setOwnAuthority('demo', '05315'));
		store.close();
		const again = await open(idb);
		expect(value(await again.getOwnAuthorities())).toEqual({ demo: '05315', 'ring-a': '09162' });
		value(await again.setOwnAuthority('ring-a', null));
		expect(value(await again.getOwnAuthorities())).toEqual({ demo: '05315' });
	});

	it('goes with its ring when the ring is deleted, and is no part of the ring', async () => {
		const store = await open(new IDBFactory());
		value(await store.saveRing('ring-a', emptyRing('A'), null));
		value(await store.saveRing('ring-b', emptyRing('B'), null));
		value(await store.setOwnAuthority('ring-a', '01001'));
		value(await store.setOwnAuthority('ring-b', '01002'));
		value(await store.deleteRing('ring-a'));
		expect(value(await store.getOwnAuthorities())).toEqual({ 'ring-b': '01002' });
		const ring = value(await store.loadRing('ring-b'))!;
		expect(JSON.stringify(ring)).not.toContain('01002');
	});
});
