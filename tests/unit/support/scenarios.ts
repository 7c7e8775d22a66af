/**
 * Generated what-if scenarios for the ring package's property tests: of the ring's members, on its
 * periods and peer groups (its own groups too, when given), with texts JSON must escape, in the
 * canonical order the reader gives back (by name, changes by count id).
 */
import type { CountSpec } from '../../../src/lib/ingest/types.ts';
import { CHANGE_MODES, type CustomPeerGroup, type Scenario } from '../../../src/lib/ring/package/types.ts';
import type { prng } from './prng.ts';

const WORDS = ['Zwei Stellen', 'Anrufe „+10 %“', '"Zentral"', 'Zeile\nzwei', 'Tab\tx', 'Ärger\\', 'x'];
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function generateScenarios(
	rng: ReturnType<typeof prng>,
	specs: readonly CountSpec[],
	ids: readonly string[],
	periods: readonly number[],
	groups: readonly CustomPeerGroup[] = []
): Scenario[] {
	if (ids.length === 0 || rng.chance(0.4)) return [];
	const peers = ['size', 'ring', 'nearest:5', ...groups.map((g) => `custom:${g.name}`)];
	return Array.from({ length: rng.int(1, 3) }, (_, i): Scenario => {
		const counts = new Set<string>();
		const n = rng.int(0, 3);
		while (counts.size < n) counts.add(rng.pick(specs).id);
		const description = rng.chance(0.5) ? { description: `${rng.pick(WORDS)} ${rng.pick(WORDS)}` } : {};
		return {
			name: `${rng.pick(WORDS)} ${i}`,
			authority_id: rng.pick(ids),
			period: rng.pick(periods),
			peers: rng.pick(peers),
			...description,
			changes: [...counts].sort(byCodeUnits).map((count_id) => ({
				count_id,
				mode: rng.pick(CHANGE_MODES),
				value: rng.pick([2, -500, 10, -2.5, 0.1, 1e-7, 12000.5])
			}))
		};
	}).sort((a, b) => byCodeUnits(a.name, b.name));
}
