import { describe, expect, it } from 'vitest';
import { fileName, toCsv } from '../../src/lib/charts/export.ts';
import { labelMargin, labelRoom, rankingOrder, sharedRanks } from '../../src/lib/charts/ranking.ts';
import { segments } from '../../src/lib/charts/trend.ts';
import { bestCorner } from '../../src/lib/charts/scatter.ts';
import { spreadsheetCell, spreadsheetDialect } from '../../src/lib/format/csv.ts';

const de = spreadsheetDialect('de');
const en = spreadsheetDialect('en');

describe('CSV downloads open right in German Excel and are safe against formula injection', () => {
	it.each([
		['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
		['+1+2', "'+1+2"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tcmd', "'\tcmd"],
		['Behörde A', 'Behörde A'],
		['a,b', 'a,b'],
		['a;b', '"a;b"'],
		[' leading space', '" leading space"'],
		['two\nlines', '"two\nlines"']
	])('%j → %j', (input, output) => expect(spreadsheetCell(input, de)).toBe(output));

	it('writes numbers unrounded with a decimal comma, never neutralised or in exponent notation', () => {
		expect(spreadsheetCell(1234.5, de)).toBe('1234,5');
		expect(spreadsheetCell(97.52380952380952, de)).toBe('97,52380952380952');
		expect(spreadsheetCell(-3, de)).toBe('-3');
		expect(spreadsheetCell(1e-7, de)).toBe('0,0000001');
		expect(spreadsheetCell(1300, de)).toBe('1300');
		expect(spreadsheetCell(null, de)).toBe('');
		expect(spreadsheetCell(Number.NaN, de)).toBe('');
	});

	it('in an English interface: comma separator and decimal point', () => {
		expect(spreadsheetCell(1234.5, en)).toBe('1234.5');
		expect(spreadsheetCell('a,b', en)).toBe('"a,b"');
		expect(spreadsheetCell('a;b', en)).toBe('a;b');
	});

	it('builds a file with BOM, `;`, header and CRLF', () => {
		expect(toCsv(['a', 'b'], [[1.5, '=x']])).toBe("\uFEFFa;b\r\n1,5;'=x\r\n");
	});

	it('adds the Datenstand as a last column, the same text on every row', () => {
		const stamp = { label: 'Datenstand', value: 'Datenstand 2024-1 vom 12.03.2025 · e7c75142' };
		expect(toCsv(['a'], [[1], ['=x']], stamp)).toBe(
			'\uFEFFa;Datenstand\r\n1;Datenstand 2024-1 vom 12.03.2025 · e7c75142\r\n' +
				"'=x;Datenstand 2024-1 vom 12.03.2025 · e7c75142\r\n"
		);
	});

	it('file names contain only ascii ids and numbers', () => {
		expect(fileName(['Rangfolge', 'avg_processing_days', 2023, 'custom:Städte & Kreise'], 'csv')).toBe(
			'rangfolge-avg-processing-days-2023-custom-stadte-kreise.csv'
		);
	});
});

describe('chart data preparation', () => {
	const data = [
		{ label: 'B', value: 2, own: false },
		{ label: 'A', value: 2, own: true },
		{ label: 'C', value: 1, own: false }
	];
	it('orders best first by polarity and shares ranks on ties', () => {
		expect(rankingOrder(data, 'down').map((d) => d.label)).toEqual(['C', 'A', 'B']);
		expect(sharedRanks(rankingOrder(data, 'up'), 'up')).toEqual(['1', '1', '3']);
		expect(sharedRanks(data, 'none')).toEqual(['', '', '']);
	});
	it('fits the label margin to the longest label within bounds', () => {
		expect(labelMargin(['A'])).toBe(90);
		expect(labelMargin(['x'.repeat(200)])).toBe(260);
		// The longest label fits its margin whole, up to the widest margin's 34 characters.
		for (let n = 1; n <= 34; n++) expect(labelRoom(labelMargin(['x'.repeat(n)]))).toBeGreaterThanOrEqual(n);
		expect(labelRoom(260)).toBe(34);
	});
	it('splits a line at gap years', () => {
		const d = [1, null, 3, 4, null].map((v, i) => ({ i, v }));
		expect(segments(d, (x) => x.v !== null).map((s) => s.map((x) => x.i))).toEqual([[0], [2, 3]]);
	});
	it('labels the quadrant better on both axes by polarity', () => {
		expect(bestCorner('up', 'up')).toBe('top-right');
		expect(bestCorner('down', 'down')).toBe('bottom-left');
		expect(bestCorner('down', 'up')).toBe('top-left');
		expect(bestCorner('none', 'up')).toBeNull();
	});
});
