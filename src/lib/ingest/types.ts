/**
 * Shared shapes of the import core (files → checked base values).
 *
 * Why the count definitions are a parameter (`CountSpec[]`) rather than an import of the catalogue:
 * ingest must not depend on how the catalogue is loaded (YAML in the app, a fixture in tests), and the
 * catalogue module must be free to evolve. Whoever calls the import passes the 42 base counts.
 *
 * Every problem is plain data with a location, the offending text and a message as key and
 * parameters, so the import page (in its language), the `check` command and the ring reader (in
 * German) can all show it the same way.
 */
import type { BaseCountKind } from '../catalogue/vocabulary.ts';
import type { Message } from '../i18n/messages.ts';
import type { BaseValue } from '../ring/types.ts';

/** A base count's kind (catalogue.md); the vocabulary module has no dependencies, so ingest stays free of the catalogue loader. */
export type CountKind = BaseCountKind;

/** One base count of the catalogue as the import needs it. */
export interface CountSpec {
	id: string;
	kind: CountKind;
	/** German label, e.g. "Eingegangene Anträge auf Aufenthaltstitel (Erteilung und Verlängerung)". */
	label: string;
}

export type Severity = 'error' | 'warning';

/**
 * One finding about an input file. `line` and `column` are 1-based; `column` is the field number
 * (spreadsheet column), not a character offset. File-wide problems point at line 1, column 1 or at
 * the header line.
 */
export interface Problem {
	file: string;
	line: number;
	column: number;
	/** The offending text (cell content, header, …), possibly shortened; '' when there is none. */
	text: string;
	/**
	 * What to tell the user, as a message key and its parameters: worded where it is shown, in the
	 * page's language or in German by the CLI (i18n/problem-text.ts) — never prose built here.
	 */
	message: Message;
	severity: Severity;
	/** Stable machine-readable kind, e.g. `ambiguous_number`; for tests and for what a page does with it. */
	code: string;
}

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Separator = ';' | ',' | '\t' | '|';
/** `neutral`: only plain integers, no decimal or thousands separators at all. */
export type NumberFormat = 'de' | 'en' | 'neutral' | 'mixed';
export type Layout = 'long' | 'wide' | 'unknown';

/** What a header cell (or a profile entry) stands for. */
export type ColumnRole =
	| { kind: 'authority_id' }
	| { kind: 'period' }
	| { kind: 'count_id' }
	| { kind: 'value' }
	| { kind: 'count'; countId: string }
	| { kind: 'ignore' }
	| { kind: 'unknown' }
	| { kind: 'empty' };

export interface ColumnPlan {
	/** 1-based field number. */
	column: number;
	header: string;
	role: ColumnRole;
	/** How the role was found: `profile`, `id`, `synonym`, `label`, `label_id`, or `none`. */
	via: string;
}

/** Everything decided from the first part of the file, before the full parse (also the input to a later DuckDB fast path). */
export interface Detection {
	/** `csv` for any text table (CSV, TSV, …), `xlsx` for an Excel workbook (first sheet). */
	format: 'csv' | 'xlsx';
	/** The worksheet read (xlsx only). */
	sheet: string | null;
	encoding: EncodingName;
	bom: boolean;
	separator: Separator;
	/** Whether `"` quotes fields (RFC 4180); false when the file is read without quote handling. */
	quotes: boolean;
	/** Line of the header row (1-based, original file). */
	headerLine: number;
	/** Number of records above the header that were skipped (title lines), with their text. */
	titleLines: { line: number; text: string }[];
	headers: string[];
	columns: ColumnPlan[];
	layout: Layout;
	/** Name of the mapping profile applied, if any. */
	profile: string | null;
}

export interface Detected extends Detection {
	numberFormat: NumberFormat;
	/** Data records read (without header, title, empty and sum rows). */
	dataRows: number;
	sumRowsDropped: number;
}

export interface PreviewRow {
	line: number;
	cells: string[];
}

export interface ImportResult {
	file: string;
	values: BaseValue[];
	problems: Problem[];
	/** `null` when the file could not be read at all (see `unreadable`). */
	detected: Detected | null;
	/** The header row followed by the first data rows, raw text. */
	preview: PreviewRow[];
	/** The values as columns (only with the option `columnar`; `values` is then empty). */
	columns?: ValueColumns;
	/** Further rows in which a problem was found (only with the option `problemRows`). */
	problemRows?: PreviewRow[];
	/** True when the bytes are not a text table at all (binary, undecodable): `check` exit code 2. */
	unreadable: boolean;
}

/**
 * Base values as columns (dictionary-encoded strings, typed arrays): how a large import travels from
 * the import worker to the page without a million small objects. `authority[i]` indexes `authorities`,
 * `count[i]` indexes `counts`, `file[i]` indexes `files`.
 */
export interface ValueColumns {
	authorities: string[];
	counts: string[];
	files: string[];
	authority: Uint32Array;
	count: Uint16Array;
	file: Uint16Array;
	period: Int16Array;
	value: Float64Array;
	line: Uint32Array;
	column: Uint32Array;
}

/** Dictionary encoding into `list`: the index of `s`, appended on first sight. */
export function dictionary(list: string[]): (s: string) => number {
	const map = new Map<string, number>(list.map((s, i) => [s, i]));
	return (s) => {
		let i = map.get(s);
		if (i === undefined) {
			i = list.length;
			list.push(s);
			map.set(s, i);
		}
		return i;
	};
}

/** Columns for `n` values over the given dictionaries, zero-filled (the one place that sizes them). */
export function allocateValueColumns(
	n: number,
	dictionaries: Pick<ValueColumns, 'authorities' | 'counts' | 'files'>
): ValueColumns {
	return {
		...dictionaries,
		authority: new Uint32Array(n),
		count: new Uint16Array(n),
		file: new Uint16Array(n),
		period: new Int16Array(n),
		value: new Float64Array(n),
		line: new Uint32Array(n),
		column: new Uint32Array(n)
	};
}

/**
 * Text files with fewer characters are read in one part; larger ones in two, by two workers
 * (split.ts). Below a few MB the second worker's start and the absorb step cost more than they save.
 * Here rather than in split.ts so that the page can decide about the helper without loading ingest.
 */
export const SPLIT_MIN_CHARS = 4_000_000;
