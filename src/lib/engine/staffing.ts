/**
 * The staffing calculation (KGSt's question, issue #28): how many case-officer FTE does the own
 * caseload need if the authority decided as many cases per FTE as its peer group does?
 *
 * - needed at the median: decided / median(decisions_per_fte); the range at the group's quartiles —
 *   decided / q3 (the productive quarter, fewer FTE) to decided / q1 (more FTE);
 * - against the current `fte_case_officers` and the planned `fte_case_officers_planned`: needed − current;
 * - the caseload the current FTE would carry at the median: fte_case_officers · median.
 *
 * Assumptions (the page's method note says them): the caseload of the period stays as it is; the own
 * case officers would work at the peers' productivity; cases are alike in effort across the group;
 * the group statistics are the engine's (stats.ts). Pure: numbers only, the views word them.
 */
import { evaluate } from '../catalogue/formula.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import type { StatsRow } from './stats.ts';

/** The KPI the calculation hangs on, and its base counts (catalogue ids). */
export const STAFFING_KPI = 'decisions_per_fte';
export const CASELOAD = 'decided';
export const FTE = 'fte_case_officers';
export const FTE_PLANNED = 'fte_case_officers_planned';

export interface Staffing {
	/** Own caseload: decided title applications of the period. */
	caseload: number | null;
	fte: number | null;
	planned: number | null;
	/** The group's decisions per FTE: q1, median, q3. */
	q1: number | null;
	median: number | null;
	q3: number | null;
	/** FTE the caseload needs at the median, at q3 (low) and at q1 (high). */
	needed: number | null;
	neededLow: number | null;
	neededHigh: number | null;
	/** needed − current FTE and needed − planned FTE (positive: more staff needed). */
	gapCurrent: number | null;
	gapPlanned: number | null;
	/** Caseload the current FTE would carry at the median. */
	caseloadAtMedian: number | null;
	/** The current FTE is named by an error finding (erroneous.ts): comparisons with it are left out. */
	fteErroneous: boolean;
}

const per = (caseload: number | null, rate: number | null): number | null =>
	caseload === null || rate === null || rate <= 0 ? null : caseload / rate;
const minus = (a: number | null, b: number | null): number | null =>
	a === null || b === null ? null : a - b;

/**
 * @param row     the engine's statistics row of `decisions_per_fte` for A's group: its quartiles (without
 *                fehlerhaft values) and the error findings behind A's value, if any
 * @param caseload A's decided title applications (the derived term `decided`), null when missing
 * @param counts  A's base counts
 */
export function staffingFrom(
	row: Pick<StatsRow, 'q1' | 'median' | 'q3' | 'erroneous'> | undefined,
	caseload: number | null,
	counts: (countId: string) => number | undefined
): Staffing {
	const fteErroneous = fteIsErroneous(row);
	const fte = fteErroneous ? null : (counts(FTE) ?? null);
	const planned = counts(FTE_PLANNED) ?? null;
	const [q1, median, q3] = [row?.q1 ?? null, row?.median ?? null, row?.q3 ?? null];
	const needed = per(caseload, median);
	return {
		caseload,
		fte,
		planned,
		q1,
		median,
		q3,
		needed,
		neededLow: per(caseload, q3),
		neededHigh: per(caseload, q1),
		gapCurrent: minus(needed, fte),
		gapPlanned: minus(needed, planned),
		caseloadAtMedian: fte === null || median === null ? null : fte * median,
		fteErroneous
	};
}

/** A's caseload: the derived term `decided` (or a base count of that id) on its base counts. */
export function caseloadOf(
	catalogue: Pick<Catalogue, 'derived'>,
	counts: (countId: string) => number | undefined
): number | null {
	const derived = catalogue.derived.find((d) => d.id === CASELOAD);
	return derived ? evaluate(derived.resolved, counts) : (counts(CASELOAD) ?? null);
}

/**
 * Does an error finding of A in P name the current FTE (e.g. more case-officer FTE than FTE in total)?
 * The FTE is an input of decisions per FTE, so every such finding is among that row's `erroneous`.
 */
export function fteIsErroneous(row: Pick<StatsRow, 'erroneous'> | undefined): boolean {
	return row?.erroneous?.some((m) => m.ids.includes(FTE)) ?? false;
}
