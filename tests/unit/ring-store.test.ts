import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emptyExtras, type RingData } from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import { rescueDownload, storageProblem } from '../../src/lib/ring/storage-problem.ts';
import { writeZip } from '../../src/lib/zip/write.ts';
import {
	DB_NAME,
	DEMO_RING_ID,
	newRingId,
	openRingStore,
	requestPersistence,
	type RingStore
} from '../../src/lib/ring/store.ts';
import { encodeValues } from '../../src/lib/ring/value-columns.ts';
import { valueCount } from '../../src/lib/ring/value-columns.ts';

/** A complete ring, as the app holds it (with its stored pseudonym map). */
function ringData(name: string, values = 2): RingData {
	return {
		ring: {
			meta: {
				format_version: 1,
				name,
				description: '',
				periods: [2023, 2024],
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
					period: 2023,
					count_id: `c${i}`,
					value: i + 0.5,
					source: { file: 'export.csv', line: i + 2, column: 4 }
				}))
			)
		},
		extras: {
			...emptyExtras(),
			custom_peer_groups: [{ name: 'Nord', members: ['01001'] }],
			settings: { own: '01001' },
			pseudonyms: [
				{ authority_id: '01001', label: 'B', pseudonym_id: 'ps-bbbb2222' },
				{ authority_id: '09162', label: 'A', pseudonym_id: 'ps-aaaa2222' }
			]
		}
	};
}

async function open(idb: IDBFactory = new IDBFactory()): Promise<RingStore> {
	const opened = await openRingStore(idb, { now: () => new Date('2024-05-01T10:00:00Z') });
	if (!opened.ok) throw new Error(opened.problem.message);
	return opened.value;
}

