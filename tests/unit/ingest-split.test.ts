/**
 * A file read in two parts (split.ts: the start here, the rest by the helper worker) must give
 * exactly the result of one pass: every value with its line and column, every problem with its
 * line, column and German message, the preview, the rows shown with problems, the detection. The
 * tests split small texts at many places (the real threshold is megabytes) and compare whole results,
 * and check which inputs take the absorb path and which the start reads itself.
 */
import { word, type Message } from '../../src/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { fromColumns, helperPays, wantsHelper } from '../../src/lib/import/protocol.ts';
import { parseImportFile, type ImportOptions } from '../../src/lib/ingest/parse-import.ts';
import { findSplit, parseImportFileSplit, readTail, type SplitOptions } from '../../src/lib/ingest/split.ts';
import { SPLIT_MIN_CHARS, type ImportResult } from '../../src/lib/ingest/types.ts';
import { cp1252, SPECS, utf8 } from '../fixtures/ingest/helpers.ts';
import { excelLikeXlsx, type Cell } from '../fixtures/ingest/xlsx.ts';

/** A problem's message as the CLI words it (German); problems carry keys and parameters. */
const say = (p: { message: Message } | undefined): string => (p ? word(p.message) : '');

/** The helper's part is made here in-process, then cloned as postMessage would. */
async function splitParse(
	bytes: Uint8Array,
	options: ImportOptions,
	splitting: SplitOptions
): Promise<ImportResult & { split: boolean }> {
	const tail = readTail('f.csv', bytes, SPECS, options, splitting);
	return parseImportFileSplit(
		'f.csv',
		bytes,
		SPECS,
		options,
		() => Promise.resolve(tail && structuredClone(tail)),
		splitting
	);
}

/** The whole result, values as objects (from the columns), for comparison; without the `split` flag. */
function comparable(r: ImportResult & { split?: boolean }): unknown {
	const { split: _, ...rest } = r;
	return { ...rest, columns: undefined, values: r.columns ? fromColumns(r.columns) : r.values };
}

const OPTIONS: ImportOptions = { columnar: true, previewRows: 3, problemRows: 5 };

/**
 * Split `bytes` with the search starting at each of `at` (shares of the text), compare with one
 * pass, and return how many of the splits were absorbed (not read again by the start).
 */
async function expectSame(
	bytes: Uint8Array,
	options: ImportOptions = OPTIONS,
	at?: number[]
): Promise<number> {
	const single = comparable(parseImportFile('f.csv', bytes, SPECS, options));
	let absorbed = 0;
	for (const share of at ?? [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95]) {
		const r = await splitParse(bytes, options, { minChars: 1, at: share });
		expect(comparable(r), `split searched from ${share}`).toEqual(single);
		if (r.split) absorbed++;
	}
	return absorbed;
}

/** A long-layout German file of `rows` data rows; `row(i)` may replace any row's text. */
function longFile(rows: number, row: (i: number, plain: string) => string = (_, p) => p, eol = '\n'): string {
	const lines = ['Gemeindeschlüssel;Jahr;Kennzahl;Wert'];
	const counts = ['visits', 'fte_total', 'eat_orders', 'personnel_costs'];
	for (let i = 0; i < rows; i++) {
		const authority = String(1_001_000 + Math.floor(i / 40)).padStart(8, '0');
		const period = 2015 + (Math.floor(i / 4) % 10);
		const count = counts[i % 4]!;
		const value = count === 'fte_total' || count === 'personnel_costs' ? `${i},${i % 100}` : String(i * 7);
		lines.push(row(i, `${authority};${period};${count};${value}`));
	}
	return lines.join(eol) + eol;
}

describe('findSplit', () => {
	it('skips line ends inside quoted fields and counts lines as the tokenizer does', () => {
		const text = 'a;b\r\n1;"x\ny"\r\n2;3\r4;5\n6;7\n';
		const split = findSplit(text, true, 6)!; // 6 is inside the quoted field
		expect(text.slice(split.offset)).toBe('2;3\r4;5\n6;7\n');
		expect(split.line).toBe(4); // line 1, the quoted field spans lines 2–3
		expect(findSplit(text, false, 6)).toEqual({ offset: 10, line: 3 });
		expect(findSplit('a;b\n', true, 2)).toBeNull();
	});
});

