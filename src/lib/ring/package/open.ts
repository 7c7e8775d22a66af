/**
 * Ring package (a folder's files or a `.zip`) → `RingData`, all or nothing (docs/ring-format.md).
 *
 * Order, and why: the format version first (`meta.ts`) — it decides how everything else is read; then
 * every ring.json key and every file must be known to that version (format 2: an unknown one is an
 * error naming it, so an older app never opens a newer package and loses what it cannot read; older
 * packages: a warning, the first format allowed extras); then the core files (`core.ts`), the parts
 * (`parts/`) and `provenance.csv`. Any error → no ring, and `problems` says why, with file and line.
 *
 * Provenance: the core reader stamps each value with its place in the package (`counts/base_values.csv`,
 * line, column). When `provenance.csv` is present, values from the canonical counts file get their
 * original origin back — or none, when the ring had none — so export → import is exact. Values from
 * other counts files (added to the folder by hand) keep the reader's stamp: that is where they came from.
 */
import { tokenize } from '../../ingest/csv-tokenizer.ts';
import { m, ProblemSink } from '../../ingest/problems.ts';
import type { CountSpec, Problem } from '../../ingest/types.ts';
import type { Ring } from '../types.ts';
import { dictionary, NO_FILE, type ValueColumns } from '../value-columns.ts';
import { rowIndex, valueKeys, type RowIndex, type ValueKeys } from '../value-keys.ts';
import { RING_PACKAGE_LIMITS } from '../../zip/limits.ts';
import { zipIngestProblem } from '../../ingest/zip-problem.ts';
import { BASE_VALUES_CSV, PROVENANCE_CSV } from './canonical.ts';
import { readCanonicalProvenance } from './canonical-counts.ts';
import { PROVENANCE_HEADER } from './values-csv.ts';
import { AUTHORITIES_CSV, isCountsFile, readCore } from './core.ts';
import { isNote, packageRoot, unzipPackage } from './files.ts';
import { CORE_KEYS, parseRingJson, readCoreMeta, type RingJson } from './meta.ts';
import { PARTS, partsOf } from './parts/index.ts';
import { READERS } from './parts/readers.ts';
import { RING_JSON, type PartInput } from './parts/part.ts';
import type { PackageFile, RingData, RingExtras } from './types.ts';

export interface RingReadOptions {
	/** Name when ring.json has none (the folder's or the zip's name). */
	name?: string;
	/** How far the reading is, 0…1 (mostly the counts files, by bytes); called often, throttle it. */
	onProgress?: (fraction: number) => void;
}

/** The share of the progress a zip's unpacking gets; of the rest, the counts files get READ_SHARE. */
const UNZIP_SHARE = 0.1;
const READ_SHARE = 0.85;

export interface RingOpenResult {
	/** Null when there is any error. */
	data: RingData | null;
	problems: Problem[];
}

/** Only the ring (members and values), for callers that need no parts. */
export interface RingReadResult {
	ring: Ring | null;
	problems: Problem[];
}

const PACKAGE_NAME = 'Ringpaket';

/**
 * Put the original origins back (see header): every value read from the canonical counts file gets
 * the origin `provenance.csv` names for its key, or none; values of other counts files keep theirs.
 * Rows are matched by the values' numeric keys (value-keys.ts), not by a string per value.
 */
function applyProvenance(values: ValueColumns, bytes: Uint8Array, sink: ProblemSink): ValueColumns {
	// The file as this app writes it, for values all read from its counts file: one walk, no problems.
	return readCanonicalProvenance(values, bytes, BASE_VALUES_CSV) ?? provenanceFromText(values, bytes, sink);
}

