/**
 * Two tabs, one ring: the store's revision check (two connections to one IndexedDB are two tabs), the
 * change-as-a-function resolution of a refused write (`app/ring-writes.ts`), and the channel that
 * tells the other tabs (`app/ring-channel.ts`). The stored ring is compared as its ring package bytes:
 * it must be exactly one of the allowed states, never a mix and never the older one over a newer.
 */
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ATTEMPTS, writeChange, type RingChange } from '../../src/lib/app/ring-writes.ts';
import { openRingChannel, type ChannelHost } from '../../src/lib/app/ring-channel.ts';
import { remoteSettlement, renameStored, settle } from '../../src/lib/app/settle.ts';
import { emptyExtras, type RingData } from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import { DB_NAME, openRingStore, type RingStore, type StoredChange } from '../../src/lib/ring/store.ts';
import { encodeValues, valueCount } from '../../src/lib/ring/value-columns.ts';
import { decodeValues } from '../../src/lib/ring/value-columns.ts';

/** A complete ring, as the app holds it (with its pseudonym map, fixed here: a drawn one is random). */
function ring(name: string, values: number, periods = [2023]): RingData {
	return {
		ring: {
			meta: {
				format_version: 1,
				name,
				description: '',
				periods,
				disclosure: 'pseudonymous',
				synthetic: false
			},
			authorities: [
				{ authority_id: '01001', name: 'Flensburg', kind: 'kreisfreie_stadt', state: 'SH' },
				{ authority_id: '09162', name: 'München', kind: 'kreisfreie_stadt', state: 'BY' }
			],
			values: encodeValues(
				Array.from({ length: values }, (_, i) => ({
					authority_id: i % 2 === 0 ? '01001' : '09162',
					period: periods[i % periods.length]!,
					count_id: `c${i}`,
					value: i
				}))
			)
		},
		extras: {
			...emptyExtras(),
			pseudonyms: [
				{ authority_id: '01001', label: 'B', pseudonym_id: 'ps-b0000001' },
				{ authority_id: '09162', label: 'A', pseudonym_id: 'ps-a0000001' }
			]
		}
	};
}

/** The import of tab 1: two more values and a period more. */
const imported = (data: RingData): RingData => {
	const next = ring(data.ring.meta.name, valueCount(data.ring.values) + 2, [2023, 2024]);
	return { ...next, extras: data.extras };
};

/** The custom group of tab 2, as a change of whatever ring it is applied to. */
const withGroup: RingChange = (data) => ({
	...data,
	extras: { ...data.extras, custom_peer_groups: [{ name: 'Nord', members: ['01001', '09162'] }] }
});

const bytes = (data: RingData) => exportRingZip(data);

async function tabs(n: number, announce?: (tab: number, change: StoredChange) => void): Promise<RingStore[]> {
	const idb = new IDBFactory();
	const stores: RingStore[] = [];
	for (let i = 0; i < n; i++) {
		const opened = await openRingStore(idb, { announce: (c) => announce?.(i, c) });
		if (!opened.ok) throw new Error(opened.problem.message);
		stores.push(opened.value);
	}
	return stores;
}

function ok<T>(result: { ok: true; value: T } | { ok: false; problem: { message: string } }): T {
	if (!result.ok) throw new Error(result.problem.message);
	return result.value;
}

async function stored(store: RingStore, id = 'ring-a'): Promise<Uint8Array | null> {
	const data = ok(await store.loadRing(id));
	return data && bytes(data);
}

afterEach(() => vi.restoreAllMocks());

