/**
 * The allocation-free fast path for German number cells must decide exactly like the general
 * parser, or stay out: same class, same value, for every string it accepts.
 */
import { describe, expect, it } from 'vitest';
import { parseNumberCell, QUICK, quickCodes, quickGerman } from '../../src/lib/ingest/numbers.ts';

function agrees(s: string): void {
	const general = parseNumberCell(s).cls;
	if (!quickGerman(s)) return;
	expect({ s, kind: QUICK.kind, value: QUICK.value }).toEqual({
		s,
		kind: general.kind,
		value: 'value' in general ? general.value : NaN
	});
}

describe('quickGerman', () => {
	it('decides the common German cells like the general parser', () => {
		const cases = [
			'0',
			'7',
			'1234',
			'1.234.567',
			'1.234,5',
			'1.788.428,65',
			'12,5',
			'0,5',
			'0,500',
			'007,25',
			',5'
		];
		for (const s of cases) agrees(s);
		expect(quickGerman('1.234.567')).toBe(true);
		expect(QUICK).toEqual({ kind: 'de', value: 1234567 });
		expect(quickGerman('1.788.428,65')).toBe(true);
		expect(QUICK.value).toBe(1788428.65);
	});

	it('leaves ambiguous and unusual cells to the general parser', () => {
		for (const s of [
			'1.234',
			'12,500',
			'-5',
			'1 234',
			'€ 5',
			'1,234.5',
			'01.234.567',
			'1.23.456',
			'1.234,',
			'x',
			'1234567890123456',
			'12€',
			'１２',
			'1.234,5\u00a0'
		])
			expect(quickGerman(s), s).toBe(false);
	});

	it('agrees with the general parser on 20,000 random strings of digits, dots and commas', () => {
		let seed = 7;
		const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
		const alphabet = '0123456789012345678901234567890123456789..,,';
		let accepted = 0;
		for (let k = 0; k < 20_000; k++) {
			const len = 1 + Math.floor(rnd() * 14);
			let s = '';
			for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
			agrees(s);
			if (quickGerman(s)) accepted++;
		}
		expect(accepted).toBeGreaterThan(1000);
	});

	it('reads a cell in place inside a longer text exactly as the cell alone', () => {
		const cells = ['1234', '1.234.567', '1.788.428,65', '12,5', '1.234', '12,500', 'x', '', '7'];
		const line = new TextEncoder().encode(cells.join(';'));
		let at = 0;
		for (const cell of cells) {
			const alone = quickGerman(cell);
			const aloneQuick = { ...QUICK };
			expect(quickCodes(line, at, at + cell.length), cell).toBe(alone);
			if (alone) expect(QUICK, cell).toEqual(aloneQuick);
			at += cell.length + 1;
		}
		// A dot group cut off by the end of the range is not read past it.
		expect(quickCodes(new TextEncoder().encode('1.2345'), 0, 4)).toBe(false);
	});

	it('computes decimals bit for bit like Number() of the decimal text (50,000 random cells)', () => {
		let seed = 11;
		const rnd = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
		const digits = (k: number) => Array.from({ length: k }, () => Math.floor(rnd() * 10)).join('');
		for (let k = 0; k < 50_000; k++) {
			const int = String(1 + Math.floor(rnd() * 10 ** (1 + Math.floor(rnd() * 9))));
			const fraction = digits(1 + Math.floor(rnd() * 7));
			if (fraction.length === 3) continue; // `12,500` is ambiguous, the general path decides
			const cell = `${int},${fraction}`;
			expect(quickGerman(cell), cell).toBe(true);
			if (!Object.is(QUICK.value, Number(`${int}.${fraction}`)))
				expect(QUICK.value, cell).toBe(Number(`${int}.${fraction}`));
		}
	});
});
