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
import { sqlString, type Connector } from './connector.ts';
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
	return `CREATE OR REPLACE TABLE authority_periods AS
SELECT a.authority_id, w.period, a.kind, a.state, w.population, ${sizeClass} AS size_class
FROM authorities a JOIN base_wide w USING (authority_id)
ORDER BY a.authority_id, w.period`;
}

interface Self {
	kind: string;
	state: string;
	population: number | null;
	size_class: string | null;
}

async function selfRow(conn: Connector, authorityId: string, period: number): Promise<Self | null> {
	const t = await conn.query(`SELECT kind, state, population, size_class FROM authority_periods
		WHERE authority_id = ${sqlString(authorityId)} AND period = ${period}`);
	const row = t.get(0);
	return row ? (row.toJSON() as unknown as Self) : null;
}

async function ids(conn: Connector, where: string, period: number): Promise<string[]> {
	const t = await conn.query(
		`SELECT authority_id FROM authority_periods WHERE period = ${period} AND (${where}) ORDER BY authority_id`
	);
	return (t.getChild('authority_id')?.toArray() ?? []) as string[];
}

const KIND_LABEL: Record<string, string> = {
	kreisfreie_stadt: 'kreisfreie Städte',
	landkreis: 'Landkreise',
	grosse_kreisstadt: 'Große Kreisstädte',
	region: 'Stadtstaaten und Regionen'
};

export async function peerGroup(
	conn: Connector,
	authorityId: string,
	period: number,
	spec: PeerSpec
): Promise<PeerGroup> {
	const self = await selfRow(conn, authorityId, period);
	const base = { type: spec.type, authority_id: authorityId, period, size_class: self?.size_class ?? null };
	const noData = `Für die Behörde ${authorityId} liegen im Jahr ${period} keine Daten vor.`;
	const noSize = `Für die Behörde ${authorityId} fehlt im Jahr ${period} die Einwohnerzahl; ohne Größenklasse gehört sie zu keiner Vergleichsgruppe nach Größe.`;

	switch (spec.type) {
		case 'ring':
			return {
				...base,
				name: 'Gesamter Ring',
				members: await ids(conn, 'true', period),
				reason: self ? null : noData
			};
		case 'kind':
		case 'state': {
			if (!self)
				return {
					...base,
					name: spec.type === 'kind' ? 'Gleiche Art' : 'Gleiches Land',
					members: [],
					reason: noData
				};
			const value = spec.type === 'kind' ? self.kind : self.state;
			const name =
				spec.type === 'kind' ? `Gleiche Art: ${KIND_LABEL[value] ?? value}` : `Gleiches Land: ${value}`;
			return {
				...base,
				name,
				members: await ids(conn, `${spec.type} = ${sqlString(value)}`, period),
				reason: null
			};
		}
		case 'size':
		case 'kind_size': {
			const label = spec.type === 'size' ? 'Gleiche Größenklasse' : 'Gleiche Art und Größenklasse';
			if (!self) return { ...base, name: label, members: [], reason: noData };
			if (self.size_class === null) return { ...base, name: label, members: [], reason: noSize };
			let where = `size_class = ${sqlString(self.size_class)}`;
			if (spec.type === 'kind_size') where += ` AND kind = ${sqlString(self.kind)}`;
			const name =
				spec.type === 'size'
					? `Größenklasse ${self.size_class}`
					: `${KIND_LABEL[self.kind] ?? self.kind}, Größenklasse ${self.size_class}`;
			return { ...base, name, members: await ids(conn, where, period), reason: null };
		}
		case 'custom': {
			const wanted = [...new Set([authorityId, ...spec.members])];
			const list = wanted.map(sqlString).join(', ');
			return {
				...base,
				name: spec.name,
				members: await ids(conn, `authority_id IN (${list})`, period),
				reason: self ? null : noData
			};
		}
		case 'nearest':
			return nearest(
				conn,
				authorityId,
				period,
				spec.n ?? DEFAULT_NEAREST_N,
				base,
				self === null ? noData : null
			);
	}
}

