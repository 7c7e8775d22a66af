/**
 * A ring as it is stored and travels (docs/ring-format.md): the ring itself (members, base values) plus
 * everything else a ring keeps — the `RingExtras`. Each field of `RingExtras` is one *part* of the
 * package (`parts.ts`): read, checked and written by its own module, so a later part (finding statuses,
 * agendas, …) adds one field here and one entry to the registry.
 *
 * Why the parts live in `extras` and not beside `ring`: the ring store copies `extras` as plain JSON
 * (`store.ts`, `plainRingData`), so a new part is stored, restored and exported without touching the
 * store — and the engine, which only ever sees `ring`, is not affected by any part.
 */
import type { JsonValue } from '../../ingest/json-check.ts';
import type { MappingProfile } from '../../ingest/profile.ts';
import type { Ring } from '../types.ts';
import { cmp } from './csv.ts';

export type { JsonValue };

export interface PackageFile {
	/** Path relative to the folder that was opened (or inside the zip), `/`-separated. */
	path: string;
	bytes: Uint8Array;
}

/** A peer group the moderator defined by hand (in addition to size, kind, state, …). */
export interface CustomPeerGroup {
	name: string;
	/** authority_ids, in the order the user chose. */
	members: string[];
}

/**
 * One member's pseudonym: `label` is the code shown after „Behörde“ (A, B, … Z, AA, AB, …). Entries of
 * authorities that are no longer members stay, so their labels are never given to anyone else.
 */
export interface PseudonymEntry {
	authority_id: string;
	label: string;
}

/**
 * A Datenstand: the ring's members and base values frozen under a name and date. The two files are kept
 * as the exact canonical text they have in the package, so the hash can be checked and a report made
 * on this Datenstand can be made again identically, whatever happens to the ring's values later.
 */
export interface Release {
	/** `2024-1`: lower-case letters, digits, `-`, `_`; also the folder name `releases/<id>/`. */
	id: string;
	name: string;
	/** ISO 8601 UTC, whole seconds: `2025-03-12T09:00:00Z`. */
	created: string;
	/** SHA-256 of `values_csv` (UTF-8), 64 lower-case hex digits. */
	hash: string;
	/** `releases/<id>/authorities.csv`, canonical. */
	authorities_csv: string;
	/** `releases/<id>/base_values.csv`, canonical. */
	values_csv: string;
}

/** A Datenstand's id: also its folder name, so lower-case letters, digits, `-` and `_` only. */
export const RELEASE_ID = /^[a-z0-9][a-z0-9_-]{0,39}$/;

/** Datenstände oldest first; ties (same second) by id. */
export function compareReleases(
	a: Pick<Release, 'created' | 'id'>,
	b: Pick<Release, 'created' | 'id'>
): number {
	return cmp(a.created, b.created) || cmp(a.id, b.id);
}

/** The moderator's verdict on a finding (issue 29): open, queried, confirmed by the member, corrected. */
export const FINDING_STATUSES = ['offen', 'rueckfrage', 'bestaetigt', 'korrigiert'] as const;
export type FindingStatusCode = (typeof FINDING_STATUSES)[number];

/**
 * The status of one plausibility finding, keyed by the finding's stable identity: authority, period,
 * rule and its subject ids (`findingSubject` in moderation/identity.ts — the base counts it names, or
 * the KPI for a KPI limit). `values` are the finding's values when the status was set: when the
 * finding's values differ later (or it is gone), a later import changed what was queried and the
 * finding shows as „korrigiert“ without anyone setting it.
 */
export interface FindingStatus {
	authority_id: string;
	period: number;
	rule: string;
	ids: string[];
	status: FindingStatusCode;
	/** Calendar date the status was set, `YYYY-MM-DD`. */
	date: string;
	values: (number | null)[];
	note: string;
}

export const MEMBER_RELEASE_STATES = ['entwurf', 'freigegeben'] as const;
export type MemberReleaseState = (typeof MEMBER_RELEASE_STATES)[number];

/** A member-period's release state (Entwurf without an entry), set by the moderator on a date. */
export interface MemberRelease {
	authority_id: string;
	period: number;
	state: MemberReleaseState;
	date: string;
}

