/**
 * The import template for the authorities: wide layout, one row per authority and period, a header of
 * labels with the catalogue id in brackets (`Eingegangene Anträge … (title_applications_received)`),
 * which the import recognises without a mapping profile whatever the labels' language (headers.ts,
 * "template form": the id in brackets decides). German by default; the page passes its language's.
 *
 * CSV: the spreadsheet form of every download (format/csv.ts) — UTF-8 with BOM, `;`, CRLF: what German
 * Excel opens correctly with a double click.
 * XLSX: the same table; the key column as text so leading zeros survive.
 */
import { spreadsheetCsv } from '../format/csv.ts';
import type { CountSpec } from '../ingest/types.ts';
import { writeXlsx, type XlsxSheet } from '../zip/xlsx-write.ts';

export const TEMPLATE_KEYS = ['Gemeindeschlüssel (authority_id)', 'Jahr (period)'] as const;

/** The two key columns' headers: the authority key and the year, each with its id in brackets. */
export type TemplateKeys = readonly [string, string];

export function templateHeader(specs: readonly CountSpec[], keys: TemplateKeys = TEMPLATE_KEYS): string[] {
	return [...keys, ...specs.map((s) => `${s.label} (${s.id})`)];
}

export interface TemplateRows {
	/** Authorities to prefill (ids); empty for a header-only template. */
	authorities: readonly string[];
	periods: readonly number[];
}

function keyRows(rows: TemplateRows): [string, number][] {
	const out: [string, number][] = [];
	for (const id of rows.authorities) for (const p of rows.periods) out.push([id, p]);
	return out;
}

export function templateCsv(specs: readonly CountSpec[], rows: TemplateRows, keys?: TemplateKeys): string {
	const header = templateHeader(specs, keys);
	const empty = specs.map(() => '');
	return spreadsheetCsv([header, ...keyRows(rows).map(([id, p]) => [id, String(p), ...empty])], {
		separator: ';',
		decimal: ','
	});
}

/** The XLSX template's sheet (the page zips it in the import worker). */
export function templateSheet(
	specs: readonly CountSpec[],
	rows: TemplateRows,
	keys?: TemplateKeys
): XlsxSheet {
	const header = templateHeader(specs, keys);
	const empty = specs.map(() => null);
	return {
		name: 'Grundzahlen',
		rows: [header, ...keyRows(rows).map(([id, p]) => [id, p, ...empty])],
		widths: header.map((h, i) => (i < 2 ? 18 : Math.min(40, Math.max(14, Math.round(h.length / 2))))),
		textColumns: [1]
	};
}

export function templateXlsx(specs: readonly CountSpec[], rows: TemplateRows): Uint8Array {
	return writeXlsx(templateSheet(specs, rows));
}