function ok<T>(result: { ok: true; value: T } | { ok: false; problem: { message: string } }): T {
	if (!result.ok) throw new Error(result.problem.message);
	return result.value;
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('ring store', () => {
	it('saves, loads, lists and deletes rings side by side', async () => {
		const store = await open();
		const a = ringData('Ring Nord');
		const b = ringData('Ring Ost', 3);
		const summaryA = ok(await store.saveRing('ring-a', a, null));
		expect(summaryA).toEqual({
			id: 'ring-a',
			name: 'Ring Nord',
			members: 2,
			values: 2,
			periods: [2023, 2024],
			synthetic: false,
			updated: '2024-05-01T10:00:00.000Z',
			demo: false,
			revision: 1
		});
		ok(await store.saveRing('ring-b', b, null));
		expect(ok(await store.listRings()).map((s) => [s.id, s.values])).toEqual([
			['ring-a', 2],
			['ring-b', 3]
		]);
		expect(ok(await store.loadRing('ring-a'))).toEqual(a);
		expect(ok(await store.loadRing('ring-b'))).toEqual(b);
		ok(await store.deleteRing('ring-a'));
		expect(ok(await store.loadRing('ring-a'))).toBeNull();
		expect(ok(await store.listRings()).map((s) => s.id)).toEqual(['ring-b']);
		store.close();
	});

	it('keeps the rings after the connection is closed and opened again (reload)', async () => {
		const idb = new IDBFactory();
		const first = await open(idb);
		ok(await first.saveRing('ring-a', ringData('Ring Nord'), null));
		ok(await first.setActiveRing('ring-a'));
		first.close();
		const second = await open(idb);
		expect(ok(await second.loadRing('ring-a'))).toEqual(ringData('Ring Nord'));
		expect(ok(await second.getActiveRing())).toBe('ring-a');
		second.close();
	});

	it('remembers the active ring and forgets it when that ring is deleted', async () => {
		const store = await open();
		expect(ok(await store.getActiveRing())).toBeNull();
		ok(await store.saveRing('ring-a', ringData('A'), null));
		ok(await store.saveRing('ring-b', ringData('B'), null));
		ok(await store.setActiveRing('ring-b'));
		ok(await store.deleteRing('ring-a'));
		expect(ok(await store.getActiveRing())).toBe('ring-b');
		ok(await store.deleteRing('ring-b'));
		expect(ok(await store.getActiveRing())).toBeNull();
		store.close();
	});

	it('gives back a ring whose package is byte-identical to the one before saving', async () => {
		const store = await open();
		const data = ringData('Ring Nord', 6);
		ok(await store.saveRing('ring-a', data, null));
		const loaded = ok(await store.loadRing('ring-a'));
		expect(loaded && exportRingZip(loaded)).toEqual(exportRingZip(data));
		store.close();
	});

	it('stores a plain copy, so Svelte state proxies can be saved', async () => {
		const store = await open();
		const data = ringData('Ring Nord');
		const proxied = new Proxy(data, {});
		proxied.ring = new Proxy(data.ring, {});
		ok(await store.saveRing('ring-a', proxied, null));
		expect(ok(await store.loadRing('ring-a'))).toEqual(data);
		store.close();
	});

	it('never lets a user ring take the demo id; restoring the demo touches only the demo', async () => {
		const store = await open();
		const refused = await store.saveRing(DEMO_RING_ID, ringData('Mein Ring'), null);
		expect(refused.ok).toBe(false);
		if (!refused.ok) {
			expect(refused.problem.code).toBe('reserved');
			expect(refused.problem.message).toMatch(/Demo-Ring/);
		}
		expect(ok(await store.ensureDemo(ringData('Demo-Ring')))).toBe(true);
		expect(ok(await store.ensureDemo(ringData('Demo-Ring 2')))).toBe(false);
		const user = ringData('Mein Ring');
		ok(await store.saveRing('ring-a', user, null));
		ok(await store.deleteRing(DEMO_RING_ID));
		ok(await store.restoreDemo(ringData('Demo-Ring', 5)));
		const list = ok(await store.listRings());
		expect(list.map((s) => [s.id, s.name, s.demo])).toEqual([
			[DEMO_RING_ID, 'Demo-Ring', true],
			['ring-a', 'Mein Ring', false]
		]);
		expect(ok(await store.loadRing('ring-a'))).toEqual(user);
		expect(valueCount(ok(await store.loadRing(DEMO_RING_ID))!.ring.values)).toBe(5);
		store.close();
	});

	it('makes fresh ids that are never the demo id', () => {
		const id = newRingId();
		expect(id).toMatch(/^ring-[0-9a-f-]{36}$/);
		expect(id).not.toBe(newRingId());
	});
});

describe('atomic writes', () => {
	it('leaves the previous state when the transaction is aborted after the first put', async () => {
		const store = await open();
		const before = ringData('Ring Nord');
		ok(await store.saveRing('ring-a', before, null));
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
			const request = put.apply(this, args);
			this.transaction.abort(); // the tab is closed after the ring record, before its summary
			return request;
		});
		const result = await store.saveRing('ring-a', ringData('Ring Nord neu', 7), 1);
		vi.restoreAllMocks();
		expect(result.ok).toBe(false);
		expect(ok(await store.loadRing('ring-a'))).toEqual(before);
		expect(ok(await store.listRings()).map((s) => [s.name, s.values])).toEqual([['Ring Nord', 2]]);
		store.close();
	});

	it('leaves the previous state when the transaction is aborted after all puts, before commit', async () => {
		const store = await open();
		const before = ringData('Ring Nord');
		ok(await store.saveRing('ring-a', before, null));
		const put = IDBObjectStore.prototype.put;
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
			const request = put.apply(this, args);
			if (this.name === 'summaries') this.transaction.abort();
			return request;
		});
		const result = await store.saveRing('ring-a', ringData('Ring Nord neu', 7), 1);
		vi.restoreAllMocks();
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problem.message).toMatch(/zuletzt gespeicherte Stand ist unverändert/);
		expect(ok(await store.loadRing('ring-a'))).toEqual(before);
		expect(ok(await store.listRings())[0]?.values).toBe(2);
		store.close();
	});
});

