/**
 * The preview: the demo ring's first view (types.ts), or a ring's last view (last-view.ts), as the
 * dashboard's source (dashboard/source.ts) while the real session (DuckDB-WASM, ring store, engine)
 * is still starting.
 *
 * Its queries answer the recorded state of the overview and of each recorded KPI view from the
 * record and hand every other request to the real session's queries once they are there, so a user
 * who changes a picker early simply waits for the engine, as before. It has no engine of its own and
 * holds no base values: nothing can be saved or exported from it (`preview: true`; the dashboard
 * hides those controls meanwhile).
 */
import catalogue from 'virtual:kpi-definitions';
import type { DashboardData } from '../dashboard/data.ts';
import type { DashboardSource } from '../dashboard/source.ts';
import { stateKey, type ViewState } from '../dashboard/state.ts';
import { DEMO_RING_ID } from '../ring/store.ts';
import { noValues } from '../ring/value-columns.ts';
import { FIRST_VIEW_VERSION, type FirstViewKpi, type FirstViewOverview } from './types.ts';

async function json<T>(url: string): Promise<T | null> {
	try {
		const response = await fetch(url);
		const value = response.ok ? ((await response.json()) as T & { version?: number }) : null;
		return value && value.version === FIRST_VIEW_VERSION ? value : null;
	} catch {
		return null; // no preview; the engine paints the first view
	}
}

/**
 * A preview of ring `ringId` over `overview` (the recorded state, statistics and period values);
 * `kpiFile` gives a KPI view's data for that state when it is known; `real` settles with the real
 * session's queries.
 */
export function previewSource(
	overview: FirstViewOverview,
	kpiFile: (kpiId: string) => Promise<FirstViewKpi | null>,
	ringId: string,
	real: Promise<DashboardData>
): DashboardSource {
	return {
		catalogue,
		ringId,
		// Recorded without values; typed arrays do not survive the build's JSON, so none are made here.
		data: { ...overview.data, ring: { ...overview.data.ring, values: noValues() } },
		periods: overview.periods,
		queries: previewData(overview, kpiFile, real),
		preview: true
	};
}

/** The demo ring's preview from the build, or null when the build has none (dev server) or it cannot be read. */
export async function loadBuildPreview(real: Promise<DashboardData>): Promise<DashboardSource | null> {
	const { overviewUrl, kpiUrls } = await import('virtual:first-view');
	if (!overviewUrl) return null;
	const overview = await json<FirstViewOverview>(overviewUrl);
	if (!overview) return null;
	const files = new Map<string, Promise<FirstViewKpi | null>>();
	const kpiFile = (kpiId: string) => {
		const url = kpiUrls[kpiId];
		if (!url) return Promise.resolve(null);
		let file = files.get(kpiId);
		if (!file) files.set(kpiId, (file = json<FirstViewKpi>(url)));
		return file;
	};
	return previewSource(overview, kpiFile, DEMO_RING_ID, real);
}

/** The preview's queries: the recorded view from the record, everything else from the real session's. */
function previewData(
	overview: FirstViewOverview,
	kpiFile: (kpiId: string) => Promise<FirstViewKpi | null>,
	real: Promise<DashboardData>
): DashboardData {
	const first = stateKey(overview.state, overview.data.extras.custom_peer_groups);
	const isFirst = (state: ViewState) => stateKey(state, overview.data.extras.custom_peer_groups) === first;
	let values: Map<string, Map<string, number>> | undefined; // rebuilt from the record once
	const firstValues = () =>
		(values ??= new Map(overview.values.map(([kpi, pairs]) => [kpi, new Map(pairs)])));
	return {
		stats: (state) => (isFirst(state) ? Promise.resolve(overview.stats) : real.then((d) => d.stats(state))),
		periodValues: (period) =>
			period === overview.state.period
				? Promise.resolve(firstValues())
				: real.then((d) => d.periodValues(period)),
		async kpiView(state, kpiId, otherKpiId) {
			if (isFirst(state)) {
				const view = await kpiFile(kpiId);
				if (view && view.kpiId === kpiId && view.otherKpiId === otherKpiId && isFirst(view.state))
					return view.data;
			}
			return (await real).kpiView(state, kpiId, otherKpiId);
		},
		findings: () => real.then((d) => d.findings()),
		prefetch: () => undefined
	};
}
