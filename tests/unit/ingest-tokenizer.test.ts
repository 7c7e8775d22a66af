import { describe, expect, it } from 'vitest';
import { tokenize, type RawRecord } from '../../src/lib/ingest/csv-tokenizer.ts';
import { detectSeparator } from '../../src/lib/ingest/dialect.ts';

function records(text: string, sep = ','): RawRecord[] {
	const out: RawRecord[] = [];
	tokenize(text, sep, (r) => {
		out.push(r);
	});
	return out;
}

describe('tokenize', () => {
	it('keeps original line numbers when quoted fields contain line breaks', () => {
		const text = 'a,b,c\n"x\ny",2,"3\r\n\r\nz"\nlast,5,6\n';
		const rs = records(text);
		expect(rs.map((r) => r.line)).toEqual([1, 2, 6]);
		expect(rs[1]?.fields).toEqual(['x\ny', '2', '3\r\n\r\nz']);
		expect(rs[1]?.fieldLines).toEqual([2, 3, 3]);
		expect(rs[2]?.fieldLines).toBeNull();
	});

	it('handles escaped quotes, embedded separators, CRLF and lone CR', () => {
		const rs = records('"a ""q"" b";"x;y"\r\n1;2\r3;4', ';');
		expect(rs.map((r) => r.fields)).toEqual([
			['a "q" b', 'x;y'],
			['1', '2'],
			['3', '4']
		]);
		expect(rs.map((r) => r.line)).toEqual([1, 2, 3]);
	});

	it('keeps empty fields and a trailing separator', () => {
		expect(records('a,,b,\n')[0]?.fields).toEqual(['a', '', 'b', '']);
	});

	it('flags text after a closing quote and keeps it', () => {
		const r = records('"ab"c,d\n')[0];
		expect(r?.fields).toEqual(['abc', 'd']);
		expect(r?.strayQuoteColumn).toBe(1);
	});

	it('reports an unterminated quote at the line where it opened', () => {
		const end = tokenize('a,b\n1,"open\n2,3\n', ',', () => {});
		expect(end.unterminatedQuoteLine).toBe(2);
		expect(end.unterminatedQuoteColumn).toBe(2);
	});

	it('does not store millions of fields of a pathological line', () => {
		const text = ','.repeat(2_000_000);
		const rs = records(text);
		expect(rs[0]?.fieldCount).toBe(2_000_001);
		expect(rs[0]?.fields.length).toBe(10_000);
	});
});

describe('detectSeparator', () => {
	it.each([
		[
			'semicolon with decimal commas',
			'authority_id;period;fte_total\n01001;2023;12,5\n01002;2023;3,25\n',
			';'
		],
		['comma with quoted commas', 'a,b,c\n"1,5",2,3\n"x,y,z",5,6\n', ','],
		['tab', 'a\tb\tc\n1\t2\t3\n', '\t'],
		['pipe', 'a|b|c\n1|2|3\n4|5|6\n', '|'],
		['title line above the header', 'Statistik 2023\na;b;c\n1;2;3\n4;5;6\n', ';'],
		['quoted semicolons in a comma file', 'a,b\n"x;y;z",1\n"p;q;r",2\n', ',']
	])('%s', (_name, text, sep) => {
		expect(detectSeparator(text)).toBe(sep);
	});
});
