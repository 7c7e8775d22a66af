/**
 * Erroneous values (catalogue.md, rule of round 2): a KPI value of A in P is *fehlerhaft* when any
 * base count it reads is one of the ids of an error finding of A in P. Such a value is still
 * computed and shown (marked), but it has no rank, no position badge and no colour, and it is left
 * out of every group statistic, interval and funnel — for A and for everyone else.
 *
 * Why not from `runPlausibility`: the statistics need the errors on the first view, and the full
 * plausibility run (every rule, a German message per finding) costs seconds on a large ring (550 ×
 * 10: ~1 s in Node). The one error rule, a part above its whole, is read from the load's own rows
 * (ring-tables.ts `WideRows`) — no statement on the way to a real ring's first chart, where each of
 * DuckDB-WASM's first runs costs (it was ~0.1 s at 550 × 10). The plausibility run finds the same
 * rows in SQL (`plausibilitySql`); a test holds the two to each other on rough rings.
 *
 * Results are codes, ids and values; the views word them through the message catalogue.
 */
import type { FindingRule } from './plausibility.ts';
import { byCodePoint, type WideRows } from './ring-tables.ts';
import type { Catalogue } from '../catalogue/schema.ts';

/** The rules whose findings are errors (plausibility.ts gives them severity `error`). */
export const ERROR_RULES: readonly FindingRule[] = ['part_exceeds_whole'];

/** One error finding of an authority and period, without prose. */
export interface ErrorMark {
	rule: FindingRule;
	/** The base-count ids of the finding (`part_exceeds_whole`: part, whole). */
	ids: string[];
	/** Their values, in the order of `ids`. */
	values: (number | null)[];
}

/** Error findings by period and authority. */
export type ErrorIndex = Map<number, Map<string, ErrorMark[]>>;

/**
 * Every error finding of the load's rows (a handful; made once per ring load), in the order of the
 * plausibility run (authority_id, period, then the finding's ids).
 */
export function errorIndexOf(catalogue: Catalogue, rows: WideRows): ErrorIndex {
	const checks = catalogue.checks.part_of_whole
		.map(({ part, whole }) => ({
			ids: [part, whole],
			part: rows.columns.get(part),
			whole: rows.columns.get(whole)
		}))
		.sort((x, y) => byCodePoint(x.ids.join(','), y.ids.join(',')));
	const index: ErrorIndex = new Map();
	rows.rowAuthority.forEach((authority, r) => {
		for (const { ids, part, whole } of checks) {
			if (!part?.set[r] || !whole?.set[r] || !(part.values[r]! > whole.values[r]!)) continue;
			const period = rows.rowPeriod[r]!;
			let byAuthority = index.get(period);
			if (!byAuthority) index.set(period, (byAuthority = new Map()));
			const marks = byAuthority.get(authority) ?? [];
			marks.push({ rule: 'part_exceeds_whole', ids, values: [part.values[r]!, whole.values[r]!] });
			byAuthority.set(authority, marks);
		}
	});
	return index;
}

/**
 * The error findings that make A's value of a KPI (reading `inputs`) in P fehlerhaft, or null when
 * it is not.
 */
export function kpiErrors(
	index: ErrorIndex,
	period: number,
	authorityId: string,
	inputs: readonly string[]
): ErrorMark[] | null {
	const marks = index.get(period)?.get(authorityId);
	if (!marks) return null;
	const hit = marks.filter((m) => m.ids.some((id) => inputs.includes(id)));
	return hit.length ? hit : null;
}
