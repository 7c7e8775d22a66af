/**
 * How sure a value is, in words and marks for every view (issues #19 and #27): the „fehlerhaft“
 * mark with its finding, the survey sample rules (under 50 respondents: shown, not rated; under
 * the survey's minimum, 100: a note) and the 95 % interval with its n.
 *
 * One place decides, so the overview row, the KPI header, the ranking, the tables and the
 * downloads cannot disagree. Presentation only: the statistics keep small samples (catalogue.md).
 */
import type { BaseCountKind, Catalogue, KpiDef } from '../catalogue/schema.ts';
import type { ErrorMark } from '../engine/erroneous.ts';
import { contains } from '../engine/uncertainty.ts';
import { formatBaseCount, formatInteger, formatUnit, type Unit } from '../format/index.ts';
import { t } from '../i18n/translate.ts';

/** A survey value with fewer respondents is shown but gets no rank, badge or colour. */
export const MIN_RESPONDENTS = 50;

/** Under 50 respondents: not rated anywhere. */
export function smallSample(respondents: number | null | undefined): boolean {
	return respondents !== null && respondents !== undefined && respondents < MIN_RESPONDENTS;
}

/** 50 up to the survey's minimum (100, KGSt): rated, with the note. */
export function lowSampleNote(kpi: Pick<KpiDef, 'sample'>, respondents: number | null | undefined): boolean {
	return (
		kpi.sample !== undefined &&
		respondents !== null &&
		respondents !== undefined &&
		!smallSample(respondents) &&
		respondents < kpi.sample.min
	);
}

/** A value gets no rank, position badge or colour when it is fehlerhaft or from under 50 respondents. */
export function unrated(row: { erroneous: unknown; respondents: number | null }): boolean {
	return Boolean(row.erroneous) || smallSample(row.respondents);
}

/** Does A's interval contain the group median (badge „nicht unterscheidbar vom Median“)? */
export function medianInInterval(row: {
	ci_low: number | null;
	ci_high: number | null;
	median: number | null;
}): boolean {
	return (
		row.ci_low !== null &&
		row.ci_high !== null &&
		contains({ low: row.ci_low, high: row.ci_high }, row.median)
	);
}

type Labels = Pick<Catalogue, 'base_counts'>;

/** The finding(s) behind a fehlerhaft value, worded (the own authority: with its values). */
export function errorText(marks: readonly ErrorMark[], catalogue: Labels): string {
	const base = new Map(catalogue.base_counts.map((b) => [b.id, b]));
	const label = (id: string) => base.get(id)?.label ?? id;
	const value = (id: string, v: number | null) =>
		formatBaseCount(v, (base.get(id)?.kind ?? 'count') as BaseCountKind);
	return marks
		.map((m) => {
			const [part = '', whole = ''] = m.ids;
			return m.rule === 'part_exceeds_whole'
				? t('unc.erroneous_part_exceeds_whole', {
						part: label(part),
						partValue: value(part, m.values[0] ?? null),
						whole: label(whole),
						wholeValue: value(whole, m.values[1] ?? null)
					})
				: t('unc.erroneous_other', { ids: m.ids.map(label).join(', ') });
		})
		.join(' ');
}

/** The same for another member: which counts, never their values (they could identify it). */
export function peerErrorText(ids: readonly string[], catalogue: Labels): string {
	const base = new Map(catalogue.base_counts.map((b) => [b.id, b.label]));
	return t('unc.erroneous_peer', { ids: ids.map((id) => base.get(id) ?? id).join(', ') });
}

/** „72,2 % – 87,5 %“ (the 95 % interval), or '' without one. */
export function intervalText(low: number | null, high: number | null, unit: string): string {
	if (low === null || high === null) return '';
	return t('unc.range', { low: formatUnit(low, unit as Unit), high: formatUnit(high, unit as Unit) });
}

/** The interval in full words for screen readers and print. */
export function intervalLabel(
	low: number | null,
	high: number | null,
	n: number | null,
	unit: string
): string {
	if (n === null) return '';
	if (low === null || high === null) return t('unc.interval_none', { n: formatInteger(n) });
	return t('unc.interval_label', {
		low: formatUnit(low, unit as Unit),
		high: formatUnit(high, unit as Unit),
		n: formatInteger(n)
	});
}

/** „1 fehlerhafter Wert ausgelassen“ for the group's n, or ''. */
export function excludedText(count: number): string {
	if (count <= 0) return '';
	return count === 1 ? t('unc.excluded_one') : t('unc.excluded_many', { n: count });
}

/** One short status of a value for tables and downloads: fehlerhaft, under 50, under 100, or ''. */
export function statusText(
	kpi: Pick<KpiDef, 'sample'>,
	v: { erroneous: boolean; respondents: number | null }
): string {
	if (v.erroneous) return t('unc.erroneous');
	if (smallSample(v.respondents)) return t('unc.small_sample');
	if (lowSampleNote(kpi, v.respondents)) return t('unc.note_low_sample');
	return '';
}
