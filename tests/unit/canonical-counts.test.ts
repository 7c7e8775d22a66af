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
import { englishDecimal, readCanonicalCounts } from '../../src/lib/ring/package/canonical-counts.ts';
import { BASE_VALUES_CSV } from '../../src/lib/ring/package/canonical.ts';
import { baseValuesBytes } from '../../src/lib/ring/package/values-csv.ts';
import type { BaseValue } from '../../src/lib/ring/types.ts';
import { decodeValues, encodeValues } from '../../src/lib/ring/value-columns.ts';
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
});
