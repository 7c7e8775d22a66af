/**
 * Computes the demo ring's first view (types.ts) at build time, in Node, through exactly the code
 * the browser runs: the engine on DuckDB-WASM's Node build and the dashboard's data layer
 * (dashboard/data.ts) with the default view state of an empty URL (dashboard/state.ts).
 */
import type { Catalogue } from '../catalogue/schema.ts';
import { createEngine } from '../engine/engine.ts';
import type { Connector } from '../engine/connector.ts';
import { createDashboardData } from '../dashboard/data.ts';
import { defaultOtherKpi, readState } from '../dashboard/state.ts';
import type { RingData } from '../ring/package/types.ts';
import { kpiRecord, overviewRecord } from './record.ts';
import type { FirstViewKpi, FirstViewOverview } from './types.ts';

export interface FirstView {
	overview: FirstViewOverview;
	kpis: FirstViewKpi[];
}

const NO_PARAMS = { get: (): string | null => null };

export async function computeFirstView(
	conn: Connector,
	catalogue: Catalogue,
	data: RingData
): Promise<FirstView> {
	const engine = createEngine(conn, catalogue);
	await engine.loadRing(data.ring);
	await engine.verify(); // the shipped numbers are the ones DuckDB has checked (engine.ts)
	const periods = await engine.periods();
	const dashboard = createDashboardData({ catalogue, engine, periods, data });
	const state = readState(
		NO_PARAMS,
		{
			authorityIds: data.ring.authorities.map((a) => a.authority_id),
			periods,
			customGroups: data.extras.custom_peer_groups
		},
		undefined
	);
	if (!state) throw new Error('Demo-Ring: kein Erhebungsjahr mit Daten.');
	const ids = catalogue.kpis.map((k) => k.id);
	const kpis: FirstViewKpi[] = [];
	for (const kpi of catalogue.kpis)
		kpis.push(await kpiRecord(dashboard, state, kpi.id, defaultOtherKpi(kpi.id, ids) ?? null));
	return { overview: await overviewRecord(dashboard, data, periods, state), kpis };
}
