/**
 * Size classes and peer groups (Vergleichsgruppen), catalogue.md.
 *
 * `authority_periods` joins the ring's authorities with the periods in which they delivered any
 * base value — exactly "ring members with data in P" — and carries the size class from that
 * period's population. An authority without population in P has no size class: the catalogue
 * says it belongs to no size-based group, because a band guessed from another year or from a
 * neighbour would compare it with authorities of a different size without anyone noticing.
 *
 * `nearest`: z-scores of ln(population), foreign_share and tolerated_share over all members of P
 * whose three features are computable (population > 0 and both shares non-null), population
 * standard deviation, Euclidean distance to A, ties broken by authority_id. When a feature's
 * standard deviation is 0 (all candidates equal in it), it cannot separate anyone: its z-score is
 * 0 for everybody and it adds nothing to the distance (instead of dividing by zero).
 */
import { sqlString } from './connector.ts';
import type { MemberAttributes, PeriodSnapshot } from './period-snapshot.ts';
import type { Catalogue } from '../catalogue/schema.ts';

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

export type PeerSpec =
	| { type: 'ring' | 'size' | 'kind' | 'state' | 'kind_size' }
	| { type: 'nearest'; n?: number }
	| { type: 'custom'; name: string; members: readonly string[] };

export const DEFAULT_NEAREST_N = 10;

export interface PeerGroup {
	type: PeerType;
	/** German name of the group, e.g. „Größenklasse GK2“ or the custom group's name. */
	name: string;
	authority_id: string;
	period: number;
	/** A's size class in the period (null without population). */
	size_class: string | null;
	/** Members in order (by authority_id; for `nearest` by distance, A first). May be empty. */
	members: string[];
	/** For `nearest`: distance of every member to A, same order as `members`. */
	distances?: number[];
	/** Why the group is empty or A is not in it (German), else null. */
	reason: string | null;
}

/** `authority_periods(authority_id, period, kind, state, population, size_class)`. */
export function authorityPeriodsSql(catalogue: Catalogue): string {
	const classes = [...catalogue.size_classes].sort((a, b) => b.min_population - a.min_population);
	const cases = classes
		.map((c) => `WHEN w.population >= ${c.min_population} THEN ${sqlString(c.id)}`)
		.join(' ');
	const sizeClass = classes.length ? `CASE ${cases} END` : 'CAST(NULL AS VARCHAR)';
	// A class carried by a member package wins: its population may be rounded (ring-tables.ts).
	return `CREATE OR REPLACE TABLE authority_periods AS
SELECT a.authority_id, w.period, a.kind, a.state, w.population, COALESCE(c.size_class, ${sizeClass}) AS size_class
FROM authorities a JOIN base_wide w USING (authority_id)
LEFT JOIN carried_size_classes c ON c.authority_id = a.authority_id AND c.period = w.period
ORDER BY a.authority_id, w.period`;
}

const KIND_LABEL: Record<string, string> = {
	kreisfreie_stadt: 'kreisfreie Städte',
	landkreis: 'Landkreise',
	grosse_kreisstadt: 'Große Kreisstädte',
	region: 'Stadtstaaten und Regionen'
};

/**
 * A's peer group in the snapshot's period. Pure: everything comes from the snapshot, so switching
 * authority or group costs no query.
 */
export function peerGroupFrom(snapshot: PeriodSnapshot, authorityId: string, spec: PeerSpec): PeerGroup {
	const period = snapshot.period;
	const self = snapshot.memberById.get(authorityId) ?? null;
	const base = { type: spec.type, authority_id: authorityId, period, size_class: self?.size_class ?? null };
	const noData = `Für die Behörde ${authorityId} liegen im Jahr ${period} keine Daten vor.`;
	const noSize = `Für die Behörde ${authorityId} fehlt im Jahr ${period} die Einwohnerzahl; ohne Größenklasse gehört sie zu keiner Vergleichsgruppe nach Größe.`;
	const ids = (keep: (m: MemberAttributes) => boolean) =>
		snapshot.members.filter(keep).map((m) => m.authority_id);

	switch (spec.type) {
		case 'ring':
			return { ...base, name: 'Gesamter Ring', members: ids(() => true), reason: self ? null : noData };
		case 'kind':
		case 'state': {
			if (!self)
				return {
					...base,
					name: spec.type === 'kind' ? 'Gleiche Art' : 'Gleiches Land',
					members: [],
					reason: noData
				};
			const attribute = spec.type;
			const value = self[attribute];
			const name =
				spec.type === 'kind' ? `Gleiche Art: ${KIND_LABEL[value] ?? value}` : `Gleiches Land: ${value}`;
			return { ...base, name, members: ids((m) => m[attribute] === value), reason: null };
		}
		case 'size':
		case 'kind_size': {
			const label = spec.type === 'size' ? 'Gleiche Größenklasse' : 'Gleiche Art und Größenklasse';
			if (!self) return { ...base, name: label, members: [], reason: noData };
			if (self.size_class === null) return { ...base, name: label, members: [], reason: noSize };
			const sameKind = spec.type === 'size' ? () => true : (m: MemberAttributes) => m.kind === self.kind;
			const name =
				spec.type === 'size'
					? `Größenklasse ${self.size_class}`
					: `${KIND_LABEL[self.kind] ?? self.kind}, Größenklasse ${self.size_class}`;
			return {
				...base,
				name,
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
			const name = `Die ${n} ähnlichsten Behörden`;
			if (!self) return { ...base, name, members: [], reason: noData };
			return { ...base, name, ...nearest(snapshot, self, n) };
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
	const fs = snapshot.values.get('foreign_share');
	const ts = snapshot.values.get('tolerated_share');
	const problems: string[] = [];
	if (self.population === null) problems.push('Einwohnerzahl fehlt');
	else if (self.population <= 0) problems.push('Einwohnerzahl ist 0');
	const fr = snapshot.reasons.get('foreign_share')?.get(a);
	const tr = snapshot.reasons.get('tolerated_share')?.get(a);
	if (fr) problems.push(`Ausländeranteil nicht berechenbar (${reasonText(fr)})`);
	if (tr) problems.push(`Anteil Duldung und Gestattung nicht berechenbar (${reasonText(tr)})`);
	if (problems.length)
		return {
			members: [],
			reason: `Die ähnlichsten Behörden lassen sich für ${a} im Jahr ${snapshot.period} nicht bestimmen: ${problems.join('; ')}.`
		};
	// Candidates: members whose three features are computable (A is one of them, checked above).
	const candidates: { id: string; f: [number, number, number] }[] = [];
	for (const m of snapshot.members) {
		const f2 = fs?.get(m.authority_id);
		const f3 = ts?.get(m.authority_id);
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

function reasonText(reason: string): string {
	return reason === 'missing_input'
		? 'Grundzahl fehlt'
		: reason === 'zero_denominator'
			? 'Nenner ist 0'
			: reason;
}
