/**
 * The engine's facade: one object per database connection that loads a ring and answers the
 * dashboard's, the CLI's and the benchmark's questions.
 *
 * Why a facade: callers should not know table names or the order in which derived tables must be
 * built. `loadRing` does all heavy work once (bulk load, pivot, every KPI for every authority and
 * period, size classes); afterwards peer groups, statistics and findings are small queries over
 * materialised tables. Works with any `Connector` (browser worker or Node), so the browser and
 * the CLI compute identical numbers.
 *
 * Tables after `loadRing`: authorities, base_values, base_wide, kpi_catalogue, kpi_values,
 * authority_periods (see ring-tables.ts, kpi-sql.ts, peers.ts).
 *
 * KPIs are computed for every (authority, period) with a base value, even for an authority id that
 * is missing from authorities.csv (ingest should not let that happen; the numbers stay visible).
 * Peer groups only ever contain ring members, i.e. authorities listed in authorities.csv.
 */
import type { Table } from 'apache-arrow';
import type { Connector } from './connector.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import type { Ring } from '../ring/types.ts';
import { loadRingTables, type LoadedCounts } from './ring-tables.ts';
import { derivedTablesSql, KPI_SELECT_SQL } from './kpi-sql.ts';
import { authorityPeriodsSql, peerGroup, type PeerGroup, type PeerSpec } from './peers.ts';
import { groupStats } from './stats.ts';
import { runPlausibility, type PlausibilityResult } from './plausibility.ts';

export interface GroupStats {
	group: PeerGroup;
	/** One row per catalogue KPI, columns as `STATS_COLUMNS` (stats.ts). */
	table: Table;
}

export interface Engine {
	readonly catalogue: Catalogue;
	/** Replace the loaded ring (all tables are rebuilt). */
	loadRing(ring: Ring): Promise<LoadedCounts>;
	/** authority_id, period, kpi_id, value, reason, missing — one row per authority/period with data × KPI. */
	kpis(options?: { period?: number }): Promise<Table>;
	/** Periods with any base value, ascending. */
	periods(): Promise<number[]>;
	peerGroup(authorityId: string, period: number, spec?: PeerSpec): Promise<PeerGroup>;
	stats(authorityId: string, period: number, spec?: PeerSpec): Promise<GroupStats>;
	findings(): Promise<PlausibilityResult>;
}

export function createEngine(conn: Connector, catalogue: Catalogue): Engine {
	let loaded = false;
	let findingsCache: PlausibilityResult | null = null;
	const ensureLoaded = (): void => {
		if (!loaded) throw new Error('Engine: zuerst loadRing() aufrufen.');
	};
	return {
		catalogue,
		async loadRing(ring) {
			loaded = false;
			findingsCache = null;
			const counts = await loadRingTables(
				conn,
				ring,
				catalogue.base_counts.map((b) => b.id)
			);
			await conn.query([...derivedTablesSql(catalogue), authorityPeriodsSql(catalogue)].join(';\n'));
			loaded = true;
			return counts;
		},
		async kpis(options = {}) {
			ensureLoaded();
			if (options.period === undefined) return conn.query(KPI_SELECT_SQL);
			return conn.query(`${KPI_SELECT_SQL} WHERE period = ${Math.trunc(options.period)}`);
		},
		async periods() {
			ensureLoaded();
			const t = await conn.query('SELECT DISTINCT period FROM base_wide ORDER BY period');
			return Array.from(t.getChild('period')?.toArray() ?? [], Number);
		},
		async peerGroup(authorityId, period, spec = { type: 'size' }) {
			ensureLoaded();
			return peerGroup(conn, authorityId, Math.trunc(period), spec);
		},
		async stats(authorityId, period, spec = { type: 'size' }) {
			ensureLoaded();
			const group = await peerGroup(conn, authorityId, Math.trunc(period), spec);
			return { group, table: await groupStats(conn, authorityId, Math.trunc(period), group.members) };
		},
		async findings() {
			ensureLoaded();
			findingsCache ??= await runPlausibility(conn, catalogue);
			return findingsCache;
		}
	};
}
