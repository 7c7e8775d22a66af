/**
 * A minimal XLSX writer (one sheet, inline strings and numbers) on fflate, for the import template.
 *
 * Why not a library: the template needs text cells (ids with leading zeros must stay text), number
 * cells, a bold frozen header row and column widths — a few hundred bytes of fixed XML. Writing them
 * ourselves keeps the app free of another dependency; the same bytes are read back by `ingest/xlsx.ts`
 * in the tests (round trip) and open in Excel and LibreOffice.
 */
import { columnLetters } from '../format/letters.ts';
import { writeZip, type ZipEntries } from '../zip/write.ts';

/** Every entry's time stamp (deterministic bytes). The page zips in the import worker (`zipInWorker`). */
export const XLSX_MTIME = new Date(Date.UTC(2024, 0, 1));

const utf8 = new TextEncoder();
const strToU8 = (text: string) => utf8.encode(text);

export type XlsxValue = string | number | null;

export interface XlsxSheet {
	name: string;
	rows: XlsxValue[][];
	/** Column widths in characters (optional). */
	widths?: number[];
	/** Columns (1-based) whose cells are formatted as text (`@`), so Excel keeps leading zeros when typing. */
	textColumns?: number[];
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

// Style 0: default; 1: bold (header); 2: text format `@` (numFmtId 49).
const STYLES = `${XML}<styleSheet xmlns="${NS}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Standard" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

function sheetXml(sheet: XlsxSheet): string {
	const text = new Set(sheet.textColumns ?? []);
	const cols =
		sheet.widths && sheet.widths.length > 0
			? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${text.has(i + 1) ? ' style="2"' : ''}/>`).join('')}</cols>`
			: '';
	const rows = sheet.rows
		.map((row, r) => {
			const cells = row
				.map((value, c) => {
					const ref = `${columnName(c + 1)}${r + 1}`;
					const style = r === 0 ? ' s="1"' : text.has(c + 1) ? ' s="2"' : '';
					if (value === null || value === '') return style && r > 0 ? `<c r="${ref}"${style}/>` : '';
					if (typeof value === 'number' && Number.isFinite(value))
						return `<c r="${ref}"${style}><v>${value}</v></c>`;
					return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${esc(String(value))}</t></is></c>`;
				})
				.join('');
			return `<row r="${r + 1}">${cells}</row>`;
		})
		.join('');
	const pane =
		'<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
	return `${XML}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">${pane}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows}</sheetData></worksheet>`;
}

/** The workbook's parts, to be zipped with `XLSX_MTIME`. */
export function xlsxEntries(sheet: XlsxSheet): ZipEntries {
	const name = esc(sheet.name.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
	return {
		'[Content_Types].xml': strToU8(
			`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
		),
		'_rels/.rels': strToU8(
			`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		),
		'xl/workbook.xml': strToU8(
			`${XML}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`
		),
		'xl/styles.xml': strToU8(STYLES),
		'xl/worksheets/sheet1.xml': strToU8(sheetXml(sheet))
	};
}

/** The workbook as bytes (deterministic: fixed timestamps, so equal input gives equal bytes). */
export function writeXlsx(sheet: XlsxSheet): Uint8Array {
	return writeZip(xlsxEntries(sheet), XLSX_MTIME);
}
