/**
 * The engine's facade: one object per database connection that loads a ring and answers the
 * dashboard's, the CLI's and the benchmark's questions.
 *
 * Why a facade: callers should not know table names or the order in which derived tables must be
 * built. `loadRing` does the heavy work once: it makes the ring in memory — every base count and
 * every KPI of every authority and period as columns (ring-tables.ts, ring-kpis.ts) — and hands the
 * ring's tables to DuckDB in one bulk load. The views' questions (periods, snapshots, peer groups,
 * statistics, series, base counts) are answered from the ring in memory, at once and before DuckDB
 * has started (period-snapshot.ts); DuckDB answers the rest — the long table `kpi_values` (the
 * CLI's table, the findings: kpi-sql.ts `storeKpiValuesSql`), the plausibility checks — and checks
 * the KPIs in memory against its own evaluation of the same ring (`verify`). Works with any
 * `Connector` (browser worker or Node), so the browser and the CLI compute identical numbers.
 *
 * Tables after `loadRing`: authorities, authority_periods, base_wide and base_extra (ring-tables.ts,
 * peers.ts); `kpi_values` and the view base_values once `kpis` or `findings` asked for them
 * (kpi-sql.ts, ring-tables.ts). DuckDB-WASM is ready 1.5–2 s into a cold start and compiles its code
 * on first use, so a statement's first run costs far more than its work (README, "Misses and why")
 * — which is why the first chart waits for none.
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
	type PreparedRing,
	type WideRows
} from './ring-tables.ts';
import { DROP_KPI_VALUES_SQL, KPI_SELECT_SQL, storeKpiValuesSql } from './kpi-sql.ts';
import { peerGroupFrom, type MemberPeriods, type PeerGroup, type PeerSpec } from './peers.ts';
import { periodSnapshot, type PeriodSnapshot, type RingKpis } from './period-snapshot.ts';
import { checkRingKpis, ringKpisFrom } from './ring-kpis.ts';
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

/**
 * A loaded ring in memory: what the views read (periods, snapshots, series, base counts, errors),
 * made from the load's columns in TypeScript — ready while DuckDB-WASM may still be starting.
 */
interface RingInMemory {
	counts: LoadedCounts;
	/** The rows of `authority_periods`, by authority and period (peers.ts). */
	members: MemberPeriods['byKey'];
	/** The ring's base values as the load made them (a period's base counts are cut from them). */
	wide: WideRows;
	/** The ring's error findings (erroneous.ts `errorIndexOf`). */
	errorIndex: ErrorIndex;
	/**
	 * Every KPI of every authority and period (ring-kpis.ts), checked against DuckDB's by `verify`;
	 * made when first asked (the views ask at once), not as part of the load into DuckDB.
	 */
	kpis(): RingKpis;
}

/**
 * DuckDB's KPIs of the loaded ring differ from those evaluated in memory (ring-kpis.ts) — a fault of
 * this program, never of the ring's data; `where` says the first difference (KPI, authority, period).
 */
export class KpiCheckError extends Error {
	readonly code = 'kpi_check';
	readonly where: string;
	constructor(where: string) {
		super(`Engine: DuckDB und die Auswertung im Speicher weichen ab (${where}).`);
		this.where = where;
	}
}

/** Period snapshots kept per ring load; a dashboard session rarely looks at more periods. */
const SNAPSHOTS = 16;

export interface Engine {
	readonly catalogue: Catalogue;
	/**
	 * Replace the loaded ring: settled when DuckDB has its tables. The reads of the ring in memory
	 * (periods, snapshot, peerGroup, stats, errors, series, baseCounts) answer as soon as it is made,
	 * before DuckDB is ready; the others (kpis, findings, verify) wait for the tables.
	 */
	loadRing(ring: Ring): Promise<LoadedCounts>;
	/**
	 * Compare DuckDB's KPIs of the loaded ring with those the views read (ring-kpis.ts), bit for bit;
	 * rejects with a `KpiCheckError` where they differ. Once per load.
	 */
	verify(): Promise<void>;
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
	/** DuckDB has the tables of the last load (`read`). */
	let loaded = false;
	/** The last load's ring in memory (`inMemory`): everything the views read, made before DuckDB is ready. */
	let current: Promise<RingInMemory> | null = null;
	/** The ring whose tables DuckDB has. */
	let inTables: RingInMemory | null = null;
	let findingsCache: PlausibilityResult | null = null;
	/** DuckDB's check of the ring's KPIs in memory (`verify`), once per load. */
	let verified: Promise<void> | null = null;
	const extraColumns = proportionColumns(catalogue);
	/** `base_wide`'s value columns (ring-tables.ts). */
	const countColumns = catalogue.base_counts.map((b) => b.id);
	const snapshots = new Map<number, Promise<PeriodSnapshot>>();
	/** `kpi_values` stored as a table (kpi-sql.ts) and the view `base_values` (ring-tables.ts), once per load, when first asked. */
	let storedKpis: Promise<unknown> | null = null;

