/**
 * Which entries of a ring package zip are inflated: the files of the package format, at the top or
 * inside one folder (the reader then decides which is the ring's root) — `ring.json`,
 * `authorities.csv`, `provenance.csv`, everything under `counts/`, and format 2's `pseudonyms.csv` and
 * `releases/…` (its parts, docs/ring-format.md). Anything else (a stray spreadsheet, a `__MACOSX`
 * twin, junk beside the ring) is never decompressed, whatever its size.
 *
 * This list is the package reader's choice, passed to `readZip` as its `want`: a new part with files of
 * its own adds them here. A reader that must refuse unknown files (format 2 is strict) names them from
 * `readZip`'s `entries` without inflating them.
 */
import type { ZipEntry } from './read.ts';

export const PACKAGE_FILES: readonly string[] = [
	'ring.json',
	'authorities.csv',
	'provenance.csv',
	'pseudonyms.csv'
];
export const PACKAGE_FOLDERS: readonly string[] = ['counts/', 'releases/'];

/** Same path rules as the reader: `\` → `/`, no leading `./` or `/`; hidden and `__MACOSX` ignored. */
function clean(name: string): string {
	return name.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
}

export function ringPackageEntry(entry: ZipEntry): boolean {
	const path = clean(entry.name);
	if (path.endsWith('/')) return false;
	const parts = path.split('/');
	if (parts.some((seg) => seg === '__MACOSX' || seg.startsWith('.'))) return false;
	for (const rel of [path, parts.slice(1).join('/')])
		if (
			PACKAGE_FILES.includes(rel) ||
			PACKAGE_FOLDERS.some((f) => rel.startsWith(f) && rel.length > f.length)
		)
			return true;
	return false;
}
