/**
 * Random rings for the engine's property tests (engines.test.ts, columnar-before.test.ts): the demo
 * generator at a seed (with its deliberate anomalies, so findings exist), and synthetic rings made
 * rough — gaps, zero populations, ties, an unlisted authority, a count outside the catalogue, extreme
 * and non-finite values, repeated values (a later one wins), names that need quoting.
 */
import { readFileSync } from 'node:fs';
import { benchmarkAuthorities, generateRing, parseKreiseCsv } from '../../../data-samples/generator.ts';
import type { Ring } from '../../../src/lib/ring/types.ts';
import { decodeValues, encodeValues } from '../../../src/lib/ring/value-columns.ts';
import { rng, syntheticRing } from '../../fixtures/catalogue/rings.ts';

export function generated(seed: number): Ring {
	const kreise = parseKreiseCsv(readFileSync('data-samples/reference/kreise.csv', 'utf8'));
	const r = rng(seed);
	const first = 2010 + Math.floor(r() * 10);
	return generateRing({
		seed,
		periods: Array.from({ length: 2 + Math.floor(r() * 4) }, (_, i) => first + i),
		authorities: benchmarkAuthorities(kreise, 20 + Math.floor(r() * 40), seed)
	});
}

/** A synthetic ring with everything the load path and the SQL must survive. */
export function rough(seed: number): Ring {
	const r = rng(seed * 104729);
	const ring = syntheticRing(25 + Math.floor(r() * 30), 3 + Math.floor(r() * 3), seed);
	const base = decodeValues(ring.values);
	const odd = [1e300, 5e-324, 0, 0.1 + 0.2, 2 / 3, NaN, Infinity, -Infinity];
	const values = base
		.filter(() => r() > 0.05)
		.map((v) => {
			const x = r();
			if (v.count_id === 'population' && x < 0.05) return { ...v, value: 0 };
			if (x < 0.02) return { ...v, value: odd[Math.floor(r() * odd.length)]! };
			if (x < 0.3) return { ...v, value: Math.round(v.value / 1000) * 1000 }; // ties
			return v;
		});
	const first = ring.authorities[0]!.authority_id;
	const unlisted = base.filter((v) => v.authority_id === first).map((v) => ({ ...v, authority_id: '99999' }));
	const extra = base.slice(0, 40).map((v) => ({ ...v, count_id: 'zusatz_zahl', value: r() * 100 }));
	const repeated = base.slice(0, 30).map((v) => ({ ...v, value: v.value + 1 })); // a later value wins
	const authorities = ring.authorities.map((a, i) =>
		i % 7 === 1 ? { ...a, name: `Amt „${a.authority_id}“, "Nord"\nZweigstelle Köln` } : a
	);
	return { ...ring, authorities, values: encodeValues([...values, ...unlisted, ...extra, ...repeated]) };
}