describe('split parse = single parse', () => {
	it('a clean German file: every split is absorbed', async () => {
		expect(await expectSame(utf8(longFile(400)))).toBe(7);
	});

	it('quoted line breaks around the split point, CRLF, a BOM', async () => {
		const text = longFile(
			300,
			(i, p) =>
				i % 7 === 3
					? p.replace(/;([^;]*)$/, ';"$1"')
					: i % 11 === 5
						? `${p};"Bemerkung\r\nüber zwei Zeilen"`
						: p,
			'\r\n'
		);
		const bytes = utf8('\uFEFF' + text);
		// Search from every tenth of the text, and from inside a quoted line break.
		const inside = text.indexOf('Bemerkung\r\n', text.length >> 1) / text.length;
		expect(await expectSame(bytes, OPTIONS, [0.1, 0.3, 0.5, inside, 0.7, 0.9])).toBeGreaterThan(0);
	});

	it('lone CR line ends and a Windows-1252 file', async () => {
		const text = longFile(200, (i, p) => (i % 13 === 0 ? `${p};Straße „Nord“ – 5 €` : p)).replace(
			/\n/g,
			(m, k: number) => (k % 3 === 0 ? '\r' : m)
		);
		await expectSame(cp1252(text));
	});

	it('errors and warnings in either part keep their lines, columns and messages', async () => {
		const text = longFile(300, (i, p) => {
			if (i === 20) return p.replace(/;[^;]*$/, ';x1'); // invalid number
			if (i === 210) return p.replace(/;[^;]*$/, ';-5'); // negative
			if (i === 250) return `${p};überzählig`; // ragged row
			if (i === 260) return p.split(';').slice(0, 3).join(';'); // short row
			if (i === 270) return 'Summe;;;';
			if (i === 280) return p.replace(/^\d+/, '');
			if (i === 290) return p.replace(/;\d{4};/, ';20x4;');
			if (i === 232) return p.replace(/;[^;]*$/, ';12,5'); // a German decimal where a count belongs
			return p;
		});
		expect(await expectSame(utf8(text))).toBeGreaterThan(0);
	});

	it('the same key in both parts (the start reads the rest itself), and twice within the later part', async () => {
		const rows = longFile(200).split('\n');
		const withDuplicates = [...rows.slice(0, -1), rows[5]!, rows[150]!, rows[150]!, ''].join('\n');
		const single = parseImportFile('f.csv', utf8(withDuplicates), SPECS, OPTIONS);
		expect(single.problems.filter((p) => p.code === 'duplicate_value')).toHaveLength(3);
		expect(await expectSame(utf8(withDuplicates), OPTIONS, [0.5])).toBe(0);
		// Only repeated within the later part: absorbed, the message names both of its lines.
		const late = [...rows.slice(0, -1), rows[180]!, ''].join('\n');
		expect(await expectSame(utf8(late), OPTIONS, [0.5])).toBe(1);
	});

	it('ambiguous 1.234 in either part, resolved by the convention of the other part', async () => {
		// Only integers and "1.234": the German decimal commas sit in one part only.
		const ambiguousStart = longFile(300, (i, p) => {
			if (p.includes('fte_total') || p.includes('personnel_costs'))
				return i > 200 ? p : p.replace(/;[^;]*$/, `;${i}`);
			return i < 50 ? p.replace(/;[^;]*$/, `;${(i % 9) + 1}.${String(i).padStart(3, '0')}`) : p;
		});
		expect(await expectSame(utf8(ambiguousStart))).toBeGreaterThan(0);
		const ambiguousEnd = longFile(300, (i, p) => {
			if (p.includes('fte_total') || p.includes('personnel_costs'))
				return i < 100 ? p : p.replace(/;[^;]*$/, `;${i}`);
			return i > 250 ? p.replace(/;[^;]*$/, `;${(i % 9) + 1}.${String(i).padStart(3, '0')}`) : p;
		});
		expect(await expectSame(utf8(ambiguousEnd))).toBeGreaterThan(0);
		// Never resolved: ambiguous everywhere, no convention at all.
		const unresolved = longFile(120, (i, p) =>
			p.replace(/;[^;]*$/, `;${(i % 9) + 1}.${String(i).padStart(3, '0')}`)
		);
		expect(
			parseImportFile('f.csv', utf8(unresolved), SPECS).problems.some((p) => p.code === 'ambiguous_number')
		).toBe(true);
		await expectSame(utf8(unresolved));
	});

	it('mixed conventions across the parts, with a profile-free and a fixed number format', async () => {
		const mixed = longFile(300, (i, p) =>
			i > 240 && p.includes('fte_total') ? p.replace(/;(\d+),(\d+)$/, ';$1.$2') : p
		);
		const single = parseImportFile('f.csv', utf8(mixed), SPECS, OPTIONS);
		expect(single.problems.some((p) => p.code === 'number_format_conflict')).toBe(true);
		expect(await expectSame(utf8(mixed))).toBeGreaterThan(0);
		await expectSame(utf8(mixed), { ...OPTIONS, numberFormat: 'en' });
	});

	it('the texts of the first 2,000 marked cells of the whole file, in messages about the minority', async () => {
		// 8,000 rows: over 2,000 German decimals before the split, English ones (the minority) after it,
		// written "1.50" so that a message without the kept text (it says 1.5) would differ.
		const text = longFile(8000, (i, p) =>
			i > 6000 && p.includes('fte_total') && i % 8 === 1 ? p.replace(/;[^;]*$/, `;${i}.50`) : p
		);
		const single = parseImportFile('f.csv', utf8(text), SPECS, OPTIONS);
		const conflicts = single.problems.filter((p) => p.code === 'number_format_conflict');
		expect(conflicts.length).toBeGreaterThan(0);
		expect(say(conflicts[0])).not.toContain('.50');
		expect(await expectSame(utf8(text), OPTIONS, [0.3, 0.5])).toBe(2);
	});

	it('the problem cap and the rows shown with problems, counted across the parts', async () => {
		const noisy = longFile(300, (i, p) => (i % 3 === 0 ? p.replace(/;[^;]*$/, ';kaputt') : p));
		const options = { ...OPTIONS, maxProblems: 40, problemRows: 30 };
		const single = parseImportFile('f.csv', utf8(noisy), SPECS, options);
		expect(single.problems.at(-1)?.code).toBe('more_problems');
		await expectSame(utf8(noisy), options);
		// Under the cap in the later part alone: absorbed, and the shown rows still come in file order.
		const fewer = longFile(300, (i, p) => (i % 10 === 0 ? p.replace(/;[^;]*$/, ';kaputt') : p));
		expect(await expectSame(utf8(fewer), { ...OPTIONS, maxProblems: 20, problemRows: 12 })).toBeGreaterThan(
			0
		);
	});

	it('leading-zero warnings once per authority, whichever part sees it first', async () => {
		const text = longFile(300, (i, p) => (i % 37 === 0 ? p.replace(/^0+1001/, '1001') : p));
		const zeroes = parseImportFile('f.csv', utf8(text), SPECS).problems.filter(
			(p) => p.code === 'leading_zero'
		);
		expect(zeroes.length).toBeGreaterThan(0);
		expect(await expectSame(utf8(text))).toBeGreaterThan(0);
	});

	it('an unterminated quote in the later part, and a stray quote that fools the parity', async () => {
		const open = longFile(200) + '01009999;2020;visits;"12\n01009999;2021;visits;5\n';
		await expectSame(utf8(open));
		// `5" Disketten` is data (a quote inside an unquoted field), so the parity is off by one.
		const stray = longFile(200, (i, p) => (i === 10 ? `${p};5" Disketten` : p));
		await expectSame(utf8(stray));
	});

	it('a wide layout with title lines', async () => {
		const lines = ['Export Fachverfahren', '', 'AGS;Jahr;visits;fte_total;eat_orders'];
		for (let i = 0; i < 200; i++)
			lines.push(
				`${String(1_001_000 + i).padStart(8, '0')};${2015 + (i % 10)};${i};${i},5;${i % 17 === 0 ? '' : i * 3}`
			);
		expect(await expectSame(utf8(lines.join('\n')))).toBeGreaterThan(0);
	});

	it('a workbook is never split, and reads the same through the split entry point', async () => {
		const rows: Record<number, Record<number, Cell>> = {
			1: { 1: { s: 'AGS' }, 2: { s: 'Jahr' }, 3: { s: 'visits' } }
		};
		for (let r = 2; r < 60; r++)
			rows[r] = { 1: { s: String(1_001_000 + r).padStart(8, '0') }, 2: { n: 2020 }, 3: { n: r } };
		const bytes = excelLikeXlsx(rows);
		expect(readTail('f.xlsx', bytes, SPECS, OPTIONS, { minChars: 1 })).toBeNull();
		const r = await parseImportFileSplit('f.xlsx', bytes, SPECS, OPTIONS, () => Promise.resolve(null), {
			minChars: 1
		});
		expect(r.split).toBe(false);
		expect(r.columns?.value.length).toBe(58);
		expect(comparable(r)).toEqual(comparable(parseImportFile('f.xlsx', bytes, SPECS, OPTIONS)));
	});

	it('a file below the threshold is read in one part', async () => {
		const bytes = utf8(longFile(50));
		expect(readTail('f.csv', bytes, SPECS, OPTIONS)).toBeNull();
		const r = await parseImportFileSplit('f.csv', bytes, SPECS, OPTIONS, () =>
			Promise.reject(new Error('not asked'))
		);
		expect(r.split).toBe(false);
		expect(comparable(r)).toEqual(comparable(parseImportFile('f.csv', bytes, SPECS, OPTIONS)));
	});

	it('without a helper (no tail) a file above the threshold is read in one pass', async () => {
		const bytes = utf8(longFile(400));
		const r = await parseImportFileSplit('f.csv', bytes, SPECS, OPTIONS, null, { minChars: 1 });
		expect(r.split).toBe(false);
		expect(comparable(r)).toEqual(comparable(parseImportFile('f.csv', bytes, SPECS, OPTIONS)));
	});
});

describe('when the page starts a helper worker', () => {
	it('only on four cores or more, and only for files large enough to split', () => {
		expect([undefined, 1, 2, 3, 4, 8].map(helperPays)).toEqual([false, false, false, false, true, true]);
		const file = (size: number) => ({ size }) as File;
		expect(wantsHelper(file(SPLIT_MIN_CHARS - 1))).toBe(false);
		expect(wantsHelper(file(SPLIT_MIN_CHARS))).toBe(true);
	});
});
