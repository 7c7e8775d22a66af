/**
 * Everything peer groups and group statistics need about one period, held in memory as typed arrays
 * and cut without a query from the ring's KPIs, which are made once per ring load.
 *
 * Why: a peer group and its statistics are small computations over at most a few thousand values
 * (one value per member and KPI), but each SQL round trip to DuckDB-WASM's worker costs 10–50 ms in
 * the browser. So the load makes every KPI of every authority and period once (`RingKpis`: one row
 * per authority and period, a column per KPI — 5,500 rows at 550 × 10; ring-kpis.ts evaluates them
 * over the load's columns, and `checkRingKpis` compares DuckDB's evaluation of the same with them),
 * and a period's snapshot is one pass over those rows in JavaScript (`periodSnapshot`): a period
 * not seen before costs no query, and a switch of authority or group is answered in well under a
 * millisecond. Values stay in those columns — a `Float64Array` per KPI over
 * every authority and period, not a map per KPI of a map per authority — and a snapshot only says
 * which row holds each authority's period and previous period.
 *
 * Contents, for period P:
 * - `members`: ring members with any base value in P (authority_periods), by authority_id, with
 *   kind, state, population and the size class of P;
 * - `ids`/`row`: every authority with a base value in P or earlier (also those not listed in
 *   authorities.csv: their numbers stay visible, they just belong to no group), in id order;
 * - per KPI its value (`valueOf`) or why it is null (`reasonOf`) in P, per row;
 * - per row its latest earlier period with any base value and the KPI values there (`previousOf`:
 *   the direction of travel);
 * - `extras`: further numbers per authority computed from P's base counts, named by the caller
 *   (proportions.ts: numerator and denominator of proportion KPIs, respondents of surveys).
 */
import type { Catalogue } from '../catalogue/schema.ts';
import { sqlIdent } from './connector.ts';
import type { Expr } from '../catalogue/formula.ts';
import { exprSql, kpiReasonCodeSql, kpiValueSql } from './kpi-sql.ts';

export interface MemberAttributes {
	authority_id: string;
	kind: string;
	state: string;
	population: number | null;
	size_class: string | null;
}

/** A member's attributes in one period: a row of `authority_periods` without its key. */
export type MemberPeriod = Omit<MemberAttributes, 'authority_id'>;

/** The key of an authority's row in a period (`MemberPeriods.byKey`, peers.ts). */
export const memberKey = (authorityId: string, period: number): string => `${authorityId}\u0000${period}`;

/** Why a KPI value is null (`reason` in `kpi_values`); index + 1 is its code in `RingKpis`. */
const REASONS = ['missing_input', 'zero_denominator'] as const;

export interface PeriodSnapshot {
	period: number;
	/** Ring members with data in the period, ordered by authority_id. */
	members: MemberAttributes[];
	memberById: Map<string, MemberAttributes>;
	/** Authorities with a base value in the period or before, ordered by authority_id. */
	ids: string[];
	/** authority_id → its index in `ids`, `at` and `before`. */
	row: Map<string, number>;
	/** Per authority: its row in `all` in the period, and in its latest earlier period (-1: none). */
	at: Int32Array;
	before: Int32Array;
	/** The ring's KPIs the snapshot was cut from (shared by every period's snapshot). */
	all: RingKpis;
}

/** A number per authority computed from the period's base counts (`expr` over a row of `base_wide`). */
export interface ExtraColumn {
	name: string;
	expr: Expr;
}

type KpiDef = Pick<Catalogue['kpis'][number], 'id' | 'resolved' | 'inputs' | 'denominators'>;

/**
 * SQL of every KPI's value of every authority and period, one row per row of `base_wide` in its
 * order (authority_id, period; kept without ORDER BY, kpi-sql.ts): `v<i>` per KPI, `r<i>` why it is
 * null (kpi-sql.ts `kpiReasonCodeSql`, the reason `kpi_values` holds, as its code), the extras
 * (`e<name>`), no member attributes (the check compares the numbers). Why the reasons are here and not read from
 * `kpi_values`: that table would then have to be built on the way to the first chart (kpi-sql.ts).
 */
export function ringKpisSql(kpis: readonly KpiDef[], extras: readonly ExtraColumn[] = []): string {
	const columns = [
		...kpis.map((k, i) => `${kpiValueSql(k)} AS v${i}`),
		...kpis.map((k, i) => `${kpiReasonCodeSql(k)} AS r${i}`),
		...extras.map((e) => `CAST(${exprSql(e.expr)} AS DOUBLE) AS ${sqlIdent('e' + e.name)}`)
	];
	return `SELECT authority_id, CAST(period AS INTEGER) AS period, ${columns.join(', ')} FROM base_wide`;
}

