/**
 * Ring package (formats.md: `ring.json`, `authorities.csv`, `counts/*.csv`) → `Ring`, from a folder's
 * files or a `.zip`.
 *
 * All-or-nothing: when any error is found, `ring` is null and `problems` says why — a ring with a
 * silently missing file or a misunderstood version must never reach the KPIs. Counts files are read
 * exactly like an import without mapping profile (any encoding, separator, number format, layout).
 * Every value keeps its provenance (`counts/2023.csv`, line, column).
 */
import type { BaseValue, Ring } from '../ring/types.ts';
import { parseAuthorities } from './authorities.ts';
import { parseImportFile } from './parse-import.ts';
import { ProblemSink } from './problems.ts';
import { declaredNumberFormat, defaultMeta, parseRingMeta } from './ring-meta.ts';
import type { CountSpec, Problem } from './types.ts';
import { RING_PACKAGE_LIMITS } from '../zip/limits.ts';
import { zipIngestProblem } from '../zip/messages.ts';
import { readZip } from '../zip/read.ts';
import { ringPackageEntry } from '../zip/ring-entries.ts';

export interface PackageFile {
	/** Path relative to the folder that was opened (or inside the zip), `/`-separated. */
	path: string;
	bytes: Uint8Array;
}

export interface RingReadResult {
	/** Null when there is any error. */
	ring: Ring | null;
	problems: Problem[];
}

export interface RingReadOptions {
	/** Name when ring.json has none (the folder's or the zip's name). */
	name?: string;
}

const PACKAGE_NAME = 'Ringpaket';

function cleanPath(path: string): string {
	return path.replace(/\\/g, '/').replace(/^(?:\.\/|\/)+/, '');
}

function ignored(path: string): boolean {
	return path.split('/').some((seg) => seg === '__MACOSX' || seg.startsWith('.'));
}

const isRingFile = (rel: string) =>
	rel === 'ring.json' || rel === 'authorities.csv' || rel.startsWith('counts/');

/** Where the ring lies: at the top or inside exactly one directory. */
function findRoot(paths: string[]): string | null {
	if (paths.some(isRingFile)) return '';
	const tops = new Set(paths.map((p) => p.split('/')[0] ?? ''));
	if (tops.size !== 1) return null;
	const top = [...tops][0] ?? '';
	const root = `${top}/`;
	return paths.some((p) => p.startsWith(root) && isRingFile(p.slice(root.length))) ? root : null;
}

