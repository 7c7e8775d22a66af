/**
 * What changed between two sets of base values — two Datenstände, or a Datenstand and the current
 * values: the errata list a moderator sends to members and councils. One row per value that was
 * added, removed or changed, in the order of the canonical values file (authority, period, count),
 * with the KPIs whose formula uses the count (from the catalogue).
 */
import { compareValues } from './package/csv.ts';
import type { ValueColumns } from './value-columns.ts';

export interface ValueChange {
	authority_id: string;
	period: number;
	count_id: string;
	/** Null: the value was missing before (added). */
	before: number | null;
	/** Null: the value is missing now (removed). */
	after: number | null;
}

/**
 * Values compare by number, as their canonical text does (0 and -0 are both written `0`). A row is
 * made only for a value that changed; the rest is compared column by column, keyed per authority by
 * (period, count) numbers, not by a string per value.
 */
export function diffValues(before: ValueColumns, after: ValueColumns): ValueChange[] {
	const countIndex = new Map<string, number>();
	const countOf = (cols: ValueColumns) =>
		Uint32Array.from(cols.counts, (id) => {
			let c = countIndex.get(id);
			if (c === undefined) countIndex.set(id, (c = countIndex.size));
			return c;
		});
	const oldCounts = countOf(before);
	const newCounts = countOf(after);
	const inner = (period: number, count: number) => period * 65_536 + count;
	/** authority id → (period, count) → row of `before`. */
	const old = new Map<string, Map<number, number>>();
	for (let i = 0; i < before.value.length; i++) {
		const id = before.authorities[before.authority[i]!]!;
		let rows = old.get(id);
		if (!rows) old.set(id, (rows = new Map()));
		rows.set(inner(before.period[i]!, oldCounts[before.count[i]!]!), i);
	}
	const changes: ValueChange[] = [];
	const seen = new Uint8Array(before.value.length);
	for (let i = 0; i < after.value.length; i++) {
		const authority_id = after.authorities[after.authority[i]!]!;
		const period = after.period[i]!;
		const was = old.get(authority_id)?.get(inner(period, newCounts[after.count[i]!]!));
		if (was !== undefined) seen[was] = 1;
		if (was === undefined || before.value[was] !== after.value[i])
			changes.push({
				authority_id,
				period,
				count_id: after.counts[after.count[i]!]!,
				before: was === undefined ? null : before.value[was]!,
				after: after.value[i]!
			});
	}
	for (let i = 0; i < before.value.length; i++) {
		if (seen[i]) continue;
		const authority_id = before.authorities[before.authority[i]!]!;
		const period = before.period[i]!;
		// A key given twice (never in a ring) counts once, with its last row.
		if (old.get(authority_id)?.get(inner(period, oldCounts[before.count[i]!]!)) !== i) continue;
		changes.push({
			authority_id,
			period,
			count_id: before.counts[before.count[i]!]!,
			before: before.value[i]!,
			after: null
		});
	}
	return changes.sort(compareValues);
}

/** The ids of the KPIs whose formula uses `countId`, in catalogue order. */
export function affectedKpis(
	kpis: readonly { id: string; inputs: readonly string[] }[],
	countId: string
): string[] {
	return kpis.filter((k) => k.inputs.includes(countId)).map((k) => k.id);
}
