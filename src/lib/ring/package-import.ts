/**
 * Ring package → everything the ring needs back (`RingData`): the ring from the ingest reader, plus what
 * that reader deliberately does not read — the extras in `ring.json` and `provenance.csv`.
 *
 * Why a second layer and not a second reader: `ingest/ring-package.ts` is the one reader of formats.md
 * (version check, authorities, counts files in any dialect, all-or-nothing). It returns a `Ring` only; it
 * ignores the keys of `ring.json` it does not know. This module runs it and then reads the extra parts that
 * `canonical.ts` writes, with the same all-or-nothing rule: broken extras → no ring, a German problem.
 *
 * Provenance: the reader stamps each value with its place in the package (`counts/base_values.csv`,
 * line, column). When `provenance.csv` is present, values from our canonical counts file get their
 * original origin back — or none, when the ring had none — so export → import is exact. Values from
 * other counts files (added to the folder by hand) keep the reader's stamp: that is where they came from.
 */
import { tokenize } from '../ingest/csv-tokenizer.ts';
import {
	arrayOf,
	check,
	json,
	object,
	oneOf,
	optional,
	recordOf,
	string,
	text
} from '../ingest/json-check.ts';
import { readMappingProfile, type MappingProfile } from '../ingest/profile.ts';
import { ProblemSink } from '../ingest/problems.ts';
import { readRingPackage, type RingReadOptions } from '../ingest/ring-package.ts';
import type { CountSpec, Problem } from '../ingest/types.ts';
import {
	BASE_VALUES_CSV,
	PROVENANCE_CSV,
	PROVENANCE_HEADER,
	RING_JSON,
	type CustomPeerGroup,
	type JsonValue,
	type PackageFile,
	type RingData,
	type RingExtras
} from './canonical.ts';
import type { BaseValue, Provenance } from './types.ts';
import { RING_PACKAGE_LIMITS } from '../zip/limits.ts';
import { zipIngestProblem } from '../zip/messages.ts';
import { readZip } from '../zip/read.ts';
import { ringPackageEntry } from '../zip/ring-entries.ts';

export interface RingOpenResult {
	/** Null when there is any error. */
	data: RingData | null;
	problems: Problem[];
}

/** The extras in ring.json as written (all optional); the ingest reader has checked the core fields. */
interface RingJsonExtras {
	number_format?: 'en' | 'de';
	mapping_profiles?: MappingProfile[];
	custom_peer_groups?: CustomPeerGroup[];
	settings?: Record<string, JsonValue>;
}

/** Hand-written readers (`ingest/json-check.ts`): no zod in the browser, German messages. */
const readExtrasJson = object<RingJsonExtras>({
	number_format: optional(oneOf('en', 'de')),
	mapping_profiles: optional(arrayOf(readMappingProfile)),
	custom_peer_groups: optional(arrayOf(object<CustomPeerGroup>({ name: text, members: arrayOf(string) }))),
	settings: optional(recordOf(json))
});

/** Same path rules as the reader: `\` → `/`, no leading `./`, hidden files and `__MACOSX` ignored. */
function cleanPath(path: string): string {
	return path.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
}

function ignored(path: string): boolean {
	return path.split('/').some((seg) => seg === '__MACOSX' || seg.startsWith('.'));
}

/** The package's own files by path relative to its root (top level or the one folder). */
function rootFiles(files: PackageFile[]): Map<string, Uint8Array> {
	const usable = files.map((f) => ({ ...f, path: cleanPath(f.path) })).filter((f) => !ignored(f.path));
	const isRingFile = (p: string) => p === RING_JSON || p === 'authorities.csv' || p.startsWith('counts/');
	const tops = new Set(usable.map((f) => f.path.split('/')[0] ?? ''));
	const root = usable.some((f) => isRingFile(f.path)) || tops.size !== 1 ? '' : `${[...tops][0]}/`;
	return new Map(
		usable.filter((f) => f.path.startsWith(root)).map((f) => [f.path.slice(root.length), f.bytes])
	);
}

