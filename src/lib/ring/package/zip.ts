/**
 * Ring → ring package `.zip` (formats.md: "the same folder as a .zip").
 *
 * The files lie in one folder named after the ring (`<slug>/ring.json`, …), as when a moderator zips a
 * ring folder by hand; the ring reader accepts both that and files at the top level.
 *
 * Determinism: the same ring data must give byte-identical zips (so a package can be compared, hashed,
 * checked into a repository). fflate stamps entries with "now" unless told otherwise, so every entry
 * gets a fixed mtime — built from local date parts, because ZIP stores local DOS time and fflate reads
 * the Date's local fields: `new Date(2000, 0, 1)` is the same DOS timestamp in every time zone.
 * Entries are added in path order; compression level is fixed (`zip/write.ts`).
 *
 * The page zips in the import worker: `zipInWorker(ringZipEntries(data), RING_ZIP_MTIME)`.
 */
import { writeZip, type ZipEntries } from '../../zip/write.ts';
import { canonicalFiles } from './canonical.ts';
import type { RingData } from './types.ts';

export const RING_ZIP_MTIME = new Date(2000, 0, 1, 0, 0, 0);
const MAX_SLUG = 60;

/** File-system-safe ASCII name: `Vergleichsring Süd 2024` → `vergleichsring-sued-2024`. */
export function ringSlug(name: string): string {
	const slug = name
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.slice(0, MAX_SLUG)
		.replace(/^-+|-+$/g, '');
	return slug === '' ? 'ring' : slug;
}

/** Download name of a ring package. */
export function packageFileName(name: string): string {
	return `${ringSlug(name)}.zip`;
}

/** The package's files in their folder, in path order: what the zip holds. */
export function ringZipEntries(data: RingData): ZipEntries {
	const folder = ringSlug(data.ring.meta.name);
	const entries: ZipEntries = {};
	for (const file of canonicalFiles(data)) entries[`${folder}/${file.path}`] = file.bytes;
	return entries;
}

/** The package as zip bytes (deterministic). */
export function exportRingZip(data: RingData): Uint8Array {
	return writeZip(ringZipEntries(data), RING_ZIP_MTIME);
}
