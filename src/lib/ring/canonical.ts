/**
 * Ring → the canonical files of a ring package (formats.md), as bytes.
 *
 * Why a canonical form at all: a ring package is how a ring travels between browsers, the CLI and the
 * members, and "open it elsewhere and get the identical ring" must be checkable byte by byte. So the
 * same ring data always gives the same bytes: authorities sorted by id, values by (authority, period,
 * count), JSON keys in a fixed order (free-form objects with sorted keys), numbers in the shortest
 * round-trip plain decimal (never `1e-7`), UTF-8 without BOM, `,`, `\n`, a header row.
 *
 * What the package holds besides formats.md's core (extra keys and files that a reader of formats.md
 * may ignore without misreading the ring):
 * - `ring.json`: `mapping_profiles`, `custom_peer_groups`, `settings`, and `number_format: "en"`, which
 *   declares that every counts file of this package writes `.` decimals without thousands separators
 *   — so a lone `1.234` (FTE) is not "ambiguous" to a reader that would otherwise have to guess;
 * - `provenance.csv` at the top (NOT under `counts/`, where a reader would take it for base counts):
 *   `authority_id,period,count_id,file,line,column` — the original file and cell of each value, so a
 *   re-imported ring still traces every figure to the export it came from.
 * An empty ring gets no `counts/base_values.csv`: a header-only counts file is an error for the import.
 */
import { toPlainDecimal } from '../format/plain.ts';
import type { JsonValue } from '../ingest/json-check.ts';
import type { MappingProfile } from '../ingest/profile.ts';
import type { Authority, BaseValue, Ring, RingMeta } from './types.ts';
import type { PackageFile } from '../ingest/ring-package.ts';
import type { ReportTexts } from '../report/texts-format.ts';

export const PACKAGE_FORMAT_VERSION = 1;
export const RING_JSON = 'ring.json';
export const AUTHORITIES_CSV = 'authorities.csv';
export const BASE_VALUES_CSV = 'counts/base_values.csv';
export const PROVENANCE_CSV = 'provenance.csv';

export const AUTHORITIES_HEADER = ['authority_id', 'name', 'kind', 'state'] as const;
export const BASE_VALUES_HEADER = ['authority_id', 'period', 'count_id', 'value'] as const;
export const PROVENANCE_HEADER = ['authority_id', 'period', 'count_id', 'file', 'line', 'column'] as const;

/** A peer group the moderator defined by hand (in addition to size, kind, state, …). */
export interface CustomPeerGroup {
	name: string;
	/** authority_ids, in the order the user chose. */
	members: string[];
}

/** JSON value as stored in `settings` (free-form, owned by the UI). */
export type { JsonValue };

/** What a ring carries besides formats.md's core: everything the user set up and expects back. */
export interface RingExtras {
	mapping_profiles: MappingProfile[];
	custom_peer_groups: CustomPeerGroup[];
	settings: { [key: string]: JsonValue };
}

/** Everything that is persisted and exported for one ring. */
export interface RingData {
	ring: Ring;
	extras: RingExtras;
	/**
	 * The council report's texts per authority and period (report/texts-format.ts, file
	 * `report-texts.json`). Optional: kept in the browser's store; the ring package carries it once
	 * the format-2 registry lists the file.
	 */
	reportTexts?: ReportTexts;
}

export type { PackageFile };

export function emptyExtras(): RingExtras {
	return { mapping_profiles: [], custom_peer_groups: [], settings: {} };
}

/** Code-unit order: the same everywhere, unlike `localeCompare`, whose result depends on the runtime's ICU. */
function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export function compareValues(a: BaseValue, b: BaseValue): number {
	return cmp(a.authority_id, b.authority_id) || a.period - b.period || cmp(a.count_id, b.count_id);
}

/** Sorted unique periods. */
export function sortedPeriods(periods: readonly number[]): number[] {
	return [...new Set(periods)].sort((a, b) => a - b);
}

/**
 * The ring in canonical order (authorities by id, values by key, periods sorted and unique). Exporting and
 * re-importing a ring gives exactly this.
 */
export function normaliseRing(ring: Ring): Ring {
	return {
		meta: { ...ring.meta, format_version: PACKAGE_FORMAT_VERSION, periods: sortedPeriods(ring.meta.periods) },
		authorities: [...ring.authorities].sort((a, b) => cmp(a.authority_id, b.authority_id)),
		values: [...ring.values].sort(compareValues)
	};
}

/** One CSV field: quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvField(text: string): string {
	return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(fields: readonly string[]): string {
	return `${fields.map(csvField).join(',')}\n`;
}

/** JSON with object keys sorted recursively, so equal data gives equal text whatever the key order. */
function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value !== null && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort(cmp))
			out[key] = sortKeys((value as Record<string, unknown>)[key]);
		return out;
	}
	return value;
}

export function ringJsonText(meta: RingMeta, extras: RingExtras): string {
	const doc = {
		format_version: PACKAGE_FORMAT_VERSION,
		name: meta.name,
		description: meta.description,
		periods: sortedPeriods(meta.periods),
		disclosure: meta.disclosure,
		synthetic: meta.synthetic,
		number_format: 'en',
		mapping_profiles: extras.mapping_profiles.map(sortKeys),
		custom_peer_groups: extras.custom_peer_groups.map((g) => ({ name: g.name, members: [...g.members] })),
		settings: sortKeys(extras.settings)
	};
	return `${JSON.stringify(doc, null, 2)}\n`;
}

export function authoritiesCsv(authorities: readonly Authority[]): string {
	const rows = [...authorities].sort((a, b) => cmp(a.authority_id, b.authority_id));
	return (
		csvLine(AUTHORITIES_HEADER) + rows.map((a) => csvLine([a.authority_id, a.name, a.kind, a.state])).join('')
	);
}

export function baseValuesCsv(values: readonly BaseValue[]): string {
	const rows = [...values].sort(compareValues);
	return (
		csvLine(BASE_VALUES_HEADER) +
		rows.map((v) => csvLine([v.authority_id, String(v.period), v.count_id, toPlainDecimal(v.value)])).join('')
	);
}

/** Only values with a recorded origin get a row; the header is always written (see `package-import.ts`). */
export function provenanceCsv(values: readonly BaseValue[]): string {
	const rows = values.filter((v) => v.source !== undefined).sort(compareValues);
	return (
		csvLine(PROVENANCE_HEADER) +
		rows
			.map((v) =>
				csvLine([
					v.authority_id,
					String(v.period),
					v.count_id,
					v.source?.file ?? '',
					String(v.source?.line ?? ''),
					String(v.source?.column ?? '')
				])
			)
			.join('')
	);
}

const utf8 = new TextEncoder();

/** The package's files in path order. */
export function canonicalFiles(data: RingData): PackageFile[] {
	const { ring, extras } = data;
	const files: PackageFile[] = [
		{ path: AUTHORITIES_CSV, bytes: utf8.encode(authoritiesCsv(ring.authorities)) },
		{ path: PROVENANCE_CSV, bytes: utf8.encode(provenanceCsv(ring.values)) },
		{ path: RING_JSON, bytes: utf8.encode(ringJsonText(ring.meta, extras)) }
	];
	if (ring.values.length > 0)
		files.push({ path: BASE_VALUES_CSV, bytes: utf8.encode(baseValuesCsv(ring.values)) });
	return files.sort((a, b) => cmp(a.path, b.path));
}
