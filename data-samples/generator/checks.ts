/**
 * A small, independent implementation of the catalogue's plausibility checks over generated figures.
 *
 * Why here: the generator must know which findings its ring produces, so that every finding can be
 * traced to a documented deliberate anomaly (the README lists them) and a test can assert that no
 * finding appears by accident. It is also an oracle for the engine's own checks: the rules' logic is
 * written here in plain JS, apart from the engine's SQL, while their parameters — part/whole pairs,
 * the change limit, each KPI's warning limit and survey minimum — are the catalogue's
 * (kpi-definitions/checks.yaml and the KPIs' `warn_above` / `sample`), read through its loader.
 */
import { evaluate } from '../../src/lib/catalogue/formula.ts';
import { CATALOGUE, COUNT_IDS, type CountId, type Figures } from './catalogue.ts';

export type FindingRule = 'part_of_whole' | 'change' | 'kpi_above' | 'low_sample';

export interface Finding {
	severity: 'error' | 'warning';
	rule: FindingRule;
	authority_id: string;
	period: number;
	/** Base count ids involved (for kpi_above: the KPI's inputs). */
	ids: CountId[];
	/** For kpi_above: the KPI id. */
	kpi?: string;
	values: number[];
}

/** Part ≤ whole pairs (kpi-definitions/checks.yaml). */
export const PART_OF_WHOLE: readonly [CountId, CountId][] = CATALOGUE.checks.part_of_whole.map((c) => [
	c.part,
	c.whole
]);

const CHANGE = CATALOGUE.checks.change;

/** KPIs with a warning threshold: their own `warn_above`, percent KPIs the ring's default. */
const KPI_LIMITS = CATALOGUE.kpis.flatMap((k) => {
	const limit = k.warn_above ?? (k.unit === '%' ? CATALOGUE.checks.percent_warn_above : undefined);
	return limit === undefined ? [] : [{ kpi: k, limit }];
});

/** Survey counts with the size below which a survey's KPIs are a small sample. */
const SAMPLES = [
	...new Map(CATALOGUE.kpis.flatMap((k) => (k.sample ? [[k.sample.count, k.sample.min]] : []))).entries()
];

/** All findings of one authority, whose figures are given per period. */
export function checkAuthority(authorityId: string, byPeriod: ReadonlyMap<number, Figures>): Finding[] {
	const findings: Finding[] = [];
	const periods = [...byPeriod.keys()].sort((a, b) => a - b);
	const base = (period: number) => ({ authority_id: authorityId, period });
	for (const period of periods) {
		const f = byPeriod.get(period) as Figures;
		for (const [part, whole] of PART_OF_WHOLE) {
			const p = f[part];
			const w = f[whole];
			if (p !== undefined && w !== undefined && p > w) {
				findings.push({
					severity: 'error',
					rule: 'part_of_whole',
					...base(period),
					ids: [part, whole],
					values: [p, w]
				});
			}
		}
		for (const id of COUNT_IDS) {
			const now = f[id];
			const earlier = periods.filter((q) => q < period && byPeriod.get(q)?.[id] !== undefined).at(-1);
			const before = earlier === undefined ? undefined : byPeriod.get(earlier)?.[id];
			if (now === undefined || before === undefined) continue;
			if (now < CHANGE.min_value || before < CHANGE.min_value) continue;
			if (Math.abs(now - before) / before > CHANGE.max_relative_change) {
				findings.push({
					severity: 'warning',
					rule: 'change',
					...base(period),
					ids: [id],
					values: [before, now]
				});
			}
		}
		for (const { kpi, limit } of KPI_LIMITS) {
			const value = evaluate(kpi.resolved, (id) => f[id]);
			if (value !== null && value > limit) {
				findings.push({
					severity: 'warning',
					rule: 'kpi_above',
					...base(period),
					ids: [...kpi.inputs],
					kpi: kpi.id,
					values: [value]
				});
			}
		}
		for (const [id, min] of SAMPLES) {
			const n = f[id];
			if (n !== undefined && n > 0 && n < min) {
				findings.push({ severity: 'warning', rule: 'low_sample', ...base(period), ids: [id], values: [n] });
			}
		}
	}
	return findings;
}
