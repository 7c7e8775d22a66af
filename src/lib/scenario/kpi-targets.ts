/**
 * What the KPI view computes its targets and staffing from: the dashboard's data of one state (group
 * statistics — which also mark a fehlerhaft own value — and the own base counts of the KPI view)
 * handed to the engine's pure functions. The CLI `scenario` feeds `kpiTargets` the same engine results, so both give the same
 * figures (tests/unit/scenario-cli.test.ts compares them on the demo ring).
 */
import type { Catalogue, KpiDef } from '../catalogue/schema.ts';
import { caseloadOf, staffingFrom, STAFFING_KPI, type Staffing } from '../engine/staffing.ts';
import type { StatsRow } from '../engine/stats.ts';
import { kpiTargets, type TargetRow } from '../engine/targets.ts';
import type { BaseCountRow } from '../engine/views.ts';

export interface ViewInput {
	catalogue: Pick<Catalogue, 'base_counts' | 'derived' | 'kpis'>;
	/** The engine's statistics of the state's group (StatsResult.rows). */
	rows: readonly StatsRow[];
	/** Base counts of KPI views of this state (KpiViewData.baseCounts, `own` is A's value). */
	baseCounts: readonly BaseCountRow[];
}

const ownCounts = (rows: readonly BaseCountRow[]) => {
	const own = new Map<string, number>();
	for (const b of rows) if (b.own !== null) own.set(b.count_id, b.own);
	return (id: string) => own.get(id);
};

/** The target rows of one KPI (both targets, both sides), as the CLI writes them. */
export function targetsOfKpi(input: ViewInput, kpi: Pick<KpiDef, 'id'>): TargetRow[] {
	return kpiTargets({
		catalogue: input.catalogue,
		rows: input.rows,
		counts: ownCounts(input.baseCounts),
		kpiIds: [kpi.id]
	});
}

/** The staffing calculation of the state (base counts: decisions_per_fte's and the planned FTE). */
export function staffingOf(input: ViewInput): Staffing {
	const counts = ownCounts(input.baseCounts);
	return staffingFrom(
		input.rows.find((r) => r.kpi_id === STAFFING_KPI),
		caseloadOf(input.catalogue, counts),
		counts
	);
}
