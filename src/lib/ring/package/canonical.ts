/**
 * Ring → the canonical files of a ring package (docs/ring-format.md), as bytes.
 *
 * Why a canonical form at all: a ring package is how a ring travels between browsers, the CLI and the
 * members, and "open it elsewhere and get the identical ring" must be checkable byte by byte. So the
 * same ring data always gives the same bytes: authorities sorted by id, values by (authority, period,
 * count), ring.json keys in a fixed order (core keys, then each part's keys in registry order; free-form
 * objects with sorted keys), numbers in the shortest round-trip plain decimal, UTF-8 without BOM, `,`,
 * `\n`, a header row. Reading a package the app wrote and writing it again gives the same bytes.
 *
 * Besides the core files (`authorities.csv`, `counts/base_values.csv`) the package holds
 * - `ring.json` with `number_format: "en"`, which declares that every counts file of this package
 *   writes `.` decimals without thousands separators — so a lone `1.234` (FTE) is not "ambiguous";
 * - `provenance.csv` at the top (NOT under `counts/`, where a reader would take it for base counts):
 *   `authority_id,period,count_id,file,line,column` — the original file and cell of each value, so a
 *   re-imported ring still traces every figure to the export it came from;
 * - every part's keys and files (`parts/`).
 * An empty ring gets no `counts/base_values.csv`: a header-only counts file is an error for the import.
 */
import type { Ring, RingMeta } from '../types.ts';
import { takeValues, valueCount } from '../value-columns.ts';
import { canonicalOrder } from '../value-keys.ts';
import { AUTHORITIES_CSV, BASE_VALUES_CSV } from './core.ts';
import { authoritiesCsv, cmp, sortedPeriods } from './csv.ts';
import { baseValuesBytes, provenanceBytes } from './values-csv.ts';
import { RING_FORMAT_VERSION } from './meta.ts';
import { completeRingData } from './complete.ts';
import { PARTS } from './parts/index.ts';
import { RING_JSON } from './parts/part.ts';
import type { PackageFile, RingData } from './types.ts';

export { BASE_VALUES_CSV };
export const PROVENANCE_CSV = 'provenance.csv';

/**
 * The ring in canonical order (authorities by id, values by key, periods sorted and unique, the current
 * format version). Exporting and re-importing a ring gives exactly this.
 */
export function normaliseRing(ring: Ring): Ring {
	return {
		meta: { ...ring.meta, format_version: RING_FORMAT_VERSION, periods: sortedPeriods(ring.meta.periods) },
		authorities: [...ring.authorities].sort((a, b) => cmp(a.authority_id, b.authority_id)),
		values: takeValues(ring.values, canonicalOrder(ring.values))
	};
}

/** ring.json: the core keys, then every part's keys in registry order. */
export function ringJsonText(meta: RingMeta, parts: Record<string, unknown>): string {
	const doc = {
		format_version: RING_FORMAT_VERSION,
		name: meta.name,
		description: meta.description,
		periods: sortedPeriods(meta.periods),
		disclosure: meta.disclosure,
		synthetic: meta.synthetic,
		number_format: 'en',
		...parts
	};
	return `${JSON.stringify(doc, null, 2)}\n`;
}

const utf8 = new TextEncoder();

/**
 * The package's files in path order. Data lacking a part or a member's pseudonym is completed first
 * (`completeRingData`): a package must always be readable as a whole.
 */
export function canonicalFiles(input: RingData): PackageFile[] {
	const { ring, extras } = completeRingData(input);
	const json: Record<string, unknown> = {};
	const files: PackageFile[] = [
		{ path: AUTHORITIES_CSV, bytes: utf8.encode(authoritiesCsv(ring.authorities)) },
		{ path: PROVENANCE_CSV, bytes: provenanceBytes(ring.values) }
	];
	if (valueCount(ring.values) > 0) files.push({ path: BASE_VALUES_CSV, bytes: baseValuesBytes(ring.values) });
	for (const part of PARTS) {
		const out = (part.write as (value: unknown, ring: Ring) => ReturnType<typeof part.write>)(
			extras[part.slot],
			ring
		);
		Object.assign(json, out.json);
		files.push(...(out.files ?? []));
	}
	files.push({ path: RING_JSON, bytes: utf8.encode(ringJsonText(ring.meta, json)) });
	return files.sort((a, b) => cmp(a.path, b.path));
}
