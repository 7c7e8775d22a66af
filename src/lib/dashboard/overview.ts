/**
 * View model of the overview: one row per KPI, grouped by field in catalogue order, from ONE
 * `engine.stats()` result plus the period's KPI values (for the distribution strips).
 *
 * Pure functions; components only render.
 */
import type { Catalogue, FieldDef, KpiDef } from '../catalogue/schema.ts';
import { MIN_GROUP } from './state.ts';
import type { StatsRow } from '../engine/stats.ts';

export type { Direction, Position, StatsRow } from '../engine/stats.ts';

export interface OverviewRow extends StatsRow {
	kpi: KpiDef;
	/** For context KPIs (polarity none): did the value go up or down (no judgement)? */
	change: 'up' | 'down' | 'same' | null;
	/** Values of the group members with a value that is not fehlerhaft, ascending (own included). */
	peerValues: number[];
	/** Fewer than MIN_GROUP values: flagged, no colour. */
	tooSmall: boolean;
}

export interface OverviewField {
	field: FieldDef;
	rows: OverviewRow[];
}

export function changeOf(own: number | null, prev: number | null): OverviewRow['change'] {
	if (own === null || prev === null) return null;
	return own > prev ? 'up' : own < prev ? 'down' : 'same';
}

export function overviewModel(
	catalogue: Pick<Catalogue, 'fields' | 'kpis'>,
	stats: readonly StatsRow[],
	values: ReadonlyMap<string, ReadonlyMap<string, number>>,
	members: readonly string[]
): OverviewField[] {
	const byKpi = new Map(stats.map((s) => [s.kpi_id, s]));
	const fields: OverviewField[] = [];
	for (const field of catalogue.fields) {
		const rows: OverviewRow[] = [];
		for (const kpi of catalogue.kpis) {
			if (kpi.field !== field.id) continue;
			const s = byKpi.get(kpi.id);
			if (!s) continue;
			const all = values.get(kpi.id);
			const excluded = new Set(s.excluded);
			const peerValues = members
				.filter((id) => !excluded.has(id))
				.map((id) => all?.get(id))
				.filter((v): v is number => v !== undefined)
				.sort((a, b) => a - b);
			rows.push({
				...s,
				kpi,
				change: changeOf(s.own_value, s.prev_value),
				peerValues,
				tooSmall: s.n < MIN_GROUP
			});
		}
		if (rows.length) fields.push({ field, rows });
	}
	return fields;
}

export interface Strip {
	width: number;
	height: number;
	/** One path drawing every peer as a dot. */
	peers: string;
	/** x of the own value, or null. */
	own: number | null;
	/** Interquartile band and median, or null without values. */
	band: { x1: number; x2: number; median: number } | null;
	/** The own value's 95 % interval as a whisker, or null. */
	whisker: { x1: number; x2: number } | null;
}

/** Geometry of the small distribution strip (numbers left to right, low to high). */
export function stripGeometry(
	values: readonly number[],
	own: number | null,
	quartiles: { q1: number | null; median: number | null; q3: number | null },
	width = 140,
	height = 22,
	interval: { low: number; high: number } | null = null
): Strip {
	const all = own === null ? [...values] : [...values, own];
	if (interval) all.push(interval.low, interval.high);
	const pad = 6;
	if (!all.length) return { width, height, peers: '', own: null, band: null, whisker: null };
	let lo = Math.min(...all);
	let hi = Math.max(...all);
	if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
	const x = (v: number) => Math.round((pad + ((v - lo) / (hi - lo)) * (width - 2 * pad)) * 10) / 10;
	const y = height / 2;
	const r = 2.5;
	const peers = values
		.map((v) => `M${x(v) - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`)
		.join('');
	const { q1, median, q3 } = quartiles;
	const band =
		q1 !== null && q3 !== null && median !== null ? { x1: x(q1), x2: x(q3), median: x(median) } : null;
	const whisker = interval ? { x1: x(interval.low), x2: x(interval.high) } : null;
	return { width, height, peers, own: own === null ? null : x(own), band, whisker };
}
