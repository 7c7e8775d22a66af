/**
 * The first view of the demo ring, computed at build time (compute.ts) and painted while
 * DuckDB-WASM is still loading (preview.ts).
 *
 * Why: instantiating DuckDB-WASM takes one to two seconds on a typical office PC, and loading the
 * ring and computing every KPI takes more. The demo ring ships with the build, so the numbers of
 * its default view are known when the app is built: painting them at once lets a first-time
 * visitor read the dashboard immediately, and the engine takes over when it is ready (with
 * identical numbers: they were computed by the same engine code, in Node).
 *
 * Plain JSON: the overview file holds the ring without its values (meta, authorities), the periods,
 * the default state, the group statistics and the period's KPI values (the overview's strips);
 * one file per KPI holds that KPI view's data for the default state and second KPI.
 */
import type { GroupStats } from '../engine/engine.ts';
import type { KpiViewData } from '../engine/views.ts';
import type { RingData } from '../ring/package/types.ts';
import type { ViewState } from '../dashboard/state.ts';

/** Bump when the shape changes. */
export const FIRST_VIEW_VERSION = 2; // 2: statistics with erroneous values, intervals and counts (issue #27)

export interface FirstViewOverview {
	version: number;
	/** The demo ring without its base values (the engine's copy arrives with the real session). */
	data: RingData;
	periods: number[];
	state: ViewState;
	stats: GroupStats;
	/** kpi_id → [authority_id, value][] of the state's period (non-null values). */
	values: [string, [string, number][]][];
}

export interface FirstViewKpi {
	version: number;
	state: ViewState;
	kpiId: string;
	otherKpiId: string | null;
	data: KpiViewData;
}
