/**
 * Rings in the browser: several side by side, surviving reload and restart, written atomically.
 *
 * Why IndexedDB and not OPFS: OPFS's fast synchronous access handles exist only in workers, Safari's
 * OPFS support arrived late and with gaps (no `createWritable` before 17/18, none in private mode), and
 * a "write several files atomically" would have to be built by hand (temp file + rename, which OPFS
 * does not offer everywhere). IndexedDB runs in every target browser (Chromium, Firefox, Safari), in the
 * main thread, and a readwrite transaction over several object stores is all-or-nothing: a tab closed
 * in the middle of an import rolls the transaction back, and the previous state stays exactly as it was.
 * Write transactions ask for `durability: 'strict'`, so "saved" means flushed to disk.
 *
 * Layout (database `vergleichsring`, version 1):
 * - `rings`:     `{id, schema: 2, data: RingData, revision}` — the whole ring, one record, its values as
 *                the columns the page holds (store-record.ts; records of schema 1 are read as columns);
 * - `summaries`: `RingSummary` — what the ring list needs, without loading every ring's values;
 * - `kv`:        small app state (`active`: the id of the ring that was open last; `own-authority`:
 *                „Mein Amt“ per ring id, chosen in this browser and never part of a ring package).
 * A ring and its summary are always written in one transaction.
 *
 * The demo ring lives under the reserved id `demo`: `restoreDemo`/`ensureDemo` write only that id,
 * and `saveRing` refuses it — so the demo can never overwrite a user's ring, nor a user's ring the demo.
 *
 * Two tabs, one ring — no lost update. Every ring record carries a `revision` (1 on the first write,
 * +1 on every write; records of the first layout have none and count as 0), kept in its summary too.
 * `saveRing` is told the revision the tab read (`base`; null for a ring that must not exist yet) and
 * checks it against the stored summary in the same readwrite transaction as the write: IndexedDB runs
 * readwrite transactions on the same store one after the other, so between the check and the write no
 * other tab can write. A stale base refuses the write with a `conflict` problem naming the current
 * revision; the app then reloads the ring and reapplies the change or asks the user
 * (`app/ring-writes.ts`). After each committed write `announce` tells the other tabs
 * (`app/ring-channel.ts`), so they show the new state at once instead of finding out on their next save.
 *
 * Every method resolves to a `StoreResult` (never rejects): storage problems are data with a German
 * message (`storage-problem.ts`). Svelte 5 `$state` proxies cannot be structured-cloned; `saveRing`
 * therefore stores a plain copy of the known shape (`plainRingData`, store-record.ts).
 */
import { sortedPeriods } from './package/csv.ts';
import { fromRecord, plainRingData, RECORD_SCHEMA, type RingRecord } from './store-record.ts';
import { valueCount, valuePeriods } from './value-columns.ts';
import type { RingData } from './package/types.ts';
import { openDatabase, transact } from './idb.ts';
import {
	conflictProblem,
	makeProblem,
	storageProblem,
	type StorageAction,
	type StorageProblem,
	type StoreResult
} from './storage-problem.ts';

export const DB_NAME = 'vergleichsring';
const DB_VERSION = 1;
const RINGS = 'rings';
const SUMMARIES = 'summaries';
const KV = 'kv';
const OWN = 'own-authority';
export const DEMO_RING_ID = 'demo';

export interface RingSummary {
	id: string;
	name: string;
	members: number;
	values: number;
	periods: number[];
	synthetic: boolean;
	/** ISO 8601 time of the last save. */
	updated: string;
	demo: boolean;
	/** How many times the ring was written (see header); 0 for a record of the first layout. */
	revision: number;
}

/** A ring as read, with the revision a later write must name as its base. */
export interface StoredRing {
	data: RingData;
	revision: number;
}

/** What a committed write changed: the ring's new revision, or null when it was deleted. */
export interface StoredChange {
	id: string;
	revision: number | null;
}

/** The revision a write is based on: the one read, null for "must not exist yet", or any. */
type Base = number | null | 'any';

export interface RingStore {
	/** All rings, sorted by name (German collation), then id. */
	listRings(): Promise<StoreResult<RingSummary[]>>;
	/** The ring, or null when there is none under this id. */
	loadRing(id: string): Promise<StoreResult<RingData | null>>;
	/** The ring with its revision, or null when there is none under this id. */
	readRing(id: string): Promise<StoreResult<StoredRing | null>>;
	/**
	 * Replace the ring under `id` as a whole (atomic), if the stored ring is still revision `base` (null:
	 * there must be none) — else nothing is written and the problem is a `conflict` with the current
	 * revision. Refuses the demo id.
	 */
	saveRing(id: string, data: RingData, base: number | null): Promise<StoreResult<RingSummary>>;
	deleteRing(id: string): Promise<StoreResult<void>>;
	/** Write the demo ring under its reserved id, replacing only the demo. */
	restoreDemo(data: RingData): Promise<StoreResult<RingSummary>>;
	/** Write the demo ring only when there is none (first start); true when written. */
	ensureDemo(data: RingData): Promise<StoreResult<boolean>>;
	getActiveRing(): Promise<StoreResult<string | null>>;
	setActiveRing(id: string | null): Promise<StoreResult<void>>;
	/**
	 * The last view shown (first-view/last-view.ts), kept in one slot: read at start to paint it
	 * before the engine is ready. The store does not interpret it.
	 */
	getLastView(): Promise<StoreResult<unknown>>;
	setLastView(value: unknown): Promise<StoreResult<void>>;
	/** „Mein Amt“ of each ring (authority id by ring id), as chosen in this browser. */
	getOwnAuthorities(): Promise<StoreResult<Record<string, string>>>;
	/** Remember (or, with null, forget) „Mein Amt“ of one ring; the others' stay (one transaction). */
	setOwnAuthority(ringId: string, authorityId: string | null): Promise<StoreResult<void>>;
	close(): void;
}

