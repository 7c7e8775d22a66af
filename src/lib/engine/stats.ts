/**
 * Statistics of every KPI over one peer group, computed from the period snapshot
 * (period-snapshot.ts) in plain TypeScript: the overview shows all KPIs at once, and a switch of
 * authority or group must not wait for a database round trip.
 *
 * Per KPI, over the members with a non-null value that is not fehlerhaft (A included): n, min,
 * q1, median, q3, max, mean (quartiles: `quantile_cont`, type 7). Then A's own value, its rank
 * (1 = best by polarity, ties share the best rank: 1 + number of members strictly better; no rank
 * for polarity none, when A is not in the group or when A's value is fehlerhaft), the quartile
 * position (good / middle / attention) and the direction of travel against A's previous period.
 *
 * Erroneous values (catalogue.md; erroneous.ts): a value that reads a base count of an error
 * finding is left out of the statistics for everyone, and A's own such value keeps its number but
 * gets neither rank nor position; `erroneous` carries the findings (codes, ids, values) so every
 * view can mark it, `excluded` the members left out. Proportion KPIs add A's 95 % Wilson interval
 * (uncertainty.ts; none for an erroneous value) with its n, survey KPIs the respondents — what the
 * views need for their badges; the statistics themselves keep small samples (presentation rules).
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
import type { Catalogue } from '../catalogue/schema.ts';
import { kpiErrors, type ErrorIndex, type ErrorMark } from './erroneous.ts';
import { previousOf, reasonOf, type PeriodSnapshot } from './period-snapshot.ts';
import { countsFrom } from './proportions.ts';
import { percent, wilson } from './uncertainty.ts';
import type { QuartileRow } from './views.ts';

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
	'direction',
	'erroneous',
	'prev_erroneous',
	'excluded',
	'ci_n',
	'ci_low',
	'ci_high',
	'respondents'
] as const;

export type Position = 'good' | 'middle' | 'attention' | 'none';
export type Direction = 'better' | 'worse' | 'same' | 'none';

/** One KPI's statistics over the group: the group's quartiles plus A's own view. */
export interface StatsRow extends QuartileRow {
	kpi_id: string;
	field: string;
	unit: string;
	polarity: 'up' | 'down' | 'none';
	mean: number | null;
	own_value: number | null;
	own_reason: string | null;
	rank: number | null;
	position: Position | null;
	prev_period: number | null;
	prev_value: number | null;
	direction: Direction | null;
	/** A's value is fehlerhaft: the error findings behind it (else null). */
	erroneous: ErrorMark[] | null;
	/** A's previous value (`prev_value`) is fehlerhaft. */
	prev_erroneous: boolean;
	/** Group members whose value was left out of the statistics as fehlerhaft (A included). */
	excluded: string[];
	/** Proportion KPIs: the n of A's value (its denominator), and its 95 % Wilson interval (× 100). */
	ci_n: number | null;
	ci_low: number | null;
	ci_high: number | null;
	/** Survey KPIs (`sample`): A's respondents. */
	respondents: number | null;
}

/** Linear-interpolation quantile (type 7, as DuckDB `quantile_cont`) of ascending values. */
export function quantile7(sorted: readonly number[], p: number): number | null {
	if (!sorted.length) return null;
	const h = (sorted.length - 1) * p;
	const lo = Math.floor(h);
	const a = sorted[lo]!;
	const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
	return a + (h - lo) * (b - a);
}

/**
 * Statistics of every KPI (catalogue order) for `members` in the snapshot's period from A's view.
 * Pure and fast (sorting at most one value per member and KPI), so it runs on every switch.
 */
export function groupStatsFrom(
	snapshot: PeriodSnapshot,
	catalogue: Pick<Catalogue, 'kpis'>,
	authorityId: string,
	members: readonly string[],
	errors: ErrorIndex = new Map()
): StatsRow[] {
	const inGroup = members.includes(authorityId);
	const prev = previousOf(snapshot, authorityId);
	const period = snapshot.period;
	const flagged = errors.get(period);
	// The members' rows of the period in the ring's KPIs, looked up once for all KPIs (-1: none).
	const rowIn = (id: string) => {
		const r = snapshot.row.get(id);
		return r === undefined ? -1 : snapshot.at[r]!;
	};
	const rows = members.map(rowIn);
	const ownRow = rowIn(authorityId);
	return catalogue.kpis.map((kpi) => {
		const column = snapshot.all.kpis.get(kpi.id);
		const values: number[] = [];
		const excluded: string[] = [];
		for (let k = 0; k < members.length; k++) {
			const i = rows[k]!;
			if (i < 0 || !column?.has[i]) continue;
			const id = members[k]!;
			if (flagged?.has(id) && kpiErrors(errors, period, id, kpi.inputs)) excluded.push(id);
			else values.push(column.value[i]!);
		}
		values.sort((a, b) => a - b);
		const own = ownRow >= 0 && column?.has[ownRow] ? column.value[ownRow]! : null;
		const erroneous = own === null ? null : kpiErrors(errors, period, authorityId, kpi.inputs);
		const q1 = quantile7(values, 0.25);
		const q3 = quantile7(values, 0.75);
		const prevValue = prev?.value(kpi.id) ?? null;
		let rank: number | null = null;
		let position: Position | null = null;
		if (inGroup && own !== null && !erroneous) {
			if (kpi.polarity === 'none') position = 'none';
			else {
				const better = values.filter((v) => (kpi.polarity === 'up' ? v > own : v < own)).length;
				rank = 1 + better;
				const [good, attention] = kpi.polarity === 'up' ? [own > q3!, own < q1!] : [own < q1!, own > q3!];
				position = good ? 'good' : attention ? 'attention' : 'middle';
			}
		}
		let direction: Direction | null = null;
		if (own !== null && prevValue !== null)
			direction =
				kpi.polarity === 'none'
					? 'none'
					: own === prevValue
						? 'same'
						: own > prevValue === (kpi.polarity === 'up')
							? 'better'
							: 'worse';
		const counts = countsFrom(snapshot, kpi.id, authorityId);
		const interval =
			kpi.proportion && !erroneous && counts.x !== null && counts.n !== null
				? wilson(counts.x, counts.n)
				: null;
		const ci = interval && percent(interval);
		return {
			kpi_id: kpi.id,
			field: kpi.field,
			unit: kpi.unit,
			polarity: kpi.polarity,
			n: values.length,
			min: values[0] ?? null,
			q1,
			median: quantile7(values, 0.5),
			q3,
			max: values.at(-1) ?? null,
			mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
			own_value: own,
			own_reason: own === null ? reasonOf(snapshot, kpi.id, authorityId) : null,
			rank,
			position,
			prev_period: prev?.period ?? null,
			prev_value: prevValue,
			direction,
			erroneous,
			prev_erroneous:
				prev !== null &&
				prevValue !== null &&
				kpiErrors(errors, prev.period, authorityId, kpi.inputs) !== null,
			excluded,
			ci_n: kpi.proportion ? counts.n : null,
			ci_low: ci?.low ?? null,
			ci_high: ci?.high ?? null,
			respondents: counts.respondents
		};
	});
}
