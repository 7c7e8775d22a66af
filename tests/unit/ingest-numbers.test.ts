import { word } from '../../src/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { NumberConvention, parseNumberCell } from '../../src/lib/ingest/numbers.ts';
import { parsePeriod } from '../../src/lib/ingest/periods.ts';

describe('parseNumberCell', () => {
	it.each([
		['1234', 'neutral', 1234],
		['12 345', 'neutral', 12345],
		['12\u00a0345', 'neutral', 12345],
		['1\u202f234\u202f567', 'neutral', 1234567],
		['1.234.567,89', 'de', 1234567.89],
		['1234,5', 'de', 1234.5],
		['0,500', 'de', 0.5],
		['1.234.567', 'de', 1234567],
		['12 345,5', 'de', 12345.5],
		['1,234.5', 'en', 1234.5],
		['1,234,567', 'en', 1234567],
		['0.5', 'en', 0.5],
		['1234.567', 'en', 1234.567],
		['1.234,56 €', 'de', 1234.56]
	])('%s → %s %d', (raw, kind, value) => {
		expect(parseNumberCell(raw).cls).toEqual({ kind, value });
	});

	it('marks 1.234 and 1,234 as ambiguous with both readings', () => {
		expect(parseNumberCell('1.234').cls).toEqual({ kind: 'ambiguous', de: 1234, en: 1.234 });
		expect(parseNumberCell('12,500').cls).toEqual({ kind: 'ambiguous', de: 12.5, en: 12500 });
	});

	it('keeps the sign apart', () => {
		expect(parseNumberCell('-5')).toEqual({ cls: { kind: 'neutral', value: 5 }, negative: true });
		expect(parseNumberCell('−1,5')).toEqual({ cls: { kind: 'de', value: 1.5 }, negative: true });
	});

	it.each(['', 'abc', '1.2.3', '1,23,4', '12.34.567', '1e5', '0.123.456', 'x'.repeat(100)])(
		'rejects %s',
		(raw) => {
			expect(parseNumberCell(raw).cls.kind).toBe('invalid');
		}
	);
});

describe('NumberConvention', () => {
	it('resolves from unambiguous cells and calls contradictions mixed', () => {
		const c = new NumberConvention();
		expect(c.format).toBe('neutral');
		expect(c.resolved).toBeNull();
		c.note({ kind: 'de', value: 1.5 });
		expect([c.format, c.resolved]).toEqual(['de', 'de']);
		c.note({ kind: 'en', value: 1.5 });
		expect(c.format).toBe('mixed');
		expect(new NumberConvention('en').resolved).toBe('en');
	});
});

describe('parsePeriod', () => {
	it.each([
		['2023', 2023],
		[' 2023 ', 2023],
		['31.12.2023', 2023],
		['1.7.2022', 2022],
		['2023-12-31', 2023],
		['2023-12-31 00:00:00', 2023],
		['2023.0', 2023]
	])('%s → %d', (raw, year) => {
		expect(parsePeriod(raw)).toEqual({ ok: true, year });
	});

	it.each(['23', '31.12.23', '2023/24', '2.023', '31.02.2023', '2023-13-01', 'Jahr 2023', '1800', ''])(
		'rejects %s with a German message',
		(raw) => {
			const result = parsePeriod(raw);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(word(result.message)).toMatch(/Jahr|Datum|Erhebungsjahr/);
		}
	);
});
