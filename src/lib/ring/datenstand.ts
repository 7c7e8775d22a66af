/**
 * Datenstände (ring releases): freeze the ring's members and values under a name and date, tell
 * whether the values changed since, and give back the ring as it was at a Datenstand.
 *
 * A Datenstand is identified by the SHA-256 of its canonical values file (`package/csv.ts`,
 * `baseValuesBytes`; docs/ring-format.md). The same function hashes the current values, so „unchanged
 * since Datenstand X“ means: the current values file is byte for byte X's. The page and the CLI use
 * this module and Web Crypto alike, so both show the same hash.
 */
import { word } from '../i18n/messages.ts';
import { ProblemSink } from '../ingest/problems.ts';
import { authoritiesCsv, sortedPeriods } from './package/csv.ts';
import { baseValuesBytes } from './package/values-csv.ts';
import { readAuthoritiesText, readValuesText } from './package/csv-read.ts';
import { sha256Hex } from './package/hash.ts';
import { memberReleasesCsv } from './package/parts/moderation.ts';
import { isProvisional, releaseCounts, releaseState, type ReleaseCount } from './release-state.ts';
import { compareReleases, RELEASE_ID, type Release, type RingData } from './package/types.ts';
import type { Authority, Ring } from './types.ts';
import { memberPeriods as pairsOf, valuePeriods, type ValueColumns } from './value-columns.ts';

/** A Datenstand without its files: what lists and labels need. */
export type ReleaseInfo = Pick<Release, 'id' | 'name' | 'created' | 'hash'>;

export interface DatenstandStatus {
	/** The latest Datenstand, or null when none was frozen. */
	latest: ReleaseInfo | null;
	/** Hash of the current values file. */
	valuesHash: string;
	/** True when there is a Datenstand and the current values differ from it. */
	changed: boolean;
}

export const MAX_RELEASE_NAME = 100;

export const releaseInfo = ({ id, name, created, hash }: Release): ReleaseInfo => ({
	id,
	name,
	created,
	hash
});

/** The hash of values as they would be frozen now. */
export function valuesHash(values: ValueColumns): Promise<string> {
	return sha256Hex(baseValuesBytes(values));
}

/** The latest Datenstand (by date, then id), or null. */
export function latestRelease(data: RingData): Release | null {
	return [...data.extras.releases].sort(compareReleases).at(-1) ?? null;
}

/** `hash`: how the values are hashed (the page does it in the ingest worker). */
export async function datenstandStatus(
	data: RingData,
	hash: (values: ValueColumns) => Promise<string> = valuesHash
): Promise<DatenstandStatus> {
	const latest = latestRelease(data);
	const valuesHashNow = await hash(data.ring.values);
	return {
		latest: latest && releaseInfo(latest),
		valuesHash: valuesHashNow,
		changed: latest !== null && latest.hash !== valuesHashNow
	};
}

/** `<latest period>-<n>`: the n-th Datenstand of that survey year (`2024-1`, `2024-2`, …). */
export function nextReleaseId(data: RingData): string {
	const { meta, values } = data.ring;
	const latest = (meta.periods.length > 0 ? sortedPeriods(meta.periods) : valuePeriods(values)).at(-1);
	const prefix = latest === undefined ? 'datenstand' : String(latest);
	const taken = new Set(data.extras.releases.map((r) => r.id));
	let n = 1;
	while (taken.has(`${prefix}-${n}`)) n++;
	return `${prefix}-${n}`;
}

/** ISO 8601 UTC to the second, as ring.json stores it. */
export const createdStamp = (now: Date) => now.toISOString().replace(/\.\d{3}Z$/, 'Z');

export type FreezeResult =
	| { ok: true; data: RingData; release: Release }
	| { ok: false; reason: 'empty_name' | 'long_name' | 'unchanged'; latest: ReleaseInfo | null };

/**
 * The ring with a new Datenstand of its current members and values, and the member-periods' release
 * states (which of its values are released). Refused when the name is empty or too long, or when
 * nothing — values, members, release states — changed since the latest Datenstand (it would be the
 * same one again).
 */
