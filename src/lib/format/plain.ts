/**
 * Plain decimal notation for machine-readable output (CSV exports, the CLI's `value` column).
 *
 * formats.md demands full precision in the shortest round-trip form and never exponent notation.
 * JavaScript's `String(x)` already yields the shortest round-trip digits but switches to exponent
 * notation below 1e-6 and from 1e21; those cases are expanded here digit by digit, so parsing the
 * result with `Number()` gives back exactly the same double.
 */

export function toPlainDecimal(value: number | null | undefined): string {
	if (value === null || value === undefined) return '';
	if (!Number.isFinite(value)) throw new RangeError(`toPlainDecimal: ${value} is not a finite number`);
	if (value === 0) return '0'; // also -0
	const sign = value < 0 ? '-' : '';
	const shortest = String(Math.abs(value));
	const e = shortest.indexOf('e');
	if (e < 0) return sign + shortest;
	const mantissa = shortest.slice(0, e);
	const exponent = Number(shortest.slice(e + 1));
	const dot = mantissa.indexOf('.');
	const digits = mantissa.replace('.', '');
	const point = (dot < 0 ? mantissa.length : dot) + exponent;
	if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
	if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
	return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
