/**
 * What an import reports: row errors at exact line:column, unknown headers with suggestions and the mapping
 * profiles that resolve them, files that cannot be imported or read, and pathological input that ends quickly.
 */
import { word } from '../../src/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { isImportable } from '../../src/lib/ingest/parse-import.ts';
import { parseProfile } from '../../src/lib/ingest/profile.ts';
import { cp1252, fixture, SPECS, utf8 } from '../fixtures/ingest/helpers.ts';
import { parse, problems, say, values } from './support/import-result.ts';

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
		expect(say(duplicate)).toMatch(/Zeile 5.*Zeile 6/);
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
		expect(say(unknown[0])).toMatch(/eat_orders/);
		expect(isImportable(result)).toBe(false);
	});

	it('with the profile: values read, ignored column ignored, profile named', () => {
		const parsed = parseProfile(new TextDecoder().decode(fixture('corpus/vendor-profile.json')), SPECS);
		if (!parsed.ok) throw new Error(parsed.messages.map((m) => word(m)).join());
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
		expect(say(result.problems[0])).toMatch(/kann nicht gelesen werden/);
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
		expect(say(errors[500])).toMatch(/1500 weitere Fehler/);
	});
});
