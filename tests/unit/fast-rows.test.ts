/**
 * The row pass's fast lane (fast-rows.ts) may only ever read a record the way the general path would:
 * it accepts ordinary records and declines everything else. These tests read the same files with and
 * without the lane and compare the whole results — every value with line and column, every problem
 * with its message, the preview, the rows shown with problems, the detection.
 *
 * The files are generated (seeded, so a failure is reproducible) and then spoilt row by row with what
 * real exports contain: sum rows, blank and ragged rows, quoted cells with separators and line breaks,
 * repeated keys, placeholders, English and ambiguous numbers, spaces and NBSP, missing leading zeros,
 * bad periods, unknown counts, umlauts, CR and CRLF line ends, BOM, Windows-1252. Each spoilt record
 * is one the lane must decline; the clean ones around it are the lane's. A spy on the collector
 * checks that the lane did read most records of clean files, so the comparison is not vacuous.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromColumns } from '../../src/lib/import/protocol.ts';
import { charCodes } from '../../src/lib/ingest/fast-rows.ts';
import { parseImportFile, type ImportOptions } from '../../src/lib/ingest/parse-import.ts';
import type { ImportResult } from '../../src/lib/ingest/types.ts';
import { ValueCollector } from '../../src/lib/ingest/values.ts';
import { cp1252, SPECS, utf8 } from '../fixtures/ingest/helpers.ts';

function rng(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const DECIMAL = new Set(SPECS.filter((s) => s.kind === 'fte' || s.kind === 'eur').map((s) => s.id));

function cleanValue(random: Random, countId: string): string {
	const v = Math.floor(random() * 3_000_000);
	if (DECIMAL.has(countId))
		return random() < 0.5 ? `${Math.floor(v / 100)},${String(v % 100).padStart(2, '0')}` : `${v % 997},5`;
	if (random() < 0.1) return v.toLocaleString('de-DE'); // 1.234.567 (and ambiguous 12.345)
	return String(v);
}

/** What a spoilt cell can hold (each one a reason for the lane to decline, or a trap if it accepted). */
const BAD_VALUES = [
	'',
	' ',
	'-',
	'k.A.',
	'x',
	'-5',
	'−3',
	'+4',
	'1.234',
	'12,500',
	'1,234.5',
	'0.5',
	'12,5',
	'€ 12',
	'12 €',
	'1 234',
	'1\u00a0234',
	'1e5',
	'99999999999999999',
	'1.234.567,891234567891',
	'0,0000001',
	' 17',
	'17 ',
	'"5"',
	'00012'
];
const BAD_AUTHORITIES = [
	'',
	' ',
	'1234',
	'0101234',
	'x'.repeat(70),
	'A\u0001B',
	' 01001000',
	'01001000 ',
	'Summe',
	'Gesamt'
];
const BAD_PERIODS = ['', '20x', '2024/25', '1800', ' 2023', '2023 ', '2.023', 'Jahr 2023'];
const BAD_COUNTS = [
	'',
	' ',
	'unknown_count',
	'POPULATION',
	' population',
	'Einwohner am 31.12.',
	'fte_total '
];
const FIRST_CELLS = [
	'Summe',
	'Gesamt',
	'insgesamt',
	'Total:',
	'Teilsumme',
	'Stadt',
	'Tübingen',
	'Ämter',
	'\u00a0Summe',
	' gesamt',
	'ßtest'
];

interface Shape {
	layout: 'long' | 'wide';
	/** Column of a name column before the keys, or none. */
	name: boolean;
	counts: string[];
}

function header(shape: Shape): string[] {
	const keys = ['authority_id', 'period'];
	const rest = shape.layout === 'long' ? ['count_id', 'value'] : shape.counts;
	return [...(shape.name ? ['name'] : []), ...keys, ...rest];
}

function cleanRows(random: Random, shape: Shape, authorities: number, periods: number[]): string[][] {
	const rows: string[][] = [];
	for (let a = 0; a < authorities; a++) {
		const id = String(1_001_000 + a * 17).padStart(8, '0');
		const name = pick(random, ['Landkreis Börde', 'Stadt Köln', 'Kreis Nord', 'Überlingen', 'ABH 7']);
		for (const period of periods) {
			const lead = shape.name ? [name] : [];
			if (shape.layout === 'long')
				for (const count of shape.counts)
					rows.push([...lead, id, String(period), count, cleanValue(random, count)]);
			else
				rows.push([
					...lead,
					id,
					String(period),
					...shape.counts.map((c) => (random() < 0.05 ? '' : cleanValue(random, c)))
				]);
		}
	}
	return rows;
}

