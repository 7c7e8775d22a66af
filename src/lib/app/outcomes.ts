/**
 * What the app's ring operations say back to a page — how a change ended, what the notice line says —
 * and the small helpers pages use to word a failure or offer the ring as a download.
 */
import type { Message } from '../i18n/messages.ts';
import { t } from '../i18n/translate.ts';
import { errorText } from '../i18n/words.ts';
import { download } from '../downloads/save.ts';
import type { RingData } from '../ring/package/types.ts';
import type { RingNameProblem } from '../ring/ring-names.ts';
import { rescueDownload } from '../ring/storage-problem.ts';
import { zipInWorker } from '../ring/worker-client.ts';

/** What happened to the ring beyond what the user did here (another tab), for the page's notice line. */
export interface Notice {
	tone: 'info' | 'warning';
	/** Worded where shown, in the page's language (the language may change while it is shown). */
	said: Message;
}

/**
 * How a change ended: `saved` (in the store; `newRing` when a copy of the demo or of an in-memory ring
 * was stored as a new ring), `memory` (storage failed: open in memory, `problem` says why), `conflict`
 * (another tab changed or deleted the ring and the change was not reapplied: the session now shows the
 * stored ring), `unchanged` (the change does not apply).
 */
export interface ChangeResult {
	status: 'saved' | 'memory' | 'conflict' | 'unchanged';
	newRing: boolean;
}

/** Why a ring name was refused, in the page's language (called where shown). */
export function ringNameText(problem: RingNameProblem): string {
	if (problem.code === 'long') return t('manage.name_long', { max: problem.max });
	if (problem.code === 'taken') return t('manage.name_taken', { name: problem.name });
	return t(problem.code === 'missing' ? 'manage.name_missing' : 'manage.name_control');
}

/** Why something failed, for a status line in the page's language (i18n/words.ts `errorText`). */
export function reasonOf(error: unknown): string {
	return errorText(error);
}

/**
 * The ring as a ring package download; zipped in the import worker (`zipInWorker`). Rejects when the
 * worker fails (memory): the caller says so.
 */
export async function downloadRing(data: RingData): Promise<void> {
	const file = await rescueDownload(data, zipInWorker);
	download(file.bytes, file.fileName, file.mimeType);
}
