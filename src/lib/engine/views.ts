/**
 * Data behind the KPI view (dashboard), cut from what the engine holds — no query:
 *
 * - `seriesFrom` (the engine's `series(kpiIds)`): every ring member's value of the KPI(s) in every
 *   period, with its size class of that period — independent of own authority, period and peer
 *   group, so it is cut once per KPI and every later view state of that KPI costs nothing more;
 * - `periodBaseCounts(rows, period, inputs)`: the KPI's input base counts of every member in one
 *   period, from the load's rows;
 * - `kpiViewFrom(…)`: the view of one state — the group's values over all periods (trend, ranking,
 *   scatter), type-7 quartiles per period over the group and per size class over the ring (as
 *   DuckDB `quantile_cont`, see stats.ts), and the base counts: the own value and for the group
 *   only n, min, quartiles, max — never one member's count (a pseudonymous member's population,
 *   a public census figure, would name it).
 *
 * Erroneous values (catalogue.md; erroneous.ts) are marked on every value row and left out of the
 * quartiles of every period and size class. For a proportion or survey KPI the view carries the
 * counts behind each value of the period (x, n, respondents: evaluated from the base counts it
 * already has, proportions.ts) — the ranking's whiskers and the funnel plot.
 *
 * Definition chosen here: the trend follows the members of the group in the selected period
 * through all periods (the same authorities over time), rather than recomputing a size class per
 * year, so a line does not jump because one member crossed a population threshold.
 */
import type { KpiDef } from '../catalogue/schema.ts';
import { kpiErrors, type ErrorIndex } from './erroneous.ts';
import { countsFromBase, type KpiCounts } from './proportions.ts';
import type { Engine } from './engine.ts';
import type { RingKpis } from './period-snapshot.ts';
import type { WideRows } from './ring-tables.ts';
import { quantile7 } from './stats.ts';

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
	/** The value reads a base count of an error finding: marked, left out of every statistic. */
	erroneous: boolean;
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

export interface CountsRow extends KpiCounts {
	authority_id: string;
}

export interface KpiViewData {
	values: KpiValueRow[];
	periods: PeriodQuartiles[];
	sizeClasses: SizeClassQuartiles[];
	baseCounts: BaseCountRow[];
	/** Proportion and survey KPIs: the counts of the group's members (and A) in the period. */
	counts: CountsRow[];
}

/** What the view needs beyond the rows: the error index and the KPIs' definitions. */
export interface KpiViewContext {
	errors: ErrorIndex;
	kpi: (id: string) => Pick<KpiDef, 'inputs' | 'resolved' | 'proportion' | 'sample'> | undefined;
}

export interface SeriesRow {
	authority_id: string;
	period: number;
	kpi_id: string;
	value: number;
	size_class: string | null;
}

export interface BaseValueRow {
	authority_id: string;
	count_id: string;
	value: number;
}

/**
 * Ring members' non-null values of the KPIs in every period (members only: authority_periods), by
 * authority, period and catalogue order, with the member's size class of that period — cut from the
 * ring's KPIs the engine read once (period-snapshot.ts): no query, no string decoded per row. (The
 * same rows in the same order as the SQL over `kpi_values` in tests/fixtures/sql-oracle/series-sql.ts.)
 */
export function seriesFrom(
	all: RingKpis,
	kpiOrder: readonly string[],
	kpiIds: readonly string[]
): SeriesRow[] {
	const wanted = kpiOrder.filter((id) => kpiIds.includes(id));
	const columns = wanted.map((id) => all.kpis.get(id));
	const rows: SeriesRow[] = [];
	for (let i = 0; i < all.authority.length; i++) {
		const member = all.attributes[i];
		if (!member) continue;
		for (let k = 0; k < wanted.length; k++) {
			const c = columns[k];
			if (c?.has[i])
				rows.push({
					authority_id: all.authority[i]!,
					period: all.period[i]!,
					kpi_id: wanted[k]!,
					value: c.value[i]!,
					size_class: member.size_class
				});
		}
	}
	return rows;
}

/**
 * Every member's values of `inputs` in `period`: the rows of `base_values` (ring-tables.ts) in its
 * order — per row of `base_wide` its cells in column order, then the counts outside the catalogue
 * (`base_extra`). Cut from the rows the load made (ring-tables.ts `WideRows`), not read back: the
 * query was 70–100 ms of DuckDB's first run on the way to a real ring's first KPI view, and a round
 * trip to the worker on every change of period.
 */
export function periodBaseCounts(rows: WideRows, period: number, inputs: readonly string[]): BaseValueRow[] {
	const p = Math.trunc(period);
	const wanted = new Set(inputs);
	const cells = [...rows.columns].filter(([id]) => wanted.has(id));
	const out: BaseValueRow[] = [];
	if (cells.length)
		rows.rowPeriod.forEach((rowPeriod, r) => {
			if (rowPeriod !== p) return;
			for (const [id, c] of cells)
				if (c.set[r]) out.push({ authority_id: rows.rowAuthority[r]!, count_id: id, value: c.values[r]! });
		});
	const x = rows.extra;
	for (let i = 0; i < x.value.length; i++)
		if (x.period[i] === p && wanted.has(x.count[i]!))
			out.push({ authority_id: x.authority[i]!, count_id: x.count[i]!, value: x.value[i]! });
	return out;
}

