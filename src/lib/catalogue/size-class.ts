/**
 * The size class of a population (catalogue.md, size classes): the class with the highest lower
 * bound the population reaches; none without a population or below every class. One definition for
 * the catalogue's own checks and the engine's peer groups (engine/peers.ts `authorityPeriods`), in a
 * module of its own so the browser's engine takes it without the catalogue's validator (YAML, zod).
 */
import type { SizeClassDef } from './schema.ts';

export function sizeClassOf(
	population: number | null | undefined,
	classes: readonly SizeClassDef[]
): string | null {
	if (population === null || population === undefined || !Number.isFinite(population)) return null;
	// No sort per call: the load asks once per member and period (50,000 times at 5,000 × 10). Of two
	// classes with the same bound the first in the catalogue wins, as in a stable sort.
	let best: SizeClassDef | null = null;
	for (const c of classes)
		if (population >= c.min_population && (!best || c.min_population > best.min_population)) best = c;
	return best?.id ?? null;
}
