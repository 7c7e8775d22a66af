/**
 * Reading the Datenstände — strict in every respect, because a Datenstand is what figures are cited
 * by: each listed one needs both files, exactly in canonical form; every value's authority must be a
 * member of the Datenstand; the hash must match the values file (Web Crypto, as when it was frozen);
 * no other file may lie under releases/. A file changed by hand is refused, never trusted. A
 * Datenstand's `member_releases.csv` (the release states when it was frozen) is optional; when present
 * it is read as strictly as the ring's own, and only its members may appear in it.
 */
import { arrayOf, matching, object, text, type Reader } from '../../../ingest/json-check.ts';
import { m } from '../../../ingest/problems.ts';
import type { Authority } from '../../types.ts';
import { readAuthoritiesText, readValuesText } from '../csv-read.ts';
import { authorityMask } from '../../value-columns.ts';
import { sha256Hex } from '../hash.ts';
import { compareReleases, RELEASE_ID, type Release } from '../types.ts';
import { readJsonKey } from './json-key.ts';
import { readMemberReleasesBytes } from './moderation-reader.ts';
import { RING_JSON, type PartReader } from './part.ts';
import {
	RELEASE_AUTHORITIES,
	RELEASE_MEMBER_RELEASES,
	RELEASE_VALUES,
	RELEASES_DIR,
	releaseFile
} from './releases.ts';

const CREATED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;
const HASH = /^[0-9a-f]{64}$/;

type ReleaseEntry = Pick<Release, 'id' | 'name' | 'created' | 'hash'>;

const readEntry = (): Reader<ReleaseEntry> =>
	object<ReleaseEntry>({
		id: matching(RELEASE_ID, m('json.release_id')),
		name: text,
		created: matching(
			CREATED,
			m('json.timestamp'),
			(s) => new Date(s).toISOString() === s.replace('Z', '.000Z')
		),
		hash: matching(HASH, m('json.sha256'))
	});

function decode(bytes: Uint8Array): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

export const readReleases: PartReader<'releases'> = async (input) => {
	const entries = readJsonKey(input, 'releases', arrayOf(readEntry()));
	if (entries === null) return null;
	const meta = input.sink(RING_JSON);
	const before = meta.errors;
	const ids = new Set<string>();
	for (const e of entries ?? []) {
		if (ids.has(e.id)) meta.error('bad_release', 1, 1, e.id, m('ring.release_twice', { id: e.id }));
		ids.add(e.id);
	}
	let ok = meta.errors === before;
	// Every file under releases/ must belong to a listed Datenstand.
	for (const path of input.files.keys()) {
		if (!path.startsWith(RELEASES_DIR)) continue;
		const [id = '', file = '', ...rest] = path.slice(RELEASES_DIR.length).split('/');
		const known = [RELEASE_AUTHORITIES, RELEASE_VALUES, RELEASE_MEMBER_RELEASES];
		if (!ids.has(id) || rest.length > 0 || !known.includes(file)) {
			input
				.sink(path)
				.error(
					'unknown_file',
					1,
					1,
					path,
					m(ids.has(id) ? 'ring.release_file_unknown' : 'ring.release_file_unlisted', { path })
				);
			ok = false;
		}
	}
	const releases: Release[] = [];
	for (const e of entries ?? []) {
		const files = { authorities: releaseFile(e.id, 'authorities'), values: releaseFile(e.id, 'values') };
		const texts = {
			authorities: input.files.get(files.authorities),
			values: input.files.get(files.values)
		};
		let authorities: Authority[] | null = null;
		let authoritiesCsv: string | null = null;
		let valuesCsv: string | null = null;
		for (const which of ['authorities', 'values'] as const) {
			const sink = input.sink(files[which]);
			const bytes = texts[which];
			const decoded = bytes ? decode(bytes) : null;
			if (decoded === null) {
				sink.error(
					bytes ? 'not_canonical' : 'missing_file',
					1,
					1,
					'',
					bytes
						? m('ring.release_not_utf8', { file: files[which] })
						: m('ring.release_file_missing', { file: files[which], name: e.name, id: e.id })
				);
				continue;
			}
			if (which === 'authorities') {
				authorities = readAuthoritiesText(decoded, sink);
				authoritiesCsv = authorities ? decoded : null;
			} else valuesCsv = decoded;
		}
		if (authorities === null || authoritiesCsv === null || valuesCsv === null) {
			ok = false;
			continue;
		}
		const sink = input.sink(files.values);
		const values = readValuesText(valuesCsv, sink);
		if (!values) {
			ok = false;
			continue;
		}
		const members = new Set(authorities.map((a) => a.authority_id));
		const member = authorityMask(values, (id) => members.has(id));
		const row = values.authority.findIndex((a) => !member[a]);
		if (row >= 0) {
			const stranger = values.authorities[values.authority[row]!]!;
			sink.error(
				'unknown_authority',
				1,
				1,
				stranger,
				m('ring.release_stranger', { id: stranger, file: files.authorities })
			);
			ok = false;
			continue;
		}
		const hash = await sha256Hex(valuesCsv);
		if (hash !== e.hash) {
			sink.error(
				'hash_mismatch',
				1,
				1,
				e.hash,
				m('ring.release_hash_mismatch', {
					name: e.name,
					listed: e.hash.slice(0, 8),
					actual: hash.slice(0, 8)
				})
			);
			ok = false;
			continue;
		}
		const states = input.files.get(releaseFile(e.id, 'releases'));
		let member_releases: Release['member_releases'] = undefined;
		if (states) {
			const file = releaseFile(e.id, 'releases');
			const statesSink = input.sink(file);
			const read = readMemberReleasesBytes(states, file, statesSink);
			const outsider = read?.find((r) => !members.has(r.authority_id));
			if (outsider)
				statesSink.error(
					'unknown_authority',
					1,
					1,
					outsider.authority_id,
					m('ring.release_state_outsider', { id: outsider.authority_id, file: files.authorities })
				);
			if (!read || outsider) {
				ok = false;
				continue;
			}
			member_releases = read;
		}
		releases.push({
			...e,
			authorities_csv: authoritiesCsv,
			values_csv: valuesCsv,
			...(member_releases ? { member_releases } : {})
		});
	}
	return ok ? releases.sort(compareReleases) : null;
};
