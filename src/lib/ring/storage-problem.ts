/**
 * What can go wrong with browser storage, as data (a code and what was being done) — and the way out.
 *
 * Why data and not exceptions: a full quota, a private window or storage blocked by the user's privacy
 * settings are normal situations on an office PC, not bugs. The UI says it in its language
 * (i18n/words.ts `storageProblemText`; `message` is the German text for logs) and offers the ring
 * that is still in memory as a ring package download (`rescueDownload`), so nothing is lost silently.
 * `detail` keeps the browser's own error name and text for support, never shown as a stack trace.
 *
 * How browsers report the cases (mapped in `storageProblem`):
 * - quota: `QuotaExceededError` (all; thrown by `put` or as the transaction's error on abort), Firefox
 *   legacy `NS_ERROR_DOM_QUOTA_REACHED`, DOMException code 22;
 * - unavailable: no `indexedDB` at all, `SecurityError` (storage blocked, sandboxed frame, file://),
 *   `InvalidStateError`/`UnknownError` on open (Firefox/Safari private mode), `NotAllowedError`;
 * - blocked: the open is blocked by another tab holding an older version, a `VersionError` (a newer app
 *   version changed the database), or our connection was closed by another tab's upgrade;
 * - conflict: not the browser's — our own check refused a write because another tab saved the ring
 *   since this tab read it (`store.ts`, revisions); the app resolves it (`app/ring-writes.ts`).
 */
import { packageFileName, RING_ZIP_MTIME, ringZipEntries } from './package/zip.ts';
import type { ZipEntries } from '../zip/write.ts';
import type { RingData } from './package/types.ts';
import { german, type MessageKey } from '../i18n/messages.ts';

export type StorageProblemCode =
	'quota' | 'unavailable' | 'blocked' | 'reserved' | 'corrupt' | 'conflict' | 'unknown';

/** Whether the operation wanted to write (then the message says the old state is kept) or to read. */
export type StorageAction = 'write' | 'read' | 'open';

export interface StorageProblem {
	code: StorageProblemCode;
	action: StorageAction;
	/** German, for logs and tests; the page words `code` and `action` in its language. */
	message: string;
	/** The browser's error name and message, for support; '' when there is none. */
	detail: string;
	/**
	 * `conflict` only: the revision found in storage instead of the one the write was based on
	 * (null: the ring is not there any more — deleted in another tab).
	 */
	current?: number | null;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

/** The problem's two sentences as messages: what happened, what it means (i18n/areas/shell.ts). */
export function problemKeys(problem: Pick<StorageProblem, 'code' | 'action'>): [MessageKey, MessageKey] {
	const consequence: MessageKey =
		problem.code === 'reserved' || problem.code === 'conflict'
			? `storage.consequence_${problem.code}`
			: `storage.consequence_${problem.action}`;
	return [`storage.cause_${problem.code}`, consequence];
}

export function makeProblem(code: StorageProblemCode, action: StorageAction, detail = ''): StorageProblem {
	const [cause, consequence] = problemKeys({ code, action });
	return { code, action, message: `${german(cause)} ${german(consequence)}`, detail };
}

/** A write refused because the stored ring is no longer the revision it was based on. */
export function conflictProblem(id: string, base: number | null, current: number | null): StorageProblem {
	return { ...makeProblem('conflict', 'write', `ring ${id}: base ${base}, stored ${current}`), current };
}

function describe(error: unknown): { name: string; text: string; code: number | undefined } {
	if (error !== null && typeof error === 'object') {
		const e = error as { name?: unknown; message?: unknown; code?: unknown };
		return {
			name: typeof e.name === 'string' ? e.name : '',
			text: typeof e.message === 'string' ? e.message : '',
			code: typeof e.code === 'number' ? e.code : undefined
		};
	}
	return { name: '', text: typeof error === 'string' ? error : '', code: undefined };
}

/** Map anything a storage call threw or reported to a problem. */
export function storageProblem(error: unknown, action: StorageAction): StorageProblem {
	const { name, text, code } = describe(error);
	const detail = [name, text].filter((s) => s !== '').join(': ');
	if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22)
		return makeProblem('quota', action, detail);
	if (name === 'VersionError') return makeProblem('blocked', action, detail);
	if (name === 'SecurityError' || name === 'NotAllowedError')
		return makeProblem('unavailable', action, detail);
	if (
		action === 'open' &&
		(name === 'InvalidStateError' || name === 'UnknownError' || name === 'NotFoundError')
	)
		return makeProblem('unavailable', action, detail);
	return makeProblem('unknown', action, detail);
}

export interface RingDownload {
	fileName: string;
	mimeType: 'application/zip';
	bytes: Uint8Array;
}

/**
 * The in-memory ring as a ring package, for the "save as file instead" offer next to a storage problem
 * (and for the normal export). The UI turns it into a Blob and an `<a download>`.
 */
export async function rescueDownload(
	data: RingData,
	zip: (entries: ZipEntries, mtime: Date) => Uint8Array | Promise<Uint8Array>
): Promise<RingDownload> {
	return {
		fileName: packageFileName(data.ring.meta.name),
		mimeType: 'application/zip',
		bytes: await zip(ringZipEntries(data), RING_ZIP_MTIME)
	};
}
