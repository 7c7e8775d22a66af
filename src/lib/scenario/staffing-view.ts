/**
 * The staffing calculation (engine/staffing.ts) in words and as table rows, for the KPI view of
 * decisions_per_fte and for the what-if page. FTE with one decimal, cases whole, rates with one
 * decimal; the comparison says in which direction the need lies.
 */
import type { Staffing } from '../engine/staffing.ts';
import { formatFte, formatInteger, formatNumber } from '../format/index.ts';
import { t } from '../i18n/translate.ts';

export interface StaffingRow {
	id: 'needed' | 'range' | 'current' | 'planned' | 'caseload';
	/** With the rates it rests on: „Bedarf beim Median der Gruppe (106,1 Fälle je VZÄ)“. */
	what: string;
	/** Without numbers, for a table that compares two calculations. */
	label: string;
	value: string;
	/** Raw figure for a download or a test (FTE or cases). */
	raw: number | null;
	note: string;
}

export type StaffingView =
	| { ok: false; message: string }
	| { ok: true; intro: string; rows: StaffingRow[]; notes: string[]; method: string };

const fte1 = (v: number | null) => formatFte(v, { decimals: 1 });

function gapNote(gap: number | null): string {
	if (gap === null) return '';
	// A gap that rounds to 0.0 FTE is no gap in words either.
	if (Math.abs(gap) < 0.05) return t('scenario.staffing_gap_none');
	return t(gap > 0 ? 'scenario.staffing_gap_more' : 'scenario.staffing_gap_less', { n: fte1(Math.abs(gap)) });
}

export function staffingView(s: Staffing, period: number): StaffingView {
	if (s.caseload === null || s.needed === null)
		return { ok: false, message: t('scenario.staffing_unavailable') };
	const rate = (v: number | null) => formatNumber(v, { decimals: 1 });
	const rows: StaffingRow[] = [
		{
			id: 'needed',
			what: t('scenario.staffing_needed', { rate: rate(s.median) }),
			label: t('scenario.staffing_needed_short'),
			value: fte1(s.needed),
			raw: s.needed,
			note: ''
		}
	];
	if (s.neededLow !== null && s.neededHigh !== null)
		rows.push({
			id: 'range',
			what: t('scenario.staffing_range', { q3: rate(s.q3), q1: rate(s.q1) }),
			label: t('scenario.staffing_range_short'),
			value: t('scenario.staffing_range_value', { low: fte1(s.neededLow), high: fte1(s.neededHigh) }),
			raw: null,
			note: ''
		});
	if (s.fte !== null)
		rows.push({
			id: 'current',
			what: t('scenario.staffing_current'),
			label: t('scenario.staffing_current'),
			value: formatFte(s.fte),
			raw: s.fte,
			note: gapNote(s.gapCurrent)
		});
	if (s.planned !== null)
		rows.push({
			id: 'planned',
			what: t('scenario.staffing_planned'),
			label: t('scenario.staffing_planned'),
			value: formatFte(s.planned),
			raw: s.planned,
			note: gapNote(s.gapPlanned)
		});
	if (s.caseloadAtMedian !== null) {
		const diff = s.caseloadAtMedian - s.caseload;
		rows.push({
			id: 'caseload',
			what: t('scenario.staffing_caseload'),
			label: t('scenario.staffing_caseload'),
			value: formatInteger(s.caseloadAtMedian),
			raw: s.caseloadAtMedian,
			note:
				Math.round(diff) === 0
					? ''
					: t(diff > 0 ? 'scenario.staffing_caseload_gap_more' : 'scenario.staffing_caseload_gap_less', {
							n: formatInteger(Math.abs(diff))
						})
		});
	}
	return {
		ok: true,
		intro: t('scenario.staffing_intro', { caseload: formatInteger(s.caseload), period }),
		rows,
		notes: s.fteErroneous ? [t('scenario.staffing_fte_erroneous')] : [],
		method: t('scenario.staffing_method')
	};
}