function readExtras(
	bytes: Uint8Array | undefined,
	authorityIds: Set<string>,
	sink: ProblemSink
): RingExtras | null {
	if (!bytes) return { mapping_profiles: [], custom_peer_groups: [], settings: {} };
	let value: unknown = null;
	try {
		value = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
	} catch {
		// The reader has already reported an unreadable ring.json; then there is no ring to complete.
	}
	const parsed = check(readExtrasJson, value);
	if (!parsed.ok) {
		for (const issue of parsed.issues)
			sink.error(
				'bad_ring_json',
				1,
				1,
				issue.path.join('.'),
				`ring.json: Feld „${issue.path.join('.')}“ ist ungültig (${issue.message}); der Ring wurde nicht geöffnet.`
			);
		return null;
	}
	const groups = parsed.value.custom_peer_groups ?? [];
	for (const group of groups)
		for (const id of group.members)
			if (!authorityIds.has(id))
				sink.error(
					'unknown_peer_member',
					1,
					1,
					id,
					`ring.json: Vergleichsgruppe „${group.name}“ nennt Behörde „${id}“, die nicht in authorities.csv steht.`
				);
	return {
		mapping_profiles: parsed.value.mapping_profiles ?? [],
		custom_peer_groups: groups,
		settings: parsed.value.settings ?? {}
	};
}

const key = (authority: string, period: string | number, count: string) =>
	`${authority}\u0000${period}\u0000${count}`;

function readProvenance(bytes: Uint8Array, sink: ProblemSink): Map<string, Provenance> {
	const map = new Map<string, Provenance>();
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		sink.error('bad_provenance', 1, 1, '', 'provenance.csv ist keine UTF-8-Datei.');
		return map;
	}
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
					`provenance.csv: Kopfzeile muss „${PROVENANCE_HEADER.join(',')}“ lauten.`
				);
			return sink.errors > 0 ? false : undefined;
		}
		const [authority = '', period = '', count = '', file = '', lineText = '', columnText = ''] = f;
		const line = positive(lineText);
		const column = positive(columnText);
		if (f.length !== PROVENANCE_HEADER.length || file === '' || line === null || column === null) {
			sink.error(
				'bad_provenance',
				record.line,
				1,
				f.join(','),
				'provenance.csv: Zeile ist unvollständig oder ungültig.'
			);
			return;
		}
		const k = key(authority, period, count);
		if (map.has(k))
			sink.error('bad_provenance', record.line, 1, f.join(','), 'provenance.csv: Wert steht doppelt.');
		else map.set(k, { file, line, column });
	});
	return map;
}

/** Put the original origins back (see header). */
function applyProvenance(
	values: BaseValue[],
	origins: Map<string, Provenance>,
	sink: ProblemSink
): BaseValue[] {
	const used = new Set<string>();
	const out = values.map((v) => {
		if (v.source?.file !== BASE_VALUES_CSV) return v;
		const k = key(v.authority_id, v.period, v.count_id);
		const origin = origins.get(k);
		const bare: BaseValue = {
			authority_id: v.authority_id,
			period: v.period,
			count_id: v.count_id,
			value: v.value
		};
		if (!origin) return bare;
		used.add(k);
		return { ...bare, source: origin };
	});
	const unused = origins.size - used.size;
	if (unused > 0)
		sink.warn(
			'provenance_unmatched',
			1,
			1,
			'',
			`provenance.csv: ${unused} Herkunftsangabe(n) ohne zugehörigen Wert wurden übergangen.`
		);
	return out;
}

/** Open a ring package given as files (folder upload, or the CLI reading a directory). */
export function openRingPackage(
	files: PackageFile[],
	specs: CountSpec[],
	options: RingReadOptions = {}
): RingOpenResult {
	const read = readRingPackage(files, specs, options);
	if (!read.ring) return { data: null, problems: read.problems };
	const byPath = rootFiles(files);
	const metaSink = new ProblemSink(RING_JSON);
	const extras = readExtras(
		byPath.get(RING_JSON),
		new Set(read.ring.authorities.map((a) => a.authority_id)),
		metaSink
	);
	let values = read.ring.values;
	const provenanceSink = new ProblemSink(PROVENANCE_CSV);
	const provenance = byPath.get(PROVENANCE_CSV);
	if (provenance)
		values = applyProvenance(values, readProvenance(provenance, provenanceSink), provenanceSink);
	const problems = [...read.problems, ...metaSink.finish(), ...provenanceSink.finish()];
	if (!extras || problems.some((p) => p.severity === 'error')) return { data: null, problems };
	return { data: { ring: { ...read.ring, values }, extras }, problems };
}

/** Open a ring package `.zip`. */
export function openRingZip(
	bytes: Uint8Array,
	specs: CountSpec[],
	options: RingReadOptions = {}
): RingOpenResult {
	const read = readZip(bytes, ringPackageEntry, RING_PACKAGE_LIMITS);
	if (!read.ok)
		return {
			data: null,
			problems: [zipIngestProblem(read.problem, RING_PACKAGE_LIMITS, options.name ?? 'Ringpaket')]
		};
	return openRingPackage(
		Object.entries(read.files).map(([path, data]) => ({ path, bytes: data })),
		specs,
		options
	);
}
