/**
 * What the report reads from the engine for one authority, period and peer group — in the browser
 * (the page's DuckDB) and in the CLI (Node) through the same calls, so both build the same model.
 *
 * Everything is the engine's own result: the group statistics with their fehlerhaft marks, intervals
 * and respondents (`engine.stats`, as on the overview), every KPI's values over all members and
 * periods (`engine.series`) and the period's base counts, from which the report builds each
 * KPI's view exactly as the KPI page does (views.ts `kpiViewFrom` with the ring's error index), the
 * plausibility findings for the notes. No number is computed twice.
 */
import type { Engine } from '../engine/engine.ts';
import type { ErrorIndex } from '../engine/erroneous.ts';
import type { PeerGroup, PeerSpec } from '../engine/peers.ts';
import type { PlausibilityResult } from '../engine/plausibility.ts';
import type { StatsRow } from '../engine/stats.ts';
import type { BaseValueRow, SeriesRow } from '../engine/views.ts';
import type { ScenarioComparison } from '../scenario/compare.ts';

export interface ReportData {
	authorityId: string;
	period: number;
	group: PeerGroup;
	stats: StatsRow[];
	/** Non-null values of every KPI, every ring member, every period. */
	series: SeriesRow[];
	/** Every member's delivered base counts of the period. */
	baseValues: BaseValueRow[];
	/** The ring's error findings (erroneous.ts): which values are fehlerhaft. */
	errors: ErrorIndex;
	plausibility: PlausibilityResult;
	/** The own authority's delivered base counts in the period (count_id → value). */
	ownCounts: Record<string, number>;
	/**
	 * The chosen what-if scenarios, each as the what-if page computes it (scenarios.ts
	 * `compareScenarios`): the report's hypothetical section. Absent or empty: no such section.
	 */
	scenarios?: readonly ScenarioComparison[];
}

export async function gatherReportData(
	engine: Engine,
	request: { authorityId: string; period: number; spec: PeerSpec }
): Promise<ReportData> {
	const { authorityId, period, spec } = request;
	const catalogue = engine.catalogue;
	const { group, rows } = await engine.stats(authorityId, period, spec);
	const series = await engine.series(catalogue.kpis.map((k) => k.id));
	const baseValues = await engine.baseCounts(
		period,
		catalogue.base_counts.map((b) => b.id)
	);
	const ownCounts: Record<string, number> = {};
	for (const c of baseValues) if (c.authority_id === authorityId) ownCounts[c.count_id] = c.value;
	return {
		authorityId,
		period,
		group,
		stats: rows,
		series,
		baseValues,
		errors: await engine.errors(),
		plausibility: await engine.findings(),
		ownCounts
	};
}
