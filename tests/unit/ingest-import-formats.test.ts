/**
 * Import files in the formats offices export: encodings (Windows-1252, UTF-8 and UTF-16 with BOM), separators,
 * title lines and sum rows, wide and long layouts, and the number conventions — each read to exactly its values
 * with the line:column they came from.
 */
import { describe, expect, it } from 'vitest';
import { isImportable, parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import { fixture, SPECS, utf16, utf8 } from '../fixtures/ingest/helpers.ts';
import { parse, problems, say, values } from './support/import-result.ts';

describe('German office export (Windows-1252, title line, sum row, quoted header, trailing empties)', () => {
	const result = parse('office.csv', fixture('corpus/office-cp1252.csv'));

	it('detects encoding, separator, header line, layout and number format', () => {
		expect(result.detected).toMatchObject({
			encoding: 'windows-1252',
			bom: false,
			separator: ';',
			headerLine: 2,
			layout: 'wide',
			numberFormat: 'de',
			dataRows: 3,
			sumRowsDropped: 1
		});
		expect(result.detected?.headers[3]).toBe('Ist-VZÄ gesamt\r\n(fte_total)');
		expect(result.detected?.titleLines).toEqual([
			{ line: 1, text: 'Ausländerbehörde Musterkreis – Grundzahlen 2023' }
		]);
	});

	it('yields exactly the values, with provenance of the original lines', () => {
		expect(values(result)).toEqual([
			'09162000 2023 population=1512491 @4:3',
			'09162000 2023 fte_total=123.5 @4:4',
			'09162000 2023 personnel_costs=8765432.1 @4:5',
			'09162000 2023 eat_orders=12345 @4:6',
			'09184000 2023 population=350000 @5:3',
			'09184000 2023 fte_total=45.25 @5:4',
			'09184000 2023 personnel_costs=2100000 @5:5',
			'09184000 2023 eat_orders=3210 @5:6',
			'09175000 2023 population=143649 @6:3',
			'09175000 2023 personnel_costs=987654.5 @6:5',
			'09175000 2023 eat_orders=1001 @6:6'
		]);
		expect(result.values[0]?.source?.file).toBe('office.csv');
	});

	it('reports the title line and the dropped sum row as warnings, and is importable', () => {
		expect(problems(result)).toEqual([
			'warning title_line 1:1 Ausländerbehörde Musterkreis – Grundzahlen 2023',
			'warning sum_row 7:1 Summe'
		]);
		expect(isImportable(result)).toBe(true);
	});

	it('gives a preview: header row and data rows with their lines', () => {
		expect(result.preview.map((r) => r.line)).toEqual([2, 4, 5, 6]);
		expect(result.preview[1]?.cells[0]).toBe('09162000');
	});
});

describe('UTF-8 with BOM, long layout, English numbers', () => {
	const result = parse('long.csv', fixture('corpus/long-en-bom.csv'));
	it('reads the values', () => {
		expect(result.detected).toMatchObject({
			encoding: 'utf-8',
			bom: true,
			separator: ',',
			layout: 'long',
			numberFormat: 'en'
		});
		expect(values(result)).toEqual([
			'05315000 2022 population=1084831 @2:4',
			'05315000 2022 fte_total=210.75 @3:4',
			'05315000 2022 personnel_costs=12345678.9 @4:4',
			'05315000 2022 visits=48000 @5:4'
		]);
		expect(result.problems).toEqual([]);
	});
});

describe('UTF-16 LE with BOM, tab separated', () => {
	it('reads the values', () => {
		const text =
			'Behörde\tErhebungsjahr\tKennzahl\tWert\r\n01001\t2023\tvisits\t1 234\r\n01001\t2023\tfte_total\t2,5\r\n';
		const result = parse('utf16.txt', utf16(text, 'le'));
		expect(result.detected).toMatchObject({
			encoding: 'utf-16le',
			separator: '\t',
			layout: 'long',
			numberFormat: 'de'
		});
		expect(values(result)).toEqual(['01001 2023 visits=1234 @2:4', '01001 2023 fte_total=2.5 @3:4']);
	});
});

describe('number conventions', () => {
	it('refuses an ambiguous 1.234 when the file does not decide the convention', () => {
		const result = parse('ambiguous.csv', fixture('corpus/ambiguous.csv'));
		expect(problems(result)).toEqual(['error ambiguous_number 2:4 1.234']);
		expect(say(result.problems[0])).toMatch(/mehrdeutig.*1234.*1\.234/);
		expect(values(result)).not.toContain(expect.stringContaining('fte_total=1234'));
		expect(isImportable(result)).toBe(false);
	});

	describe('a count cannot be a fraction: its kind reads what the file leaves open', () => {
		it('reads 218.095 in a count column as 218095; in an FTE column it stays ambiguous', () => {
			const count = parse('c.csv', utf8('authority_id;period;visits\n01001;2023;218.095\n'));
			expect(problems(count)).toEqual([]);
			expect(values(count)).toEqual(['01001 2023 visits=218095 @2:3']);
			const fte = parse('f.csv', utf8('authority_id;period;fte_total\n01001;2023;218.095\n'));
			expect(problems(fte)).toEqual(['error ambiguous_number 2:3 218.095']);
			expect(values(fte)).toEqual([]);
			const eur = parse('e.csv', utf8('authority_id;period;personnel_costs\n01001;2023;218.095\n'));
			expect(problems(eur)).toEqual(['error ambiguous_number 2:3 218.095']);
		});

		it("one column's kind does not decide another's: the FTE cell next to the count stays ambiguous", () => {
			const r = parse('x.csv', utf8('authority_id;period;visits;fte_total\n01001;2023;218.095;12.500\n'));
			expect(values(r)).toEqual(['01001 2023 visits=218095 @2:3']);
			expect(problems(r)).toEqual(['error ambiguous_number 2:4 12.500']);
			expect(r.detected?.numberFormat).toBe('neutral');
		});

		it('reads 12,500 in a count as 12500 (12,5 is no count); 1.000 stays ambiguous (1 and 1000 are both counts)', () => {
			const r = parse('x.csv', utf8('authority_id;period;visits;eat_orders\n01001;2023;"12,500";1.000\n'));
			expect(values(r)).toEqual(['01001 2023 visits=12500 @2:3']);
			expect(problems(r)).toEqual(['error ambiguous_number 2:4 1.000']);
		});

		it("the file's own convention wins: an English file's 218.095 in a count is no whole number", () => {
			const r = parse('x.csv', utf8('authority_id;period;visits;fte_total\n01001;2023;218.095;2.5\n'));
			expect(problems(r)).toEqual(['error not_integer 2:3 218.095']);
		});

		it('also in a comma-separated file, where a dot is otherwise read as a decimal point', () => {
			const r = parse('x.csv', utf8('authority_id,period,visits,fte_total\n01001,2023,218.095,12.375\n'));
			expect(values(r)).toEqual(['01001 2023 visits=218095 @2:3', '01001 2023 fte_total=12.375 @2:4']);
		});
	});

	it('resolves 1.234 as 1234 once another cell shows the German convention', () => {
		const result = parse('x.csv', utf8('authority_id;period;visits;fte_total\n01001;2023;1.234;2,5\n'));
		expect(values(result)).toEqual(['01001 2023 visits=1234 @2:3', '01001 2023 fte_total=2.5 @2:4']);
	});

	it('resolves 1,234 as 1234 in an English file', () => {
		const result = parse('x.csv', utf8('authority_id,period,visits,fte_total\n01001,2023,"1,234",2.5\n'));
		expect(values(result)).toEqual(['01001 2023 visits=1234 @2:3', '01001 2023 fte_total=2.5 @2:4']);
	});

	it('resolves by the profile or option when given', () => {
		const bytes = fixture('corpus/ambiguous.csv');
		expect(values(parse('a.csv', bytes, { numberFormat: 'de' }))).toContain('01001 2023 fte_total=1234 @2:4');
	});

	it('reports cells that contradict the majority convention', () => {
		const result = parse(
			'x.csv',
			utf8('authority_id;period;fte_total;fte_case_officers\n01001;2023;2,5;1,25\n01002;2023;3.5;1,5\n')
		);
		expect(result.detected?.numberFormat).toBe('mixed');
		expect(problems(result)).toEqual(['error number_format_conflict 3:3 3.5']);
	});
});

describe('pipe separator with ISO dates', () => {
	it('reads the values', () => {
		const result = parse('pipe.csv', fixture('corpus/pipe.csv'));
		expect(result.detected?.separator).toBe('|');
		expect(values(result)).toEqual([
			'11000000 2023 calls_received=250000 @2:3',
			'11000000 2023 calls_answered=180000 @2:4',
			'02000000 2023 calls_received=190000 @3:3'
		]);
		expect(result.problems).toEqual([]);
	});
});

describe('dot-ambiguous numbers in comma-separated files', () => {
	const parse = (text: string) => parseImportFile('t.csv', utf8(text), SPECS);

	it('reads 12.375 as a decimal point when the file is comma-separated (no decimal comma possible)', () => {
		const r = parse('authority_id,period,fte_total,visits\n01001,2024,12.375,5000\n');
		expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(r.values.find((v) => v.count_id === 'fte_total')?.value).toBe(12.375);
	});

	it('keeps 1.234 an error in a semicolon file with no other evidence', () => {
		const r = parse('authority_id;period;fte_total\n01001;2024;1.234\n');
		expect(r.problems.map((p) => p.code)).toContain('ambiguous_number');
		expect(r.values).toEqual([]);
	});

	it('follows German evidence in a comma file: quoted "1.234,5" makes 1.234 a thousands group', () => {
		const r = parse('authority_id,period,fte_total,visits\n01001,2024,"1.234,5",1.234\n');
		expect(r.values.find((v) => v.count_id === 'visits')?.value).toBe(1234);
	});

	it('never reads a comma-ambiguous cell by the hint', () => {
		const r = parse('authority_id,period,fte_total\n01001,2024,"1,234"\n');
		expect(r.problems.map((p) => p.code)).toContain('ambiguous_number');
	});
});
