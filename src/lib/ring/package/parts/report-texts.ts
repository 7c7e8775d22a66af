/**
 * The council report's texts (format 2, issue 31): `report-texts.json` at the package's root, the
 * department's addressee line, summary and per-KPI commentary for each authority and period.
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
 * A file of its own and not a ring.json key: the texts are prose of any length, written by each member
 * for its own report — ring.json stays the ring's short description. Canonical form: entries sorted by
 * authority and period (code-unit order), the keys in the order above, comment keys sorted, empty
 * comments and entries with no text at all left out, two-space indent, a final `\n`. No entry, no file
 * (a ring without report texts has the files it had before). Read in `report-texts-reader.ts`.
 */
import { BEFORE } from '../complete.ts';
import { cmp } from '../csv.ts';
import type { ReportText } from '../types.ts';
import type { RingPart } from './part.ts';

export const REPORT_TEXTS_JSON = 'report-texts.json';

const blank = (s: string) => s.trim() === '';
const isEmpty = (e: ReportText) =>
	blank(e.addressee) && blank(e.summary) && Object.values(e.comments).every(blank);

/** Canonical order and content: what the writer writes and the reader returns. */
export function normaliseReportTexts(texts: readonly ReportText[]): ReportText[] {
	return texts
		.filter((e) => !isEmpty(e))
		.map((e) => ({
			authority_id: e.authority_id,
			period: e.period,
			addressee: e.addressee,
			summary: e.summary,
			comments: Object.fromEntries(
				Object.entries(e.comments)
					.filter(([, c]) => !blank(c))
					.sort(([a], [b]) => cmp(a, b))
			)
		}))
		.sort((a, b) => cmp(a.authority_id, b.authority_id) || a.period - b.period);
}

/** The file's canonical text. */
export function reportTextsJson(texts: readonly ReportText[]): string {
	return `${JSON.stringify({ texts: normaliseReportTexts(texts) }, null, 2)}\n`;
}

const utf8 = new TextEncoder();

export const reportTextsPart: RingPart<'report_texts'> = {
	slot: 'report_texts',
	since: 2,
	keys: [],
	owns: (path) => path === REPORT_TEXTS_JSON,
	before: (ring, version) => BEFORE.report_texts(ring, version),
	write: (texts) => {
		const kept = normaliseReportTexts(texts);
		return {
			files: kept.length ? [{ path: REPORT_TEXTS_JSON, bytes: utf8.encode(reportTextsJson(kept)) }] : []
		};
	}
};