/** Type-7 quantile of ascending values (linear interpolation, as DuckDB `quantile_cont`). */
export function quartilesOf(values: readonly number[]): QuartileRow {
	const s = [...values].sort((a, b) => a - b);
	return {
		n: s.length,
		min: s[0] ?? null,
		q1: quantile7(s, 0.25),
		median: quantile7(s, 0.5),
		q3: quantile7(s, 0.75),
		max: s.at(-1) ?? null
	};
}

function grouped<T, K>(rows: readonly T[], key: (r: T) => K, value: (r: T) => number): Map<K, number[]> {
	const out = new Map<K, number[]>();
	for (const r of rows) {
		const k = key(r);
		let list = out.get(k);
		if (!list) out.set(k, (list = []));
		list.push(value(r));
	}
	return out;
}

/** The KPI view of one state from the cached series and base counts (pure, no query). */
export function kpiViewFrom(
	r: KpiViewRequest,
	series: readonly SeriesRow[],
	baseValues: readonly BaseValueRow[],
	context: KpiViewContext = { errors: new Map(), kpi: () => undefined }
): KpiViewData {
	const members = new Set(r.members);
	const kpis = new Set([r.kpiId, ...(r.otherKpiId ? [r.otherKpiId] : [])]);
	const inputs = new Map([...kpis].map((k) => [k, context.kpi(k)?.inputs ?? []]));
	const erroneous = (v: SeriesRow) =>
		context.errors.get(v.period)?.has(v.authority_id) === true &&
		kpiErrors(context.errors, v.period, v.authority_id, inputs.get(v.kpi_id) ?? []) !== null;
	const values: KpiValueRow[] = [];
	for (const v of series) {
		if (!kpis.has(v.kpi_id)) continue;
		const inGroup = members.has(v.authority_id);
		if (inGroup || v.period === r.period || v.authority_id === r.authorityId)
			values.push({ ...v, in_group: inGroup, erroneous: erroneous(v) });
	}
	const main = series.filter((v) => v.kpi_id === r.kpiId && !erroneous(v));
	const byPeriod = grouped(
		main.filter((v) => members.has(v.authority_id)),
		(v) => v.period,
		(v) => v.value
	);
	const periods = [...byPeriod.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([period, vs]) => ({ period, ...quartilesOf(vs) }));
	const byClass = grouped(
		main.filter((v) => v.period === r.period),
		(v) => v.size_class,
		(v) => v.value
	);
	const sizeClasses = [...byClass.entries()].map(([size_class, vs]) => ({ size_class, ...quartilesOf(vs) }));
	const baseCounts = r.inputs.map((count_id) => {
		const rows = baseValues.filter((b) => b.count_id === count_id);
		return {
			count_id,
			own: rows.find((b) => b.authority_id === r.authorityId)?.value ?? null,
			...quartilesOf(rows.filter((b) => members.has(b.authority_id)).map((b) => b.value))
		};
	});
	return { values, periods, sizeClasses, baseCounts, counts: countsOf(r, baseValues, context) };
}

/** x, n and respondents of the main KPI for the group's members and A, from their base values. */
function countsOf(
	r: KpiViewRequest,
	baseValues: readonly BaseValueRow[],
	context: KpiViewContext
): CountsRow[] {
	const kpi = context.kpi(r.kpiId);
	if (!kpi || !(kpi.proportion || kpi.sample)) return [];
	const byAuthority = new Map<string, Map<string, number>>();
	for (const b of baseValues) {
		let m = byAuthority.get(b.authority_id);
		if (!m) byAuthority.set(b.authority_id, (m = new Map()));
		m.set(b.count_id, b.value);
	}
	const ids = [...new Set([...r.members, r.authorityId])].filter((id) => byAuthority.has(id));
	return ids.map((authority_id) => {
		const own = byAuthority.get(authority_id)!;
		return { authority_id, ...countsFromBase(kpi, (id) => own.get(id)) };
	});
}

/** Fetch and compute in one go (the dashboard caches the two fetches separately). */
export async function kpiViewData(
	engine: Pick<Engine, 'series' | 'baseCounts'>,
	r: KpiViewRequest,
	context?: KpiViewContext
): Promise<KpiViewData> {
	const ids = [r.kpiId, ...(r.otherKpiId && r.otherKpiId !== r.kpiId ? [r.otherKpiId] : [])];
	const [series, base] = [await engine.series(ids), await engine.baseCounts(r.period, r.inputs)];
	return kpiViewFrom(r, series, base, context);
}
