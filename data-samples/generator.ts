/**
 * Seeded, deterministic generator of synthetic rings (pure: no file system, no clock, no Math.random).
 *
 * Used for the demo ring (generate-demo.ts), for benchmark rings of 550 or 5,000 authorities and
 * in tests. Real keys, names and Zensus populations may come in through `authorities`; every other
 * figure is synthetic but plausible for a German immigration office (see generator/model.ts), with
 * deliberate anomalies (generator/anomalies.ts) that are returned alongside the ring.
 *
 *   const { ring, anomalies, findings } = generateRingReport({ seed: 42, periods: [2021, 2022], authorities });
 */
import { RING_FORMAT_VERSION } from '../src/lib/ring/package/meta.ts';
import type { Ring, RingMeta } from '../src/lib/ring/types.ts';
import { ValueColumnsBuilder } from '../src/lib/ring/value-columns.ts';
import {
	applyAnomalies,
	describeAnomaly,
	planAnomalies,
	type Anomaly,
	type AnomalyTarget
} from './generator/anomalies.ts';
import { COUNT_IDS, type Figures } from './generator/catalogue.ts';
import { checkAuthority, type Finding } from './generator/checks.ts';
import { naturalFigures } from './generator/model.ts';
import { draws } from './generator/prng.ts';
import type { GeneratorAuthority } from './generator/reference.ts';

export interface GenerateOptions {
	seed: number;
	periods: number[];
	authorities: GeneratorAuthority[];
	/** ring.json fields; defaults: a synthetic, pseudonymous ring named after the seed. */
	meta?: Partial<RingMeta>;
	/** 'auto' (default): one anomaly of each kind on authorities picked by the seed; 'none'; or a list. */
	anomalies?: 'auto' | 'none' | AnomalyTarget[];
}

export interface GeneratedRing {
	ring: Ring;
	/** The deliberate anomalies applied, in the order given or planned. */
	anomalies: Anomaly[];
	/** Plausibility findings of the generated figures (generator/checks.ts). */
	findings: Finding[];
	/** Figures per authority and period, as generated (missing values absent). */
	figures: Map<string, Map<number, Figures>>;
}

/** The ring only. Same options → identical ring (deep-equal, and identical files when rendered). */
export function generateRing(options: GenerateOptions): Ring {
	return generateRingReport(options).ring;
}

export function generateRingReport(options: GenerateOptions): GeneratedRing {
	const periods = [...new Set(options.periods)].sort((a, b) => a - b);
	if (periods.length === 0 || periods.some((p) => !Number.isInteger(p))) {
		throw new Error('generateRing: periods must be a non-empty list of years');
	}
	const authorities = [...options.authorities].sort((a, b) => a.authority_id.localeCompare(b.authority_id));
	const ids = new Set(authorities.map((a) => a.authority_id));
	if (ids.size !== authorities.length) throw new Error('generateRing: authority ids must be unique');
	const random = draws(options.seed);

	const plan = options.anomalies ?? 'auto';
	const targets = plan === 'none' ? [] : plan === 'auto' ? planAnomalies([...ids], periods, random) : plan;
	const anomalies = targets.map((target) => {
		if (!ids.has(target.authority_id))
			throw new Error(`anomaly for unknown authority ${target.authority_id}`);
		if (!periods.includes(target.period)) throw new Error(`anomaly for unknown period ${target.period}`);
		return describeAnomaly(target, periods);
	});

	const values = new ValueColumnsBuilder();
	const findings: Finding[] = [];
	const figures = new Map<string, Map<number, Figures>>();
	for (const authority of authorities) {
		const own = naturalFigures(authority, periods, random);
		applyAnomalies(
			anomalies.filter((a) => a.authority_id === authority.authority_id),
			own,
			random
		);
		figures.set(authority.authority_id, own);
		findings.push(...checkAuthority(authority.authority_id, own));
		for (const period of periods) {
			const f = own.get(period) as Figures;
			for (const count_id of COUNT_IDS) {
				const value = f[count_id];
				if (value !== undefined)
					values.push({ authority_id: authority.authority_id, period, count_id, value });
			}
		}
	}

	const meta: RingMeta = {
		format_version: RING_FORMAT_VERSION,
		name: `Synthetischer Vergleichsring (Seed ${options.seed})`,
		description: 'Synthetische Daten, erzeugt mit data-samples/generator.ts.',
		periods,
		disclosure: 'pseudonymous',
		synthetic: true,
		...options.meta
	};
	return {
		ring: {
			meta,
			authorities: authorities.map(({ authority_id, name, kind, state }) => ({
				authority_id,
				name,
				kind,
				state
			})),
			values: values.finish()
		},
		anomalies,
		findings,
		figures
	};
}

export { ANOMALY_KINDS, attributeFindings, isNaturalFinding } from './generator/anomalies.ts';
export type { Anomaly, AnomalyKind, AnomalyTarget } from './generator/anomalies.ts';
export { COUNT_IDS, COUNT_KIND, type CountId, type Figures } from './generator/catalogue.ts';
export { checkAuthority, type Finding } from './generator/checks.ts';
export { draws, mulberry32 } from './generator/prng.ts';
export {
	benchmarkAuthorities,
	parseKreiseCsv,
	selectAuthorities,
	toAuthority,
	type GeneratorAuthority,
	type ReferenceRow
} from './generator/reference.ts';
