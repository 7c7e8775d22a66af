/**
 * The ring package byte for byte at the benchmark's scales, since the ring is held as columns (issue
 * 21): a package written by the objects' code before reads and writes back identically, and so does a
 * generated 550 × 10 ring; the value columns keep every number bit for bit.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeRing, ringZip, SCALES } from '../../bench/rings.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import type { CountSpec } from '../../src/lib/ingest/types.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import type { BaseValue } from '../../src/lib/ring/types.ts';
import {
	decodeValues,
	encodeValues,
	ValueColumnsBuilder,
	valueCount
} from '../../src/lib/ring/value-columns.ts';

const specs: CountSpec[] = loadCatalogue().base_counts.map(({ id, kind, label }) => ({ id, kind, label }));

describe('byte for byte at the benchmark’s scales (the ring as columns, issue 21)', () => {
	it('50 × 4 with provenance: the package written by the objects’ code reads and writes back identically', async () => {
		const zip = new Uint8Array(readFileSync('tests/fixtures/columnar/ring-50x4.zip'));
		const back = await openRingZip(zip, specs);
		expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(valueCount(back.data!.ring.values)).toBe(8396);
		expect(exportRingZip(back.data!)).toEqual(zip);
	});

	it('550 × 10: export → read → export gives the same bytes', async () => {
		const zip = ringZip(makeRing(SCALES.medium));
		const back = await openRingZip(zip, specs);
		expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(valueCount(back.data!.ring.values)).toBeGreaterThan(550 * 10 * 40);
		expect(exportRingZip(back.data!)).toEqual(zip);
	}, 120_000);
});

describe('the value columns', () => {
	it('keeps values without provenance without it, and every number bit for bit', async () => {
		const values: BaseValue[] = [
			{ authority_id: 'a', period: 2024, count_id: 'x', value: -0 },
			{
				authority_id: 'b',
				period: 2024,
				count_id: 'x',
				value: 0.1 + 0.2,
				source: { file: 'f.csv', line: 3, column: 2 }
			},
			{
				authority_id: 'a',
				period: 2023,
				count_id: 'y',
				value: 2 ** 53 + 2,
				source: { file: '', line: 1, column: 1 }
			},
			{
				authority_id: 'a',
				period: 2023,
				count_id: 'x',
				value: 1e-300,
				source: { file: 'f.csv', line: 4_000_000_000, column: 7 }
			}
		];
		const back = decodeValues(encodeValues(values));
		expect(back).toStrictEqual(values);
		expect(Object.is(back[0]!.value, -0)).toBe(true);
	});

	it('the builder: whole sets (the first taken as it is), chosen rows and single values, in order, across growth', () => {
		const file = (name: string, authorities: string[], n: number, from = 0): BaseValue[] =>
			Array.from({ length: n }, (_, i) => ({
				authority_id: authorities[i % authorities.length]!,
				period: 2020 + (i % 3),
				count_id: i % 2 ? 'x' : 'y',
				value: from + i / 4,
				source: { file: name, line: i + 2, column: 3 }
			}));
		const first = file('a.csv', ['01', '02'], 1500);
		// Other dictionaries: an authority and count in another order, one authority new, another file.
		const second = file('b.csv', ['03', '01'], 1200, 5000).map((v) => ({
			...v,
			count_id: v.count_id === 'x' ? 'y' : 'x'
		}));
		const loose: BaseValue = { authority_id: '04', period: 2024, count_id: 'z', value: -0 };
		const rows = [1199, 0, 7, 7];
		const builder = new ValueColumnsBuilder();
		builder.append(encodeValues(first));
		builder.append(encodeValues(second), rows);
		builder.push(loose);
		builder.append(encodeValues(second));
		const expected = [...first, ...rows.map((r) => second[r]!), loose, ...second];
		expect(builder.length).toBe(expected.length);
		const got = decodeValues(builder.finish());
		expect(got).toStrictEqual(expected);
		expect(Object.is(got[1500 + rows.length]!.value, -0)).toBe(true);
	});

	it('a file’s columns are exactly sized — taken as they are when its lines foretold its values, copied when not', () => {
		const rows = (n: number, bad = -1, from = 0) =>
			Array.from({ length: n }, (_, k) => {
				const i = from + k;
				return `01${String(i).padStart(4, '0')},2024,population,${i === bad ? 'x' : i}`;
			});
		const csv = (lines: string[]) =>
			new TextEncoder().encode(`authority_id,period,count_id,value\n${lines.join('\n')}\n`);
		for (const [what, bytes, values] of [
			['every line a value', csv(rows(5000)), 5000],
			['a line in error', csv(rows(5000, 17)), 4999],
			['an empty line', csv([...rows(4000), '', ...rows(1000, -1, 4000)]), 5000]
		] as const) {
			const cols = parseImportFile('counts/2024.csv', bytes, specs, { columnar: true }).columns!;
			expect(valueCount(cols), what).toBe(values);
			for (const a of [
				cols.authority,
				cols.count,
				cols.file,
				cols.period,
				cols.value,
				cols.line,
				cols.column
			])
				expect(a.buffer.byteLength, what).toBe(values * a.BYTES_PER_ELEMENT);
			expect(cols.value[values - 1], what).toBe(4999);
			expect(cols.line[values - 1], what).toBe(values === 5000 && what === 'an empty line' ? 5002 : 5001);
		}
	});
});
