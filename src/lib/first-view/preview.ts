/**
 * The preview session: the demo ring's first view (types.ts) as a `Session` the dashboard can
 * render while the real session (DuckDB-WASM, ring store, engine) is still starting.
 *
 * Its data layer answers the default state of the overview and of each KPI view from the files
 * computed at build time and hands every other request to the real session once it is there, so a
 * user who changes a picker early simply waits for the engine, as before. It holds no base values:
 * nothing can be saved or exported from it (the dashboard hides those controls while `preview`).
 */
import catalogue from 'virtual:kpi-definitions';
import type { Session } from '../app/session.ts';
import { dashboardData } from '../dashboard/browser-data.ts';
import type { DashboardData } from '../dashboard/data.ts';
import { stateKey, type ViewState } from '../dashboard/state.ts';
import type { Engine } from '../engine/engine.ts';
import { DEMO_RING_ID } from '../ring/store.ts';
import { noValues } from '../ring/value-columns.ts';
import { FIRST_VIEW_VERSION, type FirstViewKpi, type FirstViewOverview } from './types.ts';

export interface Preview {
	/** The data layer the dashboard uses for this session (see `dashboardData`). */
	data: DashboardData;
}

async function json<T>(url: string): Promise<T | null> {
	try {
		const response = await fetch(url);
		const value = response.ok ? ((await response.json()) as T & { version?: number }) : null;
		return value && value.version === FIRST_VIEW_VERSION ? value : null;
	} catch {
		return null; // no preview; the engine paints the first view
	}
}

/** An engine whose every call waits for the real one (the preview's data layer never calls it). */
function deferredEngine(real: Promise<Engine>): Engine {
	const later =
		<K extends keyof Engine>(name: K) =>
		(...args: unknown[]) =>
			real.then((e) => (e[name] as (...a: unknown[]) => unknown)(...args));
	return {
		catalogue,
		loadRing: later('loadRing'),
		kpis: later('kpis'),
		periods: later('periods'),
		snapshot: later('snapshot'),
		series: later('series'),
		peerGroup: later('peerGroup'),
		stats: later('stats'),
		findings: later('findings'),
		errors: later('errors'),
		clearCache: () => void real.then((e) => e.clearCache())
	} as Engine;
}

/**
 * A preview session over `overview` (the first view's state, statistics and period values); `kpiFile`
 * gives a KPI view's data for that state when it is known.
 */
export function previewSession(
	overview: FirstViewOverview,
	kpiFile: (kpiId: string) => Promise<FirstViewKpi | null>,
	ringId: string,
	real: Promise<Session>
): Session {
	return {
		catalogue,
		engine: deferredEngine(real.then((s) => s.engine)),
		store: null,
		storageProblem: null,
		ringId,
		revision: null,
		// Recorded without values; typed arrays do not survive the build's JSON, so none are made here.
		data: { ...overview.data, ring: { ...overview.data.ring, values: noValues() } },
		periods: overview.periods,
		demoStored: Promise.resolve(null),
		preview: { data: previewData(overview, kpiFile, () => real.then(dashboardData)) }
	};
}

/** The demo ring's preview from the build, or null when the build has none (dev server) or it cannot be read. */
export async function loadBuildPreview(real: Promise<Session>): Promise<Session | null> {
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
	return previewSession(overview, kpiFile, DEMO_RING_ID, real);
}

/** The preview's data layer: the first view from the files, everything else from the real session. */
function previewData(
	overview: FirstViewOverview,
	kpiFile: (kpiId: string) => Promise<FirstViewKpi | null>,
	real: () => Promise<DashboardData>
): DashboardData {
	const first = stateKey(overview.state, overview.data.extras.custom_peer_groups);
	const isFirst = (state: ViewState) => stateKey(state, overview.data.extras.custom_peer_groups) === first;
	let values: Map<string, Map<string, number>> | undefined; // rebuilt from the record once
	const firstValues = () =>
		(values ??= new Map(overview.values.map(([kpi, pairs]) => [kpi, new Map(pairs)])));
	return {
		stats: (state) => (isFirst(state) ? Promise.resolve(overview.stats) : real().then((d) => d.stats(state))),
		periodValues: (period) =>
			period === overview.state.period
				? Promise.resolve(firstValues())
				: real().then((d) => d.periodValues(period)),
		async kpiView(state, kpiId, otherKpiId) {
			if (isFirst(state)) {
				const view = await kpiFile(kpiId);
				if (view && view.kpiId === kpiId && view.otherKpiId === otherKpiId && isFirst(view.state))
					return view.data;
			}
			return (await real()).kpiView(state, kpiId, otherKpiId);
		},
		findings: () => real().then((d) => d.findings()),
		prefetch: () => undefined
	};
}
