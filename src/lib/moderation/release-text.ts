/**
 * The „vorläufig“ marks in words (message catalogue), from the codes of `release-state.ts`. Another
 * member is never named: the notes say how many members' data are not released, not whose.
 */
import { formatPeriod } from '../format/index.ts';
import { t } from '../i18n/translate.ts';
import type { ViewProvisional } from '../ring/release-state.ts';

/** The note over a view of `own` in `period` against its group, or '' when nothing is provisional. */
export function provisionalNote(v: ViewProvisional, own: string, period: number): string {
	const params = { own, period: formatPeriod(period), n: v.group, of: v.of };
	if (v.own && v.group > 1) return t('prov.note_own_group', params);
	if (v.own) return t('prov.note_own', params);
	if (v.group > 0) return t('prov.note_group', params);
	return '';
}

/** „Vorläufig: n der m gezeigten Werte …“ under a chart, or ''. */
export function valuesNote(n: number, of: number): string {
	return n > 0 ? t('prov.note_values', { n, of }) : '';
}

/** „Vorläufig: In 2023, 2024 beruhen Werte …“ under the trend, or ''. */
export function trendNote(periods: readonly number[]): string {
	return periods.length
		? t('prov.note_trend', { periods: periods.map((p) => formatPeriod(p)).join(', ') })
		: '';
}

/** A table's status text with „vorläufig“ added when the value is provisional. */
export function withProvisional(status: string, provisional: boolean): string {
	return [status, provisional ? t('prov.mark') : ''].filter(Boolean).join(' · ');
}

/**
 * KPIs that read a base count the package holds rounded (a member package with `scope.rounded`): the
 * overview and the KPI view say so at each of them.
 */
export function roundedKpis(
	catalogue: { kpis: readonly { id: string; inputs: readonly string[] }[] },
	rounded: readonly string[] | undefined
): Set<string> {
	const counts = new Set(rounded ?? []);
	return new Set(catalogue.kpis.filter((k) => k.inputs.some((id) => counts.has(id))).map((k) => k.id));
}