export function readRingPackage(
	files: PackageFile[],
	specs: CountSpec[],
	options: RingReadOptions = {}
): RingReadResult {
	const problems: Problem[] = [];
	const pkg = new ProblemSink(options.name ?? PACKAGE_NAME);
	const usable = files.map((f) => ({ ...f, path: cleanPath(f.path) })).filter((f) => !ignored(f.path));
	const root = findRoot(usable.map((f) => f.path));
	if (root === null) {
		pkg.error(
			'no_ring',
			1,
			1,
			'',
			'Kein Ringpaket gefunden: Erwartet werden authorities.csv, counts/*.csv und optional ring.json – oben im Ordner oder in genau einem Unterordner.'
		);
		return { ring: null, problems: pkg.finish() };
	}
	const byPath = new Map<string, Uint8Array>();
	for (const f of usable) if (f.path.startsWith(root)) byPath.set(f.path.slice(root.length), f.bytes);
	const name = root !== '' ? root.slice(0, -1) : (options.name ?? PACKAGE_NAME);

	const metaBytes = byPath.get('ring.json');
	const metaSink = new ProblemSink('ring.json');
	const meta = metaBytes ? parseRingMeta(metaBytes, name, metaSink) : defaultMeta(name);
	problems.push(...metaSink.finish());
	if (!meta) return { ring: null, problems };

	const authSink = new ProblemSink('authorities.csv');
	const authBytes = byPath.get('authorities.csv');
	if (!authBytes) authSink.error('missing_file', 1, 1, '', 'authorities.csv fehlt im Ringpaket.');
	const authorities = authBytes ? parseAuthorities(authBytes, authSink) : [];
	problems.push(...authSink.finish());
	const known = new Set(authorities.map((a) => a.authority_id));

	const numberFormat = declaredNumberFormat(metaBytes);
	const countPaths = [...byPath.keys()].filter((p) => p.startsWith('counts/') && !p.endsWith('/')).sort();
	const values: BaseValue[] = [];
	const seen = new Map<string, BaseValue>();
	const periods = new Set<number>();
	for (const path of countPaths) {
		const sink = new ProblemSink(path);
		if (!path.toLowerCase().endsWith('.csv')) {
			sink.warn(
				'not_csv',
				1,
				1,
				path,
				'Datei im Ordner counts/ ist keine .csv-Datei und wird nicht gelesen.'
			);
			problems.push(...sink.finish());
			continue;
		}
		const result = parseImportFile(path, byPath.get(path) ?? new Uint8Array(), specs, { numberFormat });
		problems.push(...result.problems);
		const unknown = new Map<string, { value: BaseValue; n: number }>();
		for (const value of result.values) {
			if (!known.has(value.authority_id)) {
				const entry = unknown.get(value.authority_id);
				if (entry) entry.n++;
				else unknown.set(value.authority_id, { value, n: 1 });
				continue;
			}
			const key = `${value.authority_id}\u0000${value.period}\u0000${value.count_id}`;
			const earlier = seen.get(key);
			if (earlier) {
				sink.error(
					'duplicate_value',
					value.source?.line ?? 1,
					value.source?.column ?? 1,
					String(value.value),
					`Doppelter Wert für Behörde ${value.authority_id}, Jahr ${value.period}, Grundzahl ${value.count_id}: schon in ${earlier.source?.file} Zeile ${earlier.source?.line}, Spalte ${earlier.source?.column}.`
				);
				continue;
			}
			seen.set(key, value);
			values.push(value);
			periods.add(value.period);
		}
		for (const [id, { value, n }] of unknown)
			sink.error(
				'unknown_authority',
				value.source?.line ?? 1,
				value.source?.column ?? 1,
				id,
				`Behörde „${id}“ steht nicht in authorities.csv (${n} ${n === 1 ? 'Wert' : 'Werte'} in dieser Datei).`
			);
		if (meta.periods.length > 0)
			for (const period of new Set(result.values.map((v) => v.period)))
				if (!meta.periods.includes(period))
					sink.warn(
						'period_not_listed',
						1,
						1,
						String(period),
						`Jahr ${period} ist in ring.json unter „periods“ nicht aufgeführt.`
					);
		problems.push(...sink.finish());
	}
	if (countPaths.length === 0)
		pkg.warn('no_counts', 1, 1, '', 'Das Ringpaket enthält keine Grundzahl-Dateien (counts/*.csv).');
	problems.push(...pkg.finish());
	if (problems.some((p) => p.severity === 'error')) return { ring: null, problems };
	const ringMeta = meta.periods.length > 0 ? meta : { ...meta, periods: [...periods].sort((a, b) => a - b) };
	return { ring: { meta: ringMeta, authorities, values }, problems };
}

export function readRingZip(
	bytes: Uint8Array,
	specs: CountSpec[],
	options: RingReadOptions = {}
): RingReadResult {
	const read = readZip(bytes, ringPackageEntry, RING_PACKAGE_LIMITS);
	if (!read.ok)
		return {
			ring: null,
			problems: [zipIngestProblem(read.problem, RING_PACKAGE_LIMITS, options.name ?? PACKAGE_NAME)]
		};
	const entries = read.files;
	const files = Object.entries(entries).map(([path, data]) => ({ path, bytes: data }));
	return readRingPackage(files, specs, options);
}
