/**
 * Which bytes belong to the package: the files of a folder or a zip, cleaned of operating-system
 * debris, relative to the ring's root (the top level, or the one folder everything lies in).
 *
 * A zip is read by the bounded unzip (`zip/read.ts`, limits in `zip/limits.ts`), and only the entries
 * the format reads are inflated (`ringPackageEntry`): the core files and those a part of the registry
 * owns (`parts/index.ts`, every version) — so a new part's files are inflated without touching this
 * file, and junk beside a ring (a stray spreadsheet, a `__MACOSX` twin) is never decompressed, whatever
 * its size.
 */
import { RING_PACKAGE_LIMITS } from '../../zip/limits.ts';
import { readZipAsync, type ZipEntry, type ZipProblem } from '../../zip/read.ts';
import { PROVENANCE_CSV } from './canonical.ts';
import { AUTHORITIES_CSV, isCountsFile } from './core.ts';
import { PARTS } from './parts/index.ts';
import { RING_JSON } from './parts/part.ts';
import type { PackageFile } from './types.ts';

/** `\` → `/`, no leading `./` or `/`. */
export function cleanPath(path: string): string {
	return path.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
}

/** Hidden files (`.DS_Store`, `.git/…`) and macOS zip debris (`__MACOSX/`) are never part of a ring. */
export function ignoredPath(path: string): boolean {
	return path.split('/').some((seg) => seg === '__MACOSX' || seg.startsWith('.'));
}

/** Notes for people beside the ring (`README.md`, `hinweise.txt`) at the top: never read, never refused. */
export function isNote(path: string): boolean {
	return !path.includes('/') && /\.(md|txt)$/i.test(path);
}

const marksRing = (rel: string) =>
	rel === 'ring.json' || rel === 'authorities.csv' || rel.startsWith('counts/');

export interface PackageRoot {
	/** `''` or `<folder>/`. */
	root: string;
	/** The package's files by path relative to the root (ignored ones left out). */
	files: Map<string, Uint8Array>;
}

/** Where the ring lies: at the top or inside exactly one directory; null when there is no ring. */
export function packageRoot(files: readonly PackageFile[]): PackageRoot | null {
	const usable = files.map((f) => ({ ...f, path: cleanPath(f.path) })).filter((f) => !ignoredPath(f.path));
	let root: string | null = null;
	if (usable.some((f) => marksRing(f.path))) root = '';
	else {
		const tops = new Set(usable.map((f) => f.path.split('/')[0] ?? ''));
		const top = tops.size === 1 ? `${[...tops][0]}/` : null;
		if (top && usable.some((f) => f.path.startsWith(top) && marksRing(f.path.slice(top.length)))) root = top;
	}
	if (root === null) return null;
	const inRoot = usable.filter((f) => f.path.startsWith(root) && !f.path.endsWith('/'));
	return { root, files: new Map(inRoot.map((f) => [f.path.slice(root.length), f.bytes])) };
}

/** A file some version of the format reads, by its path relative to the ring's root. */
const readByFormat = (rel: string) =>
	rel === RING_JSON ||
	rel === AUTHORITIES_CSV ||
	rel === PROVENANCE_CSV ||
	isCountsFile(rel) ||
	PARTS.some((p) => p.owns(rel));

/**
 * Whether a zip entry is inflated: a file the format reads, at the top or inside one folder (which of
 * the two is the ring's root is decided later, by `packageRoot`, from every entry's name).
 */
export function ringPackageEntry(entry: ZipEntry): boolean {
	const path = cleanPath(entry.name);
	if (path.endsWith('/') || ignoredPath(path)) return false;
	return readByFormat(path) || readByFormat(path.split('/').slice(1).join('/'));
}

export type Unzipped = { ok: true; files: PackageFile[] } | { ok: false; problem: ZipProblem };

const UNREAD = new Uint8Array(0);

/**
 * The zip's files (folders and ignored paths left out), or why it cannot be read (damaged, or a limit
 * hit). Entries the format does not read are listed by name with no bytes, never inflated: no reader
 * opens them, and the package reader still names them — refused in format 2, a warning before.
 */
export async function unzipPackage(bytes: Uint8Array): Promise<Unzipped> {
	const read = await readZipAsync(bytes, ringPackageEntry, RING_PACKAGE_LIMITS);
	if (!read.ok) return read;
	const files: PackageFile[] = Object.entries(read.files).map(([path, data]) => ({ path, bytes: data }));
	for (const e of read.entries)
		if (!(e.name in read.files) && !e.name.endsWith('/') && !ignoredPath(cleanPath(e.name)))
			files.push({ path: e.name, bytes: UNREAD });
	return { ok: true, files };
}
