/**
 * `report-texts.json`: the department's own words for the council report, kept with the ring per
 * authority and period, so next year's report starts from last year's text.
 *
 * ```json
 * {
 *   "texts": [
 *     {
 *       "authority_id": "05334",
 *       "period": 2024,
 *       "addressee": "Ausschuss für Verwaltung, Ordnung und Sicherheit, Sitzung am 12.03.2025",
 *       "summary": "Die Bearbeitungsdauer ist …",
 *       "comments": { "avg_processing_days": "Zwei Stellen waren unbesetzt …" }
 *     }
 *   ]
 * }
 * ```
 *
 * Rules of the ring's format 2 (formats.md) apply: the reader is strict — an unknown key anywhere is
 * refused with a German message naming file and key, never dropped — and the writer is canonical:
 * entries sorted by authority and period, comment keys sorted, empty texts left out, so reading and
 * writing again gives the same bytes. An entry with nothing in it is not written at all.
 */
import {
	check,
	integer,
	recordOf,
	string,
	type Issue,
	type Path,
	type Reader
} from '../ingest/json-check.ts';

export const REPORT_TEXTS_FILE = 'report-texts.json';

export interface ReportTextEntry {
	authority_id: string;
	period: number;
	addressee: string;
	summary: string;
	/** kpi_id → commentary. */
	comments: Record<string, string>;
}

export interface ReportTexts {
	texts: ReportTextEntry[];
}

/** An object with exactly these keys: an unknown key is an issue (format 2: never dropped silently). */
function strict<T extends object>(shape: { [K in keyof Required<T>]: Reader<T[K]> }): Reader<T> {
	return (value, path, issues) => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			issues.push({ path, message: 'erwartet: Objekt' });
			return undefined as never;
		}
		const record = value as Record<string, unknown>;
		for (const key of Object.keys(record))
			if (!Object.hasOwn(shape, key))
				issues.push({
					path: [...path, key],
					message: 'unbekannter Schlüssel – diese Version kennt ihn nicht'
				});
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(shape) as (keyof T & string)[])
			out[key] = shape[key](record[key], [...path, key], issues);
		return out as T;
	};
}

const optionalText: Reader<string> = (value, path, issues) =>
	value === undefined ? '' : string(value, path, issues);

const entry = strict<ReportTextEntry>({
	authority_id: (value, path, issues) => {
		const id = string(value, path, issues);
		if (typeof id === 'string' && !/^[0-9A-Za-z_-]{1,32}$/.test(id))
			issues.push({ path, message: `erwartet: Behördenschlüssel, gefunden: „${id.slice(0, 40)}“` });
		return id;
	},
	period: integer,
	addressee: optionalText,
	summary: optionalText,
	comments: (value, path, issues) => (value === undefined ? {} : recordOf(string)(value, path, issues))
});

const file = strict<ReportTexts>({
	texts: (value, path, issues) => {
		if (!Array.isArray(value)) {
			issues.push({ path, message: value === undefined ? 'fehlt, erwartet: Liste' : 'erwartet: Liste' });
			return [];
		}
		return value.map((item: unknown, i) => entry(item, [...path, i], issues));
	}
});

const where = (path: Path) =>
	path
		.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
		.join('')
		.slice(1);

/** German one-line messages naming the file and the key. */
export function formatIssues(issues: readonly Issue[], fileName = REPORT_TEXTS_FILE): string[] {
	return issues.map((i) => `${fileName}: ${where(i.path) || '(Wurzel)'}: ${i.message}`);
}

export type ReadResult = { ok: true; value: ReportTexts } | { ok: false; messages: string[] };

/** Strict reader of the file's text. */
export function readReportTexts(textContent: string, fileName = REPORT_TEXTS_FILE): ReadResult {
	let parsed: unknown;
	try {
		parsed = JSON.parse(textContent);
	} catch (error) {
		return { ok: false, messages: [`${fileName}: kein gültiges JSON (${(error as Error).message})`] };
	}
	const result = check(file, parsed);
	if (!result.ok) return { ok: false, messages: formatIssues(result.issues, fileName) };
	const seen = new Set<string>();
	for (const [i, e] of result.value.texts.entries()) {
		const key = `${e.authority_id}|${e.period}`;
		if (seen.has(key))
			return {
				ok: false,
				messages: [`${fileName}: texts[${i}]: ${e.authority_id} ${e.period} steht zweimal in der Datei`]
			};
		seen.add(key);
	}
	return { ok: true, value: normaliseReportTexts(result.value) };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const isEmpty = (e: ReportTextEntry) =>
	!e.addressee.trim() && !e.summary.trim() && Object.values(e.comments).every((c) => !c.trim());

/** Canonical order and content: what the writer writes and the reader returns. */
export function normaliseReportTexts(texts: ReportTexts): ReportTexts {
	return {
		texts: texts.texts
			.filter((e) => !isEmpty(e))
			.map((e) => ({
				authority_id: e.authority_id,
				period: e.period,
				addressee: e.addressee,
				summary: e.summary,
				comments: Object.fromEntries(
					Object.entries(e.comments)
						.filter(([, c]) => c.trim() !== '')
						.sort(([a], [b]) => cmp(a, b))
				)
			}))
			.sort((a, b) => cmp(a.authority_id, b.authority_id) || a.period - b.period)
	};
}

/** Canonical writer: UTF-8 JSON text, two-space indent, `\n` at the end. */
export function writeReportTexts(texts: ReportTexts): string {
	return `${JSON.stringify(normaliseReportTexts(texts), null, 2)}\n`;
}

/** The entry for an authority and period: the stored one, else last year's text to start from. */
export function textsFor(
	texts: ReportTexts | undefined,
	authorityId: string,
	period: number
): { entry: ReportTextEntry; from: number | null } {
	const own = (texts?.texts ?? []).filter((e) => e.authority_id === authorityId);
	const exact = own.find((e) => e.period === period);
	if (exact) return { entry: exact, from: period };
	const earlier = own.filter((e) => e.period < period).sort((a, b) => b.period - a.period)[0];
	const empty = { authority_id: authorityId, period, addressee: '', summary: '', comments: {} };
	return earlier ? { entry: { ...earlier, period }, from: earlier.period } : { entry: empty, from: null };
}

/** The texts with one entry replaced (or added). */
export function withEntry(texts: ReportTexts | undefined, entry: ReportTextEntry): ReportTexts {
	const rest = (texts?.texts ?? []).filter(
		(e) => !(e.authority_id === entry.authority_id && e.period === entry.period)
	);
	return normaliseReportTexts({ texts: [...rest, entry] });
}
