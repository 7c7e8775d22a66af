/**
 * Node only (CLI, tests, benchmark): read a ring package from disk — a folder or a `.zip` — and hand
 * the bytes to the pure reader. The only file of `ingest/` that touches `fs`; never import it from
 * browser code.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { m, ProblemSink } from './problems.ts';
import { readRingPackage, readRingZip, type PackageFile, type RingReadResult } from './ring-package.ts';
import type { CountSpec } from './types.ts';

/** Files of the folder that can belong to a ring (ring.json, authorities.csv, counts/**), paths relative. */
async function collect(dir: string): Promise<PackageFile[]> {
	const files: PackageFile[] = [];
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	for (const entry of entries) {
		if (!entry.isFile()) continue;
		const full = path.join(entry.parentPath, entry.name);
		const rel = path.relative(dir, full).split(path.sep).join('/');
		if (rel !== 'ring.json' && rel !== 'authorities.csv' && !rel.startsWith('counts/')) continue;
		files.push({ path: rel, bytes: new Uint8Array(await readFile(full)) });
	}
	return files;
}

/** Read a ring folder or zip. Missing or unreadable paths become a problem, never an exception. */
export async function readRingFromPath(ringPath: string, specs: CountSpec[]): Promise<RingReadResult> {
	const name = path.basename(ringPath).replace(/\.zip$/i, '');
	try {
		const info = await stat(ringPath);
		if (info.isDirectory()) return readRingPackage(await collect(ringPath), specs, { name });
		return readRingZip(new Uint8Array(await readFile(ringPath)), specs, { name });
	} catch (error) {
		const sink = new ProblemSink(ringPath);
		const code = (error as { code?: string }).code;
		sink.error(
			'unreadable',
			1,
			1,
			'',
			code === 'ENOENT'
				? m('ingest.ring_not_found', { path: ringPath })
				: code
					? m('ingest.ring_unreadable_code', { path: ringPath, code })
					: m('ingest.ring_unreadable', { path: ringPath })
		);
		return { ring: null, problems: sink.finish() };
	}
}
