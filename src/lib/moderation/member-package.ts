/**
 * Member packages of a pseudonymous ring (issue 29): the ring as one member may see it, with the
 * agreement kept by construction, not by presentation. In the package for member X
 *
 * - only X keeps its key and name; every other member (and former member) appears under its stored
 *   pseudonym as name („Behörde K“) and its random pseudonym key (`ps-…`, `pseudonyms.csv`) as id —
 *   the same key in every package of the ring, so members can compare notes without learning names;
 * - kind and Land stay (peer groups by kind and Land must work); each member-period carries its size
 *   class, computed from the exact population (`size_classes.csv`), so the size groups are the full
 *   ring's even when the population is rounded;
 * - on request `population` and `foreign_population` are rounded to the nearest 1,000 for every
 *   member, X included, so all values are compared alike (`scope.rounded` says so, and the KPIs and the
 *   „nearest“ group that read them say so on the page);
 * - custom peer groups are re-keyed; a group or mapping-profile name that contains another member's
 *   name or key is replaced by a neutral one; of the what-if scenarios only X's stay, named the same
 *   way, a description that names another member left out, a renamed group followed;
 * - provenance (file names could name a member) stays only for X's values; finding statuses and notes
 *   and the council report's texts only X's; UI settings are left out; Datenstände are re-keyed the
 *   same way and their hash computed anew over what the package holds.
 *
 * What stays identifiable is said in the README: exact base counts can be matched against public
 * statistics, and kind + Land + size class may single out a member in a small Land.
 */
import type { SizeClassDef } from '../catalogue/schema.ts';
import { authoritiesCsv, cmp } from '../ring/package/csv.ts';
import { baseValuesCsv } from '../ring/package/values-csv.ts';
import { sha256Hex } from '../ring/package/hash.ts';
import { compareMemberReleases } from '../ring/package/parts/moderation.ts';
import {
	ROUNDABLE_COUNTS,
	type MemberRelease,
	type Release,
	type RingData,
	type SizeClassEntry
} from '../ring/package/types.ts';
import { releaseAuthorities, releaseValues } from '../ring/datenstand.ts';
import type { Authority } from '../ring/types.ts';
import { memberPeriods, NO_FILE, takeValues, type ValueColumns } from '../ring/value-columns.ts';
import { canonicalOrder } from '../ring/value-keys.ts';
import { releasedOnly } from './released-only.ts';

export interface MemberPackageOptions {
	/** Only released member-periods (as `releasedOnly`). */
	releasedOnly: boolean;
	/** Round `population` and `foreign_population` to the nearest 1,000. */
	round: boolean;
	/** The word before a pseudonym („Behörde“), from the message catalogue. */
	prefix: string;
	/** A neutral name for a renamed group or profile (`n` = 1, 2, …), from the message catalogue. */
	neutralName: (n: number) => string;
	/** The ring's name when its own name contains another member's („Vergleichsring“). */
	neutralRing: string;
}

export type MemberPackageResult =
	{ ok: true; data: RingData } | { ok: false; reason: 'named_ring' | 'not_member' | 'no_keys' };

const ROUNDED: ReadonlySet<string> = new Set(ROUNDABLE_COUNTS);

export const roundToThousand = (v: number) => Math.round(v / 1000) * 1000;

/** The ring's size classes per member-period, from the exact population (or as already carried). */
function sizeClasses(data: RingData, classes: readonly SizeClassDef[]): SizeClassEntry[] {
	if (data.extras.size_classes.length) return data.extras.size_classes;
	// The catalogue's rule (catalogue.md): the largest class whose minimum the population reaches.
	const bands = [...classes].sort((a, b) => b.min_population - a.min_population);
	const v = data.ring.values;
	const population = v.counts.indexOf('population');
	const out: SizeClassEntry[] = [];
	for (let i = 0; i < v.value.length; i++) {
		if (v.count[i] !== population) continue;
		const size_class = bands.find((c) => v.value[i]! >= c.min_population)?.id;
		if (size_class)
			out.push({ authority_id: v.authorities[v.authority[i]!]!, period: v.period[i]!, size_class });
	}
	return out;
}

