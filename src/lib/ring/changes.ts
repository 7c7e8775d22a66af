/**
 * What changed between two sets of base values — two Datenstände, or a Datenstand and the current
 * values: the errata list a moderator sends to members and councils. One row per value that was
 * added, removed or changed, in the order of the canonical values file (authority, period, count),
 * with the KPIs whose formula uses the count (from the catalogue).
 */
import { compareValues } from './package/csv.ts';
import type { BaseValue } from './types.ts';

export interface ValueChange {
	authority_id: string;
	period: number;
	count_id: string;
	/** Null: the value was missing before (added). */
	before: number | null;
	/** Null: the value is missing now (removed). */
	after: number | null;
}

const key = (v: Pick<BaseValue, 'authority_id' | 'period' | 'count_id'>) =>
	`${v.authority_id}\u0000${v.period}\u0000${v.count_id}`;

/** Values compare by number, as their canonical text does (0 and -0 are both written `0`). */
export function diffValues(before: readonly BaseValue[], after: readonly BaseValue[]): ValueChange[] {
	const old = new Map(before.map((v) => [key(v), v]));
	const changes: ValueChange[] = [];
	const seen = new Set<string>();
	for (const v of after) {
		const k = key(v);
		seen.add(k);
		const was = old.get(k);
		if (!was || was.value !== v.value)
			changes.push({
				authority_id: v.authority_id,
				period: v.period,
				count_id: v.count_id,
				before: was ? was.value : null,
				after: v.value
			});
	}
	for (const [k, v] of old)
		if (!seen.has(k))
			changes.push({
				authority_id: v.authority_id,
				period: v.period,
				count_id: v.count_id,
				before: v.value,
				after: null
			});
	return changes.sort(compareValues);
}

/** The ids of the KPIs whose formula uses `countId`, in catalogue order. */
export function affectedKpis(
	kpis: readonly { id: string; inputs: readonly string[] }[],
	countId: string
): string[] {
	return kpis.filter((k) => k.inputs.includes(countId)).map((k) => k.id);
}