describe('revisions in the store', () => {
	it('count every write and refuse a write based on an older revision, leaving the newer ring', async () => {
		const [one, two] = await tabs(2);
		expect(ok(await one!.saveRing('ring-a', ring('Ring Nord', 4), null)).revision).toBe(1);
		const readByTwo = ok(await two!.readRing('ring-a'))!;
		expect(readByTwo.revision).toBe(1);
		expect(ok(await one!.saveRing('ring-a', imported(ring('Ring Nord', 4)), 1)).revision).toBe(2);
		const refused = await two!.saveRing('ring-a', withGroup(readByTwo.data)!, readByTwo.revision);
		expect(refused.ok).toBe(false);
		if (!refused.ok) {
			expect(refused.problem).toMatchObject({ code: 'conflict', current: 2 });
			expect(refused.problem.message).toMatch(
				/in einem anderen Tab oder Fenster geändert.*nicht gespeichert/
			);
		}
		expect(await stored(two!)).toEqual(bytes(imported(ring('Ring Nord', 4))));
		expect(ok(await two!.listRings())[0]).toMatchObject({ revision: 2, values: 6, periods: [2023, 2024] });
	});

	it('refuses a new ring over an existing one, and a save of a ring deleted meanwhile', async () => {
		const [one, two] = await tabs(2);
		ok(await one!.saveRing('ring-a', ring('A', 2), null));
		const again = await two!.saveRing('ring-a', ring('B', 3), null);
		expect(again.ok ? 'ok' : again.problem).toMatchObject({ code: 'conflict', current: 1 });
		ok(await one!.deleteRing('ring-a'));
		const gone = await two!.saveRing('ring-a', ring('B', 3), 1);
		expect(gone.ok ? 'ok' : gone.problem).toMatchObject({ code: 'conflict', current: null });
		expect(ok(await two!.loadRing('ring-a'))).toBeNull();
	});

	it('lets exactly one of two simultaneous writes on the same revision through', async () => {
		const [one, two] = await tabs(2);
		ok(await one!.saveRing('ring-a', ring('A', 2), null));
		const results = await Promise.all([
			one!.saveRing('ring-a', imported(ring('A', 2)), 1),
			two!.saveRing('ring-a', withGroup(ring('A', 2))!, 1)
		]);
		expect(results.map((r) => (r.ok ? 'ok' : r.problem.code)).sort()).toEqual(['conflict', 'ok']);
		const winner = results[0]!.ok ? imported(ring('A', 2)) : withGroup(ring('A', 2))!;
		expect(await stored(one!)).toEqual(bytes(winner));
	});

	it('reads a record of the first layout (no revision) as revision 0', async () => {
		const idb = new IDBFactory();
		const [store] = [ok(await openRingStore(idb))];
		store.close();
		await new Promise<void>((resolve) => {
			const request = idb.open(DB_NAME, 1);
			request.onsuccess = () => {
				const db = request.result;
				const tx = db.transaction(['rings', 'summaries'], 'readwrite');
				// The first layout: values as objects, no revision.
				const old = ring('Alt', 2);
				const data = { ...old, ring: { ...old.ring, values: decodeValues(old.ring.values) } };
				tx.objectStore('rings').put({ id: 'ring-old', schema: 1, data });
				tx.objectStore('summaries').put({
					id: 'ring-old',
					name: 'Alt',
					members: 2,
					values: 2,
					periods: [2023]
				});
				tx.oncomplete = () => (db.close(), resolve());
			};
		});
		const again = ok(await openRingStore(idb));
		const old = ok(await again.readRing('ring-old'));
		expect(old?.revision).toBe(0);
		// Its values, objects then, are read as the columns the app holds.
		expect(decodeValues(old!.data.ring.values)).toEqual(decodeValues(ring('Alt', 2).ring.values));
		expect((await again.saveRing('ring-old', ring('Alt', 3), 1)).ok).toBe(false);
		expect(ok(await again.saveRing('ring-old', ring('Alt', 3), 0)).revision).toBe(1);
	});

	it('announces committed writes only: save, restore, delete — not a refused or rolled-back write', async () => {
		const notes: [number, StoredChange][] = [];
		const [one, two] = await tabs(2, (tab, change) => notes.push([tab, change]));
		ok(await one!.saveRing('ring-a', ring('A', 2), null));
		await two!.saveRing('ring-a', ring('B', 2), null); // refused
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const full = await two!.saveRing('ring-a', ring('B', 2), 1);
		vi.restoreAllMocks();
		expect(full.ok ? 'ok' : full.problem.code).toBe('quota');
		ok(await two!.saveRing('ring-a', ring('B', 2), 1));
		expect(ok(await one!.ensureDemo(ring('Demo', 1)))).toBe(true);
		expect(ok(await two!.ensureDemo(ring('Demo', 1)))).toBe(false);
		ok(await one!.restoreDemo(ring('Demo', 1)));
		ok(await one!.deleteRing('ring-a'));
		expect(notes).toEqual([
			[0, { id: 'ring-a', revision: 1 }],
			[1, { id: 'ring-a', revision: 2 }],
			[0, { id: 'demo', revision: 1 }],
			[0, { id: 'demo', revision: 2 }],
			[0, { id: 'ring-a', revision: null }]
		]);
	});
});

