/**
 * Which entries of a ring package zip are inflated: the files of the package format, at the top or
 * inside one folder (the reader then decides which is the ring's root) — `ring.json`,
 * `authorities.csv`, `provenance.csv` and everything under `counts/`. Anything else (a stray
 * spreadsheet, a `__MACOSX` twin, junk beside the ring) is never decompressed, whatever its size.
 *
 * Format 2 (formats.md) adds its files here: this list is the package reader's choice, passed to
 * `readZip` as its `want`. A reader that must refuse unknown files names them from `readZip`'s
 * `entries` without inflating them.
 */
import type { ZipEntry } from './read.ts';

export const PACKAGE_FILES: readonly string[] = ['ring.json', 'authorities.csv', 'provenance.csv'];

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
		if (PACKAGE_FILES.includes(rel) || (rel.startsWith('counts/') && rel.length > 7)) return true;
	return false;
}
