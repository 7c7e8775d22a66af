/**
 * The dashboard's queries with a cache per session: every view state costs one batched query (or
 * a few), and a state seen before is answered from memory, so switching back is instant.
 *
 * - `stats(state)`: ONE `engine.stats()` per (authority, period, group) — peer group plus the
 *   statistics of every KPI; shared by the overview and the KPI view.
 * - `periodValues(period)`: `engine.kpis({period})` once per period as kpi → authority → value;
 *   the overview's strips take the group's values from it (a new group needs no new query).
 * - `kpiView(state, kpi, other)`: the KPI view, computed in JS (views.ts `kpiViewFrom`) from the
 *   KPI's series over all members and periods (one query per KPI, whatever the state) and the
 *   period's input base counts (one query per period and KPI): switching authority, group or
 *   period of a KPI seen before costs no query beyond the group statistics.
 * - `findings()`: the engine caches them per ring load.
 *
 * Keys include the custom group's members, so an edited group is never served stale. A new
 * session (another ring, or the same ring saved with a new custom group) gets a new cache.
 * Entries are kept in insertion order and the oldest dropped beyond `LIMIT`, bounding memory on a
 * large ring; a failed query is removed so that it can be retried.
 */
import type { GroupStats } from '../engine/engine.ts';
import type { PlausibilityResult } from '../engine/plausibility.ts';
import {
	kpiSeries,
	kpiViewFrom,
	periodBaseCounts,
	type BaseValueRow,
	type KpiViewData,
	type SeriesRow
} from '../engine/views.ts';
import type { Connector } from '../engine/connector.ts';
import type { Session } from '../app/session.ts';
import { statsRows, valuesByKpi, type StatsRow } from './overview.ts';
import { peerSpec, stateKey, type ViewState } from './state.ts';

const LIMIT = 64;

export interface StatsResult {
	group: GroupStats['group'];
	rows: StatsRow[];
}

class Memo<T> {
	#map = new Map<string, Promise<T>>();
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
		while (this.#map.size > LIMIT) {
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
}

/**
 * `conn` must be the connection the session's engine has loaded the ring into (in the browser the
 * page's one DuckDB: `browserConnector()` hands out the same connection to every caller).
 */
export function createDashboardData(session: Session, conn: () => Promise<Connector>): DashboardData {
	const custom = () => session.data.extras.custom_peer_groups;
	const statsMemo = new Memo<StatsResult>();
	const valuesMemo = new Memo<Map<string, Map<string, number>>>();
	const kpiMemo = new Memo<KpiViewData>();
	const seriesMemo = new Memo<SeriesRow[]>();
	const baseMemo = new Memo<BaseValueRow[]>();
	const series = (kpiId: string) => seriesMemo.get(kpiId, async () => kpiSeries(await conn(), [kpiId]));
	const api: DashboardData = {
		stats(state) {
			return statsMemo.get(stateKey(state, custom()), async () => {
				const spec = peerSpec(state.peers, custom()) ?? { type: 'size' };
				const s = await session.engine.stats(state.authorityId, state.period, spec);
				return { group: s.group, rows: statsRows(s.table) };
			});
		},
		periodValues(period) {
			return valuesMemo.get(String(period), async () => valuesByKpi(await session.engine.kpis({ period })));
		},
		kpiView(state, kpiId, otherKpiId) {
			const key = `${stateKey(state, custom())}|${kpiId}|${otherKpiId ?? ''}`;
			return kpiMemo.get(key, async () => {
				const kpi = session.catalogue.kpis.find((k) => k.id === kpiId);
				const inputs = kpi?.inputs ?? [];
				const [{ group }, main, second, base] = await Promise.all([
					api.stats(state),
					series(kpiId),
					otherKpiId ? series(otherKpiId) : Promise.resolve([]),
					baseMemo.get(`${state.period}|${kpiId}`, async () =>
						periodBaseCounts(await conn(), state.period, inputs)
					)
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
					base
				);
			});
		},
		findings: () => session.engine.findings()
	};
	return api;
}

const perSession = new WeakMap<Session, DashboardData>();

/** The cache of this session (created on first use), on the page's one DuckDB connection. */
export function dashboardData(session: Session): DashboardData {
	let d = perSession.get(session);
	if (!d) {
		const conn = () => import('../engine/browser-connector.ts').then((m) => m.browserConnector());
		perSession.set(session, (d = createDashboardData(session, conn)));
	}
	return d;
}
