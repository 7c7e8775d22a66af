/**
 * Editing a ring's members (the page „Ringe“): add one, change its name, kind or Land, remove one
 * that has no values. Each edit is a function of the ring it applies to, so the app can apply it to
 * whatever is stored when it saves; problems are data (codes and parameters, worded by the page).
 *
 * The member contract (formats.md, `authorities.csv`): `authority_id` unique, the 5-digit
 * Kreisschlüssel or 8-digit Gemeindeschlüssel where there is one; `kind` one of four; `state` one of
 * the 16 Land codes. Beyond the reader's rules a new member's key is checked for what goes wrong
 * when keys are typed or pasted from Excel: a missing leading zero („1001“), a key of the wrong
 * length, and a key whose first two digits (the Land of every official key) contradict the Land.
 * Keys are used in links, file names and CSV, so other keys (a region without an official one) are
 * letters, digits, `.`, `-` and `_` only.
 *
 * Why a key cannot be changed: values, pseudonyms, peer groups and finding statuses refer to it,
 * and a Datenstand froze it. A wrong key of a member without values is removed and added again.
 *
 * Removing keeps the member's pseudonym (its letter is never given again, formats.md) and the
 * moderator's records of it; it is taken out of the own peer groups (a group naming a non-member
 * is refused by the package reader), and a group left empty is dropped.
 */
import { cmp } from './package/csv.ts';
import type { RingData } from './package/types.ts';
import { AUTHORITY_KINDS, STATE_CODES, type Authority, type Ring, type StateCode } from './types.ts';

export type MemberField = 'authority_id' | 'name' | 'kind' | 'state';

export type MemberProblemCode =
	| 'id_missing'
	| 'id_chars'
	| 'id_digits'
	| 'id_land'
	| 'id_taken'
	| 'name_missing'
	| 'name_long'
	| 'name_control'
	| 'name_taken'
	| 'kind_unknown'
	| 'state_unknown'
	| 'state_key'
	| 'not_member'
	| 'has_values';

export interface MemberProblem {
	/** The form field it belongs to; null for the member as a whole (remove). */
	field: MemberField | null;
	code: MemberProblemCode;
	params: Record<string, string | number>;
}

export type RingEdit = { ok: true; data: RingData } | { ok: false; problems: MemberProblem[] };

/** What the form delivers: text as typed (trimmed here). */
export interface MemberInput {
	authority_id: string;
	name: string;
	kind: string;
	state: string;
}

export const MAX_MEMBER_NAME = 200;
/** An official key: 5 digits (Kreis) or 8 (Gemeinde). */
const OFFICIAL = /^(\d{5}|\d{8})$/;
const OTHER_KEY = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;
// eslint-disable-next-line no-control-regex -- exactly what is looked for
const CONTROL = /[\u0000-\u001f\u007f]/;

/** The Land of an official key: its first two digits (Statistisches Bundesamt, AGS). */
const LAND_OF_PREFIX: Record<string, StateCode> = {
	'01': 'SH',
	'02': 'HH',
	'03': 'NI',
	'04': 'HB',
	'05': 'NW',
	'06': 'HE',
	'07': 'RP',
	'08': 'BW',
	'09': 'BY',
	'10': 'SL',
	'11': 'BE',
	'12': 'BB',
	'13': 'MV',
	'14': 'SN',
	'15': 'ST',
	'16': 'TH'
};

/** The Land an official key belongs to; null for a key that is not an official one. */
export function landOfKey(id: string): StateCode | null {
	return OFFICIAL.test(id) ? (LAND_OF_PREFIX[id.slice(0, 2)] ?? null) : null;
}

/** A name as stored: trimmed, one space for any run of white space (a line break pasted from Excel). */
const cleanName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ');

/** Names compare as a reader would: trimmed, one space between words, any case, composed accents. */
export const nameKey = (name: string): string => cleanName(name).toLocaleLowerCase('de');

const problem = (
	field: MemberField | null,
	code: MemberProblemCode,
	params: Record<string, string | number> = {}
): MemberProblem => ({ field, code, params });

function checkKey(ring: Ring, id: string): MemberProblem[] {
	if (id === '') return [problem('authority_id', 'id_missing')];
	if (/^\d+$/.test(id)) {
		if (!OFFICIAL.test(id)) return [problem('authority_id', 'id_digits', { id, digits: id.length })];
		if (!landOfKey(id)) return [problem('authority_id', 'id_land', { id, prefix: id.slice(0, 2) })];
	} else if (!OTHER_KEY.test(id)) return [problem('authority_id', 'id_chars', { id })];
	const taken = ring.authorities.find((a) => a.authority_id === id);
	return taken ? [problem('authority_id', 'id_taken', { id })] : [];
}

/**
 * Name, kind and Land of a member with key `id` (`self`: its entry as it is, when it is already one).
 * Two members may share a name (the city of Hof and the district of Hof are both „Hof“), not a name
 * and a kind: those two could not be told apart in a named ring. A member kept as it was is not
 * refused for what it already was.
 */