export interface StoreOptions {
	dbName?: string;
	now?: () => Date;
	/** Give up opening after this long (some private modes never answer). Default 10 s. */
	openTimeoutMs?: number;
	/** Called after each committed change of a ring (save, restore, delete) — to tell the other tabs. */
	announce?: (change: StoredChange) => void;
}

/** A new id for a user ring (never the demo id). */
export function newRingId(): string {
	return `ring-${globalThis.crypto.randomUUID()}`;
}

export function summarise(id: string, data: RingData, updated: Date, revision = 0): RingSummary {
	const { meta, authorities, values } = data.ring;
	return {
		id,
		name: meta.name,
		members: authorities.length,
		values: valueCount(values),
		periods: meta.periods.length > 0 ? sortedPeriods(meta.periods) : valuePeriods(values),
		synthetic: meta.synthetic,
		updated: updated.toISOString(),
		demo: id === DEMO_RING_ID,
		revision
	};
}

/** The stored „Mein Amt“ map, keeping only well-formed entries (the slot may be from another version). */
function ownMap(value: unknown): Record<string, string> {
	if (typeof value !== 'object' || value === null) return {};
	return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'string')) as Record<
		string,
		string
	>;
}

function upgrade(db: IDBDatabase): void {
	if (!db.objectStoreNames.contains(RINGS)) db.createObjectStore(RINGS, { keyPath: 'id' });
	if (!db.objectStoreNames.contains(SUMMARIES)) db.createObjectStore(SUMMARIES, { keyPath: 'id' });
	if (!db.objectStoreNames.contains(KV)) db.createObjectStore(KV);
}

