/**
 * Which bytes belong to the package: the files of a folder or a zip, cleaned of operating-system
 * debris, relative to the ring's root (the top level, or the one folder everything lies in).
 */
import { unzipSync } from 'fflate';
import type { PackageFile } from './types.ts';

/** The reader's limit per zip entry, so a zip bomb ends in a German message, not an exhausted tab. */
export const MAX_ZIP_ENTRY = 512 * 1024 * 1024;

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

export type Unzipped =
	{ ok: true; files: PackageFile[] } | { ok: false; code: 'bad_zip' | 'too_large'; names: string[] };

/** The zip's entries (folders and ignored paths left out), or why it cannot be read. */
export function unzipPackage(bytes: Uint8Array): Unzipped {
	const tooLarge: string[] = [];
	let entries: Record<string, Uint8Array>;
	try {
		entries = unzipSync(bytes, {
			filter: (file) => {
				if (file.name.endsWith('/') || ignoredPath(cleanPath(file.name))) return false;
				if (file.originalSize <= MAX_ZIP_ENTRY) return true;
				tooLarge.push(file.name);
				return false;
			}
		});
	} catch {
		return { ok: false, code: 'bad_zip', names: [] };
	}
	if (tooLarge.length > 0) return { ok: false, code: 'too_large', names: tooLarge };
	return { ok: true, files: Object.entries(entries).map(([path, data]) => ({ path, bytes: data })) };
}