/** Every KPI of every authority and period as columns, a row per authority and period with a base value. */
export interface KpiColumns {
	authority: string[];
	period: Float64Array;
	/** Per KPI (kpi_id → column): value, whether there is one, and why not. */
	kpis: Map<string, { value: Float64Array; has: Uint8Array; reason: Uint8Array }>;
	extras: Map<string, Float64Array>;
}

/**
 * The ring's KPIs with each row's member attributes (by authority_id and period): made once per ring
 * load (ring-kpis.ts), every period's snapshot is cut from it (`periodSnapshot`) without a query.
 */
export interface RingKpis extends KpiColumns {
	/** Member attributes of the row's period (authority_periods); null for an unlisted authority. */
	attributes: (MemberPeriod | null)[];
}

/**
 * The snapshot of `period` cut from the ring's KPIs: one pass over the rows, no query and no copy of
 * a value — the snapshot points at the rows.
 */
export function periodSnapshot(all: RingKpis, period: number): PeriodSnapshot {
	const p = Math.trunc(period);
	// Rows come by authority and period: per authority its row in P and its latest row before.
	const ids: string[] = [];
	const at: number[] = [];
	const before: number[] = [];
	const n = all.authority.length;
	for (let i = 0; i < n;) {
		const id = all.authority[i]!;
		let c = -1;
		let b = -1;
		for (; i < n && all.authority[i] === id; i++) {
			const q = all.period[i]!;
			if (q === p) c = i;
			else if (q < p) b = i;
		}
		if (c < 0 && b < 0) continue;
		ids.push(id);
		at.push(c);
		before.push(b);
	}
	const members: MemberAttributes[] = [];
	const row = new Map<string, number>();
	for (let r = 0; r < ids.length; r++) {
		row.set(ids[r]!, r);
		const a = at[r]! >= 0 ? all.attributes[at[r]!] : null;
		if (a) members.push({ authority_id: ids[r]!, ...a });
	}
	return {
		period: p,
		members,
		memberById: new Map(members.map((x) => [x.authority_id, x])),
		ids,
		row,
		at: Int32Array.from(at),
		before: Int32Array.from(before),
		all
	};
}

/** The KPI's value for the authority in the period, or null. */
export function valueOf(s: PeriodSnapshot, kpiId: string, authorityId: string): number | null {
	const r = s.row.get(authorityId);
	const i = r === undefined ? -1 : s.at[r]!;
	const k = s.all.kpis.get(kpiId);
	return i < 0 || !k?.has[i] ? null : k.value[i]!;
}

/** Why the KPI is null for the authority in the period (null: it has a value, or no row there). */
export function reasonOf(s: PeriodSnapshot, kpiId: string, authorityId: string): string | null {
	const r = s.row.get(authorityId);
	const i = r === undefined ? -1 : s.at[r]!;
	const k = s.all.kpis.get(kpiId);
	if (i < 0 || !k || k.has[i]) return null;
	return REASONS[k.reason[i]! - 1] ?? '';
}

/** The authority's previous period with data and its KPI values there, or null. */
export function previousOf(
	s: PeriodSnapshot,
	authorityId: string
): { period: number; value: (kpiId: string) => number | null } | null {
	const r = s.row.get(authorityId);
	const i = r === undefined ? -1 : s.before[r]!;
	if (i < 0) return null;
	return {
		period: s.all.period[i]!,
		value: (kpiId) => {
			const k = s.all.kpis.get(kpiId);
			return k?.has[i] ? k.value[i]! : null;
		}
	};
}

/** An extra number of the authority in the period, or null. */
export function extraOf(s: PeriodSnapshot, name: string, authorityId: string): number | null {
	const r = s.row.get(authorityId);
	const i = r === undefined ? -1 : s.at[r]!;
	const v = i < 0 ? undefined : s.all.extras.get(name)?.[i];
	return v === undefined || Number.isNaN(v) ? null : v;
}

const valueMaps = new WeakMap<PeriodSnapshot, Map<string, Map<string, number>>>();

/**
 * kpi_id → authority_id → value (non-null values only), made once per snapshot: for the overview's
 * strips and the first view's file, which take whole groups' values by id.
 */
export function snapshotValues(s: PeriodSnapshot): Map<string, Map<string, number>> {
	let out = valueMaps.get(s);
	if (out) return out;
	out = new Map();
	for (const [kpiId, k] of s.all.kpis) {
		const byAuthority = new Map<string, number>();
		for (let r = 0; r < s.ids.length; r++) {
			const i = s.at[r]!;
			if (i >= 0 && k.has[i]) byAuthority.set(s.ids[r]!, k.value[i]!);
		}
		out.set(kpiId, byAuthority);
	}
	valueMaps.set(s, out);
	return out;
}
