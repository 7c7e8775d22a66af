/**
 * Messages between the import page and its Web Worker (`import-worker.ts`).
 *
 * Values travel as columns of typed arrays (transferred, not copied): a 50 MB file has a million
 * values, and structured-cloning a million small objects costs the main thread more than the parse.
 */
import type { MappingProfile } from '../ingest/profile.ts';
import type { HeaderSuggestion } from '../ingest/suggest.ts';
import type { CountSpec, Detected, EncodingName, PreviewRow, Problem, Separator } from '../ingest/types.ts';
import type { ValueColumns } from '../ring/value-columns.ts';

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