export async function memberPackage(
	source: RingData,
	member: string,
	classes: readonly SizeClassDef[],
	options: MemberPackageOptions
): Promise<MemberPackageResult> {
	if (source.ring.meta.disclosure === 'named') return { ok: false, reason: 'named_ring' };
	if (!source.ring.authorities.some((a) => a.authority_id === member))
		return { ok: false, reason: 'not_member' };
	if (source.extras.pseudonyms.some((e) => !e.pseudonym_id)) return { ok: false, reason: 'no_keys' };
	const data = options.releasedOnly ? releasedOnly(source).data : source;
	// Only the member-periods the package holds values of.
	const held = new Set(memberPeriods(data.ring.values).map((v) => `${v.authority_id}\u0000${v.period}`));
	const carried = sizeClasses(source, classes).filter((c) => held.has(`${c.authority_id}\u0000${c.period}`));
	const map = new Map(data.extras.pseudonyms.map((e) => [e.authority_id, e]));
	const key = (id: string) => (id === member ? id : (map.get(id)?.pseudonym_id ?? id));
	const name = (a: Authority) =>
		a.authority_id === member ? a.name : `${options.prefix} ${map.get(a.authority_id)?.label ?? '?'}`;
	const rekey = (a: Authority): Authority => ({ ...a, authority_id: key(a.authority_id), name: name(a) });
	/** The values re-keyed (and rounded), in canonical order; the member's own keep their provenance. */
	const rekeyValues = (cols: ValueColumns, keepSource: boolean): ValueColumns => {
		const keyed = { ...cols, authorities: cols.authorities.map(key) };
		const out = takeValues(keyed, canonicalOrder(keyed));
		const own = out.authorities.indexOf(member);
		const rounded = out.counts.map((id) => options.round && ROUNDED.has(id));
		for (let i = 0; i < out.value.length; i++) {
			if (rounded[out.count[i]!]) out.value[i] = roundToThousand(out.value[i]!);
			if (!keepSource || out.authority[i] !== own) out.file[i] = out.line[i] = out.column[i] = NO_FILE;
		}
		return out;
	};

	// Names and keys of the others: a free text containing one would leak it.
	const others = source.ring.authorities.filter((a) => a.authority_id !== member);
	const telling = others
		.flatMap((a) => [a.authority_id, a.name, a.name.split(',')[0]!.trim()])
		.filter((s) => s.length >= 3);
	const leaks = (text: string) =>
		telling.some((s) => text.toLocaleLowerCase('de').includes(s.toLocaleLowerCase('de')));
	let neutral = 0;
	const safeName = (text: string) => (leaks(text) ? options.neutralName(++neutral) : text);

	const releases: Release[] = [];
	for (const r of data.extras.releases) {
		const authorities = releaseAuthorities(r);
		if (authorities.some((a) => a.authority_id !== member && !map.get(a.authority_id)?.pseudonym_id))
			continue;
		const values_csv = baseValuesCsv(rekeyValues(releaseValues(r), false));
		releases.push({
			id: r.id,
			name: safeName(r.name),
			created: r.created,
			hash: await sha256Hex(values_csv),
			authorities_csv: authoritiesCsv(authorities.map(rekey)),
			values_csv,
			...(r.member_releases?.length ? { member_releases: rekeyReleases(r.member_releases, key) } : {})
		});
	}

	// Named after the Datenstände, in this order (profiles, groups, scenarios): stable neutral numbers.
	const profiles = data.extras.mapping_profiles.map((p) => ({ ...p, name: safeName(p.name) }));
	const groups = data.extras.custom_peer_groups.map((g) => ({
		from: g.name,
		name: safeName(g.name),
		members: g.members.map(key)
	}));
	const renamed = new Map(groups.map((g) => [`custom:${g.from}`, `custom:${g.name}`]));
	// The member's own what-if scenarios only (another member's would carry its real key), their names and
	// descriptions as safe as the groups' and their peer group under its name in the package.
	const scenarios = data.extras.scenarios
		.filter((sc) => sc.authority_id === member)
		.map(({ description, ...sc }) => ({
			...sc,
			name: safeName(sc.name),
			...(description !== undefined && !leaks(description) ? { description } : {}),
			peers: renamed.get(sc.peers) ?? sc.peers
		}));

	return {
		ok: true,
		data: {
			ring: {
				meta: {
					...data.ring.meta,
					name: leaks(data.ring.meta.name) ? options.neutralRing : data.ring.meta.name,
					description: leaks(data.ring.meta.description) ? '' : data.ring.meta.description,
					disclosure: 'pseudonymous'
				},
				authorities: data.ring.authorities.map(rekey).sort((a, b) => cmp(a.authority_id, b.authority_id)),
				values: rekeyValues(data.ring.values, true)
			},
			extras: {
				mapping_profiles: profiles,
				custom_peer_groups: groups.map(({ name, members }) => ({ name, members })),
				settings: {},
				pseudonyms: data.extras.pseudonyms
					.map((e) => ({ ...e, authority_id: key(e.authority_id) }))
					.sort((a, b) => cmp(a.authority_id, b.authority_id)),
				releases,
				finding_statuses: data.extras.finding_statuses.filter((s) => s.authority_id === member),
				// Another department's words for its council could name it.
				report_texts: data.extras.report_texts.filter((r) => r.authority_id === member),
				member_releases: rekeyReleases(data.extras.member_releases, key),
				scenarios,
				// Session agendas are the moderator's: free text and speaker notes may name any member.
				agendas: [],
				scope: {
					released_only: data.extras.scope.released_only,
					member,
					...(options.round ? { rounded: [...ROUNDABLE_COUNTS] } : {})
				},
				size_classes: carried
					.map((c) => ({ ...c, authority_id: key(c.authority_id) }))
					.sort((a, b) => cmp(a.authority_id, b.authority_id) || a.period - b.period)
			}
		}
	};
}

function rekeyReleases(list: readonly MemberRelease[], key: (id: string) => string): MemberRelease[] {
	return list.map((r) => ({ ...r, authority_id: key(r.authority_id) })).sort(compareMemberReleases);
}
