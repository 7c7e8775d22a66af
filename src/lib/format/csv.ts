/**
 * Delimited text, written: the one CSV field quoter of the code base, and the spreadsheet form of the
 * downloads.
 *
 * Two forms, one quoter:
 * - **canonical** (ring packages, the engine's load files, the CLI): `,`, `.` decimal point, quoted
 *   only when a field holds the separator, a quote or a line break (RFC 4180). Equal data → equal bytes,
 *   so nothing here may change how such a field is written.
 * - **spreadsheet** (every download a person opens): what German Excel opens right with a double
 *   click — UTF-8 with BOM (else it reads Windows-1252), `;` (its list separator; a `,` file lands in
 *   one column), decimal comma, CRLF; in an English interface `,` and `.`, as English Excel expects.
 *   Numbers are plain decimals at full precision (never rounded, never a thousands separator: `1.300`
 *   would be 1,3 to the import's reader and ambiguous to people). Text cells that could start a
 *   formula (`=`, `+`, `-`, `@`, tab, CR — OWASP "CSV injection") are prefixed with `'`, so Excel and
 *   LibreOffice show them as text; numbers are never neutralised, only text is.
 */
import { isGerman, normalizeLocale, type LocaleInput } from './locale.ts';
import { toPlainDecimal } from './plain.ts';

export type CsvSeparator = ',' | ';';

const NEEDS_QUOTES: Record<CsvSeparator, RegExp> = { ',': /[",\r\n]/, ';': /[";\r\n]/ };

/**
 * One field: in quotes (inner quotes doubled) when it holds the separator, a quote or a line break —
 * and, with `spaces`, when it starts or ends with white space (a spreadsheet would trim it).
 */
export function csvField(text: string, separator: CsvSeparator = ',', spaces = false): string {
	return NEEDS_QUOTES[separator].test(text) || (spaces && text !== text.trim())
		? `"${text.replaceAll('"', '""')}"`
		: text;
}

/** A cell of a download: text, a number (written unrounded), or empty. */
export type CsvValue = string | number | null | undefined;

/** Separator and decimal mark of the spreadsheet form, by the interface's locale. */
export interface SpreadsheetDialect {
	separator: CsvSeparator;
	decimal: ',' | '.';
}

export function spreadsheetDialect(locale?: LocaleInput): SpreadsheetDialect {
	return isGerman(normalizeLocale(locale))
		? { separator: ';', decimal: ',' }
		: { separator: ',', decimal: '.' };
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A plain decimal at full precision with the dialect's decimal mark: 1234.5 → `1234,5`. */
export function spreadsheetNumber(value: number, dialect: SpreadsheetDialect = spreadsheetDialect()): string {
	const plain = toPlainDecimal(value);
	return dialect.decimal === '.' ? plain : plain.replace('.', ',');
}

/** One cell of the spreadsheet form: neutralised when it could start a formula, quoted when needed. */
export function spreadsheetCell(value: CsvValue, dialect: SpreadsheetDialect = spreadsheetDialect()): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? spreadsheetNumber(value, dialect) : '';
	const text = FORMULA_START.test(value) ? `'${value}` : value;
	return csvField(text, dialect.separator, true);
}

/** Rows (the header first) as a spreadsheet file: BOM, one line per row, CRLF. */
export function spreadsheetCsv(
	rows: readonly (readonly CsvValue[])[],
	dialect: SpreadsheetDialect = spreadsheetDialect()
): string {
	const lines = rows.map((r) => r.map((v) => spreadsheetCell(v, dialect)).join(dialect.separator));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
