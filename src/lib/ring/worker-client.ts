/**
 * The page's side of `worker-requests.ts`: open a ring package, check a mapping profile or write a zip in
 * a fresh ingest worker (the import's worker script, so the reader ships once), then end that worker.
 * Same results as calling `openRingZip` / `openRingPackage` / `parseProfile` / `writeZip` directly,
 * asynchronously; a ring's values arrive as the worker read them (columns, handed over, not copied).
 */
import { MessageError } from '../i18n/messages.ts';
import { m } from '../ingest/problems.ts';
import type { ProfileResult } from '../ingest/profile.ts';
import type { RingReadOptions } from './package/open.ts';
import type { PackageFile } from './package/types.ts';
import type { CountSpec } from '../ingest/types.ts';
import type { RingOpenResult } from './package/open.ts';
import type { ValueColumns } from './value-columns.ts';
import type { WorkerReply, WorkerRequest } from './worker-requests.ts';
import type { ZipEntries } from '../zip/write.ts';
import type { XlsxSheet } from '../zip/xlsx-write.ts';

function ask(
	request: WorkerRequest,
	transfer: Transferable[] = [],
	onProgress?: (fraction: number) => void
): Promise<WorkerReply> {
	const worker = new Worker(new URL('../import/import-worker.ts', import.meta.url), { type: 'module' });
	return new Promise<WorkerReply>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			if (event.data.type === 'progress') return onProgress?.(event.data.fraction);
			worker.terminate();
			if (event.data.type === 'failed') reject(new Error(event.data.message));
			else resolve(event.data);
		};
		worker.onerror = (event) => {
			event.preventDefault();
			worker.terminate();
			reject(event.message ? new Error(event.message) : new MessageError(m('rings.worker_died')));
		};
		worker.postMessage(request, transfer);
	});
}

/** The reply when it is of the kind asked for; otherwise a German (or English) message, never a crash. */
function replyOf<K extends WorkerReply['type']>(
	reply: WorkerReply,
	type: K
): Extract<WorkerReply, { type: K }> {
	if (reply.type !== type) throw new MessageError(m('rings.worker_unexpected', { type: reply.type }));
	return reply as Extract<WorkerReply, { type: K }>;
}

/** The worker's answer to an `open-ring` request as `openRingZip` / `openRingPackage` return it. */
export function ringOpenResult(reply: WorkerReply): RingOpenResult {
	const ring = replyOf(reply, 'ring');
	return { data: ring.data, problems: ring.problems };
}

async function openRing(
	source: { zip: Uint8Array } | { files: PackageFile[] },
	specs: CountSpec[],
	{ onProgress, ...options }: RingReadOptions,
	transfer: Transferable[]
): Promise<RingOpenResult> {
	// The options travel to the worker; the progress callback stays here and hears its messages.
	return ringOpenResult(await ask({ type: 'open-ring', source, specs, options }, transfer, onProgress));
}

/** `openRingZip` in the worker; `bytes` is handed over (unusable here afterwards). */
export function openRingZipInWorker(
	bytes: Uint8Array,
	specs: CountSpec[],
	options: RingReadOptions = {}
): Promise<RingOpenResult> {
	return openRing({ zip: bytes }, specs, options, [bytes.buffer as ArrayBuffer]);
}

/** `openRingPackage` in the worker; the files' bytes are handed over. */
export function openRingPackageInWorker(
	files: PackageFile[],
	specs: CountSpec[],
	options: RingReadOptions = {}
): Promise<RingOpenResult> {
	const buffers = new Set(files.map((f) => f.bytes.buffer as ArrayBuffer));
	return openRing({ files }, specs, options, [...buffers]);
}

/** `parseProfile` in the worker. */
export async function parseProfileInWorker(text: string, specs: CountSpec[]): Promise<ProfileResult> {
	return replyOf(await ask({ type: 'check-profile', text, specs }), 'profile').result;
}

/** `valuesHash` (ring/datenstand.ts) in the worker; the values are copied, the page keeps them. */
export async function valuesHashInWorker(values: ValueColumns): Promise<string> {
	return replyOf(await ask({ type: 'hash-values', values }), 'hash').hex;
}

/** `writeZip` in the worker; the entries' bytes are handed over. */
export async function zipInWorker(entries: ZipEntries, mtime: Date): Promise<Uint8Array> {
	const buffers = new Set(Object.values(entries).map((bytes) => bytes.buffer as ArrayBuffer));
	return replyOf(await ask({ type: 'zip', entries, mtime }, [...buffers]), 'zip').bytes;
}

/** A workbook of `sheets` written in the worker (the XLSX writer is not part of the page's JS). */
export async function xlsxInWorker(sheets: XlsxSheet[]): Promise<Uint8Array> {
	return replyOf(await ask({ type: 'xlsx', sheets }), 'zip').bytes;
}
