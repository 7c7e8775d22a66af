/**
 * Statistics of every KPI over one peer group in one query (the overview shows all KPIs at once).
 *
 * Per KPI, over the members with a non-null value (A included): n, min, q1, median, q3, max, mean
 * (quartiles: `quantile_cont`, type 7). Then A's own value, its rank (1 = best by polarity, ties
 * share the best rank: 1 + number of members strictly better; no rank for polarity none or when A
 * is not in the group), the quartile position (good / middle / attention) and the direction of
 * travel against A's previous period.
 *
 * Definitions chosen here (catalogue.md leaves them open):
 * - previous period = A's latest earlier period with any base value (same as the plausibility
 *   change check), so a ring with a gap year still compares with the last delivery;
 * - position: polarity up → `good` when own > q3, `attention` when own < q1, else `middle`
 *   (down mirrored: good when own < q1); values on a quartile count as middle, so an all-equal
 *   group is all middle; `none` for polarity none; null when A has no value or is not a member;
 * - direction: `better` / `worse` / `same` by polarity for two non-null values, `none` for polarity
 *   none, null when either value is missing.
 */
import { sqlString, type Connector } from './connector.ts';
import type { Table } from 'apache-arrow';

export const STATS_COLUMNS = [
	'kpi_id',
	'field',
	'unit',
	'polarity',
	'n',
	'min',
	'q1',
	'median',
	'q3',
	'max',
	'mean',
	'own_value',
	'own_reason',
	'rank',
	'position',
	'prev_period',
	'prev_value',
	'direction'
] as const;

/**
 * SQL of the statistics of every KPI (catalogue order) for `members` in `period` from A's view.
 * The members go into a small temp table first: a hash join with it is several times faster than
 * `authority_id IN (<hundreds of literals>)` over the whole KPI table.
 */
export function statsSql(authorityId: string, period: number, members: readonly string[]): string {
	const a = sqlString(authorityId);
	const memberList = members.map(sqlString).join(', ');
	const inGroup = members.includes(authorityId);
	return `
CREATE OR REPLACE TEMP TABLE peer_members AS SELECT CAST(unnest([${memberList}]) AS VARCHAR) AS authority_id;
WITH g AS (
	SELECT kpi_id, value FROM kpi_values JOIN peer_members USING (authority_id)
	WHERE period = ${period} AND value IS NOT NULL
),
own AS (
	SELECT kpi_id, value AS own_value, reason AS own_reason FROM kpi_values
	WHERE period = ${period} AND authority_id = ${a}
),
prev_p AS (
	SELECT max(period) AS prev_period FROM base_wide WHERE authority_id = ${a} AND period < ${period}
),
prev AS (
	SELECT kpi_id, value AS prev_value, prev_period
	FROM kpi_values JOIN prev_p ON kpi_values.period = prev_p.prev_period
	WHERE authority_id = ${a}
),
agg AS (
	SELECT g.kpi_id, count(*) AS n, min(g.value) AS min, quantile_cont(g.value, 0.25) AS q1,
		quantile_cont(g.value, 0.5) AS median, quantile_cont(g.value, 0.75) AS q3,
		max(g.value) AS max, avg(g.value) AS mean,
		count(*) FILTER (WHERE g.value > own.own_value) AS higher,
		count(*) FILTER (WHERE g.value < own.own_value) AS lower
	FROM g LEFT JOIN own USING (kpi_id)
	GROUP BY g.kpi_id
)
SELECT c.kpi_id, c.field, c.unit, c.polarity,
	CAST(coalesce(agg.n, 0) AS INTEGER) AS n, agg.min, agg.q1, agg.median, agg.q3, agg.max, agg.mean,
	own.own_value, own.own_reason,
	CASE WHEN ${inGroup} AND own.own_value IS NOT NULL THEN CAST(CASE c.polarity
		WHEN 'up' THEN 1 + agg.higher WHEN 'down' THEN 1 + agg.lower END AS INTEGER) END AS rank,
	CASE WHEN ${inGroup} AND own.own_value IS NOT NULL THEN CASE c.polarity
		WHEN 'none' THEN 'none'
		WHEN 'up' THEN CASE WHEN own.own_value > agg.q3 THEN 'good' WHEN own.own_value < agg.q1 THEN 'attention' ELSE 'middle' END
		WHEN 'down' THEN CASE WHEN own.own_value < agg.q1 THEN 'good' WHEN own.own_value > agg.q3 THEN 'attention' ELSE 'middle' END
	END END AS position,
	prev_p.prev_period, prev.prev_value,
	CASE WHEN own.own_value IS NULL OR prev.prev_value IS NULL THEN NULL
		WHEN c.polarity = 'none' THEN 'none'
		WHEN own.own_value = prev.prev_value THEN 'same'
		WHEN (own.own_value > prev.prev_value) = (c.polarity = 'up') THEN 'better'
		ELSE 'worse' END AS direction
FROM kpi_catalogue c
LEFT JOIN agg USING (kpi_id)
LEFT JOIN own USING (kpi_id)
LEFT JOIN prev USING (kpi_id)
CROSS JOIN prev_p
ORDER BY c.kpi_ord`;
}

export async function groupStats(
	conn: Connector,
	authorityId: string,
	period: number,
	members: readonly string[]
): Promise<Table> {
	return conn.query(statsSql(authorityId, period, members));
}