async function nearest(
	conn: Connector,
	authorityId: string,
	period: number,
	n: number,
	base: Omit<PeerGroup, 'name' | 'members' | 'reason'>,
	noData: string | null
): Promise<PeerGroup> {
	const name = `Die ${n} ähnlichsten Behörden`;
	if (noData) return { ...base, name, members: [], reason: noData };
	const a = sqlString(authorityId);
	const t = await conn.query(`
		WITH f AS (
			SELECT ap.authority_id, ln(ap.population) AS f1, fs.value AS f2, ts.value AS f3
			FROM authority_periods ap
			JOIN kpi_values fs ON fs.authority_id = ap.authority_id AND fs.period = ap.period AND fs.kpi_id = 'foreign_share'
			JOIN kpi_values ts ON ts.authority_id = ap.authority_id AND ts.period = ap.period AND ts.kpi_id = 'tolerated_share'
			WHERE ap.period = ${period} AND ap.population > 0 AND fs.value IS NOT NULL AND ts.value IS NOT NULL
		),
		s AS (
			SELECT avg(f1) AS m1, stddev_pop(f1) AS s1, avg(f2) AS m2, stddev_pop(f2) AS s2,
				avg(f3) AS m3, stddev_pop(f3) AS s3
			FROM f
		),
		z AS (
			SELECT authority_id,
				CASE WHEN s1 > 0 THEN (f1 - m1) / s1 ELSE 0 END AS z1,
				CASE WHEN s2 > 0 THEN (f2 - m2) / s2 ELSE 0 END AS z2,
				CASE WHEN s3 > 0 THEN (f3 - m3) / s3 ELSE 0 END AS z3
			FROM f, s
		),
		self AS (SELECT * FROM z WHERE authority_id = ${a})
		SELECT z.authority_id, sqrt((z.z1 - self.z1) ** 2 + (z.z2 - self.z2) ** 2 + (z.z3 - self.z3) ** 2) AS distance
		FROM z, self
		WHERE z.authority_id <> ${a}
		ORDER BY distance, z.authority_id
		LIMIT ${Math.max(0, Math.floor(n))}`);
	const selfOk = await conn.query(`
		SELECT ap.population, fs.reason AS fr, ts.reason AS tr
		FROM authority_periods ap
		LEFT JOIN kpi_values fs ON fs.authority_id = ap.authority_id AND fs.period = ap.period AND fs.kpi_id = 'foreign_share'
		LEFT JOIN kpi_values ts ON ts.authority_id = ap.authority_id AND ts.period = ap.period AND ts.kpi_id = 'tolerated_share'
		WHERE ap.authority_id = ${a} AND ap.period = ${period}`);
	const row = selfOk.get(0)?.toJSON() as
		{ population: number | null; fr: string | null; tr: string | null } | undefined;
	const problems: string[] = [];
	if (!row || row.population === null) problems.push('Einwohnerzahl fehlt');
	else if (row.population <= 0) problems.push('Einwohnerzahl ist 0');
	if (row?.fr) problems.push(`Ausländeranteil nicht berechenbar (${reasonText(row.fr)})`);
	if (row?.tr) problems.push(`Anteil Duldung und Gestattung nicht berechenbar (${reasonText(row.tr)})`);
	if (problems.length)
		return {
			...base,
			name,
			members: [],
			reason: `Die ähnlichsten Behörden lassen sich für ${authorityId} im Jahr ${period} nicht bestimmen: ${problems.join('; ')}.`
		};
	const others = (t.getChild('authority_id')?.toArray() ?? []) as string[];
	const dist = Array.from(t.getChild('distance')?.toArray() ?? [], Number);
	return { ...base, name, members: [authorityId, ...others], distances: [0, ...dist], reason: null };
}

function reasonText(reason: string): string {
	return reason === 'missing_input'
		? 'Grundzahl fehlt'
		: reason === 'zero_denominator'
			? 'Nenner ist 0'
			: reason;
}
