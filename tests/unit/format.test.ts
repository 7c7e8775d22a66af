/**
 * Table-driven tests of src/lib/format: exact strings for de-DE and en-GB. Intl puts a no-break
 * space (U+00A0) before `%` and `€` in German; the module uses the same before unit words, so the
 * expectations spell it out as `\u00a0`.
 */
import { describe, expect, it } from 'vitest';
import {
	describeValue,
	formatBaseCount,
	formatCurrency,
	formatDate,
	isoDate,
	formatFte,
	formatInteger,
	formatNumber,
	formatPercent,
	formatPeriod,
	formatPerMille,
	formatUnit,
	missingLabel,
	normalizeLocale,
	toPlainDecimal,
	type Unit
} from '../../src/lib/format/index.ts';

const S = '\u00a0';

describe('numbers', () => {
	it.each([
		[1234.5, undefined, 'de', '1.234,5'],
		[1234.5, undefined, 'en', '1,234.5'],
		[1234567.891, undefined, 'de', '1.234.567,89'],
		[0.125, 1, 'de', '0,1'],
		[-0.01, 1, 'de', '0,0'],
		[-1234.5, 0, 'de-DE', '-1.235'],
		[42, 2, 'en-GB', '42.00'],
		[null, undefined, 'de', '–'],
		[undefined, undefined, 'en', '–'],
		[Number.NaN, undefined, 'de', '–']
	] as const)('formatNumber(%s, decimals %s, %s) = %s', (value, decimals, locale, expected) => {
		expect(formatNumber(value, { locale, decimals })).toBe(expected);
	});

	it.each([
		[1234567, 'de', '1.234.567'],
		[1234567, 'en', '1,234,567'],
		[1234, 'de', '1.234'],
		[999, 'de', '999'],
		[2.5, 'de', '3'],
		[null, 'de', '–']
	] as const)('formatInteger(%s, %s) = %s', (value, locale, expected) => {
		expect(formatInteger(value, { locale })).toBe(expected);
	});

	it('defaults to German', () => {
		expect(formatNumber(1234.5)).toBe('1.234,5');
		expect(normalizeLocale(undefined)).toBe('de-DE');
		expect(normalizeLocale('en')).toBe('en-GB');
	});
});

describe('percent, per mille, currency, FTE', () => {
	it.each([
		['percent', 87.5, 'de', `87,5${S}%`],
		['percent', 87.5, 'en', '87.5%'],
		['percent', 100, 'de', `100,0${S}%`],
		['percent', 1234.56, 'de', `1.234,6${S}%`],
		['percent', null, 'de', '–'],
		['permille', 12.34, 'de', `12,3${S}‰`],
		['permille', 12.34, 'en', '12.3‰'],
		['currency', 1234.56, 'de', `1.234,56${S}€`],
		['currency', 1234.56, 'en', '€1,234.56'],
		['currency', 0.5, 'de', `0,50${S}€`],
		['currency', -1234.5, 'de', `-1.234,50${S}€`],
		['fte', 12.5, 'de', `12,5${S}VZÄ`],
		['fte', 12.25, 'de', `12,25${S}VZÄ`],
		['fte', 12, 'de', `12,0${S}VZÄ`],
		['fte', 12.5, 'en', `12.5${S}FTE`]
	] as const)('%s(%s, %s) = %s', (kind, value, locale, expected) => {
		const fn = { percent: formatPercent, permille: formatPerMille, currency: formatCurrency, fte: formatFte }[
			kind
		];
		expect(fn(value, { locale })).toBe(expected);
	});

	it('honours a fixed number of decimals', () => {
		expect(formatPercent(87.456, { decimals: 2 })).toBe(`87,46${S}%`);
		expect(formatCurrency(1234.567, { decimals: 0 })).toBe(`1.235${S}€`);
	});
});

describe('catalogue units', () => {
	it.each([
		[45.26, 'Tage', 'de', `45,3${S}Tage`],
		[45.26, 'Tage', 'en', `45.3${S}days`],
		[1, 'Tage', 'de', `1,0${S}Tage`],
		[2.04, 'Monate', 'de', `2,0${S}Monate`],
		[3.55, 'Monate', 'en', `3.6${S}months`],
		[27.5, 'Minuten', 'de', `27,5${S}Minuten`],
		[812.4, 'Fälle', 'de', `812${S}Fälle`],
		[1, 'Fälle', 'de', `1${S}Fall`],
		[1, 'Fälle', 'en', `1${S}case`],
		[1534.2, 'Vorsprachen', 'de', `1.534${S}Vorsprachen`],
		[1534.2, 'Vorsprachen', 'en', `1,534${S}visits`],
		[980.7, 'Personen', 'de', `981${S}Personen`],
		[1, 'Personen', 'de', `1${S}Person`],
		[980.7, 'Personen', 'en', `981${S}persons`],
		[312.456, 'EUR', 'de', `312,46${S}€`],
		[87.5, '%', 'de', `87,5${S}%`],
		[3.21, '‰', 'de', `3,2${S}‰`],
		[1234.5, '', 'de', '1.234,5'],
		[null, 'Tage', 'de', '–']
	] as const)('formatUnit(%s, %s, %s) = %s', (value, unit, locale, expected) => {
		expect(formatUnit(value, unit as Unit, { locale })).toBe(expected);
	});

	it.each([
		[1234567, 'count', 'de', '1.234.567'],
		[98765, 'days', 'de', `98.765${S}Tage`],
		[1, 'days', 'de', `1${S}Tag`],
		[4321, 'minutes', 'en', `4,321${S}minutes`],
		[12.75, 'fte', 'de', `12,75${S}VZÄ`],
		[1234567.8, 'eur', 'de', `1.234.567,80${S}€`],
		[null, 'eur', 'de', '–']
	] as const)('formatBaseCount(%s, %s, %s) = %s', (value, kind, locale, expected) => {
		expect(formatBaseCount(value, kind, { locale })).toBe(expected);
	});
});

