/**
 * Erroneous values (catalogue.md, rule of round 2): a KPI value of A in P is *fehlerhaft* when any
 * base count it reads is one of the ids of an error finding of A in P. Such a value is still
 * computed and shown (marked), but it has no rank, no position badge and no colour, and it is left
 * out of every group statistic, interval and funnel — for A and for everyone else.
 *
 * Why a query of its own and not `runPlausibility`: the statistics need the errors on the first
 * view, and the full plausibility run (every rule, a German message per finding) costs seconds on a
 * large ring (550 × 10: ~1 s in Node), while its error rows alone take a few milliseconds. The
 * errors are read from the very SQL of the plausibility checks (`plausibilitySql`, filtered to the
 * error rules), so there is one definition of an error finding; a test checks that both agree.
 *
 * Results are codes, ids and values; the views word them through the message catalogue.
 */
import type { Connector } from './connector.ts';
import { plausibilitySql, type FindingRule } from './plausibility.ts';
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

export function errorFindingsSql(catalogue: Catalogue): string {
	return plausibilitySql(catalogue, ERROR_RULES);
}

/** Every error finding of the loaded ring (a handful of rows; read once per ring load). */
export async function readErrorIndex(conn: Connector, catalogue: Catalogue): Promise<ErrorIndex> {
	const t = await conn.query(errorFindingsSql(catalogue));
	const [rules, authorities, periods, idLists, counts] = [
		'rule',
		'authority_id',
		'period',
		'ids',
		'nvals'
	].map((c) => t.getChild(c));
	const valueColumns = t.schema.fields.filter((f) => /^v\d+$/.test(f.name)).map((f) => t.getChild(f.name));
	const index: ErrorIndex = new Map();
	for (let i = 0; i < t.numRows; i++) {
		const period = Number(periods?.get(i));
		const authority = authorities?.get(i) as string;
		const values = Array.from({ length: Number(counts?.get(i)) }, (_, j) => {
			const v = valueColumns[j]?.get(i) as number | null | undefined;
			return v === null || v === undefined ? null : Number(v);
		});
		let byAuthority = index.get(period);
		if (!byAuthority) index.set(period, (byAuthority = new Map()));
		const marks = byAuthority.get(authority) ?? [];
		marks.push({ rule: rules?.get(i) as FindingRule, ids: (idLists?.get(i) as string).split(','), values });
		byAuthority.set(authority, marks);
	}
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
