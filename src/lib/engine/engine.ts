/**
 * The engine's facade: one object per database connection that loads a ring and answers the
 * dashboard's, the CLI's and the benchmark's questions.
 *
 * Why a facade: callers should not know table names or the order in which derived tables must be
 * built. `loadRing` does the heavy work once (bulk load, size classes); every KPI for every
 * authority and period is read once as columns for the views (period-snapshot.ts) and stored as the
 * long table `kpi_values` when first asked (findings, the CLI's table: kpi-sql.ts `storeKpiValuesSql`);
 * afterwards peer groups, statistics and findings are small queries or computations in memory. Works with any `Connector` (browser worker or Node), so the browser and
 * the CLI compute identical numbers.
 *
 * Tables after `loadRing`: authorities, authority_periods, base_wide and base_extra (ring-tables.ts,
 * peers.ts); `kpi_values` and the view base_values once `kpis` or `findings` asked for them
 * (kpi-sql.ts, ring-tables.ts). Every statement before a real ring's first chart counts: DuckDB-WASM compiles its
 * code on first use, so a statement's first run costs far more than its work (README, "Misses and
 * why") — which is why the load makes what it can in TypeScript and leaves the rest until asked.
 *
 * KPIs are computed for every (authority, period) with a base value, even for an authority id that
 * is missing from authorities.csv (ingest should not let that happen; the numbers stay visible).
 * Peer groups only ever contain ring members, i.e. authorities listed in authorities.csv.
 */
import type { Table } from 'apache-arrow';
import type { Connector } from './connector.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import type { Ring } from '../ring/types.ts';
import {
	baseValuesViewSql,
	loadRingTables,
	prepareRing,
	type LoadedCounts,
	type WideRows
} from './ring-tables.ts';
import { DROP_KPI_VALUES_SQL, KPI_SELECT_SQL, storeKpiValuesSql } from './kpi-sql.ts';
import { peerGroupFrom, type MemberPeriods, type PeerGroup, type PeerSpec } from './peers.ts';
import { periodSnapshot, readRingKpis, type PeriodSnapshot, type RingKpis } from './period-snapshot.ts';
import { groupStatsFrom, type StatsRow } from './stats.ts';
import { runPlausibility, type PlausibilityResult } from './plausibility.ts';
import { errorIndexOf, type ErrorIndex } from './erroneous.ts';
import { proportionColumns } from './proportions.ts';
import { periodBaseCounts, seriesFrom, type BaseValueRow, type SeriesRow } from './views.ts';

export interface GroupStats {
	group: PeerGroup;
	/** One row per catalogue KPI in catalogue order, columns as `STATS_COLUMNS` (stats.ts). */
	rows: StatsRow[];
}

/** Period snapshots kept per ring load; a dashboard session rarely looks at more periods. */
const SNAPSHOTS = 16;

export interface Engine {
	readonly catalogue: Catalogue;
	/** Replace the loaded ring (all tables are rebuilt). */
	loadRing(ring: Ring): Promise<LoadedCounts>;
	/** authority_id, period, kpi_id, value, reason, missing — one row per authority/period with data × KPI. */
	kpis(options?: { period?: number }): Promise<Table>;
	/** Periods with any base value, ascending. */
	periods(): Promise<number[]>;
	/** What peer groups and statistics of a period are computed from (the ring's KPIs are read once per load). */
	snapshot(period: number): Promise<PeriodSnapshot>;
	peerGroup(authorityId: string, period: number, spec?: PeerSpec): Promise<PeerGroup>;
	stats(authorityId: string, period: number, spec?: PeerSpec): Promise<GroupStats>;
	findings(): Promise<PlausibilityResult>;
	/** The error findings by period and authority (erroneous.ts), made by the ring's load. */
	errors(): Promise<ErrorIndex>;
	/**
	 * Every member's values of these KPIs over all periods: the rows of views.ts `kpiSeriesSql`, cut
	 * from the ring's KPIs read for the snapshots (no query, no string per row).
	 */
	series(kpiIds: readonly string[]): Promise<SeriesRow[]>;
	/** Every member's values of these base counts in one period (views.ts `periodBaseCounts`, no query). */
	baseCounts(period: number, countIds: readonly string[]): Promise<BaseValueRow[]>;
	/** Forget cached snapshots and findings (the benchmark measures uncached work with it). */
	clearCache(): void;
}

/**
 * The engine over `connector` — or over the promise of one: a load then makes the ring's tables
 * (ring-tables.ts `prepareRing`) while DuckDB-WASM is still starting, and waits for it only to hand
 * them over.
 */