describe('accessible description', () => {
	it.each([
		[null, '%', 'de', { text: '–', label: 'kein Wert', missing: true }],
		[null, '%', 'en', { text: '–', label: 'no value', missing: true }],
		[87.5, '%', 'de', { text: `87,5${S}%`, label: `87,5${S}%`, missing: false }],
		[12.34, '‰', 'de', { text: `12,3${S}‰`, label: '12,3 Promille', missing: false }],
		[12.34, '‰', 'en', { text: '12.3‰', label: '12.3 per mille', missing: false }]
	] as const)('describeValue(%s, %s, %s)', (value, unit, locale, expected) => {
		expect(describeValue(value, unit, { locale })).toEqual(expected);
	});

	it('names the missing value per locale', () => {
		expect(missingLabel()).toBe('kein Wert');
		expect(missingLabel('en-GB')).toBe('no value');
	});
});

describe('dates and periods', () => {
	it.each([
		['2024-12-31', 'de', '31.12.2024'],
		['2024-12-31', 'en', '31/12/2024'],
		['2023-01-05', 'de-DE', '05.01.2023'],
		[null, 'de', '–']
	] as const)('formatDate(%s, %s) = %s', (value, locale, expected) => {
		expect(formatDate(value, { locale })).toBe(expected);
	});

	it('formats Date objects in the given time zone', () => {
		const date = new Date(Date.UTC(2024, 11, 31, 23, 30));
		expect(formatDate(date, { timeZone: 'UTC' })).toBe('31.12.2024');
		expect(formatDate(date, { timeZone: 'Europe/Berlin' })).toBe('01.01.2025');
		expect(formatDate(new Date(Number.NaN))).toBe('–');
	});

	it('rejects strings that are not ISO dates', () => {
		expect(() => formatDate('31.12.2024')).toThrow(RangeError);
	});

	it('isoDate: the calendar day of an instant in the local time zone, as YYYY-MM-DD', () => {
		expect(isoDate(new Date(2025, 2, 9, 23, 59))).toBe('2025-03-09');
		expect(isoDate(new Date(2024, 11, 31, 0, 0))).toBe('2024-12-31');
		expect(formatDate(isoDate(new Date(2023, 0, 5, 12)))).toBe('05.01.2023');
	});

	it.each([
		[2024, '2024'],
		[2021, '2021'],
		[null, '–'],
		[2024.5, '–']
	] as const)('formatPeriod(%s) = %s', (value, expected) => {
		expect(formatPeriod(value)).toBe(expected);
	});
});

describe('plain decimal for CSV', () => {
	it.each([
		[0, '0'],
		[-0, '0'],
		[1, '1'],
		[-1.5, '-1.5'],
		[87.5, '87.5'],
		[0.1 + 0.2, '0.30000000000000004'],
		[1 / 3, '0.3333333333333333'],
		[1e-7, '0.0000001'],
		[-1.5e-7, '-0.00000015'],
		[1.234e-10, '0.0000000001234'],
		[5e-324, '0.' + '0'.repeat(323) + '5'],
		[1e21, '1000000000000000000000'],
		[1.5e21, '1500000000000000000000'],
		[123456789012345680000, '123456789012345680000'],
		[1.7976931348623157e308, '17976931348623157' + '0'.repeat(292)],
		[null, ''],
		[undefined, '']
	] as const)('toPlainDecimal(%s) = %s', (value, expected) => {
		expect(toPlainDecimal(value)).toBe(expected);
	});

	it('round-trips every value exactly and never uses exponent notation', () => {
		const values = [1e-7, 2.5e-8, 1e21, 9.87654321e25, Math.PI * 1e-12, 123.456, 2 ** 60];
		for (const v of values) {
			const text = toPlainDecimal(v);
			expect(text).not.toMatch(/e/i);
			expect(Number(text)).toBe(v);
		}
	});

	it('refuses non-finite numbers', () => {
		expect(() => toPlainDecimal(Number.NaN)).toThrow(RangeError);
		expect(() => toPlainDecimal(Infinity)).toThrow(RangeError);
	});
});
