/**
 * Plausibility checks (catalogue.md) as one SQL query over the loaded ring, rules taken from the
 * catalogue (`checks.yaml`, `warn_above` and `sample` of the KPIs), so a ring can add checks as data.
 *
 * Rules:
 * - `part_exceeds_whole` (error): part > whole, both delivered. The chain
 *   tolerated_or_permitted ≤ foreign_population ≤ population is checked as its two pairs.
 * - `large_change` (warning): a base count changes by more than 30 % (|new − old| / old > 0.3)
 *   against the authority's previous period, both values ≥ 20. Previous period = the authority's
 *   latest earlier period with any base value; if the count is missing there, there is no
 *   comparison (we do not reach further back, that would compare across a gap unnoticed).
 * - `kpi_above_limit` (warning): a `%` KPI above 100, or any KPI above its own `warn_above`
 *   (completion_rate, staffing_level: 150; avg_processing_days: 365; avg_booking_lead_days: 180).
 * - `low_sample` (warning): a survey's respondents below its `min` (100) while at least one KPI
 *   of that survey is non-null; one finding per survey naming the count and the KPIs shown.
 *
 * Error findings flag their values; every KPI that reads one of them is reported as flagged.
 *
 * A finding is a rule with ids and numbers, no text: the message is built where it is shown, in the
 * reader's language (i18n/engine-text.ts `findingText`).
 */
import { sqlIdent, sqlString, type Connector } from './connector.ts';
import type { Catalogue } from '../catalogue/schema.ts';

export type FindingRule = 'part_exceeds_whole' | 'large_change' | 'kpi_above_limit' | 'low_sample';

export interface Finding {
	rule: FindingRule;
	severity: 'error' | 'warning';
	authority_id: string;
	period: number;
	/** Base-count and KPI ids involved, in the order of `values`. */
	ids: string[];
	values: (number | null)[];
	/** `large_change`: the period compared with. */
	previous_period?: number;
	/**
	 * The limit applied: `kpi_above_limit` the KPI's limit, `low_sample` the minimum of respondents,
	 * `large_change` the largest relative change that is not unusual (0.3 = 30 %).
	 */
	limit?: number;
}

export interface FlaggedKpi {
	authority_id: string;
	period: number;
	kpi_id: string;
	/** Base-count ids read by the KPI that an error finding flagged. */
	flagged_inputs: string[];
}

export interface PlausibilityResult {
	findings: Finding[];
	flagged: FlaggedKpi[];
}

/**
 * One UNION ALL query: (rule, authority_id, period, ids (comma-separated), v0…vN, previous_period, lim).
 * (The error findings alone are made by the load, without a query: erroneous.ts `errorIndexOf`.)
 */
export function plausibilitySql(catalogue: Catalogue): string {
	const parts: string[] = [];
	const baseIds = new Set(catalogue.base_counts.map((b) => b.id));
	for (const { part, whole } of catalogue.checks.part_of_whole) {
		const [p, w] = [sqlIdent(part), sqlIdent(whole)];
		parts.push(`SELECT 'part_exceeds_whole' AS rule, authority_id, period, [${sqlString(part)}, ${sqlString(whole)}] AS ids,
			[${p}, ${w}] AS vals, CAST(NULL AS INTEGER) AS previous_period, CAST(NULL AS DOUBLE) AS lim
			FROM base_wide WHERE ${p} > ${w}`);
	}
	const { max_relative_change: maxChange, min_value: minValue } = catalogue.checks.change;
	const countList = [...baseIds].map(sqlString).join(', ') || 'NULL';
	parts.push(`SELECT 'large_change' AS rule, cur.authority_id, cur.period, [cur.count_id] AS ids,
			[old.value, cur.value] AS vals, pp.previous_period, CAST(${maxChange} AS DOUBLE) AS lim
		FROM base_values cur
		JOIN (SELECT authority_id, period, lag(period) OVER (PARTITION BY authority_id ORDER BY period) AS previous_period
			FROM base_wide) pp USING (authority_id, period)
		JOIN base_values old ON old.authority_id = cur.authority_id AND old.period = pp.previous_period
			AND old.count_id = cur.count_id
		WHERE cur.count_id IN (${countList}) AND cur.value >= ${minValue} AND old.value >= ${minValue}
			AND abs(cur.value - old.value) / old.value > ${maxChange}`);
	const limits = catalogue.kpis
		.map(
			(k) =>
				[k.id, k.warn_above ?? (k.unit === '%' ? catalogue.checks.percent_warn_above : undefined)] as const
		)
		.filter((x): x is readonly [string, number] => x[1] !== undefined);
	if (limits.length)
		parts.push(`SELECT 'kpi_above_limit' AS rule, v.authority_id, v.period, [CAST(v.kpi_id AS VARCHAR)] AS ids, [v.value] AS vals,
			CAST(NULL AS INTEGER) AS previous_period, l.lim
		FROM kpi_values v JOIN (VALUES ${limits.map(([id, lim]) => `(${sqlString(id)}, CAST(${lim} AS DOUBLE))`).join(', ')}) l(kpi_id, lim)
			USING (kpi_id)
		WHERE v.value > l.lim`);
	const samples = new Map<string, { min: number; kpis: string[] }>();
	for (const k of catalogue.kpis)
		if (k.sample) {
			const s = samples.get(k.sample.count) ?? { min: k.sample.min, kpis: [] };
			s.min = Math.max(s.min, k.sample.min);
			s.kpis.push(k.id);
			samples.set(k.sample.count, s);
		}
	for (const [count, { min, kpis }] of samples)
		parts.push(`SELECT 'low_sample' AS rule, w.authority_id, w.period,
			list_prepend(${sqlString(count)}, list(CAST(v.kpi_id AS VARCHAR) ORDER BY v.kpi_ord)) AS ids,
			list_prepend(any_value(w.${sqlIdent(count)}), list(v.value ORDER BY v.kpi_ord)) AS vals,
			CAST(NULL AS INTEGER) AS previous_period, CAST(${min} AS DOUBLE) AS lim
		FROM base_wide w JOIN kpi_values v ON v.authority_id = w.authority_id AND v.period = w.period
		WHERE w.${sqlIdent(count)} < ${min} AND v.value IS NOT NULL AND v.kpi_id IN (${kpis.map(sqlString).join(', ')})
		GROUP BY w.authority_id, w.period`);
	// Lists are flattened for the hand-over: reading Arrow list cells one by one costs far more in
	// JavaScript than splitting a string and reading a few DOUBLE columns.
	const width = Math.max(2, ...[...samples.values()].map((x) => x.kpis.length + 1));
	const valueColumns = Array.from({ length: width }, (_, i) => `vals[${i + 1}] AS v${i}`).join(', ');
	return `SELECT rule, authority_id, period, array_to_string(ids, ',') AS ids, len(vals) AS nvals, ${valueColumns}, previous_period, lim
FROM (${parts.join('\nUNION ALL\n')}) ORDER BY authority_id, period, rule, ids`;
}