/** `applyProvenance` by the general reader: any provenance.csv, each problem with its line. */
export function provenanceFromText(values: ValueColumns, bytes: Uint8Array, sink: ProblemSink): ValueColumns {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		sink.error('bad_provenance', 1, 1, '', m('ring.provenance_not_utf8'));
		return values;
	}
	/** The values' keys and their rows: built at the first row of origins (a ring without any has none). */
	let index: { keys: ValueKeys; rows: RowIndex } | null = null;
	const lookup = () => {
		if (!index) {
			const keys = valueKeys(values);
			index = { keys, rows: rowIndex(keys) };
		}
		return index;
	};
	const authorityOf = new Map(values.authorities.map((id, i) => [id, i]));
	const countOf = new Map(values.counts.map((id, i) => [id, i]));
	const canonical = values.files.indexOf(BASE_VALUES_CSV, NO_FILE + 1);
	const n = values.value.length;
	// Every value of the canonical file loses the reader's stamp; provenance.csv gives its origin back.
	// All of them canonical (a package written by this app): origins start empty, nothing to copy.
	const allCanonical = canonical > 0 && values.file.every((f) => f === canonical);
	const stamps = (a: Uint32Array) => (allCanonical ? new Uint32Array(n) : a.slice());
	const out: ValueColumns = {
		...values,
		files: [...values.files],
		file: stamps(values.file),
		line: stamps(values.line),
		column: stamps(values.column)
	};
	const fileOf = dictionary(out.files);
	if (canonical > 0 && !allCanonical)
		for (let i = 0; i < n; i++) if (out.file[i] === canonical) out.file[i] = out.line[i] = out.column[i] = 0;
	/** Keys that match no value, as text: only to find a key given twice. */
	const strays = new Set<string>();
	/** Rows given an origin (or matched by a row of another counts file): a second row is a duplicate. */
	const matched = new Uint8Array(out.file.length);
	let origins = 0;
	let used = 0;
	let header = true;
	const positive = (s: string) => (/^[1-9]\d{0,8}$/.test(s) ? Number(s) : null);
	tokenize(text, ',', (record) => {
		const f = record.fields;
		if (f.every((cell) => cell === '')) return;
		if (header) {
			header = false;
			if (f.join(',') !== PROVENANCE_HEADER.join(','))
				sink.error(
					'bad_provenance',
					record.line,
					1,
					f.join(','),
					m('ring.provenance_header', { header: PROVENANCE_HEADER.join(',') })
				);
			return sink.errors > 0 ? false : undefined;
		}
		const [authority = '', period = '', count = '', file = '', lineText = '', columnText = ''] = f;
		const line = positive(lineText);
		const column = positive(columnText);
		if (f.length !== PROVENANCE_HEADER.length || file === '' || line === null || column === null) {
			sink.error('bad_provenance', record.line, 1, f.join(','), m('ring.provenance_row'));
			return;
		}
		const a = authorityOf.get(authority);
		const c = countOf.get(count);
		const { keys, rows } = lookup();
		const row = a === undefined || c === undefined ? -1 : rows.rowOf(keys.keyOf(a, Number(period), c));
		// A period written otherwise than the values file writes it (`2024.0`) is not the value's key.
		const same = row >= 0 && String(values.period[row]) === period;
		const duplicate = same ? matched[row] === 1 : strays.has(`${authority}\u0000${period}\u0000${count}`);
		if (duplicate) {
			sink.error('bad_provenance', record.line, 1, f.join(','), m('ring.provenance_duplicate'));
			return;
		}
		origins++;
		if (!same) {
			strays.add(`${authority}\u0000${period}\u0000${count}`);
			return;
		}
		matched[row] = 1;
		if (values.file[row] !== canonical) return;
		out.file[row] = fileOf(file);
		out.line[row] = line;
		out.column[row] = column;
		used++;
	});
	const unused = origins - used;
	if (unused > 0) sink.warn('provenance_unmatched', 1, 1, '', m('ring.provenance_unmatched', { n: unused }));
	return out;
}

/** ring.json keys and files the package's version does not know: errors in format 2, else warnings. */
function refuseUnknown(
	read: RingJson,
	files: ReadonlyMap<string, Uint8Array>,
	sink: (file: string) => ProblemSink
) {
	const strict = read.version === 2;
	const parts = partsOf(read.version);
	const keys = new Set<string>([...CORE_KEYS, ...parts.flatMap((p) => p.keys)]);
	const unversioned = read.version === 0;
	for (const k of Object.keys(read.json))
		if (!keys.has(k)) {
			if (strict) sink(RING_JSON).error('unknown_key', 1, 1, k, m('ring.unknown_key_strict', { key: k }));
			else
				sink(RING_JSON).warn(
					'unknown_key',
					1,
					1,
					k,
					unversioned
						? m('ring.unknown_key_unversioned', { key: k })
						: m('ring.unknown_key', { key: k, version: read.version })
				);
		}
	const known = (path: string) =>
		path === RING_JSON ||
		path === AUTHORITIES_CSV ||
		path === PROVENANCE_CSV ||
		isCountsFile(path) ||
		isNote(path) ||
		parts.some((p) => p.owns(path));
	for (const path of [...files.keys()].sort())
		if (!known(path)) {
			if (strict) sink(path).error('unknown_file', 1, 1, path, m('ring.unknown_file_strict', { path }));
			else
				sink(path).warn(
					'unknown_file',
					1,
					1,
					path,
					unversioned
						? m('ring.unknown_file_unversioned', { path })
						: m('ring.unknown_file', { path, version: read.version })
				);
		}
}

