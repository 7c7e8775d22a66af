/**
 * Writing zip files — ring packages (`ring/package/zip.ts`) and XLSX workbooks (`zip/xlsx-write.ts`)
 * — deterministically: every entry stamped with the caller's fixed time, fixed compression level,
 * entries in the caller's order. Equal input gives equal bytes.
 *
 * Only Node (CLI, tests, bench) and the import worker run this; the page asks the worker
 * (`ring/worker-client.ts` `zipInWorker`). Why: fflate's compressor is code the page need not ship
 * (issue #7, app JS budget — the worker has fflate already, to read packages and workbooks), and zipping
 * a ring of a decade no longer blocks the page.
 */
import { zipSync, type Zippable } from 'fflate';

/** Path in the zip → bytes, in the order they are written. */
export type ZipEntries = Record<string, Uint8Array>;

export function writeZip(entries: ZipEntries, mtime: Date): Uint8Array {
	const files: Zippable = {};
	for (const [path, bytes] of Object.entries(entries)) files[path] = [bytes, { mtime }];
	return zipSync(files, { level: 6, mtime });
}
