/**
 * The dashboard's queries with a cache per session: every view state costs one batched query (or
 * a few), and a state seen before is answered from memory, so switching back is instant.
 *
 * - `stats(state)`: `engine.stats()` per (authority, period, group) — peer group plus the
 *   statistics of every KPI; shared by the overview and the KPI view. The engine computes them
 *   from its snapshot of the period, cut from every KPI of the ring it reads once per load.
 * - `periodValues(period)`: the same snapshot's kpi → authority → value; the overview's strips
 *   take the group's values from it.
 * - `kpiView(state, kpi, other)`: the KPI view, computed in JS (views.ts `kpiViewFrom`) from the
 *   KPI's series over all members and periods (cut from the same read of the ring's KPIs, no
 *   query) and the period's input base counts (one query per period for every KPI's inputs):
 *   switching authority, group, KPI or a period seen before costs no query.
 * - `findings()`: the engine caches them per ring load.
 *
 * Keys include the custom group's members, so an edited group is never served stale. A new
 * session (another ring, or the same ring saved with a new custom group) gets a new cache.
 * Entries are kept in order of use and the least recently used dropped beyond a limit, bounding
 * memory on a large ring; a failed query is removed so that it can be retried.
 */
import type { PlausibilityResult } from '../engine/plausibility.ts';
import { snapshotValues } from '../engine/period-snapshot.ts';
import { kpiViewFrom, type BaseValueRow, type KpiViewData, type SeriesRow } from '../engine/views.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import type { Engine, GroupStats } from '../engine/engine.ts';
import type { RingExtras } from '../ring/package/types.ts';
import type { Ring } from '../ring/types.ts';
import { peerSpec, stateKey, type ViewState } from './state.ts';

/** Per KPI or period: bounded by the catalogue and the ring's periods. */
const LIMIT = 64;
/**
 * Per view state: the states just visited. A KPI view of a 550-member ring holds about a megabyte of
 * rows, and each is computed from memory in a few milliseconds; with 64 kept (the former limit) 80
 * switches grew the page's live heap by 21 MiB, with 12 by 3 MiB.
 */
const VIEW_LIMIT = 12;
/** Prefetch every period up to this many authority × period pairs (550 × 10 is 5,500). */
const PREFETCH_ALL = 20_000;

export type StatsResult = GroupStats;

