/**
 * The saved what-if scenarios a report may carry (issue #28), and their figures: for each, exactly
 * what the what-if page computes — the real engine's statistics of the authority in the scenario's
 * peer group and its findings as the actual side, the scenario engine (scenario/compute.ts, a second
 * engine on a connection of its own) for the changed side, put together by `scenarioComparison`
 * (scenario/compare.ts). In the browser and in the CLI alike; nothing of it is stored.
 *
 * Which scenarios a report may carry: scenario-choice.ts.
 */
import type { Catalogue } from '../catalogue/schema.ts';
import { peerSpec } from '../dashboard/state.ts';
import type { Engine } from '../engine/engine.ts';
import type { CustomPeerGroup, Scenario } from '../ring/package/types.ts';
import type { Ring } from '../ring/types.ts';
import { scenarioComparison, type ScenarioComparison } from '../scenario/compare.ts';
import type { ScenarioRunner } from '../scenario/compute.ts';

export interface ScenarioEngines {
	/** The engine with the real ring loaded (the dashboard's, the CLI's). */
	engine: Engine;
	/** The scenario engine's runner, on a connection of its own. */
	runner: ScenarioRunner;
	catalogue: Pick<Catalogue, 'base_counts' | 'derived' | 'kpis' | 'fields'>;
	/** The ring the report's figures are from (at a Datenstand: that one's). */
	ring: Ring;
	customGroups: readonly CustomPeerGroup[];
}

/** Each scenario against its peer group as the what-if page shows it, one after the other. */
export async function compareScenarios(
	e: ScenarioEngines,
	scenarios: readonly Scenario[]
): Promise<ScenarioComparison[]> {
	const out: ScenarioComparison[] = [];
	const findings = scenarios.length ? (await e.engine.findings()).findings : [];
	for (const scenario of scenarios) {
		const { authority_id: authorityId, period } = scenario;
		const spec = peerSpec(scenario.peers, e.customGroups) ?? { type: 'size' as const };
		const { group, rows } = await e.engine.stats(authorityId, period, spec);
		const result = await e.runner.run(e.catalogue, e.ring, {
			authorityId,
			period,
			group,
			spec,
			changes: scenario.changes
		});
		out.push(
			scenarioComparison({
				catalogue: e.catalogue,
				scenario,
				actualRows: rows,
				actualFindings: findings,
				result
			})
		);
	}
	return out;
}
