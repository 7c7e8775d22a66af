/**
 * What the ingest worker (`import/import-worker.ts`) answers besides the import's parse: opening a
 * ring package, checking a mapping profile and writing a zip (ring package export, XLSX template). The page sends these to the worker so the ingest core,
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
import { encodeValues, valueBuffers, type ValueColumns } from './value-columns.ts';
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

export type WorkerRequest = OpenRingRequest | CheckProfileRequest | ZipRequest | XlsxRequest;

/** `RingData` with its values as columns. */
export interface EncodedRingData {
	ring: Omit<RingData['ring'], 'values'> & { values: ValueColumns };
	extras: RingData['extras'];
}

export type WorkerReply =
	| { type: 'ring'; data: EncodedRingData | null; problems: Problem[] }
	| { type: 'profile'; result: ProfileResult }
	| { type: 'zip'; bytes: Uint8Array }
	| { type: 'failed'; message: string };

export async function answer(
	request: WorkerRequest
): Promise<{ reply: WorkerReply; transfer: Transferable[] }> {
	if (request.type === 'check-profile')
		return { reply: { type: 'profile', result: parseProfile(request.text, request.specs) }, transfer: [] };
	if (request.type === 'zip' || request.type === 'xlsx') {
		const bytes =
			request.type === 'zip' ? writeZip(request.entries, request.mtime) : writeXlsx(request.sheets);
		return { reply: { type: 'zip', bytes }, transfer: [bytes.buffer as ArrayBuffer] };
	}
	const { source, specs, options } = request;
	const result =
		'zip' in source
			? await openRingZip(source.zip, specs, options)
			: await openRingPackage(source.files, specs, options);
	if (!result.data) return { reply: { type: 'ring', data: null, problems: result.problems }, transfer: [] };
	const values = encodeValues(result.data.ring.values);
	return {
		reply: {
			type: 'ring',
			data: { ring: { ...result.data.ring, values }, extras: result.data.extras },
			problems: result.problems
		},
		transfer: valueBuffers(values)
	};
}