/** Open a ring package given as files (folder upload, the CLI reading a directory, the demo ring). */
export async function openRingPackage(
	files: PackageFile[],
	specs: CountSpec[],
	options: RingReadOptions = {}
): Promise<RingOpenResult> {
	const pkg = new ProblemSink(options.name ?? PACKAGE_NAME);
	const located = packageRoot(files);
	if (!located) {
		pkg.error('no_ring', 1, 1, '', m('ingest.no_ring'));
		return { data: null, problems: pkg.finish() };
	}
	const name = located.root !== '' ? located.root.slice(0, -1) : (options.name ?? PACKAGE_NAME);
	const byPath = located.files;
	const sinks = new Map<string, ProblemSink>();
	const sink = (file: string) => {
		let s = sinks.get(file);
		if (!s) sinks.set(file, (s = new ProblemSink(file)));
		return s;
	};
	const collected = (...more: Problem[][]) => [
		...sink(RING_JSON).finish(),
		...more.flat(),
		...[...sinks.values()].filter((s) => s.file !== RING_JSON).flatMap((s) => s.finish())
	];

	const metaBytes = byPath.get(RING_JSON);
	const read: RingJson | null = metaBytes
		? parseRingJson(metaBytes, sink(RING_JSON))
		: { json: {}, version: 0 };
	const core = read && readCoreMeta(read.json, name, sink(RING_JSON));
	if (!read || !core) return { data: null, problems: collected() };
	refuseUnknown(read, byPath, sink);

	const strict = read.version === 2;
	const progress = options.onProgress;
	const coreRead = readCore(
		{
			files: byPath,
			meta: core.meta,
			numberFormat: core.numberFormat,
			strict,
			pkg,
			...(progress ? { onProgress: (f: number) => progress(READ_SHARE * f) } : {})
		},
		specs
	);
	const meta = core.meta.periods.length > 0 ? core.meta : { ...core.meta, periods: coreRead.periods };
	let values = coreRead.values;
	const ring: Ring = { meta, authorities: coreRead.authorities, values };

	const extras: Record<string, unknown> = {};
	const countIds = new Set(specs.map((s) => s.id));
	const earlier = extras as PartInput['earlier'];
	const input: PartInput = { json: read.json, files: byPath, ring, strict, sink, countIds, earlier };
	const present = new Set(partsOf(read.version));
	let partsOk = true;
	for (const part of PARTS) {
		const reader = READERS[part.slot] as (input: PartInput) => unknown;
		const value = present.has(part)
			? await reader(input)
			: part.before(ring, read.version === 2 ? 1 : read.version);
		if (value === null) partsOk = false;
		extras[part.slot] = value;
	}

	const provenance = byPath.get(PROVENANCE_CSV);
	if (provenance) values = applyProvenance(values, provenance, sink(PROVENANCE_CSV));
	const problems = collected(coreRead.problems, pkg.finish());
	if (!partsOk || problems.some((p) => p.severity === 'error')) return { data: null, problems };
	return { data: { ring: { ...ring, values }, extras: extras as unknown as RingExtras }, problems };
}

/** Open a ring package `.zip`. */
export async function openRingZip(
	bytes: Uint8Array,
	specs: CountSpec[],
	options: RingReadOptions = {}
): Promise<RingOpenResult> {
	const unzipped = await unzipPackage(bytes);
	const progress = options.onProgress;
	progress?.(UNZIP_SHARE);
	if (unzipped.ok)
		return openRingPackage(unzipped.files, specs, {
			...options,
			...(progress ? { onProgress: (f: number) => progress(UNZIP_SHARE + (1 - UNZIP_SHARE) * f) } : {})
		});
	const problem = zipIngestProblem(unzipped.problem, RING_PACKAGE_LIMITS, options.name ?? PACKAGE_NAME);
	return { data: null, problems: [problem] };
}

const ringOnly = (result: RingOpenResult): RingReadResult => ({
	ring: result.data?.ring ?? null,
	problems: result.problems
});

/** `openRingPackage`, members and values only. */
export async function readRingPackage(
	files: PackageFile[],
	specs: CountSpec[],
	options: RingReadOptions = {}
): Promise<RingReadResult> {
	return ringOnly(await openRingPackage(files, specs, options));
}

/** `openRingZip`, members and values only. */
export async function readRingZip(
	bytes: Uint8Array,
	specs: CountSpec[],
	options: RingReadOptions = {}
): Promise<RingReadResult> {
	return ringOnly(await openRingZip(bytes, specs, options));
}
