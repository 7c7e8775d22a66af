/**
 * Proportion KPIs (catalogue attribute `proportion: true`): the numerator counts a subset of the
 * denominator's units — respondents who are satisfied, calls that were answered — so the value is
 * a share of n units and has a binomial sampling error (Wilson interval, funnel limits; engine
 * `uncertainty.ts`).
 *
 * Why the attribute is checked rather than trusted: an interval around a ratio that is not a share
 * of units (costs per case, a rate per FTE) would look exact and mean nothing. A proportion's
 * resolved formula must read `x / n * 100` over base counts of kind `count`, and x must provably be
 * a part of n: either a summand of n (`digital_submissions / (visits + digital_submissions)`), or
 * a plausibility check `part_of_whole` says x ≤ n (then x > n is an error finding and the value is
 * marked fehlerhaft). Numerator and denominator are not stored with the catalogue (it ships in the
 * browser); they are read off the resolved formula with `proportionTerms`.
 */
import type { Expr } from './formula.ts';
import { refsOf } from './formula.ts';

export interface ProportionTerms {
	/** x: the units that have the property. */
	numerator: Expr;
	/** n: all units. */
	denominator: Expr;
}

/** x and n of a formula `x / n * 100`, or null when it has another shape. */
export function proportionTerms(resolved: Expr): ProportionTerms | null {
	if (resolved.type !== 'binary' || resolved.op !== '*') return null;
	const { left, right } = resolved;
	if (right.type !== 'number' || right.value !== 100) return null;
	if (left.type !== 'binary' || left.op !== '/') return null;
	return { numerator: left.left, denominator: left.right };
}

/** The summands of a sum of identifiers (`a + b + c`), or null when it is anything else. */
function summands(e: Expr): string[] | null {
	if (e.type === 'ref') return [e.id];
	if (e.type !== 'binary' || e.op !== '+') return null;
	const l = summands(e.left);
	const r = summands(e.right);
	return l && r ? [...l, ...r] : null;
}

/**
 * Why a KPI marked `proportion` is none (German messages), or [] when it is one.
 * `kinds`: base-count id → kind; `partOfWhole`: the catalogue's `part ≤ whole` checks.
 */
export function proportionProblems(
	kpi: { resolved: Expr; unit: string },
	kinds: ReadonlyMap<string, string>,
	partOfWhole: readonly { part: string; whole: string }[]
): string[] {
	const problems: string[] = [];
	if (kpi.unit !== '%') problems.push(`proportion: Einheit muss „%“ sein, nicht „${kpi.unit}“`);
	const terms = proportionTerms(kpi.resolved);
	if (!terms) return [...problems, 'proportion: die Formel muss die Form „Zähler / Nenner * 100“ haben'];
	const notCounts = refsOf(kpi.resolved).filter((id) => kinds.get(id) !== 'count');
	if (notCounts.length)
		problems.push(
			`proportion: Zähler und Nenner müssen Anzahlen (kind: count) sein, nicht ${notCounts.map((id) => `„${id}“ (${kinds.get(id) ?? '?'})`).join(', ')}`
		);
	const { numerator, denominator } = terms;
	const parts = summands(denominator);
	if (numerator.type !== 'ref' || !parts)
		return [
			...problems,
			'proportion: der Zähler muss eine Grundzahl sein, der Nenner eine Grundzahl oder eine Summe von Grundzahlen'
		];
	const x = numerator.id;
	const isSummand = parts.length > 1 && parts.includes(x);
	const checked = parts.length === 1 && partOfWhole.some((c) => c.part === x && c.whole === parts[0]);
	if (!isSummand && !checked)
		problems.push(
			`proportion: „${x}“ ist nicht als Teil des Nenners belegt (weder Summand des Nenners noch durch eine Prüfung part_of_whole „${x} ≤ ${parts.join(' + ')}“)`
		);
	return problems;
}
