/**
 * The moderator's parts (format 2, issue 29), each a canonical CSV file at the package's root:
 *
 * - `finding_status.csv`: `authority_id,period,rule,ids,status,date,values,note` — one row per finding
 *   the moderator gave a status; `ids` the finding's subject ids and `values` its values when the
 *   status was set, both `|`-separated (an empty value is null); sorted by authority, period, rule, ids.
 * - `member_releases.csv`: `authority_id,period,state,date` — `entwurf` or `freigegeben` per
 *   member-period the moderator set; sorted by authority and period.
 *
 * CSV and not ring.json: notes are free text of any length, and a ring of 550 members has thousands of
 * rows that a moderator may want to read in a spreadsheet. An empty list writes no file (so a ring
 * without moderation has the files it had before); a header-only file is therefore not canonical.
 * Entries of former members stay, like their pseudonyms: they are the record of what was asked.
 * Read in `moderation-reader.ts`.
 */
import { toPlainDecimal } from '../../../format/plain.ts';
import { BEFORE } from '../complete.ts';
import { cmp, csvLine } from '../csv.ts';
import type { FindingStatus, MemberRelease } from '../types.ts';
import type { RingPart } from './part.ts';

export const FINDING_STATUS_CSV = 'finding_status.csv';
export const FINDING_STATUS_HEADER = [
	'authority_id',
	'period',
	'rule',
	'ids',
	'status',
	'date',
	'values',
	'note'
] as const;
export const MEMBER_RELEASES_CSV = 'member_releases.csv';
export const MEMBER_RELEASES_HEADER = ['authority_id', 'period', 'state', 'date'] as const;

/** The key of a finding status: its finding's identity. */
export const statusKey = (s: Pick<FindingStatus, 'authority_id' | 'period' | 'rule' | 'ids'>) =>
	`${s.authority_id}\u0000${s.period}\u0000${s.rule}\u0000${s.ids.join('|')}`;

export function compareStatuses(a: FindingStatus, b: FindingStatus): number {
	return (
		cmp(a.authority_id, b.authority_id) ||
		a.period - b.period ||
		cmp(a.rule, b.rule) ||
		cmp(a.ids.join('|'), b.ids.join('|'))
	);
}

export function compareMemberReleases(a: MemberRelease, b: MemberRelease): number {
	return cmp(a.authority_id, b.authority_id) || a.period - b.period;
}

export function findingStatusCsv(statuses: readonly FindingStatus[]): string {
	return (
		csvLine(FINDING_STATUS_HEADER) +
		[...statuses]
			.sort(compareStatuses)
			.map((s) =>
				csvLine([
					s.authority_id,
					String(s.period),
					s.rule,
					s.ids.join('|'),
					s.status,
					s.date,
					s.values.map((v) => (v === null ? '' : toPlainDecimal(v))).join('|'),
					s.note
				])
			)
			.join('')
	);
}

export function memberReleasesCsv(releases: readonly MemberRelease[]): string {
	return (
		csvLine(MEMBER_RELEASES_HEADER) +
		[...releases]
			.sort(compareMemberReleases)
			.map((r) => csvLine([r.authority_id, String(r.period), r.state, r.date]))
			.join('')
	);
}

const utf8 = new TextEncoder();

export const findingStatusesPart: RingPart<'finding_statuses'> = {
	slot: 'finding_statuses',
	since: 2,
	keys: [],
	owns: (path) => path === FINDING_STATUS_CSV,
	before: (ring, version) => BEFORE.finding_statuses(ring, version),
	write: (statuses) => ({
		files: statuses.length
			? [{ path: FINDING_STATUS_CSV, bytes: utf8.encode(findingStatusCsv(statuses)) }]
			: []
	})
};

export const memberReleasesPart: RingPart<'member_releases'> = {
	slot: 'member_releases',
	since: 2,
	keys: [],
	owns: (path) => path === MEMBER_RELEASES_CSV,
	before: (ring, version) => BEFORE.member_releases(ring, version),
	write: (releases) => ({
		files: releases.length
			? [{ path: MEMBER_RELEASES_CSV, bytes: utf8.encode(memberReleasesCsv(releases)) }]
			: []
	})
};
