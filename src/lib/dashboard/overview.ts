/**
 * View model of the overview: one row per KPI, grouped by field in catalogue order, from ONE
 * `engine.stats()` result plus the period's KPI values (for the distribution strips).
 *
 * Pure functions: the Arrow table is read column-wise once; components only render.
 */
import type { Table } from 'apache-arrow';
import type { Catalogue, FieldDef, KpiDef } from '../catalogue/schema.ts';
import { MIN_GROUP } from './state.ts';
import type { QuartileRow } from '../engine/views.ts';

export type Position = 'good' | 'middle' | 'attention' | 'none';
export type Direction = 'better' | 'worse' | 'same' | 'none';

/** One KPI's statistics over the group (engine/stats.ts): the group's quartiles plus the own view. */
export interface StatsRow extends QuartileRow {
	kpi_id: string;
	mean: number | null;
	own_value: number | null;
	own_reason: string | null;
	rank: number | null;
	position: Position | null;
	prev_period: number | null;
	prev_value: number | null;
	direction: Direction | null;
}

export interface OverviewRow extends StatsRow {
	kpi: KpiDef;
	/** For context KPIs (polarity none): did the value go up or down (no judgement)? */
	change: 'up' | 'down' | 'same' | null;
	/** Values of the group members with a value, ascending (own included). */
	peerValues: number[];
	/** Fewer than MIN_GROUP values: flagged, no colour. */
	tooSmall: boolean;
}

export interface OverviewField {
	field: FieldDef;
	rows: OverviewRow[];
}

const NUMBER_COLUMNS = [
	'n',
	'min',
	'q1',
	'median',
	'q3',
	'max',
	'mean',
	'own_value',
	'rank',
	'prev_period',
	'prev_value'
] as const;

/** The stats table (stats.ts) as plain rows. */
export function statsRows(table: Table): StatsRow[] {
	const col = (name: string) => table.getChild(name);
	const rows: StatsRow[] = [];
	for (let i = 0; i < table.numRows; i++) {
		const row: Record<string, unknown> = {
			kpi_id: String(col('kpi_id')?.get(i)),
			own_reason: (col('own_reason')?.get(i) as string | null) ?? null,
			position: (col('position')?.get(i) as string | null) ?? null,
			direction: (col('direction')?.get(i) as string | null) ?? null
		};
		for (const name of NUMBER_COLUMNS) {
			const v = col(name)?.get(i) as number | bigint | null | undefined;
			row[name] = v === null || v === undefined ? null : Number(v);
		}
		row.n = row.n ?? 0;
		rows.push(row as unknown as StatsRow);
	}
	return rows;
}

/** Period values as kpi_id → authority_id → value (non-null only), from `engine.kpis({period})`. */
export function valuesByKpi(table: Table): Map<string, Map<string, number>> {
	const out = new Map<string, Map<string, number>>();
	const [ids, kpis, values] = ['authority_id', 'kpi_id', 'value'].map((c) => table.getChild(c));
	for (let i = 0; i < table.numRows; i++) {
		const value = values?.get(i) as number | null;
		if (value === null || value === undefined) continue;
		const kpi = String(kpis?.get(i));
		let m = out.get(kpi);
		if (!m) out.set(kpi, (m = new Map()));
		m.set(ids?.get(i) as string, value);
	}
	return out;
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
			const peerValues = members
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
}

/** Geometry of the small distribution strip (numbers left to right, low to high). */
export function stripGeometry(
	values: readonly number[],
	own: number | null,
	quartiles: { q1: number | null; median: number | null; q3: number | null },
	width = 140,
	height = 22
): Strip {
	const all = own === null ? [...values] : [...values, own];
	const pad = 6;
	if (!all.length) return { width, height, peers: '', own: null, band: null };
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
	return { width, height, peers, own: own === null ? null : x(own), band };
}
