/**
 * Everything peer groups and group statistics need about one period, read from the materialised
 * tables in ONE round trip (two queries sent together) and then held in memory.
 *
 * Why: a peer group and its statistics are small computations over at most a few thousand values
 * (one value per member and KPI), but each SQL round trip to DuckDB-WASM's worker costs 10–50 ms
 * in the browser. The dashboard answers every switch of authority or peer group from this snapshot
 * in well under a millisecond; only a period seen for the first time costs a round trip. The heavy
 * work — every KPI of every authority and period from the base counts — stays in SQL (kpi-sql.ts),
 * computed once per ring load.
 *
 * Contents, for period P:
 * - `members`: ring members with any base value in P (authority_periods), by authority_id, with
 *   kind, state, population and the size class of P;
 * - `values` / `reasons`: every KPI value and null reason in P, also of authorities that are not
 *   listed in authorities.csv (their numbers stay visible, they just belong to no group);
 * - `previous`: per authority its latest earlier period with any base value and the KPI values
 *   there (the direction of travel);
 * - `extras`: further numbers per authority computed from P's base counts, named by the caller
 *   (proportions.ts: numerator and denominator of proportion KPIs, respondents of surveys).
 */
import { sqlIdent, sqlString, type Connector } from './connector.ts';

export interface MemberAttributes {
	authority_id: string;
	kind: string;
	state: string;
	population: number | null;
	size_class: string | null;
}

export interface PeriodSnapshot {
	period: number;
	/** Ring members with data in the period, ordered by authority_id. */
	members: MemberAttributes[];
	memberById: Map<string, MemberAttributes>;
	/** kpi_id → authority_id → value (non-null values only). */
	values: Map<string, Map<string, number>>;
	/** kpi_id → authority_id → reason why the value is null. */
	reasons: Map<string, Map<string, string>>;
	/** authority_id → its latest earlier period with data and the KPI values there (kpi_id → value). */
	previous: Map<string, { period: number; values: Map<string, number> }>;
	/** Extra column name → authority_id → value (non-null values only). */
	extras: Map<string, Map<string, number>>;
}

/** A number per authority computed from the period's base counts (`sql` over `base_wide`). */
export interface ExtraColumn {
	name: string;
	sql: string;
}

const num = (v: unknown): number | null =>
	v === null || v === undefined ? null : typeof v === 'bigint' ? Number(v) : (v as number);

/**
 * SQL of the snapshot: one row per authority with anything up to P, one DOUBLE column per KPI for
 * P (`c<i>`) and for the authority's previous period (`p<i>`), plus its attributes in P. Wide
 * columns are read as typed arrays: far cheaper than decoding a kpi_id string per value.
 */
export function periodSnapshotSql(
	period: number,
	kpiIds: readonly string[],
	extras: readonly ExtraColumn[] = []
): string {
	const p = Math.trunc(period);
	// PIVOT with an explicit IN list: one column per KPI in catalogue order, present or not.
	const pivot = (prefix: string, rows: string) =>
		`(PIVOT (SELECT authority_id, ${sqlString(prefix)} || kpi_id AS k, value FROM (${rows}))
		ON k IN (${kpiIds.map((k) => sqlString(prefix + k)).join(', ')}) USING max(value) GROUP BY authority_id)`;
	return `WITH prev AS (
	SELECT authority_id, max(period) AS prev_period FROM base_wide WHERE period < ${p} GROUP BY authority_id
),
cur AS ${pivot('c', `SELECT authority_id, kpi_id, value FROM kpi_values WHERE period = ${p}`)},
pv AS ${pivot('p', 'SELECT v.authority_id, v.kpi_id, v.value FROM kpi_values v JOIN prev ON v.authority_id = prev.authority_id AND v.period = prev.prev_period')},
${extras.length ? `ex AS (SELECT authority_id, ${extras.map((e) => `CAST(${e.sql} AS DOUBLE) AS ${sqlIdent('e' + e.name)}`).join(', ')} FROM base_wide WHERE period = ${p}),` : ''}
ids AS (SELECT authority_id FROM cur UNION SELECT authority_id FROM prev)
SELECT ids.authority_id, ap.authority_id IS NOT NULL AS member, ap.kind, ap.state, ap.population, ap.size_class,
	CAST(prev.prev_period AS INTEGER) AS prev_period, cur.* EXCLUDE (authority_id), pv.* EXCLUDE (authority_id)${extras.length ? ', ex.* EXCLUDE (authority_id)' : ''}
FROM ids
LEFT JOIN authority_periods ap ON ap.authority_id = ids.authority_id AND ap.period = ${p}
LEFT JOIN prev ON prev.authority_id = ids.authority_id
LEFT JOIN cur ON cur.authority_id = ids.authority_id
LEFT JOIN pv ON pv.authority_id = ids.authority_id${extras.length ? '\nLEFT JOIN ex ON ex.authority_id = ids.authority_id' : ''}
ORDER BY ids.authority_id`;
}