export async function runPlausibility(conn: Connector, catalogue: Catalogue): Promise<PlausibilityResult> {
	const t = await conn.query(plausibilitySql(catalogue));
	const findings: Finding[] = [];
	// Read columns directly: Arrow row proxies (toJSON) are several times slower for thousands of findings.
	const col = (name: string) => t.getChild(name);
	const [rules, authorities, periods, idLists, counts, previous, lims] = [
		'rule',
		'authority_id',
		'period',
		'ids',
		'nvals',
		'previous_period',
		'lim'
	].map(col);
	const valueColumns = t.schema.fields.filter((f) => /^v\d+$/.test(f.name)).map((f) => col(f.name));
	for (let i = 0; i < t.numRows; i++) {
		const rule = rules?.get(i) as FindingRule;
		const ids = (idLists?.get(i) as string).split(',');
		const values = Array.from({ length: Number(counts?.get(i)) }, (_, j) => {
			const v = valueColumns[j]?.get(i) as number | null | undefined;
			return v === null || v === undefined ? null : Number(v);
		});
		const previousPeriod = previous?.get(i) as number | null;
		const lim = lims?.get(i) as number | null;
		const f: Finding = {
			rule,
			severity: rule === 'part_exceeds_whole' ? 'error' : 'warning',
			authority_id: authorities?.get(i) as string,
			period: Number(periods?.get(i)),
			ids,
			values
		};
		if (previousPeriod !== null) f.previous_period = Number(previousPeriod);
		if (lim !== null) f.limit = Number(lim);
		findings.push(f);
	}
	return { findings, flagged: flaggedKpis(catalogue, findings) };
}

/** KPIs that read a value flagged by an error finding, per authority and period. */
export function flaggedKpis(catalogue: Catalogue, findings: readonly Finding[]): FlaggedKpi[] {
	const byKey = new Map<string, { authority_id: string; period: number; ids: Set<string> }>();
	for (const f of findings) {
		if (f.severity !== 'error') continue;
		const key = `${f.period}\u0000${f.authority_id}`;
		const entry = byKey.get(key) ?? {
			authority_id: f.authority_id,
			period: f.period,
			ids: new Set<string>()
		};
		f.ids.forEach((id) => entry.ids.add(id));
		byKey.set(key, entry);
	}
	const out: FlaggedKpi[] = [];
	const entries = [...byKey.values()].sort((a, b) =>
		a.authority_id < b.authority_id ? -1 : a.authority_id > b.authority_id ? 1 : a.period - b.period
	);
	for (const e of entries)
		for (const k of catalogue.kpis) {
			const hit = k.inputs.filter((id) => e.ids.has(id));
			if (hit.length)
				out.push({ authority_id: e.authority_id, period: e.period, kpi_id: k.id, flagged_inputs: hit });
		}
	return out;
}
