/**
 * Per KPI, everything the report says about the own value — decided once and used by the summary,
 * the field tables, the charts' alt texts and the notes, so they can never disagree.
 */
import type { Catalogue, KpiDef } from '../catalogue/schema.ts';
import { directionText, fmt } from '../dashboard/labels.ts';
import { changeOf } from '../dashboard/overview.ts';
import { excludedText, intervalLabel, intervalText } from '../dashboard/quality.ts';
import type { Finding, PlausibilityResult } from '../engine/plausibility.ts';
import type { StatsRow } from '../engine/stats.ts';
import { formatInteger } from '../format/index.ts';
import { t } from '../i18n/translate.ts';
import { valueMark, type ValueMark } from './marks.ts';

export interface KpiFacts {
	kpi: KpiDef;
	row: StatsRow;
	mark: ValueMark;
	own: string;
	median: string;
	q1: string;
	q3: string;
	/** „3 von 12“, „kein Rang (fehlerhaft)“, … (the views' rankCell). */
	rank: string;
	/** „↗ besser (ggü. 2023: 12,3 %)“ */
	change: string;
	/** Proportion KPIs: „68,1 % – 76,4 % (n = 412)“, else ''. */
	interval: string;
	/** The same in full words („95-%-Konfidenzintervall (Wilson): … bis …, n = 412“), else ''. */
	intervalWords: string;
	/** „1 fehlerhafter Wert ausgelassen“ for the group's n, or ''. */
	excluded: string;
	/** Findings of the own authority in the period that touch the KPI or its inputs. */
	findings: Finding[];
}

export function kpiFacts(
	kpi: KpiDef,
	row: StatsRow,
	plausibility: PlausibilityResult,
	catalogue: Pick<Catalogue, 'base_counts'>,
	authorityId: string,
	period: number
): KpiFacts {
	const ids = new Set([kpi.id, ...kpi.inputs]);
	const findings = plausibility.findings.filter(
		(f) => f.authority_id === authorityId && f.period === period && f.ids.some((id) => ids.has(id))
	);
	const mark = valueMark(row, kpi, catalogue);
	const dir = directionText({ ...row, change: changeOf(row.own_value, row.prev_value), kpi });
	const change =
		row.direction === null ? dir.text : `${dir.symbol} ${dir.text}${dir.detail ? ` (${dir.detail})` : ''}`;
	const range = intervalText(row.ci_low, row.ci_high, kpi.unit);
	return {
		kpi,
		row,
		mark,
		own: fmt(row.own_value, kpi.unit),
		median: fmt(row.median, kpi.unit),
		q1: fmt(row.q1, kpi.unit),
		q3: fmt(row.q3, kpi.unit),
		// „2 von 6“ stays on one line in a narrow table column.
		rank: mark.ranked ? mark.rank.replaceAll(' ', '\u00a0') : mark.rank,
		change,
		interval:
			range && row.ci_n !== null
				? `${range} (${t('unc.interval_n', { n: formatInteger(row.ci_n) }).replaceAll(' ', '\u00a0')})`
				: '',
		intervalWords: row.erroneous ? '' : intervalLabel(row.ci_low, row.ci_high, row.ci_n, kpi.unit),
		excluded: excludedText(row.excluded.length),
		findings
	};
}