describe('a change reapplied on the current ring (tab 1 imports, tab 2 saves a group it began before)', () => {
	async function scene() {
		const [one, two] = await tabs(2);
		ok(await one!.saveRing('ring-a', ring('Ring Nord', 4), null));
		const seenByTwo = ok(await two!.readRing('ring-a'))!;
		ok(await one!.saveRing('ring-a', imported(ring('Ring Nord', 4)), 1));
		return { one: one!, two: two!, seenByTwo };
	}

	it('is saved on top of the import: both survive, and the caller is told it was reapplied', async () => {
		const { two, seenByTwo } = await scene();
		const outcome = await writeChange(two, 'ring-a', seenByTwo, withGroup, true);
		expect(outcome).toMatchObject({ status: 'saved', reapplied: true, stored: { revision: 3 } });
		expect(await stored(two)).toEqual(bytes(withGroup(imported(ring('Ring Nord', 4)))!));
	});

	it('is not reapplied when the caller says so: the current ring comes back, the store keeps the import', async () => {
		const { two, seenByTwo } = await scene();
		const outcome = await writeChange(two, 'ring-a', seenByTwo, withGroup, false);
		expect(outcome).toMatchObject({ status: 'conflict', reason: 'changed', current: { revision: 2 } });
		if (outcome.status === 'conflict')
			expect(bytes(outcome.current!.data)).toEqual(bytes(imported(ring('Ring Nord', 4))));
		expect(await stored(two)).toEqual(bytes(imported(ring('Ring Nord', 4))));
	});

	it('is given up when it no longer applies, when the ring was deleted, or while others keep saving', async () => {
		const { one, two, seenByTwo } = await scene();
		const onlyOnOld: RingChange = (data) => (valueCount(data.ring.values) === 4 ? withGroup(data) : null);
		expect(await writeChange(two, 'ring-a', seenByTwo, onlyOnOld, true)).toMatchObject({
			status: 'conflict',
			reason: 'not_applicable',
			mine: null
		});
		expect(await writeChange(two, 'ring-a', seenByTwo, () => null, true)).toEqual({ status: 'unchanged' });

		// Tab 1 saves again before every save of tab 2.
		let saves = 0;
		const restless: RingStore = {
			...two,
			saveRing: async (id, data, base) => {
				const current = ok(await one.readRing(id))!;
				ok(await one.saveRing(id, current.data, current.revision));
				saves++;
				return two.saveRing(id, data, base);
			}
		};
		const busy = await writeChange(restless, 'ring-a', seenByTwo, withGroup, true);
		expect(busy).toMatchObject({ status: 'conflict', reason: 'busy' });
		expect(saves).toBe(ATTEMPTS);
		expect(await stored(two)).toEqual(bytes(imported(ring('Ring Nord', 4))));

		ok(await one.deleteRing('ring-a'));
		const deleted = await writeChange(two, 'ring-a', seenByTwo, withGroup, true);
		expect(deleted).toMatchObject({ status: 'conflict', reason: 'deleted', current: null });
		if (deleted.status === 'conflict') expect(deleted.mine).toEqual(withGroup(seenByTwo.data));
	});

	it('reports a full quota as a storage failure, with the changed ring to keep in memory', async () => {
		const { two } = await scene();
		const current = ok(await two.readRing('ring-a'))!;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('full', 'QuotaExceededError');
		});
		const outcome = await writeChange(two, 'ring-a', current, withGroup, true);
		vi.restoreAllMocks();
		expect(outcome).toMatchObject({ status: 'failed', problem: { code: 'quota' } });
		if (outcome.status === 'failed') expect(outcome.mine).toEqual(withGroup(current.data));
		expect(await stored(two)).toEqual(bytes(current.data));
	});
});

describe('telling the other tabs', () => {
	it('over a BroadcastChannel: the others hear it, the sender does not', async () => {
		const heard: string[] = [];
		const a = openRingChannel((c) => heard.push(`a:${c.id}:${c.revision}`));
		const b = openRingChannel((c) => heard.push(`b:${c.id}:${c.revision}`));
		const c = openRingChannel((c) => heard.push(`c:${c.id}:${c.revision}`));
		expect(a.kind).toBe('broadcast');
		a.post({ id: 'ring-a', revision: 2 });
		b.post({ id: 'ring-b', revision: null });
		await vi.waitFor(() => expect(heard).toHaveLength(4));
		expect(heard.sort()).toEqual(['a:ring-b:null', 'b:ring-a:2', 'c:ring-a:2', 'c:ring-b:null']);
		for (const channel of [a, b, c]) channel.close();
	});

	it('without BroadcastChannel, over storage events; malformed notes are ignored', () => {
		const values = new Map<string, string>();
		const listeners = new Set<{ host: number; listener: (e: StorageEvent) => void }>();
		const host = (n: number): ChannelHost => ({
			localStorage: {
				setItem: (key: string, value: string) => {
					values.set(key, value);
					// The browser fires `storage` in the other tabs only.
					for (const l of listeners) if (l.host !== n) l.listener({ key, newValue: value } as StorageEvent);
				}
			} as Storage,
			addEventListener: (_type, listener) => listeners.add({ host: n, listener }),
			removeEventListener: (_type, listener) => {
				for (const l of listeners) if (l.listener === listener) listeners.delete(l);
			}
		});
		const heard: StoredChange[] = [];
		const one = openRingChannel(() => heard.push({ id: 'sender heard itself', revision: 0 }), host(1));
		const two = openRingChannel((c) => heard.push(c), host(2));
		expect([one.kind, two.kind]).toEqual(['storage', 'storage']);
		one.post({ id: 'ring-a', revision: 3 });
		one.post({ id: 'ring-a', revision: 3 }); // the same note again is heard again
		for (const l of listeners)
			l.listener({ key: 'vergleichsring:ring-change', newValue: '{"change":{"id":1}}' } as StorageEvent);
		for (const l of listeners)
			l.listener({ key: 'vergleichsring:ring-change', newValue: 'kaputt' } as StorageEvent);
		expect(heard).toEqual([
			{ id: 'ring-a', revision: 3 },
			{ id: 'ring-a', revision: 3 }
		]);
		two.close();
		one.post({ id: 'ring-a', revision: 4 });
		expect(heard).toHaveLength(2);
		one.close();
	});

	it('with neither (site data blocked): a channel that says nothing and never throws', () => {
		const blocked: ChannelHost = {
			get localStorage(): Storage {
				throw new DOMException('blocked', 'SecurityError');
			},
			addEventListener: () => undefined,
			removeEventListener: () => undefined
		};
		const channel = openRingChannel(() => undefined, blocked);
		expect(channel.kind).toBe('none');
		expect(() => channel.post({ id: 'ring-a', revision: 1 })).not.toThrow();
	});
});

