/**
 * Ring package (formats.md: `ring.json`, `authorities.csv`, `counts/*.csv`) → `Ring`, from a folder's
 * files or a `.zip`.
 *
 * All-or-nothing: when any error is found, `ring` is null and `problems` says why — a ring with a
 * silently missing file or a misunderstood version must never reach the KPIs. Counts files are read
 * exactly like an import without mapping profile (any encoding, separator, number format, layout).
 * Every value keeps its provenance (`counts/2023.csv`, line, column).
 */
import { unzipSync } from 'fflate';
import type { BaseValue, Ring } from '../ring/types.ts';
import { parseAuthorities } from './authorities.ts';
import { parseImportFile } from './parse-import.ts';
import { m, ProblemSink } from './problems.ts';
import { declaredNumberFormat, defaultMeta, parseRingMeta } from './ring-meta.ts';
import type { CountSpec, Problem } from './types.ts';

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
const MAX_ZIP_ENTRY = 512 * 1024 * 1024;

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
		pkg.error('no_ring', 1, 1, '', m('ingest.no_ring'));
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
	if (!authBytes) authSink.error('missing_file', 1, 1, '', m('ingest.authorities_missing_file'));
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
			sink.warn('not_csv', 1, 1, path, m('ingest.counts_not_csv'));
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
					m('ingest.package_duplicate_value', {
						authority: value.authority_id,
						period: value.period,
						count: value.count_id,
						file: earlier.source?.file ?? '',
						line: earlier.source?.line ?? '',
						column: earlier.source?.column ?? ''
					})
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
				m(n === 1 ? 'ingest.unknown_authority_one' : 'ingest.unknown_authority_many', { id, n })
			);
		if (meta.periods.length > 0)
			for (const period of new Set(result.values.map((v) => v.period)))
				if (!meta.periods.includes(period))
					sink.warn('period_not_listed', 1, 1, String(period), m('ingest.period_not_listed', { period }));
		problems.push(...sink.finish());
	}
	if (countPaths.length === 0) pkg.warn('no_counts', 1, 1, '', m('ingest.no_count_files'));
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
	let entries: Record<string, Uint8Array>;
	const tooLarge: string[] = [];
	try {
		entries = unzipSync(bytes, {
			filter: (file) => {
				if (file.name.endsWith('/') || ignored(cleanPath(file.name))) return false;
				if (file.originalSize <= MAX_ZIP_ENTRY) return true;
				tooLarge.push(file.name);
				return false;
			}
		});
	} catch {
		const sink = new ProblemSink(options.name ?? PACKAGE_NAME);
		sink.error('bad_zip', 1, 1, '', m('ingest.bad_zip'));
		return { ring: null, problems: sink.finish() };
	}
	if (tooLarge.length > 0) {
		const sink = new ProblemSink(options.name ?? PACKAGE_NAME);
		for (const name of tooLarge)
			sink.error('too_large', 1, 1, name, m('ingest.zip_entry_too_large', { name }));
		return { ring: null, problems: sink.finish() };
	}
	const files = Object.entries(entries).map(([path, data]) => ({ path, bytes: data }));
	return readRingPackage(files, specs, options);
}