/** Spoil some rows in place; the spoilt row texts may also carry quotes and line breaks. */
function spoil(random: Random, rows: string[][], shape: Shape, share: number): void {
	const keyAt = shape.name ? 1 : 0;
	const width = header(shape).length;
	for (let r = 0; r < rows.length; r++) {
		if (random() >= share) continue;
		const row = rows[r]!;
		const kind = Math.floor(random() * 14);
		const cell = Math.floor(random() * row.length);
		switch (kind) {
			case 0:
				rows[r] = [];
				break;
			case 1:
				rows[r] = Array.from({ length: width }, () => pick(random, ['', ' ', '\u00a0']));
				break;
			case 2:
				row[0] = pick(random, FIRST_CELLS);
				break;
			case 3:
				if (r > 0) rows[r] = [...rows[Math.floor(random() * r)]!];
				break;
			case 4:
				row.push(pick(random, ['', 'extra', ' ']));
				break;
			case 5:
				row.pop();
				break;
			case 6:
				row[cell] = pick(random, [
					` ${row[cell]}`,
					`${row[cell]} `,
					`${row[cell]}\u00a0`,
					`\u202f${row[cell]}`
				]);
				break;
			case 7:
				row[cell] =
					`"${pick(random, [row[cell], `${row[cell]};x`, `${row[cell]}\nzweite Zeile`, `a""b`, `${row[cell]}"stray`])}"`;
				break;
			case 8:
				row[row.length - 1] = pick(random, BAD_VALUES);
				break;
			case 9:
				row[keyAt] = pick(random, BAD_AUTHORITIES);
				break;
			case 10:
				row[keyAt + 1] = pick(random, BAD_PERIODS);
				break;
			case 11:
				if (shape.layout === 'long') row[keyAt + 2] = pick(random, BAD_COUNTS);
				else row[keyAt + 2 + Math.floor(random() * shape.counts.length)] = pick(random, BAD_VALUES);
				break;
			case 12:
				row[cell] = `${row[cell]}\r`;
				break;
			default:
				row[cell] = `${row[cell]}${pick(random, ['ä', '€', '\u0007', '"', "'"])}`;
		}
	}
}

interface File {
	bytes: Uint8Array;
	options: ImportOptions;
	describe: string;
}

function makeFile(seed: number, share: number): File {
	// Spread neighbouring seeds (the generator's first draws of close seeds are close).
	const random = rng(Math.imul(seed, 0x9e3779b1));
	const long = random() < 0.6;
	const counts = [...SPECS]
		.sort(() => random() - 0.5)
		.slice(0, long ? 3 + Math.floor(random() * 10) : 2 + Math.floor(random() * 8))
		.map((s) => s.id);
	const shape: Shape = { layout: long ? 'long' : 'wide', name: random() < 0.3, counts };
	const authorities = long ? 2 + Math.floor(random() * 6) : 10 + Math.floor(random() * 40);
	const periods = [2021, 2022, 2023, 2024].slice(0, 1 + Math.floor(random() * 4));
	const rows = cleanRows(random, shape, authorities, periods);
	spoil(random, rows, shape, share);
	const separator = pick(random, [';', ';', ';', '\t', '|']);
	const lineEnd = pick(random, ['\n', '\n', '\r\n', '\r']);
	let text = [header(shape), ...rows].map((r) => r.join(separator)).join(lineEnd);
	if (random() < 0.7) text += lineEnd;
	else if (random() < 0.3) text += separator;
	if (random() < 0.2) text = `Ausländerbehörde – Grundzahlen${lineEnd}${lineEnd}${text}`;
	const encoding = pick(random, ['utf-8', 'utf-8-bom', 'cp1252']);
	let bytes: Uint8Array;
	try {
		bytes = encoding === 'cp1252' ? cp1252(text) : utf8(encoding === 'utf-8-bom' ? `\ufeff${text}` : text);
	} catch {
		bytes = utf8(text);
	}
	const options: ImportOptions = {
		previewRows: pick(random, [0, 3, 20]),
		problemRows: pick(random, [0, 5, 50]),
		...(random() < 0.2 ? { maxProblems: 3 } : {}),
		...(random() < 0.2 ? { numberFormat: pick(random, ['de', 'en'] as const) } : {}),
		...(random() < 0.3 ? { quotes: false } : {})
	};
	return {
		bytes,
		options,
		describe: `seed ${seed}: ${shape.layout}, ${JSON.stringify(separator)}, ${JSON.stringify(lineEnd)}, ${encoding}`
	};
}

/** The whole result, values as objects, for comparison. */
function comparable(r: ImportResult): unknown {
	return { ...r, columns: undefined, values: r.columns ? fromColumns(r.columns) : r.values };
}

function both(
	file: File,
	extra: ImportOptions = {}
): { lane: unknown; general: unknown; result: ImportResult } {
	const result = parseImportFile('f.csv', file.bytes, SPECS, { ...file.options, ...extra });
	const general = parseImportFile('f.csv', file.bytes, SPECS, { ...file.options, ...extra, fastLane: false });
	return { lane: comparable(result), general: comparable(general), result };
}

afterEach(() => {
	vi.restoreAllMocks();
});

describe('fast lane', () => {
	it('reads spoilt files exactly as the general path (600 files)', () => {
		for (let seed = 1; seed <= 600; seed++) {
			const file = makeFile(seed, seed % 3 === 0 ? 0.02 : 0.15);
			const { lane, general } = both(file, { columnar: seed % 2 === 0 });
			expect(lane, file.describe).toEqual(general);
		}
	});

	it('reads most records of clean files itself, with the same result', () => {
		const spy = vi.spyOn(ValueCollector.prototype, 'addClean');
		let values = 0;
		for (let seed = 1000; seed < 1060; seed++) {
			const file = makeFile(seed, 0);
			const { lane, general, result } = both(file);
			expect(lane, file.describe).toEqual(general);
			values += result.values.length;
		}
		// The lane starts after the preview: most, not all, values are its own.
		const stored = spy.mock.results.filter((r) => r.value === true).length;
		expect(stored).toBeGreaterThan(values * 0.7);
	});

	it('declines every record of a file whose records are mostly spoilt, and still agrees', () => {
		const spy = vi.spyOn(ValueCollector.prototype, 'addClean');
		const rows = ['authority_id;period;count_id;value'];
		for (let i = 0; i < 6000; i++)
			rows.push(`${String(1_001_000 + (i % 50)).padStart(8, '0')};2024;population; ${i}`);
		const file: File = {
			bytes: utf8(rows.join('\n')),
			options: { problemRows: 5 },
			describe: 'spaces before every value'
		};
		const { lane, general, result } = both(file);
		expect(lane).toEqual(general);
		expect(result.values.length).toBe(50);
		expect(spy).not.toHaveBeenCalled();
	});

	it('tells keys apart that differ only in a non-ASCII character (UTF-8: the lane reads a copy)', () => {
		const rows = ['authority_id;period;count_id;value'];
		// Each in its own year, so that a mix-up would not show as a repeated key.
		for (const [k, id] of ['ABH-Köln', 'ABH-Kéln', 'ABH-Kóln'].entries())
			for (const count of SPECS.slice(0, 30)) rows.push(`${id};${2022 + k};${count.id};7`);
		const file: File = { bytes: utf8(rows.join('\n')), options: {}, describe: 'umlaut keys' };
		const { lane, general, result } = both(file);
		expect(lane).toEqual(general);
		expect(new Set(result.values.map((v) => v.authority_id))).toEqual(
			new Set(['ABH-Köln', 'ABH-Kéln', 'ABH-Kóln'])
		);
		expect(result.values).toHaveLength(90);
	});
});

describe('charCodes', () => {
	it('uses the file bytes when each byte is one character, else a copy with 0x80 for non-ASCII', () => {
		const ascii = utf8('a;1\n');
		expect(charCodes('a;1\n', ascii)).toEqual({ codes: ascii, exact: true });
		const latin = cp1252('Köln;1\n');
		expect(charCodes('Köln;1\n', latin).codes).toBe(latin);
		const umlaut = charCodes('Köln;1\n', utf8('Köln;1\n'));
		expect(umlaut.exact).toBe(false);
		expect([...umlaut.codes]).toEqual([0x4b, 0x80, 0x6c, 0x6e, 0x3b, 0x31, 0x0a]);
	});
});
