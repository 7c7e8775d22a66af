/**
 * Period cells → calendar year.
 *
 * A period is the calendar year (glossary: Erhebungsjahr). Exports write it as `2023`, as a reporting
 * date `31.12.2023` or as ISO `2023-12-31` (Excel sometimes adds ` 00:00:00`). Anything else — two-digit
 * years, `2.023`, `2023/24`, impossible dates — is an error; we do not guess.
 */

import type { Message } from '../i18n/messages.ts';
import { m as message } from './problems.ts';

export const MIN_PERIOD = 1950;
export const MAX_PERIOD = 2100;

export type PeriodResult = { ok: true; year: number } | { ok: false; message: Message };

const RE_YEAR = /^(\d{4})(?:\.0+)?$/;
const RE_DE_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/;
const RE_ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;

function validDate(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1) return false;
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day <= days;
}

function inRange(year: number, raw: string): PeriodResult {
	if (year < MIN_PERIOD || year > MAX_PERIOD)
		return {
			ok: false,
			message: message('ingest.period_out_of_range', { text: raw, min: MIN_PERIOD, max: MAX_PERIOD })
		};
	return { ok: true, year };
}

export function parsePeriod(raw: string): PeriodResult {
	const s = raw.trim();
	if (s.length > 40) return { ok: false, message: message('ingest.period_too_long') };
	const year = RE_YEAR.exec(s);
	if (year) return inRange(Number(year[1]), s);
	const de = RE_DE_DATE.exec(s);
	if (de) {
		const [d, m, y] = [Number(de[1]), Number(de[2]), Number(de[3])];
		if (!validDate(y, m, d)) return { ok: false, message: message('ingest.bad_date', { text: s }) };
		return inRange(y, s);
	}
	const iso = RE_ISO_DATE.exec(s);
	if (iso) {
		const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
		if (!validDate(y, m, d)) return { ok: false, message: message('ingest.bad_date', { text: s }) };
		return inRange(y, s);
	}
	return {
		ok: false,
		message: message('ingest.not_a_period', { text: s })
	};
}