/**
 * The department's own words for the council report (issue 31) of one authority and period: kept with
 * the ring, so next year's report starts from last year's text.
 */
export interface ReportText {
	authority_id: string;
	period: number;
	/** „Ausschuss für Verwaltung, Ordnung und Sicherheit, Sitzung am …“ */
	addressee: string;
	summary: string;
	/** kpi_id → the department's commentary on that KPI. */
	comments: Record<string, string>;
}

/** How a what-if change is given: „+2“ (`add`), „+10 %“ (`percent`) or a new value (`set`). */
export const CHANGE_MODES = ['add', 'percent', 'set'] as const;
export type ChangeMode = (typeof CHANGE_MODES)[number];

/** One change of a scenario: a base count of the catalogue, how, by how much. */
export interface Change {
	count_id: string;
	mode: ChangeMode;
	value: number;
}

/**
 * A what-if scenario (issue #28, scenario/model.ts): a named set of changes to one authority's base
 * counts in one period, compared against a peer group. Kept with the ring, never part of its data: never
 * in `ring`, never in an export of base values, never in anybody's statistics.
 */
export interface Scenario {
	/** Unique within the ring. */
	name: string;
	authority_id: string;
	period: number;
	/** The peer group key as in the dashboard's URL (`size`, `nearest:5`, `custom:<name>`). */
	peers: string;
	description?: string;
	/** At most one change per base count. */
	changes: Change[];
}

/**
 * Whom a session slide compares (issue 30): the whole ring, or the members of one size class, kind or
 * Land of the slide's period, or one of the ring's own peer groups by name. Without an own authority
 * (a session shows the ring, not one member), a group is named by its attribute, not derived from „A“.
 */
export type SlideGroup =
	{ type: 'ring' } | { type: 'size' | 'kind' | 'state'; value: string } | { type: 'custom'; name: string };

/** A slide of a session agenda; `notes` are the speaker's, never projected. */
export type AgendaSlide =
	| { type: 'title'; heading: string; lines: string[]; notes: string }
	| { type: 'text'; heading: string; lines: string[]; notes: string }
	/** One KPI: the ranking of the group; `period` null = the ring's latest period. */
	| { type: 'kpi'; kpi: string; period: number | null; group: SlideGroup; notes: string }
	/** A field's overview: every KPI of the field with the group's median and quartiles. */
	| { type: 'field'; field: string; period: number | null; group: SlideGroup; notes: string };

export type SlideType = AgendaSlide['type'];

/** A named session agenda of the ring; names are unique within the ring. */
export interface Agenda {
	name: string;
	slides: AgendaSlide[];
}

/** Everything a ring keeps besides members and values: what the user set up and expects back. */
export interface RingExtras {
	mapping_profiles: MappingProfile[];
	custom_peer_groups: CustomPeerGroup[];
	settings: { [key: string]: JsonValue };
	/** Format 2: the stored pseudonym map, sorted by authority_id. */
	pseudonyms: PseudonymEntry[];
	/** Format 2: the Datenstände, oldest first. */
	releases: Release[];
	/** Format 2: finding statuses and notes, sorted by key. */
	finding_statuses: FindingStatus[];
	/** Format 2: member-period releases, sorted by authority and period. */
	member_releases: MemberRelease[];
	/** Format 2: the council report's texts, sorted by authority and period. */
	report_texts: ReportText[];
	/** Format 2: what-if scenarios, sorted by name (`scenarios.json`). */
	scenarios: Scenario[];
	/** Format 2: the session agendas, in the moderator's order (`agendas.json`). */
	agendas: Agenda[];
}

/** Everything that is persisted and exported for one ring. */
export interface RingData {
	ring: Ring;
	extras: RingExtras;
}

/**
 * Extras with nothing set up. `pseudonyms` is empty: a ring made from this must get its map from
 * `completeRingData` (pseudonyms.ts) before it is shown or saved.
 */
export function emptyExtras(): RingExtras {
	return {
		mapping_profiles: [],
		custom_peer_groups: [],
		settings: {},
		pseudonyms: [],
		releases: [],
		finding_statuses: [],
		member_releases: [],
		report_texts: [],
		scenarios: [],
		agendas: []
	};
}
