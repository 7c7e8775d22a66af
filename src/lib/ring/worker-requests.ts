/**
 * What the ingest worker (`import/import-worker.ts`) answers besides the import's parse: opening a
 * ring package, checking a mapping profile, writing a zip (ring package export, XLSX template) and
 * hashing a ring's values (the Datenstand hash: two million rows at 5,000 × 10, not on the page's thread). The page sends these to the worker so the ingest core,
 * the ring package reader and the JSON checks ship once, in the worker, not a second time in the page's JS
 * (issue #7: app JS budget) — and reading a large package no longer blocks the page.
 *
 * Only the worker imports this module's functions; the page imports its types (see `worker-client.ts`).
 */
import { parseProfile, type ProfileResult } from '../ingest/profile.ts';
import type { RingReadOptions } from './package/open.ts';
import type { PackageFile } from './package/types.ts';
import type { CountSpec, Problem } from '../ingest/types.ts';
import type { RingData } from './package/types.ts';
import { openRingPackage, openRingZip } from './package/open.ts';
import { sha256Hex } from './package/hash.ts';
import { baseValuesBytes } from './package/values-csv.ts';
import { valueBuffers, type ValueColumns } from './value-columns.ts';
import { writeZip, type ZipEntries } from '../zip/write.ts';
import { writeXlsx, type XlsxSheet } from '../zip/xlsx-write.ts';

export interface OpenRingRequest {
	type: 'open-ring';
	/** A `.zip`, or the package's files (folder). */
	source: { zip: Uint8Array } | { files: PackageFile[] };
	specs: CountSpec[];
	options: RingReadOptions;
}

export interface CheckProfileRequest {
	type: 'check-profile';
	text: string;
	specs: CountSpec[];
}

export interface ZipRequest {
	type: 'zip';
	entries: ZipEntries;
	mtime: Date;
}

/** A workbook of these sheets (the dashboard's Excel downloads, the import template). */
export interface XlsxRequest {
	type: 'xlsx';
	sheets: XlsxSheet[];
}

/** The SHA-256 of the values' canonical file (the Datenstand hash), off the page's thread. */
export interface HashValuesRequest {
	type: 'hash-values';
	values: ValueColumns;
}

export type WorkerRequest =
	OpenRingRequest | CheckProfileRequest | ZipRequest | XlsxRequest | HashValuesRequest;

export type WorkerReply =
	| { type: 'ring'; data: RingData | null; problems: Problem[] }
	/** Reading a ring package: how far, 0…1 (sent before its `ring` reply). */
	| { type: 'progress'; fraction: number }
	| { type: 'profile'; result: ProfileResult }
	| { type: 'zip'; bytes: Uint8Array }
	| { type: 'hash'; hex: string }
	| { type: 'failed'; message: string };

/** `onProgress`: told how far a ring package has been read (not for the other requests). */
export async function answer(
	request: WorkerRequest,
	onProgress?: (fraction: number) => void
): Promise<{ reply: WorkerReply; transfer: Transferable[] }> {
	if (request.type === 'check-profile')
		return { reply: { type: 'profile', result: parseProfile(request.text, request.specs) }, transfer: [] };
	if (request.type === 'hash-values')
		return { reply: { type: 'hash', hex: await sha256Hex(baseValuesBytes(request.values)) }, transfer: [] };
	if (request.type === 'zip' || request.type === 'xlsx') {
		const bytes =
			request.type === 'zip' ? writeZip(request.entries, request.mtime) : writeXlsx(request.sheets);
		return { reply: { type: 'zip', bytes }, transfer: [bytes.buffer as ArrayBuffer] };
	}
	const { source, specs, options } = request;
	const read = { ...options, ...(onProgress ? { onProgress } : {}) };
	const result =
		'zip' in source
			? await openRingZip(source.zip, specs, read)
			: await openRingPackage(source.files, specs, read);
	// The values are columns already: their buffers are handed over, not copied.
	const transfer = result.data ? valueBuffers(result.data.ring.values) : [];
	return { reply: { type: 'ring', data: result.data, problems: result.problems }, transfer };
}
