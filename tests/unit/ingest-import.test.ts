import { describe, expect, it } from 'vitest';
import { isImportable, parseImportFile, type ImportOptions } from '../../src/lib/ingest/parse-import.ts';
import { parseProfile } from '../../src/lib/ingest/profile.ts';
import type { ImportResult } from '../../src/lib/ingest/types.ts';
import { cp1252, fixture, SPECS, utf16, utf8 } from '../fixtures/ingest/helpers.ts';

function parse(name: string, bytes: Uint8Array, options?: ImportOptions): ImportResult {
	return parseImportFile(name, bytes, SPECS, options);
}

/** Values as `authority period count=value @line:column`, compact for exact comparison. */
function values(result: ImportResult): string[] {
	return result.values.map(
		(v) => `${v.authority_id} ${v.period} ${v.count_id}=${v.value} @${v.source?.line}:${v.source?.column}`
	);
}

/** Problems as `severity code line:column text`. */
function problems(result: ImportResult): string[] {
	return result.problems.map((p) => `${p.severity} ${p.code} ${p.line}:${p.column} ${p.text}`);
}

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
		expect(result.problems[0]?.message).toMatch(/mehrdeutig.*1234.*1\.234/);
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

describe('row errors at exact line:column', () => {
	it('negative count, fraction in a count, bad period, duplicate key, unknown count', () => {
		const result = parse('errors.csv', fixture('corpus/row-errors.csv'));
		expect(problems(result)).toEqual([
			'error negative 2:4 -5',
			'error not_integer 3:4 12,5',
			'error bad_period 4:2 23',
			'error duplicate_value 6:4 4',
			'error unknown_count 7:3 Einwohnerzahl'
		]);
		const duplicate = result.problems.find((p) => p.code === 'duplicate_value');
		expect(duplicate?.message).toMatch(/Zeile 5.*Zeile 6/);
		expect(values(result)).toEqual(['01001 2023 fte_total=3.5 @5:4', '01001 2023 population=100000 @8:4']);
	});

	it('ragged rows, quoted line breaks and escaped quotes keep their lines', () => {
		const result = parse('ragged.csv', fixture('corpus/ragged.csv'));
		expect(problems(result)).toEqual([
			'error invalid_number 2:3 1⏎200',
			'error ragged_row 4:5 9',
			'warning short_row 5:3 ',
			'error invalid_number 6:4 1"2'
		]);
		expect(values(result)).toEqual([
			'01001 2023 appointments_booked=5 @3:4',
			'01002 2023 visits=7 @4:3',
			'01002 2023 appointments_booked=8 @4:4',
			'01003 2023 visits=10 @5:3',
			'01004 2023 visits=11 @6:3'
		]);
	});

	it('an empty cell is a missing value, placeholders are missing with a warning, never 0', () => {
		const result = parse(
			'x.csv',
			utf8('authority_id,period,visits,calls_received,calls_answered\n01001,2023,,-,0\n')
		);
		expect(values(result)).toEqual(['01001 2023 calls_answered=0 @2:5']);
		expect(problems(result)).toEqual(['warning placeholder 2:4 -']);
	});

	it('keeps leading zeros of authority ids and warns when one seems lost', () => {
		const result = parse('x.csv', utf8('authority_id,period,visits\n01001,2023,1\n1002,2023,2\n'));
		expect(result.values.map((v) => v.authority_id)).toEqual(['01001', '1002']);
		expect(problems(result)).toEqual(['warning leading_zero 3:1 1002']);
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

describe('headers and mapping profiles', () => {
	const vendor = fixture('corpus/vendor-export.csv');

	it('without a profile: unknown vendor columns are errors with their column and a suggestion', () => {
		const result = parse('vendor.csv', vendor);
		const unknown = result.problems.filter((p) => p.code === 'unknown_column');
		expect(unknown.map((p) => `${p.line}:${p.column} ${p.text}`)).toEqual([
			'1:3 Anzahl eAT-Bestellungen',
			'1:4 Anzahl Vorsprachen',
			'1:5 Bemerkung'
		]);
		expect(unknown[0]?.message).toMatch(/eat_orders/);
		expect(isImportable(result)).toBe(false);
	});

	it('with the profile: values read, ignored column ignored, profile named', () => {
		const parsed = parseProfile(new TextDecoder().decode(fixture('corpus/vendor-profile.json')), SPECS);
		if (!parsed.ok) throw new Error(parsed.messages.join());
		const result = parse('vendor.csv', vendor, { profile: parsed.profile });
		expect(result.detected).toMatchObject({
			profile: 'Fachverfahren X, Jahresexport',
			layout: 'wide',
			numberFormat: 'de'
		});
		expect(values(result)).toEqual([
			'08111000 2023 eat_orders=54321 @2:3',
			'08111000 2023 visits=120500 @2:4',
			'08212000 2023 eat_orders=9876 @3:3',
			'08212000 2023 visits=30000 @3:4'
		]);
		expect(result.problems).toEqual([]);
	});

	it('recognises a saved profile automatically from the header row', () => {
		const parsed = parseProfile(new TextDecoder().decode(fixture('corpus/vendor-profile.json')), SPECS);
		if (!parsed.ok) throw new Error();
		const result = parse('vendor.csv', vendor, { profiles: [parsed.profile] });
		expect(result.detected?.profile).toBe('Fachverfahren X, Jahresexport');
		expect(result.values).toHaveLength(4);
	});

	it('accepts German labels and template headers `Label (id)` without a profile', () => {
		const text =
			'Behörde;Jahr;Eingegangene Anträge auf Aufenthaltstitel (Erteilung und Verlängerung);Erteilte oder verlängerte Aufenthaltstitel (titles_granted)\n09162000;2023;10;8\n';
		const result = parse('labels.csv', cp1252(text));
		expect(values(result)).toEqual([
			'09162000 2023 title_applications_received=10 @2:3',
			'09162000 2023 titles_granted=8 @2:4'
		]);
	});

	it('reads labels as count names in the long layout', () => {
		const result = parse(
			'x.csv',
			utf8('Behörde;Jahr;Grundzahl;Wert\n01001;2023;eAT-Bestellungen;5\n01001;2023;Krankheitstage;20\n')
		);
		expect(values(result)).toEqual(['01001 2023 eat_orders=5 @2:4', '01001 2023 sick_days=20 @3:4']);
	});

	it('takes authority and period from defaults when the file has no such columns', () => {
		const result = parse('own.csv', utf8('Grundzahl;Wert\nvisits;12\n'), {
			defaults: { authority_id: '01001', period: 2024 }
		});
		expect(values(result)).toEqual(['01001 2024 visits=12 @2:2']);
	});

	it('reports missing key columns and duplicate columns at the header line', () => {
		const result = parse(
			'x.csv',
			utf8('visits,Vorsprachen (wahrgenommene Termine und Spontankontakte)\n1,2\n')
		);
		expect(problems(result)).toEqual([
			'error missing_authority_column 1:1 ',
			'error missing_period_column 1:1 ',
			'error duplicate_column 1:2 Vorsprachen (wahrgenommene Termine und Spontankontakte)'
		]);
	});
});

describe('files that cannot be imported or read', () => {
	it('an empty file is not importable (but readable)', () => {
		const result = parse('empty.csv', new Uint8Array());
		expect(result.unreadable).toBe(false);
		expect(problems(result)).toEqual(['error empty_file 1:1 ']);
	});

	it('binary garbage is unreadable', () => {
		const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7919) % 256);
		const result = parse('garbage.csv', bytes);
		expect(result.unreadable).toBe(true);
		expect(result.detected).toBeNull();
		expect(result.problems[0]?.message).toMatch(/kann nicht gelesen werden/);
	});

	it('a header without data is reported', () => {
		expect(problems(parse('x.csv', utf8('authority_id,period,visits\n\n\n')))).toEqual([
			'error no_data 1:1 '
		]);
	});

	it('an unterminated quote is reported where it opened', () => {
		const result = parse(
			'x.csv',
			utf8('authority_id,period,visits\n01001,2023,5\n01002,"2023,6\n01003,2023,7\n')
		);
		expect(problems(result)).toContain('error unterminated_quote 3:2 "');
	});
});

describe('pathological input ends quickly', () => {
	it('a single 20 MB line', () => {
		const start = performance.now();
		const result = parse('line.csv', utf8('a'.repeat(20_000_000)));
		expect(isImportable(result)).toBe(false);
		expect(performance.now() - start).toBeLessThan(5000);
	});

	it('a header with a million columns', () => {
		const start = performance.now();
		const result = parse('wide.csv', utf8(`authority_id;period;${'visits;'.repeat(1_000_000)}\n1;2023;1\n`));
		expect(result.problems.some((p) => p.code === 'too_many_columns')).toBe(true);
		expect(performance.now() - start).toBeLessThan(5000);
	});

	it('caps the number of problems and says how many more there were', () => {
		const rows = Array.from({ length: 2000 }, (_, i) => `A${i},2023,abc`).join('\n');
		const result = parse('many.csv', utf8(`authority_id,period,visits\n${rows}\n`));
		const errors = result.problems.filter((p) => p.severity === 'error');
		expect(errors).toHaveLength(501);
		expect(errors[500]?.message).toMatch(/1500 weitere Fehler/);
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