export async function readPeriodSnapshot(
	conn: Connector,
	period: number,
	kpiIds: readonly string[],
	extraColumns: readonly ExtraColumn[] = []
): Promise<PeriodSnapshot> {
	const p = Math.trunc(period);
	const [wide, nulls] = await Promise.all([
		conn.query(periodSnapshotSql(p, kpiIds, extraColumns)),
		conn.query(`SELECT authority_id, kpi_id, reason FROM kpi_values WHERE period = ${p} AND value IS NULL`)
	]);
	const col = (name: string) => wide.getChild(name);
	const ids = col('authority_id');
	const [member, kind, state, population, sizeClass, prevPeriod] = [
		'member',
		'kind',
		'state',
		'population',
		'size_class',
		'prev_period'
	].map(col);
	const ordered: string[] = [];
	const members: MemberAttributes[] = [];
	for (let i = 0; i < wide.numRows; i++) {
		const id = ids?.get(i) as string;
		ordered.push(id);
		if (member?.get(i))
			members.push({
				authority_id: id,
				kind: kind?.get(i) as string,
				state: state?.get(i) as string,
				population: num(population?.get(i)),
				size_class: (sizeClass?.get(i) as string | null) ?? null
			});
	}
	const values = new Map<string, Map<string, number>>();
	const previous = new Map<string, { period: number; values: Map<string, number> }>();
	for (let r = 0; r < wide.numRows; r++) {
		const pp = num(prevPeriod?.get(r));
		if (pp !== null) previous.set(ordered[r]!, { period: pp, values: new Map() });
	}
	for (const k of kpiIds) {
		const current = new Map<string, number>();
		values.set(k, current);
		for (const [prefix, into] of [
			['c', (id: string, v: number) => current.set(id, v)],
			['p', (id: string, v: number) => previous.get(id)?.values.set(k, v)]
		] as const) {
			const vector = col(prefix + k);
			if (!vector) continue;
			const data = vector.toArray() as Float64Array;
			for (let r = 0; r < data.length; r++) if (vector.isValid(r)) into(ordered[r]!, data[r]!);
		}
	}
	const extras = new Map<string, Map<string, number>>();
	for (const e of extraColumns) {
		const byAuthority = new Map<string, number>();
		extras.set(e.name, byAuthority);
		const vector = col('e' + e.name);
		if (!vector) continue;
		const data = vector.toArray() as Float64Array;
		for (let r = 0; r < data.length; r++) if (vector.isValid(r)) byAuthority.set(ordered[r]!, data[r]!);
	}
	const reasons = new Map<string, Map<string, string>>();
	const [na, nk, nr] = ['authority_id', 'kpi_id', 'reason'].map((c) => nulls.getChild(c));
	for (let i = 0; i < nulls.numRows; i++) {
		const k = nk?.get(i) as string;
		let m = reasons.get(k);
		if (!m) reasons.set(k, (m = new Map()));
		m.set(na?.get(i) as string, String(nr?.get(i) ?? ''));
	}
	return {
		period: p,
		members,
		memberById: new Map(members.map((m) => [m.authority_id, m])),
		values,
		reasons,
		previous,
		extras
	};
}
