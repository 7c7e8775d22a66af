/**
 * Statistics of every KPI over one peer group, computed from the period snapshot
 * (period-snapshot.ts) in plain TypeScript: the overview shows all KPIs at once, and a switch of
 * authority or group must not wait for a database round trip.
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
import type { Catalogue } from '../catalogue/schema.ts';
import type { PeriodSnapshot } from './period-snapshot.ts';
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
	'direction'
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
	members: readonly string[]
): StatsRow[] {
	const inGroup = members.includes(authorityId);
	const prev = snapshot.previous.get(authorityId);
	return catalogue.kpis.map((kpi) => {
		const byAuthority = snapshot.values.get(kpi.id);
		const values: number[] = [];
		for (const id of members) {
			const v = byAuthority?.get(id);
			if (v !== undefined) values.push(v);
		}
		values.sort((a, b) => a - b);
		const own = byAuthority?.get(authorityId) ?? null;
		const q1 = quantile7(values, 0.25);
		const q3 = quantile7(values, 0.75);
		const prevValue = prev?.values.get(kpi.id) ?? null;
		let rank: number | null = null;
		let position: Position | null = null;
		if (inGroup && own !== null) {
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
			own_reason: own === null ? (snapshot.reasons.get(kpi.id)?.get(authorityId) ?? null) : null,
			rank,
			position,
			prev_period: prev?.period ?? null,
			prev_value: prevValue,
			direction
		};
	});
}
