/**
 * Per KPI, everything the report says about the own value — decided once and used by the summary,
 * the field tables, the charts' alt texts and the notes, so they can never disagree.
 */
import type { KpiDef } from '../catalogue/schema.ts';
import { directionText, fmt, rankText } from '../dashboard/labels.ts';
import { changeOf } from '../dashboard/overview.ts';
import type { Finding, PlausibilityResult } from '../engine/plausibility.ts';
import type { StatsRow } from '../engine/stats.ts';
import { valueMark, type ValueMark } from './marks.ts';

export interface KpiFacts {
	kpi: KpiDef;
	row: StatsRow;
	mark: ValueMark;
	own: string;
	median: string;
	q1: string;
	q3: string;
	/** „3 von 12“, „kein Rang“ or the reason there is none. */
	rank: string;
	/** „↗ besser (ggü. 2023: 12,3 %)“ */
	change: string;
	/** Findings of the own authority in the period that touch the KPI or its inputs. */
	findings: Finding[];
}

export function kpiFacts(
	kpi: KpiDef,
	row: StatsRow,
	plausibility: PlausibilityResult,
	ownCounts: Readonly<Record<string, number>>,
	authorityId: string,
	period: number
): KpiFacts {
	const ids = new Set([kpi.id, ...kpi.inputs]);
	const findings = plausibility.findings.filter(
		(f) => f.authority_id === authorityId && f.period === period && f.ids.some((id) => ids.has(id))
	);
	const flagged = plausibility.flagged.some(
		(f) => f.authority_id === authorityId && f.period === period && f.kpi_id === kpi.id
	);
	const errors = flagged ? findings.filter((f) => f.severity === 'error').map((f) => f.message) : [];
	const respondents = kpi.sample ? (ownCounts[kpi.sample.count] ?? null) : null;
	const mark = valueMark(row, kpi, { errors, respondents });
	const dir = directionText({ ...row, change: changeOf(row.own_value, row.prev_value), kpi });
	const change =
		row.direction === null ? dir.text : `${dir.symbol} ${dir.text}${dir.detail ? ` (${dir.detail})` : ''}`;
	return {
		kpi,
		row,
		mark,
		own: fmt(row.own_value, kpi.unit),
		median: fmt(row.median, kpi.unit),
		q1: fmt(row.q1, kpi.unit),
		q3: fmt(row.q3, kpi.unit),
		rank: mark.ranked ? rankText(row.rank, row.n) : rankText(null, row.n),
		change,
		findings
	};
}