	/*
	 * Loads and reads of the database take turns. A read is several statements (findings: store
	 * `kpi_values`, then query it); a load drops and replaces the tables. Interleaved, a read asked for
	 * the old ring ran its second statement against the new ring's half-built tables — or against none
	 * ("Table with name kpi_values does not exist", found by CI when a moderator's release reloaded the
	 * ring while the moderation page read its findings). So a load waits for the reads asked before it,
	 * and a read asked during a load waits for the load: each read sees exactly one ring, whole.
	 * Reads of the ring in memory need no turn: each load makes a ring of its own, and a read takes the
	 * one that was last loaded when it was asked.
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
	const inMemory = <T>(work: (ring: RingInMemory) => T): Promise<T> =>
		current ? current.then(work) : Promise.reject(new Error('Engine: zuerst loadRing() aufrufen.'));
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
		else s = inMemory((ring) => periodSnapshot(ring.kpis(), p));
		snapshots.set(p, s);
		while (snapshots.size > SNAPSHOTS) snapshots.delete(snapshots.keys().next().value!);
		return s;
	};
	const errors = (): Promise<ErrorIndex> => inMemory((ring) => ring.errorIndex);
	return {
		catalogue,
		loadRing(ring) {
			const before = [...reading]; // not the reads asked after this call: they wait for it
			const previous = loading;
			snapshots.clear(); // from now on, the new ring's
			let tables: PreparedRing['tables'] | null = null;
			const made = (async (): Promise<RingInMemory> => {
				const prepared = prepareRing(ring, countColumns, catalogue.size_classes);
				tables = prepared.tables;
				// Not `prepared` in the closure below: it would keep the Arrow tables alive after DuckDB has them.
				const { counts, wide } = prepared;
				const members = prepared.members.byKey;
				let kpis: RingKpis | null = null;
				return {
					counts,
					members,
					wide,
					errorIndex: errorIndexOf(catalogue, wide),
					kpis: () => (kpis ??= ringKpisFrom(wide, catalogue.kpis, extraColumns, members))
				};
			})();
			current = made;
			const load = (async () => {
				const memory = await made;
				await Promise.allSettled([previous, ...before]);
				loaded = false;
				inTables = null;
				findingsCache = null; // caches filled inside reads: the reads before this load are done
				storedKpis = null;
				verified = null;
				conn = await connecting;
				await conn.query(DROP_KPI_VALUES_SQL);
				await loadRingTables(conn, tables!);
				tables = null; // DuckDB has them now
				inTables = memory;
				loaded = true;
				return memory.counts;
			})();
			loading = load;
			return load;
		},
		verify() {
			return read(() => {
				if (!verified) {
					const ring = inTables!;
					const check = checkRingKpis(conn, catalogue.kpis, extraColumns, ring.kpis()).then((where) => {
						if (where) throw new KpiCheckError(where);
					});
					check.catch(() => verified === check && (verified = null)); // asked again: checked again
					verified = check;
				}
				return verified;
			});
		},
		kpis(options = {}) {
			return read(async () => {
				await kpiTable();
				if (options.period === undefined) return conn.query(KPI_SELECT_SQL);
				return conn.query(`${KPI_SELECT_SQL} WHERE period = ${Math.trunc(options.period)}`);
			});
		},
		periods() {
			return inMemory((ring) => [...ring.counts.periods]);
		},
		snapshot,
		series(kpiIds) {
			const order = catalogue.kpis.map((k) => k.id);
			return inMemory((ring) => seriesFrom(ring.kpis(), order, kpiIds));
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
			return inMemory((ring) => periodBaseCounts(ring.wide, period, countIds));
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
			// The ring's KPIs stay: they are the load's; a period's snapshot is cut from them.
			snapshots.clear();
			findingsCache = null;
		}
	};
}
