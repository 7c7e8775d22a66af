/**
 * The core of a ring package: `authorities.csv` and `counts/*.csv` → members and base values.
 *
 * Counts files are read exactly like an import without mapping profile (any encoding, separator,
 * number format, layout), so a moderator can put the authorities' own exports into `counts/`. Every
 * value keeps its provenance (`counts/2023.csv`, line, column). Problems are collected; the caller
 * (`open.ts`) decides — all or nothing — whether a ring comes out.
 */
import { parseAuthorities } from '../../ingest/authorities.ts';
import { parseImportFile } from '../../ingest/parse-import.ts';
import { m, ProblemSink } from '../../ingest/problems.ts';
import type { CountSpec, Problem } from '../../ingest/types.ts';
import type { Authority, RingMeta } from '../types.ts';
import {
	authorityMask,
	noValues,
	ValueColumnsBuilder,
	valueAt,
	valuePeriods,
	type ValueColumns
} from '../value-columns.ts';
import { readCanonicalCounts } from './canonical-counts.ts';

export const AUTHORITIES_CSV = 'authorities.csv';
export const COUNTS_DIR = 'counts/';
/** The counts file this app writes (canonical.ts). */
export const BASE_VALUES_CSV = `${COUNTS_DIR}base_values.csv`;

export const isCountsFile = (path: string) => path.startsWith(COUNTS_DIR);

export interface CoreInput {
	files: ReadonlyMap<string, Uint8Array>;
	meta: RingMeta;
	numberFormat: 'de' | 'en' | undefined;
	/** Format 2: a file in counts/ that is no .csv is an error, not a warning. */
	strict: boolean;
	/** Where package-wide problems are reported (the package's name). */
	pkg: ProblemSink;
	/** Progress of reading the counts files, 0…1 (by bytes). */
	onProgress?: (fraction: number) => void;
}

export interface CoreRead {
	authorities: Authority[];
	values: ValueColumns;
	/** Periods with values, ascending. */
	periods: number[];
	problems: Problem[];
}

/** Key of (period, count) within one authority: a small integer (count indices stay far below 65,536). */
const innerKey = (period: number, count: number): number => period * 65_536 + count;

