/**
 * A minimal XLSX writer on fflate: the import template and the Excel download of every dashboard table.
 *
 * Why not a library: a sheet of text and number cells, a bold frozen header, column widths, a filter
 * and a number format per cell are a few hundred bytes of fixed XML. Writing them ourselves keeps the
 * app free of another dependency (and of the size of one: it runs in the import worker, which already
 * has fflate, never in the page's JS); the same bytes are read back by `ingest/xlsx.ts` in the tests
 * (round trip) and open in Excel and LibreOffice.
 *
 * Text is always an inline string, never a formula: a cell starting with `=` is shown as written, so
 * the workbook needs no formula-injection guard. Numbers are stored unrounded; a cell's `decimals`
 * only sets what Excel shows (`#,##0.0`: 1.234,5 in German Excel, the full value in the formula bar).
 */
import { columnLetters } from '../format/letters.ts';
import { writeZip, type ZipEntries } from './write.ts';

/** Every entry's time stamp (deterministic bytes). The page zips in the import worker. */
export const XLSX_MTIME = new Date(Date.UTC(2024, 0, 1));

const utf8 = new TextEncoder();
const strToU8 = (text: string) => utf8.encode(text);

/** A number shown with a fixed number of decimals (0–6); the stored value stays unrounded. */
export interface XlsxNumber {
	value: number;
	decimals: number;
}

/** A calendar day, `YYYY-MM-DD`: a date cell that Excel shows in its locale's form (03.12.2026). */
export interface XlsxDate {
	date: string;
}

export type XlsxValue = string | number | XlsxNumber | XlsxDate | null;

export interface XlsxSheet {
	name: string;
	rows: XlsxValue[][];
	/** Column widths in characters (optional). */
	widths?: number[];
	/** Columns (1-based) whose cells are formatted as text (`@`), so Excel keeps leading zeros when typing. */
	textColumns?: number[];
	/** Rows at the top that are headers: bold and frozen (default 1; 0 for none). */
	headerRows?: number;
	/** An autofilter on the last header row over every column. */
	filter?: boolean;
}

/** Control characters that XML 1.0 does not allow (tab, LF and CR are allowed). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function esc(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(CONTROL, '');
}

/** The cell reference column of a 1-based column number (A, B, … AA). */
export const columnName = columnLetters;

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const MAX_DECIMALS = 6;
// Styles: 0 default; 1 bold (header); 2 text `@` (numFmtId 49); 3 + d: a number with d decimals and
// thousands grouping (custom formats 164 + d; the codes are locale-neutral, Excel shows `,` or `.`).
const STYLE_BOLD = 1;
const STYLE_TEXT = 2;
const STYLE_DECIMALS = 3;
const STYLE_DATE = STYLE_DECIMALS + MAX_DECIMALS + 1;
const NUM_FMTS = Array.from(
	{ length: MAX_DECIMALS + 1 },
	(_, d) => `<numFmt numFmtId="${164 + d}" formatCode="#,##0${d ? `.${'0'.repeat(d)}` : ''}"/>`
).join('');
const DECIMAL_XFS = Array.from(
	{ length: MAX_DECIMALS + 1 },
	(_, d) => `<xf numFmtId="${164 + d}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`
).join('');
const STYLES = `${XML}<styleSheet xmlns="${NS}"><numFmts count="${MAX_DECIMALS + 1}">${NUM_FMTS}</numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${STYLE_DATE + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>${DECIMAL_XFS}<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function cellXml(value: XlsxValue, ref: string, header: boolean, text: boolean): string {
	const plain = header ? STYLE_BOLD : text ? STYLE_TEXT : 0;
	if (value === null || value === '') return plain && !header ? `<c r="${ref}" s="${plain}"/>` : '';
	if (typeof value === 'object' && 'date' in value) {
		const serial = excelDay(value.date);
		return serial === null ? '' : `<c r="${ref}" s="${STYLE_DATE}"><v>${serial}</v></c>`;
	}
	if (typeof value === 'object') {
		if (!Number.isFinite(value.value)) return '';
		const d = Math.max(0, Math.min(MAX_DECIMALS, Math.round(value.decimals)));
		return `<c r="${ref}" s="${header ? STYLE_BOLD : STYLE_DECIMALS + d}"><v>${value.value}</v></c>`;
	}
	const style = plain ? ` s="${plain}"` : '';
	if (typeof value === 'number')
		return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : '';
	return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(value)}</t></is></c>`;
}

