/**
 * XLSX → rows of cells, for the import (first worksheet only).
 *
 * Why our own reader on fflate instead of a spreadsheet library: we need exactly one thing — the cell
 * texts and numbers of the first sheet with their row and column — and it must run in the browser's
 * import worker, in Node (the CLI `check`) and under a CSP without eval. fflate (MIT, no dependencies)
 * is already the project's ZIP reader; the rest is a linear scan of three small XML dialects
 * (`workbook.xml`, `sharedStrings.xml`, `sheetN.xml`) plus `styles.xml` to recognise date cells.
 * The `xlsx` package on npm is outdated with open advisories; `read-excel-file` would add four
 * dependencies (among them a worker wrapper) for the same scan. See README "Importing data".
 *
 * What is read: shared strings (incl. rich text runs, without phonetic hints), inline strings, formula
 * results (the cached value), booleans, error cells (as their text, e.g. `#DIV/0!`), numbers, and
 * numbers formatted as dates (→ `YYYY-MM-DD`, 1900 and 1904 date systems). Row and column come from
 * the cells' references (`B7`), so a row number in a problem is the row number Excel shows.
 *
 * Guards: only the parts above are unpacked, within `zip/limits.ts` (`zip/read.ts`); anything that
 * is not a workbook, is encrypted (an OLE file) or is damaged gives a German message, never an exception.
 */
import type { Message } from '../i18n/messages.ts';
import { XLSX_LIMITS } from '../zip/limits.ts';
import { zipMessage } from '../zip/messages.ts';
import { readZip, type ZipBudget } from '../zip/read.ts';
import { m } from './problems.ts';

export interface XlsxCell {
	/** 1-based column (A = 1). */
	column: number;
	/** Display text: the string, or the number in plain JS notation, or the date as YYYY-MM-DD. */
	text: string;
	/** The typed number of a numeric (non-date) cell; undefined for text, dates, booleans, errors. */
	number?: number;
}

export interface XlsxRow {
	/** 1-based row number as shown by Excel. */
	row: number;
	cells: XlsxCell[];
}

export type XlsxResult =
	| { ok: true; sheet: string; sheets: string[]; rows: XlsxRow[] }
	| { ok: false; code: string; message: Message };

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** True when the bytes start like a ZIP archive (every XLSX does). */
export function looksLikeZip(bytes: Uint8Array): boolean {
	return bytes.length >= 4 && ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML text → string: entities, numeric references and Excel's `_x000D_` escapes. */
export function xmlText(raw: string): string {
	let s = raw;
	if (s.includes('&'))
		s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (m, e: string) => {
			if (e.startsWith('#x')) return safeChar(parseInt(e.slice(2), 16), m);
			if (e.startsWith('#')) return safeChar(parseInt(e.slice(1), 10), m);
			return ENTITIES[e] ?? m;
		});
	if (s.includes('_x'))
		s = s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
	return s;
}

