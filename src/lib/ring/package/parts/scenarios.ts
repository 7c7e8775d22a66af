/**
 * The what-if scenarios (format 2, issue #28): `scenarios.json` at the package's root.
 *
 * ```json
 * {
 *   "scenarios": [
 *     {
 *       "name": "Zwei Stellen mehr",
 *       "authority_id": "05334",
 *       "period": 2024,
 *       "peers": "size",
 *       "description": "optional",
 *       "changes": [{ "count_id": "fte_case_officers", "mode": "add", "value": 2 }]
 *     }
 *   ]
 * }
 * ```
 *
 * A file of its own and not a ring.json key: scenarios are no setting of the ring, and a reader of the
 * ring's metadata should not have to skip them. Canonical: scenarios by name, keys in the order above
 * (`description` only when set), changes by count id, two-space JSON, a final line end — so reading a
 * written file and writing it again gives the same bytes. No scenarios, no file (a ring without them has
 * the files it had before). Scenarios are never data: nothing here is a base value. Read in
 * `scenarios-reader.ts`.
 */
import { BEFORE } from '../complete.ts';
import { cmp } from '../csv.ts';
import type { Scenario } from '../types.ts';
import type { RingPart } from './part.ts';

export const SCENARIOS_JSON = 'scenarios.json';

/** The canonical text of `scenarios.json`. */
export function scenariosJsonText(scenarios: readonly Scenario[]): string {
	const doc = {
		scenarios: [...scenarios]
			.sort((a, b) => cmp(a.name, b.name))
			.map((s) => ({
				name: s.name,
				authority_id: s.authority_id,
				period: s.period,
				peers: s.peers,
				...(s.description !== undefined ? { description: s.description } : {}),
				changes: [...s.changes]
					.sort((a, b) => cmp(a.count_id, b.count_id))
					.map((c) => ({ count_id: c.count_id, mode: c.mode, value: c.value }))
			}))
	};
	return `${JSON.stringify(doc, null, 2)}\n`;
}

const utf8 = new TextEncoder();

export const scenariosPart: RingPart<'scenarios'> = {
	slot: 'scenarios',
	since: 2,
	keys: [],
	owns: (path) => path === SCENARIOS_JSON,
	before: (ring, version) => BEFORE.scenarios(ring, version),
	write: (scenarios) => ({
		files: scenarios.length
			? [{ path: SCENARIOS_JSON, bytes: utf8.encode(scenariosJsonText(scenarios)) }]
			: []
	})
};
