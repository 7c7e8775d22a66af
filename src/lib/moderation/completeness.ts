/**
 * The completeness matrix as data (issue 29), shared by the page and the CLI's `completeness`: one
 * cell per member × period of the ring × base count of the catalogue, `delivered`, `missing` or
 * `finding` (delivered, and a plausibility finding — error or warning — concerns it).
 *
 * Members come from authorities.csv, not from the values: a member that delivered nothing in a period
 * is a row of `missing` cells, never left out.
 */
import type { Catalogue } from '../catalogue/schema.ts';
import type { Finding } from '../engine/plausibility.ts';
import { cmp } from '../ring/package/csv.ts';
import type { BaseValue, Ring } from '../ring/types.ts';
import { valueAt, valuePeriods } from '../ring/value-columns.ts';
import { rowIndex, valueKeys } from '../ring/value-keys.ts';
import { concerned } from './findings.ts';

export type CellStatus = 'delivered' | 'missing' | 'finding';

export interface CompletenessCell {
	authority_id: string;
	period: number;
	count_id: string;
	status: CellStatus;
}

const memberKey = (authority: string, period: number) => `${authority}\u0000${period}`;

/** The ring's periods: those of ring.json and any with values, ascending. */
export function ringPeriods(ring: Ring): number[] {
	return [...new Set([...ring.meta.periods, ...valuePeriods(ring.values)])].sort((a, b) => a - b);
}

/**
 * Lookups the matrix, the cell details and the workbench share. The values are found by their
 * numeric keys (value-keys.ts), indexed when first asked for — one pass over the columns, no string or
 * object per value (a ring of 550 members × 10 years has 231,000 values): a cell's value becomes an
 * object only when it is looked at.
 */
export interface CompletenessIndex {
	value(authority: string, period: number, count: string): BaseValue | undefined;
	findings(authority: string, period: number, count: string): readonly Finding[];
	/** The cell's status without making its value (the matrix asks 23,100 times per year at 550 × 42). */
	status(authority: string, period: number, count: string): CellStatus;
}

export function completenessIndex(
	ring: Ring,
	catalogue: Catalogue,
	findings: readonly Finding[]
): CompletenessIndex {
	const cols = ring.values;
	let lookup: ((authority: string, period: number, count: string) => number) | undefined;
	const rowOf = (authority: string, period: number, count: string): number => {
		if (!lookup) {
			const keys = valueKeys(cols);
			const rows = rowIndex(keys);
			const authorities = new Map(cols.authorities.map((id, i) => [id, i]));
			const counts = new Map(cols.counts.map((id, i) => [id, i]));
			lookup = (a, p, c) => {
				const ai = authorities.get(a);
				const ci = counts.get(c);
				return ai === undefined || ci === undefined ? -1 : rows.rowOf(keys.keyOf(ai, p, ci));
			};
		}
		return lookup(authority, period, count);
	};
	// Findings by member-year, then by count: a row of the matrix looks its member-year up once.
	const byMember = new Map<string, Map<string, Finding[]>>();
	for (const f of findings)
		for (const id of concerned(f, catalogue).count_ids) {
			const k = memberKey(f.authority_id, f.period);
			const counts = byMember.get(k) ?? byMember.set(k, new Map()).get(k)!;
			const list = counts.get(id);
			if (list) list.push(f);
			else counts.set(id, [f]);
		}
	let last: { authority: string; period: number; counts: Map<string, Finding[]> | undefined } | undefined;
	const countsOf = (authority: string, period: number) => {
		if (last?.authority !== authority || last.period !== period)
			last = { authority, period, counts: byMember.get(memberKey(authority, period)) };
		return last.counts;
	};
	return {
		value: (authority, period, count) => {
			const row = rowOf(authority, period, count);
			return row < 0 ? undefined : valueAt(cols, row);
		},
		findings: (authority, period, count) => countsOf(authority, period)?.get(count) ?? [],
		status: (authority, period, count) => {
			if (rowOf(authority, period, count) < 0) return 'missing';
			return countsOf(authority, period)?.has(count) ? 'finding' : 'delivered';
		}
	};
}

export function cellStatus(
	index: CompletenessIndex,
	authority: string,
	period: number,
	count: string
): CellStatus {
	return index.status(authority, period, count);
}

/** Every cell, ordered by authority, period, catalogue order of the counts. */
export function completeness(
	ring: Ring,
	catalogue: Catalogue,
	findings: readonly Finding[],
	period?: number
): CompletenessCell[] {
	const index = completenessIndex(ring, catalogue, findings);
	const periods = ringPeriods(ring).filter((p) => period === undefined || p === period);
	const members = ring.authorities.map((a) => a.authority_id).sort(cmp);
	const cells: CompletenessCell[] = [];
	for (const authority_id of members)
		for (const p of periods)
			for (const b of catalogue.base_counts)
				cells.push({
					authority_id,
					period: p,
					count_id: b.id,
					status: cellStatus(index, authority_id, p, b.id)
				});
	return cells;
}

export const COMPLETENESS_COLUMNS = ['authority_id', 'period', 'count_id', 'status'] as const;
