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
import { ProblemSink } from '../../ingest/problems.ts';
import type { CountSpec, Problem } from '../../ingest/types.ts';
import type { Authority, BaseValue, RingMeta } from '../types.ts';

export const AUTHORITIES_CSV = 'authorities.csv';
export const COUNTS_DIR = 'counts/';

export const isCountsFile = (path: string) => path.startsWith(COUNTS_DIR);

export interface CoreInput {
	files: ReadonlyMap<string, Uint8Array>;
	meta: RingMeta;
	numberFormat: 'de' | 'en' | undefined;
	/** Format 2: a file in counts/ that is no .csv is an error, not a warning. */
	strict: boolean;
	/** Where package-wide problems are reported (the package's name). */
	pkg: ProblemSink;
}

export interface CoreRead {
	authorities: Authority[];
	values: BaseValue[];
	/** Periods with values, ascending. */
	periods: number[];
	problems: Problem[];
}

export function readCore(input: CoreInput, specs: CountSpec[]): CoreRead {
	const { files, meta, strict, pkg } = input;
	const problems: Problem[] = [];
	const authSink = new ProblemSink(AUTHORITIES_CSV);
	const authBytes = files.get(AUTHORITIES_CSV);
	if (!authBytes) authSink.error('missing_file', 1, 1, '', 'authorities.csv fehlt im Ringpaket.');
	const authorities = authBytes ? parseAuthorities(authBytes, authSink) : [];
	problems.push(...authSink.finish());
	const known = new Set(authorities.map((a) => a.authority_id));

	const countPaths = [...files.keys()].filter(isCountsFile).sort();
	const values: BaseValue[] = [];
	const seen = new Map<string, BaseValue>();
	const periods = new Set<number>();
	for (const path of countPaths) {
		const sink = new ProblemSink(path);
		if (!path.toLowerCase().endsWith('.csv')) {
			const message = 'Datei im Ordner counts/ ist keine .csv-Datei und wird nicht gelesen.';
			if (strict) sink.error('not_csv', 1, 1, path, `${message} In format_version 2 ist das ein Fehler.`);
			else sink.warn('not_csv', 1, 1, path, message);
			problems.push(...sink.finish());
			continue;
		}
		const result = parseImportFile(path, files.get(path) ?? new Uint8Array(), specs, {
			numberFormat: input.numberFormat
		});
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
	return { authorities, values, periods: [...periods].sort((a, b) => a - b), problems };
}