/** Open the store; `idb` defaults to the browser's `indexedDB` (absent → problem `unavailable`). */
export async function openRingStore(
	idb?: IDBFactory | null,
	options: StoreOptions = {}
): Promise<StoreResult<RingStore>> {
	let factory: IDBFactory | undefined | null;
	try {
		factory = idb === undefined ? globalThis.indexedDB : idb;
	} catch (error) {
		return { ok: false, problem: storageProblem(error, 'open') };
	}
	if (!factory)
		return { ok: false, problem: makeProblem('unavailable', 'open', 'indexedDB is not available') };
	const opened = await openDatabase(
		factory,
		options.dbName ?? DB_NAME,
		DB_VERSION,
		upgrade,
		options.openTimeoutMs ?? 10_000
	);
	if (!opened.ok) return opened;
	const db = opened.value;
	const now = options.now ?? (() => new Date());
	let lost: 'blocked' | 'unavailable' | null = null;
	// Another tab upgrades the database: let it (close), and tell the user to reload here.
	db.onversionchange = () => {
		lost = 'blocked';
		db.close();
	};
	db.onclose = () => {
		lost ??= 'unavailable'; // storage cleared or the browser closed the connection
	};

	const announce = (change: StoredChange) => {
		try {
			options.announce?.(change);
		} catch {
			// telling other tabs is best effort; the revision check keeps the data safe without it
		}
	};

	function run<T>(
		stores: string[],
		mode: IDBTransactionMode,
		action: StorageAction,
		body: (tx: IDBTransaction, set: (value: T) => void, refuse: (problem: StorageProblem) => void) => void
	): Promise<StoreResult<T>> {
		if (lost) return Promise.resolve({ ok: false, problem: makeProblem(lost, action, 'connection closed') });
		return transact(db, stores, mode, action, body);
	}

	/**
	 * A request handler that may throw (a `put` over the quota throws at once): a throw inside an IDB
	 * event handler would abort the transaction as a bare AbortError, so it is mapped here instead.
	 */
	const guarded = (refuse: (problem: StorageProblem) => void, body: () => void) => (): void => {
		try {
			body();
		} catch (error) {
			refuse(storageProblem(error, 'write'));
		}
	};

	/** Write the ring if the stored revision is `base` (see header): null only a new ring, 'any' over any. */
	function write(id: string, data: RingData, base: Base): Promise<StoreResult<RingSummary>> {
		let plain: RingData;
		try {
			plain = plainRingData(data);
		} catch (error) {
			return Promise.resolve({ ok: false, problem: storageProblem(error, 'write') });
		}
		const updated = now();
		return run<RingSummary>([RINGS, SUMMARIES], 'readwrite', 'write', (tx, set, refuse) => {
			const summaries = tx.objectStore(SUMMARIES);
			const request = summaries.get(id);
			request.onsuccess = guarded(refuse, () => {
				const found = request.result as RingSummary | undefined;
				const current = found ? (found.revision ?? 0) : null;
				if (base !== 'any' && current !== base) return refuse(conflictProblem(id, base, current));
				const revision = (current ?? 0) + 1;
				const summary = summarise(id, plain, updated, revision);
				tx.objectStore(RINGS).put({ id, schema: RECORD_SCHEMA, data: plain, revision } satisfies RingRecord);
				summaries.put(summary);
				set(summary);
			});
		}).then((result) => {
			if (result.ok) announce({ id, revision: result.value.revision });
			return result;
		});
	}

	async function readRing(id: string): Promise<StoreResult<StoredRing | null>> {
		const read = await run<unknown>([RINGS], 'readonly', 'read', (tx, set) => {
			const request = tx.objectStore(RINGS).get(id);
			request.onsuccess = () => set(request.result);
		});
		if (!read.ok) return read;
		if (read.value === undefined) return { ok: true, value: null };
		const record = fromRecord(read.value);
		if (!record) return { ok: false, problem: makeProblem('corrupt', 'read', `ring ${id}`) };
		return { ok: true, value: { data: record.data, revision: record.revision ?? 0 } };
	}

	return {
		ok: true,
		value: {
			listRings: () =>
				run<RingSummary[]>([SUMMARIES], 'readonly', 'read', (tx, set) => {
					const request = tx.objectStore(SUMMARIES).getAll();
					request.onsuccess = () => {
						const list = (request.result as RingSummary[]).sort(
							(a, b) => a.name.localeCompare(b.name, 'de') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
						);
						set(list);
					};
				}),
			loadRing: async (id) => {
				const read = await readRing(id);
				return read.ok ? { ok: true, value: read.value?.data ?? null } : read;
			},
			readRing,
			saveRing: (id, data, base) =>
				id === DEMO_RING_ID
					? Promise.resolve({ ok: false, problem: makeProblem('reserved', 'write', id) })
					: write(id, data, base),
			restoreDemo: (data) => write(DEMO_RING_ID, data, 'any'),
			ensureDemo: async (data) => {
				const written = await write(DEMO_RING_ID, data, null);
				if (written.ok) return { ok: true, value: true };
				return written.problem.code === 'conflict' ? { ok: true, value: false } : written;
			},
			deleteRing: async (id) => {
				const deleted = await run<void>([RINGS, SUMMARIES, KV], 'readwrite', 'write', (tx) => {
					tx.objectStore(RINGS).delete(id);
					tx.objectStore(SUMMARIES).delete(id);
					const kv = tx.objectStore(KV);
					const active = kv.get('active');
					active.onsuccess = () => {
						if (active.result === id) kv.delete('active');
					};
					const own = kv.get(OWN);
					own.onsuccess = () => {
						const map = ownMap(own.result);
						if (!(id in map)) return;
						delete map[id];
						kv.put(map, OWN);
					};
				});
				if (deleted.ok) announce({ id, revision: null });
				return deleted;
			},
			getActiveRing: () =>
				run<string | null>([KV], 'readonly', 'read', (tx, set) => {
					const request = tx.objectStore(KV).get('active');
					request.onsuccess = () => set(typeof request.result === 'string' ? request.result : null);
				}),
			setActiveRing: (id) =>
				run<void>([KV], 'readwrite', 'write', (tx) => {
					const kv = tx.objectStore(KV);
					if (id === null) kv.delete('active');
					else kv.put(id, 'active');
				}),
			getLastView: () =>
				run<unknown>([KV], 'readonly', 'read', (tx, set) => {
					const request = tx.objectStore(KV).get('last-view');
					request.onsuccess = () => set(request.result ?? null);
				}),
			setLastView: (value) =>
				run<void>([KV], 'readwrite', 'write', (tx) => {
					tx.objectStore(KV).put(value, 'last-view');
				}),
			getOwnAuthorities: () =>
				run<Record<string, string>>([KV], 'readonly', 'read', (tx, set) => {
					const request = tx.objectStore(KV).get(OWN);
					request.onsuccess = () => set(ownMap(request.result));
				}),
			setOwnAuthority: (ringId, authorityId) =>
				run<void>([KV], 'readwrite', 'write', (tx) => {
					const kv = tx.objectStore(KV);
					const request = kv.get(OWN);
					request.onsuccess = () => {
						const map = ownMap(request.result);
						if (authorityId === null) delete map[ringId];
						else map[ringId] = authorityId;
						kv.put(map, OWN);
					};
				}),
			close: () => {
				lost ??= 'unavailable';
				db.close();
			}
		}
	};
}

export { requestPersistence, type PersistResult } from './idb.ts';
export { plainRingData };
