/**
 * Batched queries behind the KPI view (dashboard): everything one view state needs about one KPI
 * in three queries, never one per chart.
 *
 * - `values`: the KPI (and an optional second KPI for the scatter) for every member of the peer
 *   group in every period, plus every ring member in the selected period (the distribution across
 *   size classes is ring-wide), plus the own authority in every period even when it is not in the
 *   group. Each row carries the member's size class of that period and whether it is in the group.
 * - `quartiles`: per period over the group (trend band), and per size class over the ring in the
 *   selected period — n, min, q1, median, q3, max with `quantile_cont` (type 7, as `stats.ts`).
 * - `baseCounts`: the KPI's input base counts in the selected period: the own value and n, min,
 *   q1, median, q3, max over the group. Only aggregates for the peers, never one member's count:
 *   a pseudonymous member's population (a public census figure) would name it.
 *
 * Definition chosen here: the trend follows the members of the group in the selected period
 * through all periods (the same authorities over time), rather than recomputing a size class per
 * year, so a line does not jump because one member crossed a population threshold.
 *
 * The member list goes into each query as a CTE (`unnest` of a VARCHAR list joined by hash), so the
 * three queries are independent and may run in any order on the one connection.
 */
import { sqlString, type Connector } from './connector.ts';
import type { Table } from 'apache-arrow';

export interface KpiViewRequest {
	authorityId: string;
	period: number;
	/** Peer group members in `period` (PeerGroup.members). */
	members: readonly string[];
	kpiId: string;
	/** Second KPI of the scatter, or null. */
	otherKpiId: string | null;
	/** Input base counts of the KPI (catalogue `inputs`), in display order. */
	inputs: readonly string[];
}

export interface KpiValueRow {
	authority_id: string;
	period: number;
	kpi_id: string;
	value: number;
	size_class: string | null;
	in_group: boolean;
}

export interface QuartileRow {
	n: number;
	min: number | null;
	q1: number | null;
	median: number | null;
	q3: number | null;
	max: number | null;
}

export interface PeriodQuartiles extends QuartileRow {
	period: number;
}

export interface SizeClassQuartiles extends QuartileRow {
	/** null: members without population (no size class). */
	size_class: string | null;
}

export interface BaseCountRow extends QuartileRow {
	count_id: string;
	own: number | null;
}

export interface KpiViewData {
	values: KpiValueRow[];
	periods: PeriodQuartiles[];
	sizeClasses: SizeClassQuartiles[];
	baseCounts: BaseCountRow[];
}

function membersCte(members: readonly string[]): string {
	return `m AS (SELECT DISTINCT unnest(CAST([${members.map(sqlString).join(', ')}] AS VARCHAR[])) AS authority_id)`;
}

const QUARTILES = (v: string, filter = '') => {
	const f = filter ? ` FILTER (WHERE ${filter})` : '';
	return `CAST(count(${v})${f} AS INTEGER) AS n, min(${v})${f} AS min,
		quantile_cont(${v}, 0.25)${f} AS q1, quantile_cont(${v}, 0.5)${f} AS median,
		quantile_cont(${v}, 0.75)${f} AS q3, max(${v})${f} AS max`;
};

export function kpiValuesSql(r: KpiViewRequest): string {
	const kpis = [r.kpiId, ...(r.otherKpiId && r.otherKpiId !== r.kpiId ? [r.otherKpiId] : [])];
	return `WITH ${membersCte(r.members)}
SELECT v.authority_id, v.period, CAST(v.kpi_id AS VARCHAR) AS kpi_id, v.value, ap.size_class,
	m.authority_id IS NOT NULL AS in_group
FROM kpi_values v
JOIN authority_periods ap USING (authority_id, period)
LEFT JOIN m USING (authority_id)
WHERE v.kpi_id IN (${kpis.map(sqlString).join(', ')}) AND v.value IS NOT NULL
	AND (m.authority_id IS NOT NULL OR v.period = ${Math.trunc(r.period)} OR v.authority_id = ${sqlString(r.authorityId)})
ORDER BY v.kpi_id, v.period, v.authority_id`;
}