class Memo<T> {
	#map = new Map<string, Promise<T>>();
	readonly limit: number;
	constructor(limit = LIMIT) {
		this.limit = limit;
	}
	get(key: string, make: () => Promise<T>): Promise<T> {
		const hit = this.#map.get(key);
		if (hit) {
			// Refresh recency.
			this.#map.delete(key);
			this.#map.set(key, hit);
			return hit;
		}
		const p = make();
		p.catch(() => this.#map.delete(key));
		this.#map.set(key, p);
		while (this.#map.size > this.limit) {
			const oldest = this.#map.keys().next().value;
			if (oldest === undefined) break;
			this.#map.delete(oldest);
		}
		return p;
	}
}

export interface DashboardData {
	stats(state: ViewState): Promise<StatsResult>;
	periodValues(period: number): Promise<Map<string, Map<string, number>>>;
	kpiView(state: ViewState, kpiId: string, otherKpiId: string | null): Promise<KpiViewData>;
	findings(): Promise<PlausibilityResult>;
	/**
	 * Warm the periods next to the state's (the period snapshot and, on a KPI view, the KPI's base
	 * counts) once the browser is idle, so that the next period switch finds them in memory.
	 */
	prefetch(state: ViewState, kpiId?: string): void;
}

/**
 * What the data layer needs of a session with an engine: the app's `Session`, the build's first view
 * (compute.ts) and the tests all provide it, so the dashboard does not depend on the app.
 */
export interface QuerySource {
	readonly catalogue: Catalogue;
	readonly engine: Engine;
	/** Periods with data, ascending (prefetch walks outward from the shown one). */
	readonly periods: readonly number[];
	readonly data: {
		readonly ring: Pick<Ring, 'authorities'>;
		readonly extras: Pick<RingExtras, 'custom_peer_groups'>;
	};
}

/** Every query goes through the source's engine, the only way to SQL (README, "Architecture"). */
export function createDashboardData(session: QuerySource): DashboardData {
	const custom = () => session.data.extras.custom_peer_groups;
	const statsMemo = new Memo<StatsResult>(VIEW_LIMIT);
	const kpiMemo = new Memo<KpiViewData>(VIEW_LIMIT);
	const seriesMemo = new Memo<SeriesRow[]>();
	const baseMemo = new Memo<Map<string, BaseValueRow[]>>();
	const allInputs = [...new Set(session.catalogue.kpis.flatMap((k) => k.inputs))];
	const kpis = new Map(session.catalogue.kpis.map((k) => [k.id, k]));
	let prefetchRun = 0;
	// From the ring's KPIs the engine read for its first snapshot: no query per KPI.
	const series = (kpiId: string) => seriesMemo.get(kpiId, () => session.engine.series([kpiId]));
	// The inputs of every KPI in one query per period: switching KPI then needs no base-count query.
	const baseCounts = async (period: number, kpiId: string) => {
		const byCount = await baseMemo.get(String(period), async () => {
			const out = new Map<string, BaseValueRow[]>();
			for (const row of await session.engine.baseCounts(period, allInputs)) {
				let list = out.get(row.count_id);
				if (!list) out.set(row.count_id, (list = []));
				list.push(row);
			}
			return out;
		});
		const inputs = session.catalogue.kpis.find((k) => k.id === kpiId)?.inputs ?? [];
		return inputs.flatMap((id) => byCount.get(id) ?? []);
	};
	const api: DashboardData = {
		stats(state) {
			return statsMemo.get(stateKey(state, custom()), async () => {
				const spec = peerSpec(state.peers, custom()) ?? { type: 'size' };
				return session.engine.stats(state.authorityId, state.period, spec);
			});
		},
		periodValues(period) {
			return session.engine.snapshot(period).then(snapshotValues);
		},
		kpiView(state, kpiId, otherKpiId) {
			const key = `${stateKey(state, custom())}|${kpiId}|${otherKpiId ?? ''}`;
			return kpiMemo.get(key, async () => {
				const inputs = kpis.get(kpiId)?.inputs ?? [];
				const [{ group }, main, second, base, errors] = await Promise.all([
					api.stats(state),
					series(kpiId),
					otherKpiId ? series(otherKpiId) : Promise.resolve([]),
					baseCounts(state.period, kpiId),
					session.engine.errors()
				]);
				return kpiViewFrom(
					{
						authorityId: state.authorityId,
						period: state.period,
						members: group.members,
						kpiId,
						otherKpiId,
						inputs
					},
					second.length ? [...main, ...second] : main,
					base,
					{ errors, kpi: (id) => kpis.get(id) }
				);
			});
		},
		findings: () => session.engine.findings(),
		prefetch(state, kpiId) {
			const periods = session.periods;
			const i = periods.indexOf(state.period);
			// Nearest periods first; all of them on a ring of moderate size, the two neighbours on a
			// very large one (each snapshot holds one value per authority and KPI). On a KPI view then
			// the other KPIs' series. One small task per idle slot, so a click never waits long behind it.
			const all = session.data.ring.authorities.length * periods.length <= PREFETCH_ALL;
			const tasks: (() => Promise<unknown>)[] = periods
				.map((p, j) => ({ p, d: Math.abs(j - i) }))
				.filter(({ d }) => d > 0 && (all || d === 1))
				.sort((a, b) => a.d - b.d)
				.map(
					({ p }) =>
						() =>
							Promise.all([session.engine.snapshot(p), kpiId ? baseCounts(p, kpiId) : null])
				);
			if (kpiId && all) for (const k of session.catalogue.kpis) tasks.push(() => series(k.id));
			const run = ++prefetchRun; // a newer request (the user moved on) ends this one
			const step = () => {
				const task = tasks.shift();
				if (!task || run !== prefetchRun) return;
				task()
					.catch(() => undefined)
					.then(() => idle(step));
			};
			idle(step);
		}
	};
	return api;
}

/** Run `work` when the main thread is idle (soon at the latest), after the current view has painted. */
function idle(work: () => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 500 });
	else setTimeout(work, 50);
}
