/**
 * The Datenstände (format 2): each a frozen copy of the ring's members and base values under a name
 * and date, with the SHA-256 of its values file.
 *
 * - ring.json `releases`: `[{"id", "name", "created", "hash"}]`, oldest first;
 * - `releases/<id>/authorities.csv` and `releases/<id>/base_values.csv`: the canonical files as they
 *   were when the Datenstand was frozen;
 * - `releases/<id>/member_releases.csv` (issue 29): the member-periods' release states then, in the
 *   form of the ring's `member_releases.csv`; written only when there were any.
 * Read in `releases-reader.ts`.
 */
import { BEFORE } from '../complete.ts';
import { compareReleases } from '../types.ts';
import { memberReleasesCsv } from './moderation.ts';
import type { RingPart } from './part.ts';

export const RELEASES_DIR = 'releases/';
export const RELEASE_AUTHORITIES = 'authorities.csv';
export const RELEASE_VALUES = 'base_values.csv';
export const RELEASE_MEMBER_RELEASES = 'member_releases.csv';

const FILES = { authorities: RELEASE_AUTHORITIES, values: RELEASE_VALUES, releases: RELEASE_MEMBER_RELEASES };

export const releaseFile = (id: string, file: keyof typeof FILES) => `${RELEASES_DIR}${id}/${FILES[file]}`;

const utf8 = new TextEncoder();

export const releasesPart: RingPart<'releases'> = {
	slot: 'releases',
	since: 2,
	keys: ['releases'],
	owns: (path) => path.startsWith(RELEASES_DIR),
	before: (ring, version) => BEFORE.releases(ring, version),
	write: (releases) => {
		const ordered = [...releases].sort(compareReleases);
		return {
			json: { releases: ordered.map(({ id, name, created, hash }) => ({ id, name, created, hash })) },
			files: ordered.flatMap((r) => [
				{ path: releaseFile(r.id, 'authorities'), bytes: utf8.encode(r.authorities_csv) },
				{ path: releaseFile(r.id, 'values'), bytes: utf8.encode(r.values_csv) },
				...(r.member_releases?.length
					? [
							{
								path: releaseFile(r.id, 'releases'),
								bytes: utf8.encode(memberReleasesCsv(r.member_releases))
							}
						]
					: [])
			])
		};
	}
};
