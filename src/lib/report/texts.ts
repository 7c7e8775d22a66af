/**
 * The department's texts of a report (ring part `report_texts`, ring/package/parts/report-texts.ts):
 * the stored entry for an authority and period — or last year's, so next year's report starts from
 * last year's words — and the list with one entry replaced.
 */
import { normaliseReportTexts } from '../ring/package/parts/report-texts.ts';
import type { ReportText } from '../ring/package/types.ts';

/** The entry for an authority and period: the stored one, else the latest earlier one to start from. */
export function textsFor(
	texts: readonly ReportText[],
	authorityId: string,
	period: number
): { entry: ReportText; from: number | null } {
	const own = texts.filter((e) => e.authority_id === authorityId);
	const exact = own.find((e) => e.period === period);
	if (exact) return { entry: exact, from: period };
	const earlier = own.filter((e) => e.period < period).sort((a, b) => b.period - a.period)[0];
	const empty = { authority_id: authorityId, period, addressee: '', summary: '', comments: {} };
	return earlier ? { entry: { ...earlier, period }, from: earlier.period } : { entry: empty, from: null };
}

/** The texts with one entry replaced (or added), in canonical order. */
export function withEntry(texts: readonly ReportText[], entry: ReportText): ReportText[] {
	const rest = texts.filter((e) => !(e.authority_id === entry.authority_id && e.period === entry.period));
	return normaliseReportTexts([...rest, entry]);
}
