/**
 * Node only (CLI, tests, benchmark, build): read a ring package from disk — a folder or a `.zip` — and
 * hand the bytes to the pure reader. The only file of the package format that touches `fs`; never
 * import it from browser code.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ProblemSink } from '../../ingest/problems.ts';
import type { CountSpec, Problem } from '../../ingest/types.ts';
import type { Ring } from '../types.ts';
import { ignoredPath } from './files.ts';
import { openRingPackage, openRingZip } from './open.ts';
import type { PackageFile, RingData } from './types.ts';

/** Every file of the folder, paths relative (the reader decides what belongs to the ring). */
async function collect(dir: string): Promise<PackageFile[]> {
	const files: PackageFile[] = [];
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const full = path.join(entry.parentPath, entry.name);
		const rel = path.relative(dir, full).split(path.sep).join('/');
		if (ignoredPath(rel)) continue;
		files.push({ path: rel, bytes: new Uint8Array(await readFile(full)) });
	}
	return files;
}

export interface RingFromPath {
	/** Null when there is any error. */
	data: RingData | null;
	/** `data.ring`, for callers that need members and values only. */
	ring: Ring | null;
	problems: Problem[];
}

/** Read a ring folder or zip. Missing or unreadable paths become a problem, never an exception. */
export async function readRingFromPath(ringPath: string, specs: CountSpec[]): Promise<RingFromPath> {
	const name = path.basename(ringPath).replace(/\.zip$/i, '');
	try {
		const info = await stat(ringPath);
		const opened = info.isDirectory()
			? await openRingPackage(await collect(ringPath), specs, { name })
			: await openRingZip(new Uint8Array(await readFile(ringPath)), specs, { name });
		return { ...opened, ring: opened.data?.ring ?? null };
	} catch (error) {
		const sink = new ProblemSink(ringPath);
		const code = (error as { code?: string }).code;
		sink.error(
			'unreadable',
			1,
			1,
			'',
			code === 'ENOENT'
				? `Ring „${ringPath}“ nicht gefunden (weder Ordner noch ZIP-Datei).`
				: `Ring „${ringPath}“ kann nicht gelesen werden${code ? ` (${code})` : ''}.`
		);
		return { data: null, ring: null, problems: sink.finish() };
	}
}