export function quartilesSql(r: KpiViewRequest): string {
	const k = sqlString(r.kpiId);
	return `WITH ${membersCte(r.members)}
SELECT 'period' AS dim, v.period, CAST(NULL AS VARCHAR) AS size_class, ${QUARTILES('v.value')}
FROM kpi_values v JOIN m USING (authority_id)
WHERE v.kpi_id = ${k} AND v.value IS NOT NULL
GROUP BY v.period
UNION ALL
SELECT 'size_class' AS dim, ${Math.trunc(r.period)} AS period, ap.size_class, ${QUARTILES('v.value')}
FROM kpi_values v JOIN authority_periods ap USING (authority_id, period)
WHERE v.kpi_id = ${k} AND v.period = ${Math.trunc(r.period)} AND v.value IS NOT NULL
GROUP BY ap.size_class
ORDER BY dim, period, size_class NULLS LAST`;
}

export function baseCountsSql(r: KpiViewRequest): string {
	if (!r.inputs.length) return '';
	const inGroup = 'm.authority_id IS NOT NULL';
	return `WITH ${membersCte(r.members)}
SELECT b.count_id, ${QUARTILES('b.value', inGroup)},
	max(b.value) FILTER (WHERE b.authority_id = ${sqlString(r.authorityId)}) AS own
FROM base_values b LEFT JOIN m USING (authority_id)
WHERE b.period = ${Math.trunc(r.period)} AND b.count_id IN (${r.inputs.map(sqlString).join(', ')})
	AND (${inGroup} OR b.authority_id = ${sqlString(r.authorityId)})
GROUP BY b.count_id`;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

function quartiles(t: Table, i: number): QuartileRow {
	const get = (name: string) => t.getChild(name)?.get(i) as unknown;
	return {
		n: Number(get('n') ?? 0),
		min: num(get('min')),
		q1: num(get('q1')),
		median: num(get('median')),
		q3: num(get('q3')),
		max: num(get('max'))
	};
}

/** The three queries of one KPI view state, run concurrently. */
export async function kpiViewData(conn: Connector, r: KpiViewRequest): Promise<KpiViewData> {
	const baseSql = baseCountsSql(r);
	const [valuesT, quartT, baseT] = await Promise.all([
		conn.query(kpiValuesSql(r)),
		conn.query(quartilesSql(r)),
		baseSql ? conn.query(baseSql) : Promise.resolve(null)
	]);

	const values: KpiValueRow[] = [];
	const cols = ['authority_id', 'period', 'kpi_id', 'value', 'size_class', 'in_group'].map((c) =>
		valuesT.getChild(c)
	);
	const [ids, periods, kpis, vals, classes, groups] = cols;
	for (let i = 0; i < valuesT.numRows; i++)
		values.push({
			authority_id: ids?.get(i) as string,
			period: Number(periods?.get(i)),
			kpi_id: kpis?.get(i) as string,
			value: Number(vals?.get(i)),
			size_class: (classes?.get(i) as string | null) ?? null,
			in_group: Boolean(groups?.get(i))
		});

	const periodRows: PeriodQuartiles[] = [];
	const sizeRows: SizeClassQuartiles[] = [];
	for (let i = 0; i < quartT.numRows; i++) {
		const q = quartiles(quartT, i);
		if (quartT.getChild('dim')?.get(i) === 'period')
			periodRows.push({ period: Number(quartT.getChild('period')?.get(i)), ...q });
		else
			sizeRows.push({ size_class: (quartT.getChild('size_class')?.get(i) as string | null) ?? null, ...q });
	}

	const byCount = new Map<string, BaseCountRow>();
	if (baseT)
		for (let i = 0; i < baseT.numRows; i++) {
			const id = baseT.getChild('count_id')?.get(i) as string;
			byCount.set(id, { count_id: id, own: num(baseT.getChild('own')?.get(i)), ...quartiles(baseT, i) });
		}
	const baseCounts = r.inputs.map(
		(id) =>
			byCount.get(id) ?? {
				count_id: id,
				own: null,
				n: 0,
				min: null,
				q1: null,
				median: null,
				q3: null,
				max: null
			}
	);
	return { values, periods: periodRows, sizeClasses: sizeRows, baseCounts };
}