function safeChar(code: number, fallback: string): string {
	return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

function attr(attrs: string, name: string): string | undefined {
	const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
	return m ? xmlText(m[1] ?? m[2] ?? '') : undefined;
}

/** The text of all `<t>` elements inside a string item, skipping phonetic runs (`<rPh>`). */
function stringItem(xml: string): string {
	const clean = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
	let out = '';
	const re = /<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g;
	for (let m = re.exec(clean); m !== null; m = re.exec(clean)) out += xmlText(m[1] ?? '');
	return out;
}

function sharedStrings(xml: string | undefined): string[] {
	if (!xml) return [];
	const out: string[] = [];
	const re = /<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g;
	for (let m = re.exec(xml); m !== null; m = re.exec(xml)) out.push(stringItem(m[1] ?? ''));
	return out;
}

/** Built-in number formats that show dates (ECMA-376 18.8.30), plus common locale variants. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

function isDateCode(code: string): boolean {
	// Drop quoted text, escaped characters and [colour]/[$-407] sections, then look for date letters.
	const bare = code
		.replace(/"[^"]*"/g, '')
		.replace(/\\./g, '')
		.replace(/\[[^\]]*\]/g, '');
	return /[dmyDMYjJtT]/.test(bare) && !/^[#0.,\s%E+-]*$/.test(bare);
}

/** For each cell style index: does it format numbers as dates? */
function dateStyles(xml: string | undefined): boolean[] {
	if (!xml) return [];
	const custom = new Map<number, boolean>();
	const fmtRe = /<numFmt\b([^>]*)\/?>/g;
	for (let m = fmtRe.exec(xml); m !== null; m = fmtRe.exec(xml)) {
		const id = Number(attr(m[1] ?? '', 'numFmtId'));
		custom.set(id, isDateCode(attr(m[1] ?? '', 'formatCode') ?? ''));
	}
	const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
	const out: boolean[] = [];
	const xfRe = /<xf\b([^>]*?)\/?>/g;
	for (let m = xfRe.exec(xfs); m !== null; m = xfRe.exec(xfs)) {
		const id = Number(attr(m[1] ?? '', 'numFmtId') ?? '0');
		out.push(custom.get(id) ?? DATE_FORMAT_IDS.has(id));
	}
	return out;
}

/** Excel serial day → YYYY-MM-DD (1900 system with its phantom 29 Feb 1900, or 1904). */
export function serialToIso(serial: number, date1904 = false): string | null {
	if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return null;
	const day = Math.floor(serial);
	const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, day >= 61 ? 30 : 31);
	const d = new Date(epoch + day * 86_400_000);
	return d.toISOString().slice(0, 10);
}

/** `B7` → column 2; 0 when the reference is missing or malformed. */
function columnOf(ref: string | undefined): number {
	if (!ref) return 0;
	let col = 0;
	for (let i = 0; i < ref.length; i++) {
		const c = ref.charCodeAt(i);
		if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
		else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
		else break;
	}
	return col <= 16_384 ? col : 0;
}

function resolveTarget(target: string): string {
	const t = target.replace(/\\/g, '/');
	if (t.startsWith('/')) return t.slice(1);
	const parts = `xl/${t}`.split('/');
	const out: string[] = [];
	for (const p of parts) {
		if (p === '..') out.pop();
		else if (p !== '.' && p !== '') out.push(p);
	}
	return out.join('/');
}

const NOT_XLSX = m('ingest.not_xlsx');
const DAMAGED = m('ingest.xlsx_damaged');

function unzip(
	bytes: Uint8Array,
	want: (name: string) => boolean,
	budget: ZipBudget
): Record<string, Uint8Array> | Message {
	const read = readZip(bytes, (entry) => want(entry.name), XLSX_LIMITS, budget);
	return read.ok ? read.files : zipMessage(read.problem, XLSX_LIMITS);
}

const isMessage = (value: object): value is Message => 'key' in value && typeof value.key === 'string';

const utf8 = (bytes: Uint8Array | undefined): string | undefined =>
	bytes === undefined ? undefined : new TextDecoder('utf-8').decode(bytes);

