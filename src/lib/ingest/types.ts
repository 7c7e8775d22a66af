/**
 * Shared shapes of the import core (files → checked base values).
 *
 * Why the count definitions are a parameter (`CountSpec[]`) rather than an import of the catalogue:
 * ingest must not depend on how the catalogue is loaded (YAML in the app, a fixture in tests), and the
 * catalogue module must be free to evolve. Whoever calls the import passes the 42 base counts.
 *
 * Every problem is plain data with a location, the offending text and a German message, so the
 * import page, the `check` command and the ring reader can all show it the same way.
 */
import type { BaseCountKind } from '../catalogue/vocabulary.ts';
import type { BaseValue } from '../ring/types.ts';
import type { ValueColumns } from '../ring/value-columns.ts';

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
	/** German, for the user. */
	message: string;
	severity: Severity;
	/** Stable machine-readable kind, e.g. `ambiguous_number`; for tests and later translation. */
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
	/** The values as columns (only with the option `columnar`; `values` is then empty): ring/value-columns.ts. */
	columns?: ValueColumns;
	/** Further rows in which a problem was found (only with the option `problemRows`). */
	problemRows?: PreviewRow[];
	/** True when the bytes are not a text table at all (binary, undecodable): `check` exit code 2. */
	unreadable: boolean;
}