function checkFields(ring: Ring, id: string, input: Omit<MemberInput, 'authority_id'>, self?: Authority) {
	const out: MemberProblem[] = [];
	const name = cleanName(input.name);
	if (name === '') out.push(problem('name', 'name_missing'));
	else if (name.length > MAX_MEMBER_NAME) out.push(problem('name', 'name_long', { max: MAX_MEMBER_NAME }));
	else if (CONTROL.test(name)) out.push(problem('name', 'name_control'));
	else if (!self || nameKey(self.name) !== nameKey(name) || self.kind !== input.kind) {
		const twin = ring.authorities.find(
			(a) => a.authority_id !== id && a.kind === input.kind && nameKey(a.name) === nameKey(name)
		);
		if (twin) out.push(problem('name', 'name_taken', { name, id: twin.authority_id }));
	}
	if (!(AUTHORITY_KINDS as readonly string[]).includes(input.kind))
		out.push(problem('kind', 'kind_unknown', { kind: input.kind }));
	if (!(STATE_CODES as readonly string[]).includes(input.state))
		out.push(problem('state', 'state_unknown', { state: input.state }));
	else {
		const land = landOfKey(id);
		if (land && land !== input.state)
			out.push(problem('state', 'state_key', { id, land, state: input.state }));
	}
	return out;
}

const member = (id: string, input: Omit<MemberInput, 'authority_id'>): Authority =>
	({
		authority_id: id,
		name: cleanName(input.name),
		kind: input.kind,
		state: input.state
	}) as Authority;

const withMembers = (data: RingData, authorities: Authority[]): RingData => ({
	ring: { ...data.ring, authorities },
	extras: data.extras
});

/** Problems of a new member for this ring (empty: it can be added). */
export function checkNewMember(ring: Ring, input: MemberInput): MemberProblem[] {
	const id = input.authority_id.trim();
	return [...checkKey(ring, id), ...checkFields(ring, id, input)];
}

/** The ring with the new member (in key order, as `authorities.csv` has them). */
export function addMember(data: RingData, input: MemberInput): RingEdit {
	const problems = checkNewMember(data.ring, input);
	if (problems.length) return { ok: false, problems };
	const added = member(input.authority_id.trim(), input);
	const authorities = [...data.ring.authorities, added].sort((a, b) => cmp(a.authority_id, b.authority_id));
	return { ok: true, data: withMembers(data, authorities) };
}

/** The ring with member `id`'s name, kind and Land replaced. */
export function changeMember(data: RingData, id: string, input: Omit<MemberInput, 'authority_id'>): RingEdit {
	const index = data.ring.authorities.findIndex((a) => a.authority_id === id);
	if (index < 0) return { ok: false, problems: [problem(null, 'not_member', { id })] };
	const problems = checkFields(data.ring, id, input, data.ring.authorities[index]);
	if (problems.length) return { ok: false, problems };
	const authorities = [...data.ring.authorities];
	authorities[index] = member(id, input);
	return { ok: true, data: withMembers(data, authorities) };
}

/** How many values each member has, and in which periods. */
export function memberValues(ring: Ring): Map<string, { values: number; periods: number[] }> {
	const out = new Map<string, { values: number; periods: Set<number> }>();
	const v = ring.values;
	for (let i = 0; i < v.value.length; i++) {
		const id = v.authorities[v.authority[i]!]!;
		let entry = out.get(id);
		if (!entry) out.set(id, (entry = { values: 0, periods: new Set() }));
		entry.values++;
		entry.periods.add(v.period[i]!);
	}
	return new Map(
		[...out].map(([id, e]) => [id, { values: e.values, periods: [...e.periods].sort((a, b) => a - b) }])
	);
}

/**
 * The ring without member `id`. Refused while it has values: they are what the ring compares, and
 * Datenstände and findings were made on them — a member is removed by removing its data first.
 */
export function removeMember(data: RingData, id: string): RingEdit {
	if (!data.ring.authorities.some((a) => a.authority_id === id))
		return { ok: false, problems: [problem(null, 'not_member', { id })] };
	const own = memberValues(data.ring).get(id);
	if (own) {
		const [first, last] = [own.periods[0]!, own.periods.at(-1)!];
		const periods = first === last ? String(first) : `${first}–${last}`;
		return { ok: false, problems: [problem(null, 'has_values', { id, values: own.values, periods })] };
	}
	const custom_peer_groups = data.extras.custom_peer_groups
		.map((g) => ({ ...g, members: g.members.filter((m) => m !== id) }))
		.filter((g) => g.members.length > 0);
	return {
		ok: true,
		data: {
			ring: { ...data.ring, authorities: data.ring.authorities.filter((a) => a.authority_id !== id) },
			extras: { ...data.extras, custom_peer_groups }
		}
	};
}
