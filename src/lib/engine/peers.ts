/**
 * Size classes and peer groups (Vergleichsgruppen), catalogue.md.
 *
 * `authority_periods` joins the ring's authorities with the periods in which they delivered any
 * base value — exactly "ring members with data in P" — and carries the size class from that
 * period's population (a class carried by a member package wins: its population may be rounded).
 * An authority without population in P has no size class: the catalogue says it belongs to no
 * size-based group, because a band guessed from another year or from a neighbour would compare it
 * with authorities of a different size without anyone noticing. Made in TypeScript from the load's
 * own rows (`authorityPeriods`), handed to DuckDB as a table and to the period snapshot as a map.
 *
 * `nearest`: z-scores of ln(population), foreign_share and tolerated_share over all members of P
 * whose three features are computable (population > 0 and both shares non-null), population
 * standard deviation, Euclidean distance to A, ties broken by authority_id. When a feature's
 * standard deviation is 0 (all candidates equal in it), it cannot separate anyone: its z-score is
 * 0 for everybody and it adds nothing to the distance (instead of dividing by zero).
 *
 * A group carries codes, not text: its name follows from type, size class and n, and why it is
 * empty is a reason code; both are worded where they are shown (i18n/engine-text.ts).
 */
import { Table } from 'apache-arrow';
import { doubles, integers, text } from './arrow-columns.ts';
import {
	memberKey,
	reasonOf,
	valueOf,
	type MemberAttributes,
	type MemberPeriod,
	type PeriodSnapshot
} from './period-snapshot.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import { sizeClassOf } from '../catalogue/size-class.ts';
import type { Ring } from '../ring/types.ts';
import type { WideRows } from './ring-tables.ts';

export type PeerType = 'ring' | 'size' | 'kind' | 'state' | 'kind_size' | 'nearest' | 'custom';
export const PEER_TYPES: readonly PeerType[] = [
	'ring',
	'size',
	'kind',
	'state',
	'kind_size',
	'nearest',
	'custom'
];

import { DEFAULT_NEAREST_N, type PeerSpec } from '../ring/peer-keys.ts';

export { DEFAULT_NEAREST_N, type PeerSpec };

/** Why A cannot be placed with anyone in the snapshot's period. */
export type GroupReason =
	/** A delivered no base value in the period. */
	| { code: 'no_data' }
	/** A size-based group, and A has no population (so no size class) in the period. */
	| { code: 'no_population' }
	/** `nearest`: A's own features are not all computable. */
	| { code: 'nearest_unavailable'; problems: NearestProblem[] };

export type NearestProblem =
	| { code: 'population_missing' }
	| { code: 'population_zero' }
	/** A feature KPI (`foreign_share`, `tolerated_share`) has no value, for the KPI's null reason. */
	| { code: 'feature_missing'; kpi_id: string; reason: string };

export interface PeerGroup {
	type: PeerType;
	/** A custom group's name (the user's own words); null for the other types. */
	name: string | null;
	authority_id: string;
	period: number;
	/** A's size class in the period (null without population). */
	size_class: string | null;
	/** Members in order (by authority_id; for `nearest` by distance, A first). May be empty. */
	members: string[];
	/** For `nearest`: distance of every member to A, same order as `members`. */
	distances?: number[];
	/** For `nearest`: the number of most similar authorities asked for. */
	n?: number;
	/** Why the group is empty or A is not in it, else null. */
	reason: GroupReason | null;
}

/** `authority_periods`: its rows as a table for DuckDB, and by `memberKey` for the period snapshot. */
export interface MemberPeriods {
	table: Table;
	byKey: Map<string, MemberPeriod>;
}

/**
 * `authority_periods(authority_id, period, kind, state, population, size_class)` of the rows of
 * `base_wide` (`rows`: each row's authority and period and the population column, in base_wide's
 * order: authority_id, period), members only, in that order.
 */
export function authorityPeriods(
	ring: Pick<Ring, 'authorities' | 'size_classes'>,
	rows: Pick<WideRows, 'rowAuthority' | 'rowPeriod' | 'columns'>,
	classes: Catalogue['size_classes']
): MemberPeriods {
	const populationColumn = rows.columns.get('population');
	const listed = new Map(ring.authorities.map((a) => [a.authority_id, a]));
	const carried = new Map<string, string>();
	for (const c of ring.size_classes ?? []) {
		const key = memberKey(c.authority_id, Math.trunc(c.period));
		if (!carried.has(key)) carried.set(key, c.size_class);
	}
	const order = [...rows.rowAuthority.keys()].filter((r) => listed.has(rows.rowAuthority[r]!));
	const byKey = new Map<string, MemberPeriod>();
	const n = order.length;
	const [ids, kinds, states, classIds] = [[], [], [], []] as [
		string[],
		string[],
		string[],
		(string | null)[]
	];
	const [periods, population, hasPopulation] = [new Int32Array(n), new Float64Array(n), new Uint8Array(n)];
	order.forEach((r, i) => {
		const id = rows.rowAuthority[r]!;
		const period = rows.rowPeriod[r]!;
		const authority = listed.get(id)!;
		const pop = populationColumn?.set[r] ? populationColumn.values[r]! : null;
		const key = memberKey(id, period);
		const member: MemberPeriod = {
			kind: authority.kind,
			state: authority.state,
			population: pop,
			size_class: carried.get(key) ?? sizeClassOf(pop, classes)
		};
		byKey.set(key, member);
		ids.push(id);
		kinds.push(member.kind);
		states.push(member.state);
		classIds.push(member.size_class);
		periods[i] = period;
		population[i] = pop ?? 0;
		hasPopulation[i] = pop === null ? 0 : 1;
	});
	const table = new Table({
		authority_id: text(ids),
		period: integers(periods),
		kind: text(kinds),
		state: text(states),
		population: doubles(population, hasPopulation),
		size_class: text(classIds)
	});
	return { table, byKey };
}

