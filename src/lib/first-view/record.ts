/**
 * One way to turn what the dashboard's data layer holds for a view state into the plain, storable
 * records of types.ts — used by the build (compute.ts, the demo's first view) and by the browser
 * (last-view.ts, the last view of a stored ring). The ring travels without its base values.
 */
import type { DashboardData } from '../dashboard/data.ts';
import type { ViewState } from '../dashboard/state.ts';
import type { RingData } from '../ring/package/types.ts';
import { noValues } from '../ring/value-columns.ts';
import { FIRST_VIEW_VERSION, type FirstViewKpi, type FirstViewOverview } from './types.ts';

export async function overviewRecord(
	dashboard: DashboardData,
	data: RingData,
	periods: readonly number[],
	state: ViewState
): Promise<FirstViewOverview> {
	const [stats, values] = await Promise.all([dashboard.stats(state), dashboard.periodValues(state.period)]);
	return {
		version: FIRST_VIEW_VERSION,
		// Without values, and without the Datenstände' frozen files (hundreds of kB): a preview shows
		// numbers, the header's Datenstand follows with the real session.
		data: { ring: { ...data.ring, values: noValues() }, extras: { ...data.extras, releases: [] } },
		periods: [...periods],
		state,
		stats,
		values: [...values].map(([kpi, byAuthority]) => [kpi, [...byAuthority]])
	};
}

export async function kpiRecord(
	dashboard: DashboardData,
	state: ViewState,
	kpiId: string,
	otherKpiId: string | null
): Promise<FirstViewKpi> {
	return {
		version: FIRST_VIEW_VERSION,
		state,
		kpiId,
		otherKpiId,
		data: await dashboard.kpiView(state, kpiId, otherKpiId)
	};
}