export function createEngine(connector: Connector | Promise<Connector>, catalogue: Catalogue): Engine {
	const connecting = Promise.resolve(connector);
	connecting.catch(() => undefined); // a failed start is the first load's error
	/** The database, once the first load has it; reads run only after a load (`read`). */
	let conn!: Connector;
	let loaded = false;
	/** The loaded ring's periods, from its load (ring-tables.ts `LoadedCounts.periods`). */
	let periods: readonly number[] = [];
	/** The loaded ring's `authority_periods`, as the load made it (peers.ts). */
	let members: MemberPeriods['byKey'] = new Map();
	let findingsCache: PlausibilityResult | null = null;
	/** The loaded ring's error findings, from its load (erroneous.ts `errorIndexOf`). */
	let errorIndex: ErrorIndex = new Map();
	/** The loaded ring's base values as the load made them (a period's base counts are cut from them). */
	let wide: WideRows | null = null;
	const extraColumns = proportionColumns(catalogue);
	/** `base_wide`'s value columns (ring-tables.ts). */
	const countColumns = catalogue.base_counts.map((b) => b.id);
	const snapshots = new Map<number, Promise<PeriodSnapshot>>();
	/** Every KPI of the loaded ring as columns, read with the first snapshot (period-snapshot.ts). */
	let ringKpis: Promise<RingKpis> | null = null;
	/** `kpi_values` stored as a table (kpi-sql.ts) and the view `base_values` (ring-tables.ts), once per load, when first asked. */
	let storedKpis: Promise<unknown> | null = null;

	/*
	 * Loads and reads take turns. A read is several statements (findings: store `kpi_values`, then
	 * query it); a load drops and replaces the tables. Interleaved, a read asked for the old ring ran
	 * its second statement against the new ring's half-built tables — or against none ("Table with
	 * name kpi_values does not exist", found by CI when a moderator's release reloaded the ring while
	 * the moderation page read its findings). So a load waits for the reads asked before it, and a
	 * read asked during a load waits for the load: each read sees exactly one ring, whole.
	 */
	/** The last load, settled when it is done (or failed). */
	let loading: Promise<unknown> = Promise.resolve();
	/** Reads under way; a load waits for those asked before it. */
	const reading = new Set<Promise<unknown>>();
	const read = <T>(work: () => Promise<T>): Promise<T> => {
		const run = (): Promise<T> => {
			if (!loaded) throw new Error('Engine: zuerst loadRing() aufrufen.');
			return work();
		};
		const done = loading.then(run, run);
		const untrack = () => reading.delete(done);
		reading.add(done);
		done.then(untrack, untrack);
		return done;
	};
	/** Run inside a read only (it must not meet a load halfway). */
	const kpiTable = (): Promise<unknown> => {
		if (!storedKpis) {
			const store = conn.query(`${baseValuesViewSql(countColumns)};\n${storeKpiValuesSql(catalogue)}`);
			store.catch(() => storedKpis === store && (storedKpis = null)); // a failed store can be retried
			storedKpis = store;
		}
		return storedKpis;
	};
	const snapshot = (period: number): Promise<PeriodSnapshot> => {
		const p = Math.trunc(period);
		let s = snapshots.get(p);
		if (s)
			snapshots.delete(p); // refresh recency
		else {
			s = read(() => kpisOfRing().then((all) => periodSnapshot(all, p)));
			const cached = s;
			cached.catch(() => snapshots.get(p) === cached && snapshots.delete(p)); // a failed read can be retried
		}
		snapshots.set(p, s);
		while (snapshots.size > SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!);
		return s;
	};
	/** Run inside a read only. */
	const kpisOfRing = (): Promise<RingKpis> => {
		if (!ringKpis) {
			const all = readRingKpis(conn, catalogue.kpis, extraColumns, members);
			all.catch(() => ringKpis === all && (ringKpis = null)); // a failed read can be retried
			ringKpis = all;
		}
		return ringKpis;
	};
	const errors = (): Promise<ErrorIndex> => read(async () => errorIndex);
	return {
		catalogue,
		loadRing(ring) {
			const before = [...reading]; // not the reads asked after this call: they wait for it
			const previous = loading;
			snapshots.clear(); // the one cache looked up outside a read: from now on, the new ring's
			const load = (async () => {
				await Promise.allSettled([previous, ...before]);
				loaded = false;
				findingsCache = null; // caches filled inside reads: the reads before this load are done
				ringKpis = null;
				storedKpis = null;
				const prepared = prepareRing(ring, countColumns, catalogue.size_classes);
				const index = errorIndexOf(catalogue, prepared.wide);
				conn = await connecting;
				await conn.query(DROP_KPI_VALUES_SQL);
				await loadRingTables(conn, prepared);
				members = prepared.members.byKey;
				periods = prepared.counts.periods;
				errorIndex = index;
				wide = prepared.wide;
				loaded = true;
				return prepared.counts;
			})();
			loading = load;
			return load;
		},
		kpis(options = {}) {
			return read(async () => {
				await kpiTable();
				if (options.period === undefined) return conn.query(KPI_SELECT_SQL);
				return conn.query(`${KPI_SELECT_SQL} WHERE period = ${Math.trunc(options.period)}`);
			});
		},
		periods() {
			return read(async () => [...periods]);
		},
		snapshot,
		series(kpiIds) {
			const order = catalogue.kpis.map((k) => k.id);
			return read(async () => seriesFrom(await kpisOfRing(), order, kpiIds));
		},
		async peerGroup(authorityId, period, spec = { type: 'size' }) {
			return peerGroupFrom(await snapshot(period), authorityId, spec);
		},
		async stats(authorityId, period, spec = { type: 'size' }) {
			const [s, index] = await Promise.all([snapshot(period), errors()]);
			const group = peerGroupFrom(s, authorityId, spec);
			return { group, rows: groupStatsFrom(s, catalogue, authorityId, group.members, index) };
		},
		errors,
		baseCounts(period, countIds) {
			return read(async () => periodBaseCounts(wide!, period, countIds));
		},
		findings() {
			return read(async () => {
				if (!findingsCache) {
					await kpiTable();
					findingsCache = await runPlausibility(conn, catalogue);
				}
				return findingsCache;
			});
		},
		clearCache() {
			// The ring's KPIs stay: they are the load's, read once; a period's snapshot is cut from them.
			snapshots.clear();
			findingsCache = null;
		}
	};
}