/**
 * A's peer group in the snapshot's period. Pure: everything comes from the snapshot, so switching
 * authority or group costs no query.
 */
export function peerGroupFrom(snapshot: PeriodSnapshot, authorityId: string, spec: PeerSpec): PeerGroup {
	const period = snapshot.period;
	const self = snapshot.memberById.get(authorityId) ?? null;
	const base = {
		type: spec.type,
		name: null,
		authority_id: authorityId,
		period,
		size_class: self?.size_class ?? null
	};
	const noData: GroupReason = { code: 'no_data' };
	const noSize: GroupReason = { code: 'no_population' };
	const ids = (keep: (m: MemberAttributes) => boolean) =>
		snapshot.members.filter(keep).map((m) => m.authority_id);

	switch (spec.type) {
		case 'ring':
			return { ...base, members: ids(() => true), reason: self ? null : noData };
		case 'kind':
		case 'state': {
			if (!self) return { ...base, members: [], reason: noData };
			const attribute = spec.type;
			const value = self[attribute];
			return { ...base, members: ids((m) => m[attribute] === value), reason: null };
		}
		case 'size':
		case 'kind_size': {
			if (!self) return { ...base, members: [], reason: noData };
			if (self.size_class === null) return { ...base, members: [], reason: noSize };
			const sameKind = spec.type === 'size' ? () => true : (m: MemberAttributes) => m.kind === self.kind;
			return {
				...base,
				members: ids((m) => m.size_class === self.size_class && sameKind(m)),
				reason: null
			};
		}
		case 'custom': {
			const wanted = new Set([authorityId, ...spec.members]);
			return {
				...base,
				name: spec.name,
				members: ids((m) => wanted.has(m.authority_id)),
				reason: self ? null : noData
			};
		}
		case 'nearest': {
			const n = spec.n ?? DEFAULT_NEAREST_N;
			if (!self) return { ...base, n, members: [], reason: noData };
			return { ...base, n, ...nearest(snapshot, self, n) };
		}
	}
}

/** Population mean and standard deviation (stddev_pop). */
function meanSd(xs: readonly number[]): { m: number; s: number } {
	const m = xs.reduce((a, b) => a + b, 0) / xs.length;
	return { m, s: Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length) };
}

function nearest(
	snapshot: PeriodSnapshot,
	self: MemberAttributes,
	n: number
): Pick<PeerGroup, 'members' | 'distances' | 'reason'> {
	const a = self.authority_id;
	const feature = (kpiId: string, id: string) => valueOf(snapshot, kpiId, id) ?? undefined;
	const problems: NearestProblem[] = [];
	if (self.population === null) problems.push({ code: 'population_missing' });
	else if (self.population <= 0) problems.push({ code: 'population_zero' });
	for (const kpi_id of ['foreign_share', 'tolerated_share']) {
		const reason = reasonOf(snapshot, kpi_id, a);
		if (reason) problems.push({ code: 'feature_missing', kpi_id, reason });
	}
	if (problems.length) return { members: [], reason: { code: 'nearest_unavailable', problems } };
	// Candidates: members whose three features are computable (A is one of them, checked above).
	const candidates: { id: string; f: [number, number, number] }[] = [];
	for (const m of snapshot.members) {
		const f2 = feature('foreign_share', m.authority_id);
		const f3 = feature('tolerated_share', m.authority_id);
		if (m.population !== null && m.population > 0 && f2 !== undefined && f3 !== undefined)
			candidates.push({ id: m.authority_id, f: [Math.log(m.population), f2, f3] });
	}
	const z = [0, 1, 2].map((j) => {
		const { m, s } = meanSd(candidates.map((c) => c.f[j]!));
		// A feature in which all candidates are equal cannot separate anyone: z = 0 for all.
		return (x: number) => (s > 0 ? (x - m) / s : 0);
	});
	const zs = candidates.map((c) => ({ id: c.id, z: c.f.map((x, j) => z[j]!(x)) }));
	const own = zs.find((c) => c.id === a)!.z;
	const ranked = zs
		.filter((c) => c.id !== a)
		.map((c) => ({ id: c.id, d: Math.sqrt(c.z.reduce((s, v, j) => s + (v - own[j]!) ** 2, 0)) }))
		.sort((x, y) => x.d - y.d || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))
		.slice(0, Math.max(0, Math.floor(n)));
	return {
		members: [a, ...ranked.map((r) => r.id)],
		distances: [0, ...ranked.map((r) => r.d)],
		reason: null
	};
}
