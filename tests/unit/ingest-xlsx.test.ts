/**
 * XLSX import: the reader against Excel-shaped workbooks, the import core on top of it (same problems
 * with row and column as Excel shows them), the template round trip, and `check` on XLSX.
 */
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/lib/ingest/check.ts';
import { isImportable, parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import { readXlsx, serialToIso, xmlText } from '../../src/lib/ingest/xlsx.ts';
import { templateCsv, templateHeader, templateXlsx } from '../../src/lib/import/template.ts';
import { writeXlsx } from '../../src/lib/zip/xlsx-write.ts';
import { SPECS, utf8 } from '../fixtures/ingest/helpers.ts';
import { excelLikeXlsx } from '../fixtures/ingest/xlsx.ts';

const office = () =>
	excelLikeXlsx(
		{
			1: { 1: { s: 'Ausländerbehörde Musterstadt – Jahresstatistik' } },
			3: {
				1: { s: 'Gemeindeschlüssel' },
				2: { s: 'Stichtag' },
				3: { s: 'Einwohner am 31.12.' },
				4: { s: 'Ist-VZÄ gesamt (fte_total)' },
				5: { s: 'Personalaufwand' }
			},
			4: {
				1: { s: '09162000' },
				2: { n: 45291, style: 1 },
				3: { n: 1512491 },
				4: { n: 123.5 },
				5: { f: 'SUM(X1:X9)', n: 8765432.1 }
			},
			5: { 1: { s: '09184000' }, 2: { n: 45291, style: 2 }, 3: { n: 350000 }, 4: { n: 1.234 } },
			7: { 1: { inline: '09175000' }, 2: { n: 2023 }, 3: { s: 'viele' }, 4: { n: -2 }, 5: { e: '#DIV/0!' } },
			8: { 1: { s: 'Summe' }, 3: { n: 2006140 } }
		},
		{ sheetName: 'Grundzahlen 2023', hiddenFirst: true }
	);

describe('XLSX reader', () => {
	it('reads shared, rich and inline strings, numbers, dates, formulas, sparse rows', () => {
		const book = readXlsx(office());
		expect(book.ok).toBe(true);
		if (!book.ok) return;
		expect(book.sheet).toBe('Grundzahlen 2023');
		expect(book.sheets).toEqual(['Versteckt', 'Grundzahlen 2023']);
		expect(book.rows.map((r) => r.row)).toEqual([1, 3, 4, 5, 7, 8]);
		const row4 = book.rows[2]!.cells;
		expect(row4.map((c) => c.text)).toEqual(['09162000', '2023-12-31', '1512491', '123.5', '8765432.1']);
		expect(row4[3]!.number).toBe(123.5);
		expect(row4[1]!.number).toBeUndefined();
		expect(book.rows[1]!.cells[0]!.text).toBe('Gemeindeschlüssel');
		expect(book.rows[3]!.cells[1]!.text).toBe('2023-12-31');
		expect(book.rows[4]!.cells.map((c) => c.text)).toEqual(['09175000', '2023', 'viele', '-2', '#DIV/0!']);
	});

	it('decodes XML text and Excel serial dates in both date systems', () => {
		expect(xmlText('a &amp; b &lt;c&gt; &#228;&#x00FC; _x000D_')).toBe('a & b <c> äü \r');
		expect(serialToIso(45291)).toBe('2023-12-31');
		expect(serialToIso(59)).toBe('1900-02-28');
		expect(serialToIso(61)).toBe('1900-03-01');
		expect(serialToIso(43829, true)).toBe('2023-12-31');
		expect(serialToIso(-1)).toBeNull();
	});

	it('gives a German message for a ZIP that is no workbook, a damaged one, and no exception', () => {
		const zip = zipSync({ 'a.txt': strToU8('hallo') });
		expect(readXlsx(zip)).toMatchObject({ ok: false, code: 'not_xlsx' });
		const broken = office().slice(0, 200);
		const r = readXlsx(broken);
		expect(r.ok).toBe(false);
		for (let cut = 0; cut < 2000; cut += 97) expect(() => readXlsx(office().slice(0, cut))).not.toThrow();
	});
});

describe('XLSX through the import core', () => {
	it('reports problems at the row and column Excel shows, values typed', () => {
		const result = parseImportFile('export.xlsx', office(), SPECS);
		expect(result.detected).toMatchObject({
			format: 'xlsx',
			sheet: 'Grundzahlen 2023',
			headerLine: 3,
			layout: 'wide'
		});
		const where = result.problems.map((p) => `${p.line}:${p.column}:${p.code}`);
		// No short-row warnings: Excel leaves trailing empty cells out, that is not a ragged row.
		expect(where).toEqual([
			'1:1:title_line',
			'7:3:invalid_number',
			'7:4:negative',
			'7:5:invalid_number',
			'8:1:sum_row'
		]);
		expect(result.problems.find((p) => p.line === 7 && p.column === 5)?.text).toBe('#DIV/0!');
	});

	it('imports typed numbers exactly, without a number-format guess', () => {
		const mapped = parseImportFile('export.xlsx', office(), SPECS, {
			profile: {
				format: 'vergleichsring-mapping',
				version: 1,
				name: 'Test',
				headers: { Personalaufwand: 'personnel_costs' }
			}
		});
		const v = (a: string, c: string) => mapped.values.find((x) => x.authority_id === a && x.count_id === c);
		expect(v('09162000', 'population')?.value).toBe(1512491);
		expect(v('09162000', 'fte_total')?.value).toBe(123.5);
		// 1.234 in a number cell is 1.234 – a typed number is never ambiguous.
		expect(v('09184000', 'fte_total')?.value).toBe(1.234);
		expect(v('09162000', 'personnel_costs')?.value).toBe(8765432.1);
		expect(v('09162000', 'population')?.source).toEqual({ file: 'export.xlsx', line: 4, column: 3 });
		expect(mapped.values.every((x) => x.period === 2023)).toBe(true);
	});
});

describe('template', () => {
	const rows = { authorities: ['09162000', '01001'], periods: [2025] };

	it('has German labels with ids, in catalogue order', () => {
		const header = templateHeader(SPECS);
		expect(header[0]).toBe('Gemeindeschlüssel (authority_id)');
		expect(header[2]).toBe(`${SPECS[0]!.label} (${SPECS[0]!.id})`);
		expect(header).toHaveLength(SPECS.length + 2);
	});

	it('CSV reads back without a mapping: every column recognised, keys kept', () => {
		const csv = templateCsv(SPECS, rows);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const result = parseImportFile('vorlage.csv', utf8(csv), SPECS);
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(result.detected?.columns.every((c) => c.role.kind !== 'unknown')).toBe(true);
		expect(result.detected?.layout).toBe('wide');
		expect(result.detected?.dataRows).toBe(2);
		// Filled in: the values come back exactly.
		const cells = SPECS.map((_, i) => (i === 0 ? '1.512.491' : i === 28 ? '123,5' : ''));
		const filled = csv.replace(
			`09162000;2025;${SPECS.slice(1)
				.map(() => '')
				.join(';')}`,
			`09162000;2025;${cells.join(';')}`
		);
		const back = parseImportFile('vorlage.csv', utf8(filled), SPECS);
		expect(isImportable(back)).toBe(true);
		expect(back.values.map((v) => [v.count_id, v.value])).toEqual([
			['population', 1512491],
			[SPECS[28]!.id, 123.5]
		]);
	});

	it('in English (the page in English) reads back as well: the ids in brackets decide', () => {
		const english = loadCatalogue().base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label_en! }));
		const keys = ['Authority key (authority_id)', 'Year (period)'] as const;
		const header = templateHeader(english, keys);
		expect(header.slice(0, 3)).toEqual([...keys, 'Population on 31 Dec (population)']);
		const result = parseImportFile('template.csv', utf8(templateCsv(english, rows, keys)), SPECS);
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(result.detected?.columns.map((c) => c.role.kind)).toEqual([
			'authority_id',
			'period',
			...SPECS.map(() => 'count')
		]);
		expect(result.detected?.dataRows).toBe(2);
	});

	it('XLSX reads back without a mapping, leading zeros kept', () => {
		const bytes = templateXlsx(SPECS, rows);
		const result = parseImportFile('vorlage.xlsx', bytes, SPECS);
		expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
		expect(result.detected).toMatchObject({ format: 'xlsx', layout: 'wide', headerLine: 1, dataRows: 2 });
		const filled = writeXlsx({
			name: 'x',
			rows: [
				templateHeader(SPECS),
				['01001', 2025, 250000, ...SPECS.slice(1).map((_, i) => (i === 27 ? 12.5 : null))]
			]
		});
		const back = parseImportFile('vorlage.xlsx', filled, SPECS);
		expect(isImportable(back)).toBe(true);
		expect(back.values.map((v) => [v.authority_id, v.period, v.count_id, v.value])).toEqual([
			['01001', 2025, 'population', 250000],
			['01001', 2025, SPECS[28]!.id, 12.5]
		]);
	});
});

describe('check on XLSX', () => {
	it('exit 0 for the template, 1 for errors with row:column, 2 for a ZIP that is no workbook', async () => {
		const files: Record<string, Uint8Array> = {
			'vorlage.xlsx': templateXlsx(SPECS, { authorities: ['01001'], periods: [2024] }),
			'export.xlsx': office(),
			'archiv.zip': zipSync({ 'a.txt': strToU8('x') })
		};
		const read = (p: string) => {
			const f = files[p];
			if (!f) throw Object.assign(new Error('nope'), { code: 'ENOENT' });
			return f;
		};
		const ok = await runCheck(['vorlage.xlsx'], SPECS, read);
		expect(ok.exitCode).toBe(0);
		expect(ok.stdout).toContain('Excel-Arbeitsmappe, Blatt „Grundzahlen“');
		const bad = await runCheck(['export.xlsx'], SPECS, read);
		expect(bad.exitCode).toBe(1);
		expect(bad.stdout).toContain('export.xlsx:7:3: „viele“ ist keine Zahl');
		const zip = await runCheck(['archiv.zip'], SPECS, read);
		expect(zip.exitCode).toBe(2);
		expect(zip.stderr).toContain('keine Excel-Arbeitsmappe');
	});
});
