/**
 * What can go wrong with browser storage, as data with a German message — and the way out.
 *
 * Why data and not exceptions: a full quota, a private window or storage blocked by the user's privacy
 * settings are normal situations on an office PC, not bugs. The UI shows `message` and offers the ring
 * that is still in memory as a ring package download (`rescueDownload`), so nothing is lost silently.
 * `detail` keeps the browser's own error name and text for support, never shown as a stack trace.
 *
 * How browsers report the cases (mapped in `storageProblem`):
 * - quota: `QuotaExceededError` (all; thrown by `put` or as the transaction's error on abort), Firefox
 *   legacy `NS_ERROR_DOM_QUOTA_REACHED`, DOMException code 22;
 * - unavailable: no `indexedDB` at all, `SecurityError` (storage blocked, sandboxed frame, file://),
 *   `InvalidStateError`/`UnknownError` on open (Firefox/Safari private mode), `NotAllowedError`;
 * - blocked: the open is blocked by another tab holding an older version, a `VersionError` (a newer app
 *   version changed the database), or our connection was closed by another tab's upgrade.
 */
import { packageFileName, RING_ZIP_MTIME, ringZipEntries } from './package/zip.ts';
import type { ZipEntries } from '../zip/write.ts';
import type { RingData } from './package/types.ts';

export type StorageProblemCode = 'quota' | 'unavailable' | 'blocked' | 'reserved' | 'corrupt' | 'unknown';

/** Whether the operation wanted to write (then the message says the old state is kept) or to read. */
export type StorageAction = 'write' | 'read' | 'open';

export interface StorageProblem {
	code: StorageProblemCode;
	/** German, for the user. */
	message: string;
	/** The browser's error name and message, for support; '' when there is none. */
	detail: string;
}

export type StoreResult<T> = { ok: true; value: T } | { ok: false; problem: StorageProblem };

const CAUSE: Record<StorageProblemCode, string> = {
	quota: 'Der Speicherplatz, den der Browser dieser Seite zugesteht, ist voll.',
	unavailable:
		'Der Browser stellt dieser Seite keinen dauerhaften Speicher zur Verfügung (zum Beispiel in einem privaten Fenster oder wenn Website-Daten gesperrt sind).',
	blocked:
		'Der Speicher ist durch einen anderen geöffneten Tab dieser Anwendung blockiert oder wurde dort von einer neueren Version geändert. Bitte die anderen Tabs schließen und diese Seite neu laden.',
	reserved: 'Der Demo-Ring ist reserviert und kann nicht mit eigenen Daten überschrieben werden.',
	corrupt: 'Der gespeicherte Ring ist unvollständig oder stammt aus einer neueren Version der Anwendung.',
	unknown: 'Der Browser-Speicher hat einen unerwarteten Fehler gemeldet.'
};

const CONSEQUENCE: Record<StorageAction, string> = {
	write:
		'Die Änderung wurde nicht gespeichert; der zuletzt gespeicherte Stand ist unverändert. Die Daten sind noch im Arbeitsspeicher: Bitte den Ring jetzt als Ringpaket (.zip) herunterladen, damit nichts verloren geht.',
	read: 'Gespeicherte Ringe können gerade nicht gelesen werden; sie werden dadurch nicht verändert.',
	open: 'Ringe können in diesem Browser nicht dauerhaft gespeichert werden. Daten bleiben nur bis zum Schließen des Tabs erhalten – bitte Ringe als Ringpaket (.zip) herunterladen.'
};

export function makeProblem(code: StorageProblemCode, action: StorageAction, detail = ''): StorageProblem {
	const consequence =
		code === 'reserved'
			? 'Bitte den Ring unter einem eigenen Namen als neuen Ring speichern.'
			: CONSEQUENCE[action];
	return { code, message: `${CAUSE[code]} ${consequence}`, detail };
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