/** Excel's day number (1900 date system) of `YYYY-MM-DD`: days since 1899-12-30; null if no date. */
export function excelDay(iso: string): number | null {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	if (!m) return null;
	const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
	return Number.isFinite(ms) ? Math.round((ms - Date.UTC(1899, 11, 30)) / 86_400_000) : null;
}

function sheetXml(sheet: XlsxSheet): string {
	const text = new Set(sheet.textColumns ?? []);
	const headers = sheet.headerRows ?? 1;
	const cols =
		sheet.widths && sheet.widths.length > 0
			? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${text.has(i + 1) ? ` style="${STYLE_TEXT}"` : ''}/>`).join('')}</cols>`
			: '';
	const rows = sheet.rows
		.map((row, r) => {
			const cells = row
				.map((value, c) => cellXml(value, `${columnName(c + 1)}${r + 1}`, r < headers, text.has(c + 1)))
				.join('');
			return `<row r="${r + 1}">${cells}</row>`;
		})
		.join('');
	const pane =
		headers > 0
			? `<pane ySplit="${headers}" topLeftCell="A${headers + 1}" activePane="bottomLeft" state="frozen"/>`
			: '';
	const width = Math.max(1, ...sheet.rows.map((r) => r.length));
	const filter =
		sheet.filter && headers > 0 && sheet.rows.length > headers
			? `<autoFilter ref="A${headers}:${columnName(width)}${sheet.rows.length}"/>`
			: '';
	return `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows}</sheetData>${filter}</worksheet>`;
}

/** A sheet name Excel accepts: at most 31 characters, none of `\ / ? * [ ] :`, unique in the book. */
function sheetNames(sheets: readonly XlsxSheet[]): string[] {
	const seen = new Set<string>();
	return sheets.map((s, i) => {
		let name =
			s.name
				.replace(/[\\/?*[\]:]/g, ' ')
				.trim()
				.slice(0, 31) || `Tabelle${i + 1}`;
		while (seen.has(name.toLowerCase())) name = `${name.slice(0, 28)} ${i + 1}`;
		seen.add(name.toLowerCase());
		return name;
	});
}

/** The workbook's parts, to be zipped with `XLSX_MTIME`; the first sheet is the one opened. */
export function xlsxEntries(sheet: XlsxSheet | readonly XlsxSheet[]): ZipEntries {
	const sheets: readonly XlsxSheet[] = Array.isArray(sheet) ? sheet : [sheet as XlsxSheet];
	const names = sheetNames(sheets);
	const sheetPath = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;
	const overrides = sheets
		.map(
			(_, i) =>
				`<Override PartName="/${sheetPath(i)}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
		)
		.join('');
	const entries: ZipEntries = {
		'[Content_Types].xml': strToU8(
			`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
		),
		'_rels/.rels': strToU8(
			`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		),
		'xl/workbook.xml': strToU8(
			`${XML}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets>${names.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`
		),
		'xl/styles.xml': strToU8(STYLES)
	};
	sheets.forEach((s, i) => (entries[sheetPath(i)] = strToU8(sheetXml(s))));
	return entries;
}

/** The workbook as bytes (deterministic: fixed timestamps, so equal input gives equal bytes). */
export function writeXlsx(sheet: XlsxSheet | readonly XlsxSheet[]): Uint8Array {
	return writeZip(xlsxEntries(sheet), XLSX_MTIME);
}