export function readCore(input: CoreInput, specs: CountSpec[]): CoreRead {
	const { files, meta, strict, pkg } = input;
	const problems: Problem[] = [];
	const authSink = new ProblemSink(AUTHORITIES_CSV);
	const authBytes = files.get(AUTHORITIES_CSV);
	if (!authBytes) authSink.error('missing_file', 1, 1, '', m('ingest.authorities_missing_file'));
	const authorities = authBytes ? parseAuthorities(authBytes, authSink) : [];
	problems.push(...authSink.finish());
	const known = new Set(authorities.map((a) => a.authority_id));

	const countPaths = [...files.keys()].filter(isCountsFile).sort();
	const csvPaths = countPaths.filter((path) => path.toLowerCase().endsWith('.csv'));
	const totalBytes = csvPaths.reduce((n, path) => n + (files.get(path)?.length ?? 0), 0);
	let doneBytes = 0;
	const builder = new ValueColumnsBuilder();
	/** The columns of a package's only counts file when all its rows are kept (else the builder's). */
	let only: ValueColumns | null = null;
	// One file's keys are unique (the ingest reports a repeated key), so only a package with several
	// counts files needs the keys seen in the files before: per authority, (period, count) → row.
	const seen = csvPaths.length > 1 ? new Map<string, Map<number, number>>() : null;
	const countIndex = new Map<string, number>();
	const periods = new Set<number>();
	for (const path of countPaths) {
		const sink = new ProblemSink(path);
		if (!path.toLowerCase().endsWith('.csv')) {
			if (strict) sink.error('not_csv', 1, 1, path, m('ingest.counts_not_csv_strict'));
			else sink.warn('not_csv', 1, 1, path, m('ingest.counts_not_csv'));
			problems.push(...sink.finish());
			continue;
		}
		const bytes = files.get(path) ?? new Uint8Array();
		const progress = input.onProgress;
		const options = {
			numberFormat: input.numberFormat,
			...(progress && totalBytes > 0
				? { onProgress: (f: number) => progress((doneBytes + f * bytes.length) / totalBytes) }
				: {})
		};
		// The package's own counts file in the form this app writes it: read without the general reader's
		// detection and per-cell work, unless anything in it is not plain (then read as any file is).
		const canonical = path === BASE_VALUES_CSV ? readCanonicalCounts(path, bytes, specs, options) : null;
		const result = canonical
			? { problems: [], columns: canonical }
			: parseImportFile(path, bytes, specs, { ...options, columnar: true });
		doneBytes += bytes.length;
		problems.push(...result.problems);
		const cols = result.columns ?? noValues();
		const member = authorityMask(cols, (id) => known.has(id));
		const counts = Uint32Array.from(cols.counts, (id) => {
			let c = countIndex.get(id);
			if (c === undefined) countIndex.set(id, (c = countIndex.size));
			return c;
		});
		/** The rows kept (members, no repeated key), `kept` of them. */
		const keep = new Uint32Array(cols.value.length);
		let kept = 0;
		let lastPeriod = NaN;
		/** Authorities that are no members, by dictionary index: the first row and how many values. */
		const unknown = new Map<number, { row: number; n: number }>();
		for (let i = 0; i < cols.value.length; i++) {
			const a = cols.authority[i]!;
			if (!member[a]) {
				const entry = unknown.get(a);
				if (entry) entry.n++;
				else unknown.set(a, { row: i, n: 1 });
				continue;
			}
			if (seen) {
				const id = cols.authorities[a]!;
				let bucket = seen.get(id);
				if (!bucket) seen.set(id, (bucket = new Map()));
				const key = innerKey(cols.period[i]!, counts[cols.count[i]!]!);
				const earlier = bucket.get(key);
				if (earlier !== undefined) {
					const value = valueAt(cols, i);
					const first = builder.at(earlier).source;
					sink.error(
						'duplicate_value',
						value.source?.line ?? 1,
						value.source?.column ?? 1,
						String(value.value),
						m('ingest.package_duplicate_value', {
							authority: value.authority_id,
							period: value.period,
							count: value.count_id,
							file: first?.file ?? '',
							line: first?.line ?? '',
							column: first?.column ?? ''
						})
					);
					continue;
				}
				bucket.set(key, builder.length + kept);
			}
			keep[kept++] = i;
			// Rows of one period mostly follow each other: the set is asked only when it changes.
			const period = cols.period[i]!;
			if (period !== lastPeriod) periods.add((lastPeriod = period));
		}
		// Usually every row is kept: then the columns are taken whole — as they are, when they are the
		// package's only counts file (no copy of 2 million values at 5,000 × 10).
		if (kept === cols.value.length) {
			if (csvPaths.length === 1) only = cols;
			else builder.append(cols);
		} else builder.append(cols, keep.subarray(0, kept));
		for (const [a, { row, n }] of unknown) {
			const id = cols.authorities[a]!;
			sink.error(
				'unknown_authority',
				cols.line[row] || 1,
				cols.column[row] || 1,
				id,
				m(n === 1 ? 'ingest.unknown_authority_one' : 'ingest.unknown_authority_many', { id, n })
			);
		}
		if (meta.periods.length > 0)
			for (const period of valuePeriods(cols))
				if (!meta.periods.includes(period))
					sink.warn('period_not_listed', 1, 1, String(period), m('ingest.period_not_listed', { period }));
		problems.push(...sink.finish());
	}
	if (countPaths.length === 0) pkg.warn('no_counts', 1, 1, '', m('ingest.no_count_files'));
	return {
		authorities,
		values: only ?? builder.finish(),
		periods: [...periods].sort((a, b) => a - b),
		problems
	};
}
