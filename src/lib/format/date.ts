/**
 * Dates and periods for display.
 *
 * A period is a calendar year and is shown as its four digits, never with a thousands separator
 * (`2024`, not `2.024`). Dates are calendar dates (reference dates such as 31.12.): an ISO string
 * `YYYY-MM-DD` is formatted as that calendar day regardless of the time zone; a Date object is an
 * instant and is shown in the runtime's time zone unless `timeZone` is given.
 */
import { dateFormat, normalizeLocale, type LocaleInput } from './locale.ts';
import { MISSING_TEXT } from './number.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface DateOptions {
	locale?: LocaleInput;
	timeZone?: string;
}

/** `31.12.2024` (de) / `31/12/2024` (en-GB). */
export function formatDate(value: Date | string | null | undefined, options?: DateOptions): string {
	if (value === null || value === undefined) return MISSING_TEXT;
	const locale = normalizeLocale(options?.locale);
	if (typeof value === 'string') {
		const match = ISO_DATE.exec(value);
		if (!match) throw new RangeError(`formatDate: expected YYYY-MM-DD, got "${value}"`);
		const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
		return dateFormat(locale, 'UTC').format(date);
	}
	if (Number.isNaN(value.getTime())) return MISSING_TEXT;
	return dateFormat(locale, options?.timeZone).format(value);
}

/** A period (calendar year): `2024`. */
export function formatPeriod(period: number | null | undefined): string {
	if (period === null || period === undefined || !Number.isInteger(period)) return MISSING_TEXT;
	return String(period);
}

/** The calendar day of `instant` in the runtime's time zone as ISO `YYYY-MM-DD` (a stored date, not display). */
export function isoDate(instant: Date = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`;
}