describe('what the app does after a write (settle.ts)', () => {
	it('opens the saved, current or own ring and says why, refreshing the list only when the store moved', async () => {
		const [one, two] = await tabs(2);
		const base = {
			data: ring('Ring Nord', 4),
			revision: ok(await one!.saveRing('ring-a', ring('Ring Nord', 4), null)).revision
		};
		const saved = settle(
			await writeChange(one!, 'ring-a', base, withGroup, true),
			base.data,
			'sync.not_applicable'
		);
		expect(saved).toMatchObject({
			status: 'saved',
			open: { stored: true, revision: 2 },
			notice: null,
			refresh: true
		});
		// Tab two held revision 1: its import is not reapplied; it opens revision 2 and the caller asks.
		const conflict = settle(
			await writeChange(two!, 'ring-a', base, imported, false),
			base.data,
			'sync.not_applicable'
		);
		expect(conflict).toMatchObject({ status: 'conflict', open: { stored: true, revision: 2 }, notice: null });
		const gone = ring('Ring Nord', 4);
		ok(await one!.deleteRing('ring-a'));
		const deleted = settle(
			await writeChange(two!, 'ring-a', base, withGroup, true),
			gone,
			'sync.not_applicable'
		);
		expect(deleted).toMatchObject({ status: 'conflict', open: { stored: false, revision: null } });
		expect(deleted.notice).toEqual({
			tone: 'warning',
			said: { key: 'sync.deleted', params: { name: 'Ring Nord' } }
		});
		expect(settle({ status: 'unchanged' }, gone, 'sync.not_applicable')).toMatchObject({
			open: null,
			refresh: false
		});
	});

	it('follows another tab: a newer revision is opened and said, an equal one is not, a deleted ring detaches', async () => {
		const [one, two] = await tabs(2);
		ok(await one!.saveRing('ring-a', ring('Ring Nord', 4), null));
		const held = { data: ring('Ring Nord', 4), revision: 1 };
		ok(await two!.saveRing('ring-a', ring('Ring Süd', 6), 1));
		const newer = await remoteSettlement(one!, held, { id: 'ring-a', revision: 2 });
		expect(newer?.open).toMatchObject({ stored: true, revision: 2 });
		expect(newer?.notice?.said).toEqual({ key: 'sync.updated', params: { name: 'Ring Süd' } });
		expect(await remoteSettlement(one!, { ...held, revision: 2 }, { id: 'ring-a', revision: 2 })).toBeNull();
		ok(await two!.deleteRing('ring-a'));
		const deleted = await remoteSettlement(one!, held, { id: 'ring-a', revision: null });
		expect(deleted).toMatchObject({ open: null, problem: null, notice: { tone: 'warning' } });
	});

	it('renames a ring not on display on top of another tab’s save', async () => {
		const [one, two] = await tabs(2);
		ok(await one!.saveRing('ring-b', ring('Ring B', 2), null));
		ok(await two!.saveRing('ring-b', withGroup(ring('Ring B', 2))!, 1));
		expect((await renameStored(one!, 'ring-b', 'Ring Ost')).result.status).toBe('saved');
		const now = ok(await two!.readRing('ring-b'))!;
		expect(now.data.ring.meta.name).toBe('Ring Ost');
		expect(now.data.extras.custom_peer_groups).toHaveLength(1);
		expect((await renameStored(one!, 'no-such-ring', 'X')).result.status).toBe('unchanged');
	});
});
