/**
 * Ring packages for browser tests, written by the project's own exporter from rings made by the
 * seeded generator: real zips, as a moderator would hand them out.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { generateRing } from '../../../data-samples/generator.ts';
import { benchmarkAuthorities, parseKreiseCsv } from '../../../data-samples/generator/reference.ts';
import { emptyExtras } from '../../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../../src/lib/ring/package/zip.ts';
import type { Ring } from '../../../src/lib/ring/types.ts';

const rows = parseKreiseCsv(readFileSync('data-samples/reference/kreise.csv', 'utf8'));

export function testRing(options: { members: number; periods: number[]; name: string; seed?: number }): Ring {
	return generateRing({
		seed: options.seed ?? 7,
		periods: options.periods,
		authorities: benchmarkAuthorities(rows, options.members, options.seed ?? 7),
		meta: { name: options.name, disclosure: 'pseudonymous' }
	});
}

/** Writes the ring as a package zip into a temp folder and returns the path. */
export function packageFile(ring: Ring, fileName = 'ringpaket.zip'): string {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'pkg-')), fileName);
	writeFileSync(file, exportRingZip({ ring, extras: emptyExtras() }));
	return file;
}

/** A package written by a newer app version. */
export function newerVersionPackage(): string {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'pkg-')), 'zukunft.zip');
	writeFileSync(
		file,
		zipSync({
			'zukunft/ring.json': strToU8(JSON.stringify({ format_version: 2, name: 'Zukunft' })),
			'zukunft/authorities.csv': strToU8(
				'authority_id,name,kind,state\n01001,Flensburg,kreisfreie_stadt,SH\n'
			),
			'zukunft/counts/a.csv': strToU8('authority_id,period,count_id,value\n01001,2024,population,90000\n')
		})
	);
	return file;
}