/** Read the first worksheet (or the one named `sheet`). */
export function readXlsx(bytes: Uint8Array, sheet?: string): XlsxResult {
	const budget: ZipBudget = { remaining: XLSX_LIMITS.maxTotal };
	const meta = unzip(
		bytes,
		(n) =>
			['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/sharedStrings.xml', 'xl/styles.xml'].includes(n),
		budget
	);
	if (isMessage(meta)) return { ok: false, code: 'bad_xlsx', message: meta };
	const workbook = utf8(meta['xl/workbook.xml']);
	if (workbook === undefined) return { ok: false, code: 'not_xlsx', message: NOT_XLSX };
	try {
		const rels = new Map<string, string>();
		const relXml = utf8(meta['xl/_rels/workbook.xml.rels']) ?? '';
		const relRe = /<Relationship\b([^>]*?)\/?>/g;
		for (let m = relRe.exec(relXml); m !== null; m = relRe.exec(relXml)) {
			const id = attr(m[1] ?? '', 'Id');
			const target = attr(m[1] ?? '', 'Target');
			if (id && target) rels.set(id, resolveTarget(target));
		}
		const sheets: { name: string; path: string; hidden: boolean }[] = [];
		const sheetRe = /<sheet\b([^>]*?)\/?>/g;
		for (let m = sheetRe.exec(workbook); m !== null; m = sheetRe.exec(workbook)) {
			const a = m[1] ?? '';
			const rid = attr(a, 'r:id') ?? attr(a, 'id');
			const path = rid ? rels.get(rid) : undefined;
			if (path)
				sheets.push({
					name: attr(a, 'name') ?? path,
					path,
					hidden: (attr(a, 'state') ?? 'visible') !== 'visible'
				});
		}
		const chosen =
			(sheet !== undefined ? sheets.find((s) => s.name === sheet) : undefined) ??
			sheets.find((s) => !s.hidden) ??
			sheets[0];
		if (!chosen) return { ok: false, code: 'empty_xlsx', message: m('ingest.xlsx_no_sheet') };
		const sheetFiles = unzip(bytes, (n) => n === chosen.path, budget);
		if (isMessage(sheetFiles)) return { ok: false, code: 'bad_xlsx', message: sheetFiles };
		const sheetXml = utf8(sheetFiles[chosen.path]);
		if (sheetXml === undefined) return { ok: false, code: 'bad_xlsx', message: DAMAGED };
		const date1904 = /<workbookPr\b[^>]*date1904\s*=\s*["'](?:1|true)["']/.test(workbook);
		const rows = readSheet(
			sheetXml,
			sharedStrings(utf8(meta['xl/sharedStrings.xml'])),
			dateStyles(utf8(meta['xl/styles.xml'])),
			date1904
		);
		return { ok: true, sheet: chosen.name, sheets: sheets.map((s) => s.name), rows };
	} catch {
		return { ok: false, code: 'bad_xlsx', message: DAMAGED };
	}
}

function readSheet(xml: string, strings: string[], dates: boolean[], date1904: boolean): XlsxRow[] {
	const data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*)<\/sheetData>)/.exec(xml)?.[1] ?? '';
	const rows: XlsxRow[] = [];
	const rowRe = /<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g;
	const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
	let lastRow = 0;
	for (let m = rowRe.exec(data); m !== null; m = rowRe.exec(data)) {
		const r = Number(attr(m[1] ?? '', 'r'));
		const rowNumber = Number.isInteger(r) && r > lastRow ? r : lastRow + 1;
		lastRow = rowNumber;
		const body = m[2];
		if (!body) continue;
		const cells: XlsxCell[] = [];
		let lastCol = 0;
		cellRe.lastIndex = 0;
		for (let c = cellRe.exec(body); c !== null; c = cellRe.exec(body)) {
			const a = c[1] ?? '';
			const ref = columnOf(attr(a, 'r'));
			const column = ref > lastCol ? ref : lastCol + 1;
			lastCol = column;
			const inner = c[2] ?? '';
			const cell = readCell(a, inner, strings, dates, date1904, column);
			if (cell) cells.push(cell);
		}
		if (cells.length > 0) rows.push({ row: rowNumber, cells });
	}
	return rows;
}

function readCell(
	attrs: string,
	inner: string,
	strings: string[],
	dates: boolean[],
	date1904: boolean,
	column: number
): XlsxCell | null {
	const type = attr(attrs, 't') ?? 'n';
	if (type === 'inlineStr') {
		const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner)?.[1];
		return is === undefined ? null : { column, text: stringItem(is) };
	}
	const v = /<v\b[^>]*>([\s\S]*?)<\/v>/.exec(inner)?.[1];
	if (v === undefined) return null;
	const raw = xmlText(v);
	switch (type) {
		case 's': {
			const text = strings[Number(raw)];
			return text === undefined ? null : { column, text };
		}
		case 'str':
		case 'e':
		case 'd':
			return { column, text: raw };
		case 'b':
			return { column, text: raw === '1' ? 'WAHR' : 'FALSCH' };
		default: {
			const n = Number(raw);
			if (raw.trim() === '' || !Number.isFinite(n)) return { column, text: raw };
			const style = Number(attr(attrs, 's') ?? '0');
			if (dates[style]) {
				const iso = serialToIso(n, date1904);
				if (iso) return { column, text: iso };
			}
			return { column, text: String(n), number: n };
		}
	}
}
