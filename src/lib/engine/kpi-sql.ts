/**
 * SQL compiled from the catalogue: every KPI for every authority and period in one statement.
 *
 * Why one statement: over `base_wide` (one row per authority and period, one column per base
 * count, built by ring-tables.ts) every KPI becomes one struct column, and `unnest` turns them back into long form — one scan,
 * no per-KPI round trips. The result is `kpi_values`, stored as a table when first asked (see
 * `storeKpiValuesSql`).
 *
 * Null rules (catalogue.md), compiled from the AST rather than left to DuckDB's arithmetic: a
 * division is `l / NULLIF(r, 0)` (DuckDB returns Infinity for x / 0.0 on doubles), the reason is
 * `missing_input` when any input base count is NULL (it takes precedence) and `zero_denominator`
 * when any divisor — nested ones and those inside derived terms — equals 0. A delivered 0 is a
 * value like any other. Operators keep the written order; literals are DOUBLE.
 */
import { sqlIdent, sqlString } from './connector.ts';
import type { Expr } from '../catalogue/formula.ts';
import type { Catalogue } from '../catalogue/schema.ts';

/** SQL for an expression over the columns of `base_wide` (column names are base-count ids). */
export function exprSql(expr: Expr): string {
	switch (expr.type) {
		case 'number':
			return `CAST(${sqlString(String(expr.value))} AS DOUBLE)`;
		case 'ref':
			return sqlIdent(expr.id);
		case 'neg':
			return `(-${exprSql(expr.arg)})`;
		case 'binary': {
			const l = exprSql(expr.left);
			const r = exprSql(expr.right);
			return expr.op === '/' ? `(${l} / NULLIF(${r}, 0))` : `(${l} ${expr.op} ${r})`;
		}
	}
}

/**
 * KPI ids and reasons are stored as ENUMs: DuckDB hands them over as Arrow dictionaries, which
 * halves the cost of reading the whole KPI table (values still read as plain strings).
 */
export function kpiIdType(catalogue: Catalogue): string {
	return `ENUM(${catalogue.kpis.map((k) => sqlString(k.id)).join(', ')})`;
}
export const REASON_TYPE = "ENUM('missing_input', 'zero_denominator')";

/** One KPI's value over a row of `base_wide`, as `kpi_values` holds it (also read by period-snapshot.ts). */
export function kpiValueSql(kpi: Pick<Catalogue['kpis'][number], 'resolved'>): string {
	return `CAST(${exprSql(kpi.resolved)} AS DOUBLE)`;
}

/** Why a KPI is null over a row of `base_wide`: `missing_input` first, then `zero_denominator`, else NULL. */
function kpiReasonSql(kpi: Pick<Catalogue['kpis'][number], 'inputs' | 'denominators'>): string {
	return reasonCase(kpi, "'missing_input'", "'zero_denominator'");
}

/**
 * The same reason as a code (period-snapshot.ts): 1 `missing_input`, 2 `zero_denominator`, NULL for
 * none — one definition with `kpiReasonSql`, so the snapshot needs no `kpi_values`.
 */
export function kpiReasonCodeSql(kpi: Pick<Catalogue['kpis'][number], 'inputs' | 'denominators'>): string {
	return `CAST(${reasonCase(kpi, '1', '2')} AS UTINYINT)`;
}

function reasonCase(
	kpi: Pick<Catalogue['kpis'][number], 'inputs' | 'denominators'>,
	missing: string,
	zero: string
): string {
	const missingTest = kpi.inputs.map((id) => `${sqlIdent(id)} IS NULL`).join(' OR ') || 'false';
	const zeroTest = kpi.denominators.map((d) => `${exprSql(d)} = 0`).join(' OR ') || 'false';
	return `CASE WHEN ${missingTest} THEN ${missing} WHEN ${zeroTest} THEN ${zero} END`;
}

/** The struct of one KPI for one row of `base_wide`: {kpi_id, kpi_ord, value, reason, missing}. */
function kpiStructSql(kpi: Catalogue['kpis'][number], ord: number): string {
	const missingList = kpi.inputs.length
		? `NULLIF(concat_ws(',', ${kpi.inputs
				.map((id) => `CASE WHEN ${sqlIdent(id)} IS NULL THEN ${sqlString(id)} END`)
				.join(', ')}), '')`
		: 'CAST(NULL AS VARCHAR)';
	return `{
		'kpi_id': ${sqlString(kpi.id)},
		'kpi_ord': ${ord},
		'value': ${kpiValueSql(kpi)},
		'reason': ${kpiReasonSql(kpi)},
		'missing': ${missingList}
	}`;
}

/**
 * `kpi_values(authority_id, period, kpi_id, kpi_ord, value, reason, missing)`: one row per
 * (authority, period) in `base_wide` × KPI, ordered by authority_id, period, catalogue order.
 * `reason` is NULL, 'missing_input' or 'zero_denominator'; `missing` lists the missing input ids comma-separated
 * (NULL when none; a string rather than a list: a third cheaper to hand over as Arrow).
 * No ORDER BY: `base_wide` is stored in that order and `unnest` keeps the list order; DuckDB keeps
 * insertion order for queries without ORDER BY (`preserve_insertion_order`, on by default).
 *
 * Stored as a table, with the view `kpi_values` over it, when first asked (the engine's `kpis` and
 * `findings`), not at the load: building it took half a second to more than a second of DuckDB's
 * time at 550 × 10, and even creating the view (DuckDB binds its whole statement) cost 50–100 ms on
 * the way to the first chart, which reads the ring's KPIs as columns (period-snapshot.ts) and never
 * this table. A load drops the previous ring's (`DROP_KPI_VALUES_SQL`), so nothing reads stale rows.
 */
export function storeKpiValuesSql(catalogue: Catalogue): string {
	return `CREATE OR REPLACE TABLE kpi_values_stored AS
${kpiValuesSelect(catalogue)};
CREATE OR REPLACE VIEW kpi_values AS SELECT * FROM kpi_values_stored`;
}

/** Run by every load: the previous ring's `kpi_values` is gone until it is stored anew. */
export const DROP_KPI_VALUES_SQL = 'DROP VIEW IF EXISTS kpi_values; DROP TABLE IF EXISTS kpi_values_stored';

function kpiValuesSelect(catalogue: Catalogue): string {
	const structs = catalogue.kpis.map(kpiStructSql).join(',\n\t');
	return `SELECT authority_id, period, CAST(k.kpi_id AS ${kpiIdType(catalogue)}) AS kpi_id, CAST(k.kpi_ord AS INTEGER) AS kpi_ord,
	k.value, CAST(k.reason AS ${REASON_TYPE}) AS reason, k.missing
FROM (
	SELECT authority_id, period, unnest([
	${structs}
	]) AS k
	FROM base_wide
)`;
}

/** The KPI long table as the CLI and the dashboard read it (stored in output order, see above). */
export const KPI_SELECT_SQL = `SELECT authority_id, period, kpi_id, value, reason, missing
FROM kpi_values`;
