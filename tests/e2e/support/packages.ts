/**
 * Ring packages for browser tests, written by the project's own exporter from rings made by the
 * seeded generator: real zips, as a moderator would hand them out.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync, strToU8, unzipSync } from 'fflate';
import { generateRing } from '../../../data-samples/generator.ts';
import { benchmarkAuthorities, parseKreiseCsv } from '../../../data-samples/generator/reference.ts';
import { freezeRelease } from '../../../src/lib/ring/datenstand.ts';
import { completeRingData } from '../../../src/lib/ring/package/complete.ts';
import { emptyExtras, type RingData } from '../../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../../src/lib/ring/package/zip.ts';
import type { Ring } from '../../../src/lib/ring/types.ts';
import { decodeValues, encodeValues } from '../../../src/lib/ring/value-columns.ts';

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

/**
 * A ring with Datenstand „Sitzung März“ (id 2024-1), after which one value was corrected: the first
 * member's population 2024 + 1000. Returns the package's path, the ring data and the corrected value.
 */
export async function changedAfterRelease(
	ring: Ring
): Promise<{ file: string; data: RingData; changed: BaseValueKey }> {
	const data = completeRingData({ ring, extras: emptyExtras() });
	const frozen = await freezeRelease(data, 'Sitzung März', new Date('2025-03-12T09:00:00Z'));
	if (!frozen.ok) throw new Error(frozen.reason);
	const all = decodeValues(frozen.data.ring.values);
	const target = all.find((v) => v.count_id === 'population' && v.period === 2024)!;
	const values = encodeValues(all.map((v) => (v === target ? { ...v, value: v.value + 1000 } : v)));
	const changed = { ...frozen.data, ring: { ...frozen.data.ring, values } };
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'pkg-')), 'korrigiert.zip');
	writeFileSync(file, exportRingZip(changed));
	return { file, data: changed, changed: { ...target, value: target.value + 1000, before: target.value } };
}

export interface BaseValueKey {
	authority_id: string;
	period: number;
	count_id: string;
	value: number;
	before: number;
}

/** A valid format-2 package with one thing this app does not know: a ring.json key, or a file. */
export function unknownPartPackage(kind: 'key' | 'file', ring: Ring): string {
	const entries = unzipSync(exportRingZip(completeRingData({ ring, extras: emptyExtras() })));
	const folder = Object.keys(entries)[0]!.split('/')[0]!;
	if (kind === 'key') {
		const json = JSON.parse(new TextDecoder().decode(entries[`${folder}/ring.json`]));
		entries[`${folder}/ring.json`] = strToU8(JSON.stringify({ ...json, agendas: [] }, null, 2));
	} else entries[`${folder}/agendas/sitzung-1.json`] = strToU8('{}');
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'pkg-')), `unbekannt-${kind}.zip`);
	writeFileSync(file, zipSync(entries));
	return file;
}

/** A package written by a newer app version. */
export function newerVersionPackage(): string {
	const file = path.join(mkdtempSync(path.join(tmpdir(), 'pkg-')), 'zukunft.zip');
	writeFileSync(
		file,
		zipSync({
			'zukunft/ring.json': strToU8(JSON.stringify({ format_version: 3, name: 'Zukunft' })),
			'zukunft/authorities.csv': strToU8(
				'authority_id,name,kind,state\n01001,Flensburg,kreisfreie_stadt,SH\n'
			),
			'zukunft/counts/a.csv': strToU8('authority_id,period,count_id,value\n01001,2024,population,90000\n')
		})
	);
	return file;
}
