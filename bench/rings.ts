/**
 * The benchmark's inputs, all generated and seeded, nothing committed: rings at three scales (via
 * data-samples/generator.ts), their ring packages as .zip (the same bytes the app exports), and
 * German-format import files of a given size.
 *
 * Why generated: the scales (550 authorities = every Kreis plus Große Kreisstädte, 5,000 = stress)
 * do not exist as real data, and a seeded generator gives the same inputs on every machine, so runs
 * are comparable over time.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarkAuthorities, generateRing, parseKreiseCsv } from '../data-samples/generator.ts';
import { emptyExtras } from '../src/lib/ring/package/types.ts';
import { exportRingZip } from '../src/lib/ring/package/zip.ts';
import type { Ring } from '../src/lib/ring/types.ts';
import { valueCount as count } from '../src/lib/ring/value-columns.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SEED = 1;

export interface Scale {
	/** `550x10` */
	id: string;
	authorities: number;
	periods: number;
}

export const SCALES = {
	small: { id: '50x4', authorities: 50, periods: 4 },
	medium: { id: '550x10', authorities: 550, periods: 10 },
	stress: { id: '5000x10', authorities: 5000, periods: 10 }
} as const satisfies Record<string, Scale>;

/** Periods ending in 2024: 4 → 2021–2024, 10 → 2015–2024. */
export function periodsOf(scale: Scale): number[] {
	return Array.from({ length: scale.periods }, (_, i) => 2025 - scale.periods + i);
}

export function latestPeriod(scale: Scale): number {
	return periodsOf(scale).at(-1)!;
}

let referenceRows: ReturnType<typeof parseKreiseCsv> | undefined;

export function makeRing(scale: Scale): Ring {
	referenceRows ??= parseKreiseCsv(
		readFileSync(path.join(ROOT, 'data-samples/reference/kreise.csv'), 'utf8')
	);
	return generateRing({
		seed: SEED,
		periods: periodsOf(scale),
		authorities: benchmarkAuthorities(referenceRows, scale.authorities, SEED),
		meta: { name: `Benchmark-Ring ${scale.id}` }
	});
}

/** The ring package as the app exports it. */
export function ringZip(ring: Ring): Uint8Array {
	return exportRingZip({ ring, extras: emptyExtras() });
}

/** File name under build/bench/ (the app opens it with `?package=bench/<name>`). */
export function zipName(scale: Scale): string {
	return `ring-${scale.id}.zip`;
}

/** The ring's number of base values. */
export function valueCount(ring: Ring): number {
	return count(ring.values);
}

/** An authority in the middle of the key order: a typical member with a full peer group. */
export function benchAuthority(ring: Ring): string {
	const ids = ring.authorities.map((a) => a.authority_id).sort();
	return ids[Math.floor(ids.length / 2)]!;
}

export interface CountSpecLite {
	id: string;
	kind: string;
}

/**
 * A German office export of at least `bytes` bytes: `;`, decimal comma, no thousands separator
 * (DuckDB's read_csv has no thousands option, and both sides must read the same file), long layout
 * `authority_id;period;count_id;value`, UTF-8, `\n`. Money and FTE columns get two decimals.
 */
export function germanCsv(
	bytes: number,
	specs: readonly CountSpecLite[]
): { bytes: Uint8Array; rows: number } {
	const parts: string[] = ['authority_id;period;count_id;value\n'];
	let size = parts[0]!.length;
	let rows = 0;
	for (let a = 0; size < bytes; a++) {
		const authority = String(1_001_000 + a).padStart(8, '0');
		for (let period = 2015; period < 2025 && size < bytes; period++)
			for (let c = 0; c < specs.length; c++) {
				const spec = specs[c]!;
				const v = (a * 7919 + period * 31 + c * 104_729) % 2_000_000;
				const value =
					spec.kind === 'fte' || spec.kind === 'eur'
						? `${Math.floor(v / 100)},${String(v % 100).padStart(2, '0')}`
						: String(v);
				const row = `${authority};${period};${spec.id};${value}\n`;
				parts.push(row);
				size += row.length;
				rows++;
			}
	}
	return { bytes: new TextEncoder().encode(parts.join('')), rows };
}
