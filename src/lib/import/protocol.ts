/**
 * Messages between the import page and its Web Worker (`import-worker.ts`).
 *
 * Values travel as columns of typed arrays (transferred, not copied): a 50 MB file has a million
 * values, and structured-cloning a million small objects costs the main thread more than the parse.
 */
import type { MappingProfile } from '../ingest/profile.ts';
import type {
	CountSpec,
	Detected,
	EncodingName,
	PreviewRow,
	Problem,
	Separator,
	ValueColumns
} from '../ingest/types.ts';
import { allocateValueColumns, dictionary } from '../ingest/types.ts';

export type { ValueColumns };
import type { HeaderSuggestion } from '../ingest/suggest.ts';
import type { BaseValue } from '../ring/types.ts';

/** Largest file the import accepts (per file). Chromium holds it, its text and its values comfortably. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/**
 * Name of the performance measure the page records for each read (start of the read → values taken
 * into the page), with the worker's own seconds and phases per file as detail: the page's timing,
 * which the benchmark reads instead of guessing from outside.
 */
export const READ_MEASURE = 'import:read';

/** The user's corrections of one file's detection (all optional: absent = detected). */
export interface FileOptions {
	encoding?: EncodingName;
	separator?: Separator;
	quotes?: boolean;
	headerLine?: number;
	numberFormat?: 'de' | 'en';
	sheet?: string;
	/** A mapping the user set on the page (not necessarily saved). */
	profile?: MappingProfile | null;
}

export interface ParseJob {
	file: File;
	options: FileOptions;
}

export interface ParseRequest {
	type: 'parse';
	specs: CountSpec[];
	profiles: MappingProfile[];
	jobs: ParseJob[];
}

/** From the page to a worker started ahead: compile the hot paths while nothing else happens (warm-up.ts). */
export interface WarmUp {
	type: 'warm-up';
	/** Milliseconds to wait first. */
	after: number;
}

export interface FileResult {
	file: string;
	size: number;
	values: ValueColumns;
	problems: Problem[];
	detected: Detected | null;
	preview: PreviewRow[];
	problemRows: PreviewRow[];
	unreadable: boolean;
	suggestions: HeaderSuggestion[];
	/** The profile applied (given or recognised), for the mapping editor. */
	profile: MappingProfile | null;
	seconds: number;
	/** Where the time went (seconds): reading the file, parsing and validating, the rest. */
	phases: Record<string, number>;
}

export type WorkerMessage =
	| { type: 'progress'; index: number; fraction: number }
	| { type: 'file'; index: number; result: FileResult }
	| { type: 'done' }
	| { type: 'failed'; message: string };

export function toColumns(values: readonly BaseValue[]): ValueColumns {
	const n = values.length;
	const [authorities, counts, files] = [[], [], []] as [string[], string[], string[]];
	const [a, c, f] = [dictionary(authorities), dictionary(counts), dictionary(files)];
	const cols: ValueColumns = allocateValueColumns(n, { authorities, counts, files });
	for (let i = 0; i < n; i++) {
		const v = values[i]!;
		cols.authority[i] = a(v.authority_id);
		cols.count[i] = c(v.count_id);
		cols.period[i] = v.period;
		cols.value[i] = v.value;
		cols.file[i] = f(v.source?.file ?? '');
		cols.line[i] = v.source?.line ?? 0;
		cols.column[i] = v.source?.column ?? 0;
	}
	return cols;
}

export function fromColumns(cols: ValueColumns): BaseValue[] {
	const n = cols.value.length;
	const out = new Array<BaseValue>(n);
	for (let i = 0; i < n; i++)
		out[i] = {
			authority_id: cols.authorities[cols.authority[i]!]!,
			period: cols.period[i]!,
			count_id: cols.counts[cols.count[i]!]!,
			value: cols.value[i]!,
			source: { file: cols.files[cols.file[i]!]!, line: cols.line[i]!, column: cols.column[i]! }
		};
	return out;
}

export function transferables(cols: ValueColumns): ArrayBuffer[] {
	return [cols.authority, cols.count, cols.file, cols.period, cols.value, cols.line, cols.column].map(
		(a) => a.buffer as ArrayBuffer
	);
}