export async function freezeRelease(data: RingData, name: string, now = new Date()): Promise<FreezeResult> {
	const latest = latestRelease(data);
	const info = latest && releaseInfo(latest);
	const trimmed = name.trim();
	if (trimmed === '') return { ok: false, reason: 'empty_name', latest: info };
	if (trimmed.length > MAX_RELEASE_NAME) return { ok: false, reason: 'long_name', latest: info };
	const bytes = baseValuesBytes(data.ring.values);
	const values_csv = new TextDecoder().decode(bytes);
	const authorities_csv = authoritiesCsv(data.ring.authorities);
	const hash = await sha256Hex(bytes);
	const member_releases = data.extras.member_releases.map((r) => ({ ...r }));
	const sameStates = memberReleasesCsv(latest?.member_releases ?? []) === memberReleasesCsv(member_releases);
	if (latest && latest.hash === hash && latest.authorities_csv === authorities_csv && sameStates)
		return { ok: false, reason: 'unchanged', latest: info };
	const id = nextReleaseId(data);
	if (!RELEASE_ID.test(id)) throw new Error(`Datenstand-Kennung „${id}“ ist ungültig.`);
	const release: Release = {
		id,
		name: trimmed,
		created: createdStamp(now),
		hash,
		authorities_csv,
		values_csv,
		...(member_releases.length ? { member_releases } : {})
	};
	return {
		ok: true,
		release,
		data: { ring: data.ring, extras: { ...data.extras, releases: [...data.extras.releases, release] } }
	};
}

/** The frozen text of a Datenstand read back (it was checked when the package was opened or frozen). */
function trusted<T>(read: (text: string, sink: ProblemSink) => T | null, text: string, what: string): T {
	const sink = new ProblemSink(what);
	const value = read(text, sink);
	// Cannot happen short of a damaged store: said in German, as a log line.
	const problem = sink.problems[0];
	if (value === null) throw new Error(`${what}: ${problem ? word(problem.message) : 'nicht lesbar'}`);
	return value;
}

export function releaseValues(release: Release): ValueColumns {
	return trusted(readValuesText, release.values_csv, `Datenstand ${release.id}`);
}

export function releaseAuthorities(release: Release): Authority[] {
	return trusted(readAuthoritiesText, release.authorities_csv, `Datenstand ${release.id}`);
}

/** How many member-periods (authority × survey year with at least one value) the Datenstand holds. */
export function memberPeriods(release: Release): number {
	return pairsOf(releaseValues(release)).length;
}

/**
 * Per survey year, how many of the Datenstand's member-periods it holds as released, and which it holds
 * as Entwurf; null when it was frozen without release states (the ring did not use the release step).
 */
export function releasedInRelease(
	release: Release
): { counts: ReleaseCount[]; drafts: { authority_id: string; period: number }[] } | null {
	const states = release.member_releases ?? [];
	if (states.length === 0) return null;
	const pairs = pairsOf(releaseValues(release));
	const state = releaseState(states);
	const drafts = pairs.filter((v) => isProvisional(state, v.authority_id, v.period));
	return { counts: releaseCounts(pairs, states), drafts };
}

export function findRelease(data: RingData, id: string): Release | null {
	return data.extras.releases.find((r) => r.id === id) ?? null;
}

/**
 * The ring as it was at Datenstand `id`: its members and values then, the ring's metadata now (name,
 * disclosure). What `kpis`/`stats --datenstand` and a report on a Datenstand compute on.
 */
export function ringAtRelease(data: RingData, id: string): Ring | null {
	const release = findRelease(data, id);
	if (!release) return null;
	const values = releaseValues(release);
	const periods = valuePeriods(values);
	return {
		meta: { ...data.ring.meta, periods: periods.length > 0 ? periods : data.ring.meta.periods },
		authorities: releaseAuthorities(release),
		values
	};
}
