/**
 * The reader of a package's own counts file (ring/package/canonical-counts.ts) against the general
 * reader (`parseImportFile`), which reads every counts file it gives up on: on the canonical file of
 * generated and rough rings it gives the general reader's columns exactly, and it gives up — leaving
 * the file to the general reader and its problems — on every edit that makes the file other than plain.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import { parseNumberCell } from '../../src/lib/ingest/numbers.ts';
import {
	englishDecimal,
	readCanonicalCounts,
	readCanonicalProvenance
} from '../../src/lib/ring/package/canonical-counts.ts';
import { PROVENANCE_CSV } from '../../src/lib/ring/package/canonical.ts';
import { provenanceFromText } from '../../src/lib/ring/package/open.ts';
import { compareValues } from '../../src/lib/ring/package/csv.ts';
import { ProblemSink } from '../../src/lib/ingest/problems.ts';
import { BASE_VALUES_CSV } from '../../src/lib/ring/package/canonical.ts';
import { baseValuesBytes, provenanceBytes } from '../../src/lib/ring/package/values-csv.ts';
import type { BaseValue } from '../../src/lib/ring/types.ts';
import { decodeValues, encodeValues, sized, type ValueColumns } from '../../src/lib/ring/value-columns.ts';
import { generated, rough } from './support/rings.ts';

const catalogue = loadCatalogue();
const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
const utf8 = new TextEncoder();
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const general = (bytes: Uint8Array, numberFormat?: 'de' | 'en') =>
	parseImportFile(BASE_VALUES_CSV, bytes, specs, { columnar: true, numberFormat });

describe('the canonical counts file', () => {
	it('of generated rings: read fast, exactly as the general reader reads it', () => {
		for (const seed of [1, 2, 3, 4, 5, 6]) {
			const bytes = baseValuesBytes(generated(seed).values);
			const fast = readCanonicalCounts(BASE_VALUES_CSV, bytes, specs);
			const slow = general(bytes);
			expect(slow.problems, `seed ${seed}`).toEqual([]);
			expect(fast, `seed ${seed}: read fast`).not.toBeNull();
			expect(fast, `seed ${seed}`).toEqual(slow.columns);
		}
	});

	it('of rough rings (extreme values, gaps, ties): the general reader’s columns, or left to it', () => {
		const known = new Set(specs.map((c) => c.id));
		for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
			// What a package can hold: finite values of the catalogue's counts, one per key (the last).
			const byKey = new Map<string, BaseValue>();
			for (const v of decodeValues(rough(seed).values))
				if (Number.isFinite(v.value) && known.has(v.count_id))
					byKey.set(`${v.authority_id}|${v.period}|${v.count_id}`, v);
			const bytes = baseValuesBytes(encodeValues([...byKey.values()]));
			const fast = readCanonicalCounts(BASE_VALUES_CSV, bytes, specs);
			const slow = general(bytes);
			if (fast === null) continue;
			expect(slow.problems, `seed ${seed}`).toEqual([]);
			expect(fast, `seed ${seed}`).toEqual(slow.columns);
		}
	});

	it('with decimals of every form the writer gives: read fast, as the general reader reads them', () => {
		const ring = generated(2);
		const values = decodeValues(ring.values);
		const odd = [0.1 + 0.2, 2 / 3, 1e-7, 123456.789, 0.5, 1234.5678, 5e-10, 99.125, 1000000.25];
		let k = 0;
		const edited = values.map((v) =>
			v.count_id === 'fte_case_officers' ? { ...v, value: odd[k++ % odd.length]! } : v
		);
		expect(k).toBeGreaterThan(odd.length);
		const bytes = baseValuesBytes(encodeValues(edited));
		const slow = general(bytes);
		expect(slow.problems).toEqual([]);
		const fast = readCanonicalCounts(BASE_VALUES_CSV, bytes, specs);
		expect(fast).not.toBeNull();
		expect(fast).toEqual(slow.columns);
	});

	// Each edit of a plain file, and why the general reader must read the file instead.
	const EDITS: [string, (t: string) => string, ('de' | 'en')?][] = [
		['a byte order mark', (t) => `\uFEFF${t}`],
		['Windows line ends', (t) => t.replaceAll('\n', '\r\n')],
		['a quoted key', (t) => t.replace(/\n(\d+),/, '\n"$1",')],
		['a header of other words', (t) => t.replace('count_id', 'zahl')],
		['a sum row', (t) => `${t}Summe,2024,population,1\n`],
		['a key that lost its leading zero', (t) => t.replace(/\n0(\d{4}),/g, '\n$1,')],
		['a key with a space', (t) => t.replace(/\n(\d+),/, '\n $1,')],
		['an unknown count', (t) => t.replace(',population,', ',bevoelkerung,')],
		['a count in capitals', (t) => t.replace(',population,', ',Population,')],
		['a period the reader does not take', (t) => t.replace(/,(20\d\d),/, ',1700,')],
		['a period of three digits', (t) => t.replace(/,(20\d\d),/, ',202,')],
		['an empty line', (t) => t.replace('\n', '\n\n')],
		['a row twice', (t) => t + t.split('\n').slice(-2, -1)[0] + '\n'],
		[
			'rows out of order',
			(t) => t.split('\n').slice(0, 1).concat(t.split('\n').slice(1, -1).reverse(), ['']).join('\n')
		],
		['a field too many', (t) => t.replace(/\n([^\n]*)\n/, '\n$1,x\n')],
		['a negative value', (t) => t.replace(/,(\d+)\n/, ',-$1\n')],
		['a value with a space', (t) => t.replace(/,(\d+)\n/, ',$1 \n')],
		['an empty value', (t) => t.replace(/,(\d+)\n/, ',\n')],
		['a value of 16 digits', (t) => t.replace(/,(\d+)\n/, ',1234567890123456\n')],
		['a fraction of a count', (t) => t.replace(/,population,(\d+)\n/, ',population,$1.5\n')],
		['an ambiguous decimal in a count', (t) => t.replace(/,population,(\d+)\n/, ',population,1.234\n')],
		['a decimal in a ring of German numbers', (t) => t, 'de'],
		['no rows', (t) => t.split('\n')[0] + '\n'],
		['a key that is not UTF-8', (t) => t.replace(/\n(\d+),/, '\n\u00ff$1,')]
	];

	it.each(EDITS)('with %s: left to the general reader', (_, edit, numberFormat) => {
		const plain = text(baseValuesBytes(generated(3).values));
		expect(plain).toContain(',fte_case_officers,');
		const edited = edit(plain);
		if (!numberFormat) expect(edited, 'the edit changed the file').not.toBe(plain);
		const bytes =
			_ === 'a key that is not UTF-8'
				? Uint8Array.from(edited, (c) => c.charCodeAt(0) & 0xff) // Latin-1: ÿ as one byte
				: utf8.encode(edited);
		expect(readCanonicalCounts(BASE_VALUES_CSV, bytes, specs, { numberFormat })).toBeNull();
	});

	it('takes a decimal exactly as the general reader takes it', () => {
		const cells = ['0.5', '.5', '12.5', '123.456', '0.123', '1234.567', '12.', '1.0', '100.250', '999.999'];
		cells.push('1000.5', '0.000001', '123456789012.5', '0.1', '9007199254740993.5', '07.125', '7.1250');
		for (const cell of cells) {
			const bytes = utf8.encode(cell);
			const { cls } = parseNumberCell(cell);
			// Ambiguous (`123.456`): its English reading, as a comma-separated file's decimal kind takes it.
			const expected = cls.kind === 'en' ? cls.value : cls.kind === 'ambiguous' ? cls.en : null;
			expect(englishDecimal(bytes, 0, cell.indexOf('.'), bytes.length), cell).toBe(
				expected !== null && expected <= Number.MAX_SAFE_INTEGER ? expected : null
			);
		}
	});

	describe('and its provenance.csv', () => {
		/** A generated ring whose values have origins (two of three), in files whose names need no quotes. */
		const withOrigins = (seed: number) => {
			const values = decodeValues(generated(seed).values).map((v, i) =>
				i % 3 === 2
					? v
					: {
							...v,
							source: { file: `meldungen/amt-${i % 7}-Köln.csv`, line: 2 + (i % 501), column: 1 + (i % 9) }
						}
			);
			return encodeValues(values);
		};
		/** The values as the package's counts file gives them (every one stamped with that file). */
		const read = (values: ValueColumns) =>
			readCanonicalCounts(BASE_VALUES_CSV, baseValuesBytes(values), specs)!;
		const byText = (values: ValueColumns, bytes: Uint8Array) => {
			const sink = new ProblemSink(PROVENANCE_CSV);
			const out = provenanceFromText(values, bytes, sink);
			return { out, problems: sink.finish() };
		};

		it('of generated rings: put on the values fast, exactly as the general reader puts it', () => {
			for (const seed of [1, 2, 3, 4]) {
				const original = withOrigins(seed);
				const values = read(original);
				const bytes = provenanceBytes(original);
				const slow = byText(values, bytes);
				expect(slow.problems, `seed ${seed}`).toEqual([]);
				const fast = readCanonicalProvenance(values, bytes, BASE_VALUES_CSV);
				expect(fast, `seed ${seed}: read fast`).not.toBeNull();
				expect(fast, `seed ${seed}`).toEqual(slow.out);
				// …and that is the ring's own: every origin back.
				expect(decodeValues(fast!)).toEqual(
					decodeValues(sized(original, original.value.length)).sort(compareValues)
				);
			}
		});

		it('without any origin (a header only): the values without origins', () => {
			const values = read(generated(1).values);
			const bytes = provenanceBytes(generated(1).values);
			expect(readCanonicalProvenance(values, bytes, BASE_VALUES_CSV)).toEqual(byText(values, bytes).out);
		});

		const PROVENANCE_EDITS: [string, (t: string) => string][] = [
			['Windows line ends', (t) => t.replaceAll('\n', '\r\n')],
			['a quoted file name', (t) => t.replace(/,(meldungen\/[^,]+),/, ',"$1",')],
			['another header', (t) => t.replace('column', 'spalte')],
			['a row twice', (t) => t + t.split('\n')[1] + '\n'],
			[
				'rows out of order',
				(t) => [t.split('\n')[0], ...t.split('\n').slice(1, -1).reverse(), ''].join('\n')
			],
			['a row for no value', (t) => `${t}99999,2024,population,x.csv,2,3\n`],
			['a line of 0', (t) => t.replace(/,(\d+),(\d+)\n/, ',0,$2\n')],
			['a line with a leading zero', (t) => t.replace(/,(\d+),(\d+)\n/, ',0$1,$2\n')],
			['an empty file name', (t) => t.replace(/,meldungen\/[^,]+,/, ',,')],
			['a field too few', (t) => t.replace(/,(\d+)\n/, '\n')],
			['an empty line', (t) => t.replace('\n', '\n\n')]
		];

		it.each(PROVENANCE_EDITS)('with %s: left to the general reader', (_, edit) => {
			const original = withOrigins(2);
			const values = read(original);
			const plain = text(provenanceBytes(original));
			const edited = edit(plain);
			expect(edited).not.toBe(plain);
			expect(readCanonicalProvenance(values, utf8.encode(edited), BASE_VALUES_CSV)).toBeNull();
		});

		it('for values not all from the counts file: left to the general reader', () => {
			const original = withOrigins(3);
			const values = read(original);
			const mixed = {
				...values,
				files: [...values.files, 'counts/2024.csv'],
				file: values.file.map((f, i) => (i === 0 ? 2 : f))
			};
			expect(readCanonicalProvenance(mixed, provenanceBytes(original), BASE_VALUES_CSV)).toBeNull();
		});
	});
});
