/**
 * `parseImportFile`: one uploaded or exported file → base values with provenance, problems, and what
 * was detected. Pure (no I/O): runs in the browser's import worker, in the CLI `check` command and in
 * the ring package reader alike.
 *
 * The file is importable when `problems` has no error. Values are returned even then (for the preview),
 * but nothing may be stored from a file with errors.
 */
import { defaultsOf, detectImport, type DetectOptions } from './detect.ts';
import { m } from './problems.ts';
import { readRows } from './rows.ts';
import type { CountSpec, Detection, ImportResult } from './types.ts';
import { ValueCollector } from './values.ts';

export interface ImportOptions extends DetectOptions {
	/** Force the number convention (otherwise the profile's, otherwise detected from the cells). */
	numberFormat?: 'de' | 'en';
	/** Data rows in `preview` (after the header row). Default 20. */
	previewRows?: number;
	/** Progress of the row pass, 0…1. */
	onProgress?: (fraction: number) => void;
	/** Keep up to this many rows with problems beyond the preview (`problemRows`). Default 0. */
	problemRows?: number;
	/** Return the values as typed-array `columns` instead of objects (`values` stays empty). */
	columnar?: boolean;
}

export function parseImportFile(
	name: string,
	bytes: Uint8Array,
	specs: CountSpec[],
	options: ImportOptions = {}
): ImportResult {
	const detected = detectImport(name, bytes, specs, options);
	if (!detected.ok)
		return {
			file: name,
			values: [],
			problems: detected.sink.finish(),
			detected: null,
			preview: [],
			unreadable: detected.unreadable
		};
	const { records, detection, sink, index, profile } = detected;
	const collector = new ValueCollector(
		sink,
		options.numberFormat ?? profile?.number_format ?? null,
		detection.separator === ','
	);
	if (detected.text !== null) collector.reserve(expectedValues(detected.text, detection));
	// Without a usable layout or key columns there is nothing to read; the header problems say why.
	const defaults = defaultsOf(options, profile);
	const hasRole = (kind: string) => detection.columns.some((c) => c.role.kind === kind);
	const readable =
		detection.layout !== 'unknown' &&
		(hasRole('authority_id') || defaults.authority_id !== undefined) &&
		(hasRole('period') || defaults.period !== undefined);
	const rows = readable
		? readRows({
				records,
				detection,
				index,
				profile,
				defaults,
				sink,
				collector,
				previewRows: options.previewRows ?? 20,
				problemRows: options.problemRows ?? 0,
				...(options.onProgress ? { onProgress: options.onProgress } : {})
			})
		: { preview: [], problemRows: [], dataRows: 0, sumRowsDropped: 0 };
	const { values, columns, numberFormat } = collector.finish(options.columnar ?? false);
	const valueCount = columns ? columns.value.length : values.length;
	if (readable && rows.dataRows === 0)
		sink.error('no_data', detection.headerLine, 1, '', m('ingest.no_data'));
	else if (rows.dataRows > 0 && valueCount === 0 && sink.errors === 0)
		sink.warn('no_values', detection.headerLine, 1, '', m('ingest.no_values'));
	return {
		file: name,
		values,
		problems: sink.finish(),
		detected: {
			...detection,
			numberFormat,
			dataRows: rows.dataRows,
			sumRowsDropped: rows.sumRowsDropped
		},
		preview: rows.preview,
		...(options.problemRows ? { problemRows: rows.problemRows } : {}),
		...(columns ? { columns } : {}),
		unreadable: false
	};
}

/**
 * How many values a text file can hold at most: its lines below the header times the value cells of a
 * line. Counted, not estimated (a search for line breaks costs little beside the parse): when every
 * line holds its values — as in every ring package — the columns are then exactly full, and are
 * handed on without a copy (`value-store.ts`). Lines within quotes only make it more.
 */
function expectedValues(text: string, detection: Detection): number {
	let lines = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lines++;
	const cells =
		detection.layout === 'wide' ? detection.columns.filter((c) => c.role.kind === 'count').length : 1;
	// Capped: past a few million values doubling is cheap enough.
	return Math.min(Math.max(0, lines - detection.headerLine) * cells, 4_000_000);
}

/** True when a result has no error-severity problem. */
export function isImportable(result: { problems: { severity: string }[] }): boolean {
	return !result.problems.some((p) => p.severity === 'error');
}
