/**
 * IndexedDB as promises that never reject: a transaction resolves when it has committed, or with a
 * `StorageProblem` when it was rolled back; opening resolves with the database or a problem (thrown,
 * failed, blocked by another tab, or never answered — some private modes leave `open` pending forever).
 *
 * Why wait for `oncomplete` rather than for the request's `onsuccess`: only a committed transaction is
 * on disk; a `put` that succeeded can still be rolled back by a later failure (quota is often reported
 * at commit time, as the transaction's error on abort).
 */
import {
	makeProblem,
	storageProblem,
	type StorageAction,
	type StorageProblem,
	type StoreResult
} from './storage-problem.ts';

/**
 * Run `body` in one transaction; resolves when the transaction has committed (ok) or was rolled back
 * (problem). A synchronous throw in `body` (e.g. `put` → QuotaExceededError) aborts the transaction.
 * `refuse(problem)` aborts it on purpose (a check inside the transaction failed) with that problem:
 * check and write in one transaction, so no other tab can write in between.
 */
export function transact<T>(
	db: IDBDatabase,
	stores: string[],
	mode: IDBTransactionMode,
	action: StorageAction,
	body: (tx: IDBTransaction, set: (value: T) => void, refuse: (problem: StorageProblem) => void) => void
): Promise<StoreResult<T>> {
	return new Promise((resolve) => {
		let settled = false;
		let result: T | undefined;
		let refused: StorageProblem | null = null;
		const finish = (r: StoreResult<T>) => {
			if (!settled) {
				settled = true;
				resolve(r);
			}
		};
		let tx: IDBTransaction;
		try {
			tx =
				mode === 'readwrite'
					? db.transaction(stores, mode, { durability: 'strict' })
					: db.transaction(stores, mode);
		} catch (error) {
			finish({ ok: false, problem: storageProblem(error, action) });
			return;
		}
		tx.oncomplete = () => finish({ ok: true, value: result as T });
		tx.onabort = () =>
			finish({
				ok: false,
				problem:
					refused ?? storageProblem(tx.error ?? new DOMException('Transaction aborted', 'AbortError'), action)
			});
		try {
			body(
				tx,
				(value) => {
					result = value;
				},
				(problem) => {
					refused ??= problem;
					try {
						tx.abort();
					} catch {
						// already finished or aborted
					}
				}
			);
		} catch (error) {
			finish({ ok: false, problem: storageProblem(error, action) });
			try {
				tx.abort();
			} catch {
				// already finished or aborted
			}
		}
	});
}

export function openDatabase(
	idb: IDBFactory,
	name: string,
	version: number,
	upgrade: (db: IDBDatabase) => void,
	timeoutMs: number
): Promise<StoreResult<IDBDatabase>> {
	return new Promise((resolve) => {
		let settled = false;
		const finish = (r: StoreResult<IDBDatabase>) => {
			if (settled) {
				if (r.ok) r.value.close(); // opened after we gave up: do not leak the connection
				return;
			}
			settled = true;
			clearTimeout(timer);
			resolve(r);
		};
		const timer = setTimeout(
			() => finish({ ok: false, problem: makeProblem('unavailable', 'open', 'indexedDB.open: timeout') }),
			timeoutMs
		);
		let request: IDBOpenDBRequest;
		try {
			request = idb.open(name, version);
		} catch (error) {
			finish({ ok: false, problem: storageProblem(error, 'open') });
			return;
		}
		request.onupgradeneeded = () => upgrade(request.result);
		request.onsuccess = () => finish({ ok: true, value: request.result });
		request.onerror = (event) => {
			event.preventDefault();
			finish({ ok: false, problem: storageProblem(request.error, 'open') });
		};
		request.onblocked = () =>
			finish({ ok: false, problem: makeProblem('blocked', 'open', 'indexedDB.open: blocked') });
	});
}

export type PersistResult = 'persisted' | 'granted' | 'denied' | 'unsupported';

/**
 * Ask the browser not to evict our storage under pressure (best effort: Chromium decides by engagement,
 * Firefox may prompt, Safari grants for installed web apps). Never throws.
 */
export async function requestPersistence(storage?: StorageManager | null): Promise<PersistResult> {
	try {
		const manager = storage === undefined ? globalThis.navigator?.storage : storage;
		if (!manager || typeof manager.persist !== 'function') return 'unsupported';
		if (typeof manager.persisted === 'function' && (await manager.persisted())) return 'persisted';
		return (await manager.persist()) ? 'granted' : 'denied';
	} catch {
		return 'denied';
	}
}