describe('storage problems', () => {
	it('maps a full quota to a German problem and keeps the old state', async () => {
		const store = await open();
		ok(await store.saveRing('ring-a', ringData('Ring Nord'), null));
		vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		});
		const result = await store.saveRing('ring-a', ringData('Ring Nord', 9), 1);
		vi.restoreAllMocks();
		expect(result).toEqual({
			ok: false,
			problem: {
				code: 'quota',
				action: 'write',
				message: expect.stringMatching(/^Der Speicherplatz.*ist voll\. .*Ringpaket \(\.zip\) herunterladen/),
				detail: 'QuotaExceededError: The quota has been exceeded.'
			}
		});
		expect(valueCount(ok(await store.loadRing('ring-a'))!.ring.values)).toBe(2);
		store.close();
	});

	it('reports missing IndexedDB (private mode, blocked storage) as unavailable', async () => {
		for (const idb of [null, undefined]) {
			const result = await openRingStore(idb);
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.problem.code).toBe('unavailable');
				expect(result.problem.message).toMatch(/privaten Fenster/);
			}
		}
	});

	it('reports an open that throws, fails or never answers', async () => {
		const throwing = {
			open: () => {
				throw new DOMException('denied', 'SecurityError');
			}
		} as unknown as IDBFactory;
		const failing = {
			open: () => {
				const request = {
					error: new DOMException('private', 'InvalidStateError')
				} as unknown as IDBOpenDBRequest;
				setTimeout(() => request.onerror?.({ preventDefault() {} } as unknown as Event), 0);
				return request;
			}
		} as unknown as IDBFactory;
		const silent = { open: () => ({}) } as unknown as IDBFactory;
		for (const idb of [throwing, failing]) {
			const result = await openRingStore(idb);
			expect(result.ok ? 'ok' : result.problem.code).toBe('unavailable');
		}
		const timedOut = await openRingStore(silent, { openTimeoutMs: 10 });
		expect(timedOut.ok ? 'ok' : timedOut.problem.code).toBe('unavailable');
	});

	it('reports a database changed by a newer version as blocked', async () => {
		const idb = new IDBFactory();
		await new Promise<void>((resolve) => {
			const request = idb.open(DB_NAME, 5);
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
		});
		const result = await openRingStore(idb);
		expect(result.ok ? 'ok' : result.problem.code).toBe('blocked');
	});

	it('steps aside when another tab upgrades the database, and says so', async () => {
		const idb = new IDBFactory();
		const store = await open(idb);
		await new Promise<void>((resolve) => {
			const request = idb.open(DB_NAME, 2);
			request.onsuccess = () => {
				request.result.close();
				resolve();
			};
		});
		const result = await store.saveRing('ring-a', ringData('A'), null);
		expect(result.ok ? 'ok' : result.problem.code).toBe('blocked');
	});

	it('maps browser error names', () => {
		const code = (name: string, action: 'write' | 'open' = 'write') =>
			storageProblem(new DOMException('x', name), action).code;
		expect(code('QuotaExceededError')).toBe('quota');
		expect(storageProblem({ name: 'NS_ERROR_DOM_QUOTA_REACHED' }, 'write').code).toBe('quota');
		expect(code('SecurityError')).toBe('unavailable');
		expect(code('InvalidStateError', 'open')).toBe('unavailable');
		expect(code('VersionError', 'open')).toBe('blocked');
		expect(code('AbortError')).toBe('unknown');
		expect(storageProblem('kaputt', 'read')).toEqual({
			code: 'unknown',
			action: 'read',
			message: expect.stringContaining('nicht gelesen'),
			detail: 'kaputt'
		});
	});

	it('offers the ring in memory as a ring package download, the same bytes as the export', async () => {
		const data = ringData('Ring Nord');
		const download = await rescueDownload(data, writeZip);
		expect(download.bytes).toEqual(exportRingZip(data));
		expect(download.fileName).toBe('ring-nord.zip');
		expect(download.mimeType).toBe('application/zip');
		expect(Object.keys(unzipSync(download.bytes))).toContain('ring-nord/ring.json');
	});
});

describe('persistent storage', () => {
	it('asks for persistence where the browser offers it, best effort', async () => {
		const manager = (persisted: boolean, granted: boolean) =>
			({ persisted: async () => persisted, persist: async () => granted }) as unknown as StorageManager;
		expect(await requestPersistence(manager(true, false))).toBe('persisted');
		expect(await requestPersistence(manager(false, true))).toBe('granted');
		expect(await requestPersistence(manager(false, false))).toBe('denied');
		expect(await requestPersistence(null)).toBe('unsupported');
		const failing = {
			persist: async () => {
				throw new Error('no');
			}
		} as unknown as StorageManager;
		expect(await requestPersistence(failing)).toBe('denied');
	});
});
