/**
 * The counts behind proportion KPIs (catalogue attribute `proportion`) and survey KPIs (`sample`):
 * x and n of `x / n * 100`, and the respondents. They come with the period snapshot (extra columns
 * over `base_wide`), so the overview's intervals and badges cost no round trip of their own; the
 * KPI view evaluates the same terms over the base counts it already has (`countsFromBase`).
 */
import { evaluate } from '../catalogue/formula.ts';
import { proportionTerms } from '../catalogue/proportion.ts';
import type { Catalogue, KpiDef } from '../catalogue/schema.ts';
import { kpiErrors, type ErrorIndex } from './erroneous.ts';
import { extraOf, type ExtraColumn, type PeriodSnapshot } from './period-snapshot.ts';
import { funnel, type Funnel } from './uncertainty.ts';

export interface KpiCounts {
	/** Numerator x and denominator n of a proportion KPI (null: not computable or no proportion). */
	x: number | null;
	n: number | null;
	/** Respondents of a survey KPI (`sample.count`), else null. */
	respondents: number | null;
}

const xName = (kpiId: string) => `x_${kpiId}`;
const nName = (kpiId: string) => `n_${kpiId}`;
const sName = (kpiId: string) => `s_${kpiId}`;

/** The snapshot's extra columns: x and n of every proportion KPI, respondents of every survey KPI. */
export function proportionColumns(catalogue: Pick<Catalogue, 'kpis'>): ExtraColumn[] {
	const out: ExtraColumn[] = [];
	for (const k of catalogue.kpis) {
		const terms = k.proportion ? proportionTerms(k.resolved) : null;
		if (terms)
			out.push({ name: xName(k.id), expr: terms.numerator }, { name: nName(k.id), expr: terms.denominator });
		if (k.sample) out.push({ name: sName(k.id), expr: { type: 'ref', id: k.sample.count } });
	}
	return out;
}

/** A's counts of the KPI in the snapshot's period. */
export function countsFrom(snapshot: PeriodSnapshot, kpiId: string, authorityId: string): KpiCounts {
	const get = (name: string) => extraOf(snapshot, name, authorityId);
	return { x: get(xName(kpiId)), n: get(nName(kpiId)), respondents: get(sName(kpiId)) };
}

/** The same counts from an authority's base values (count id → value), evaluated in TypeScript. */
export function countsFromBase(
	kpi: Pick<KpiDef, 'resolved' | 'proportion' | 'sample'>,
	value: (countId: string) => number | undefined
): KpiCounts {
	const terms = kpi.proportion ? proportionTerms(kpi.resolved) : null;
	return {
		x: terms ? evaluate(terms.numerator, value) : null,
		n: terms ? evaluate(terms.denominator, value) : null,
		respondents: kpi.sample ? (value(kpi.sample.count) ?? null) : null
	};
}

/**
 * The funnel of a proportion KPI over a group (uncertainty.ts `funnel`): every member, in the
 * group's order, whose x and n make a proportion and whose value is not fehlerhaft — erroneous
 * values are left out of the points and the target (catalogue.md). The CLI (from the snapshot) and
 * the KPI view (from its base counts) both come here.
 */
export function groupFunnel(
	members: readonly string[],
	counts: (authorityId: string) => Pick<KpiCounts, 'x' | 'n'> | undefined,
	erroneous: (authorityId: string) => boolean
): Funnel {
	const points: { authority_id: string; x: number; n: number }[] = [];
	for (const authority_id of members) {
		const c = counts(authority_id);
		if (c && c.x !== null && c.n !== null && !erroneous(authority_id))
			points.push({ authority_id, x: c.x, n: c.n });
	}
	return funnel(points);
}

/**
 * The funnel of a proportion KPI in the snapshot's period over `members` (default: the whole ring,
 * every member with data in the period), from the snapshot's counts, fehlerhaft values (an error
 * finding on one of the KPI's inputs) left out. The CLI's `funnel` and the moderation page's
 * funnel of the whole ring both come here.
 */
export function periodFunnel(
	snapshot: PeriodSnapshot,
	errors: ErrorIndex,
	kpi: Pick<KpiDef, 'id' | 'inputs'>,
	members: readonly string[] = snapshot.members.map((m) => m.authority_id)
): Funnel {
	return groupFunnel(
		members,
		(id) => countsFrom(snapshot, kpi.id, id),
		(id) => kpiErrors(errors, snapshot.period, id, kpi.inputs) !== null
	);
}
