/**
 * The import template for the authorities: wide layout, one row per authority and period, a header of
 * German labels with the catalogue id in brackets (`Eingegangene Anträge … (title_applications_received)`),
 * which the import recognises without a mapping profile (headers.ts, "template form").
 *
 * CSV: the spreadsheet form of every download (format/csv.ts) — UTF-8 with BOM, `;`, CRLF: what German
 * Excel opens correctly with a double click.
 * XLSX: the same table; the key column as text so leading zeros survive.
 */
import { spreadsheetCsv } from '../format/csv.ts';
import type { CountSpec } from '../ingest/types.ts';
import { writeXlsx, type XlsxSheet } from '../zip/xlsx-write.ts';

export const TEMPLATE_KEYS = ['Gemeindeschlüssel (authority_id)', 'Jahr (period)'] as const;

export function templateHeader(specs: readonly CountSpec[]): string[] {
	return [...TEMPLATE_KEYS, ...specs.map((s) => `${s.label} (${s.id})`)];
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

export function templateCsv(specs: readonly CountSpec[], rows: TemplateRows): string {
	const header = templateHeader(specs);
	const empty = specs.map(() => '');
	return spreadsheetCsv([header, ...keyRows(rows).map(([id, p]) => [id, String(p), ...empty])], {
		separator: ';',
		decimal: ','
	});
}

/** The XLSX template's sheet (the page zips it in the import worker). */
export function templateSheet(specs: readonly CountSpec[], rows: TemplateRows): XlsxSheet {
	const header = templateHeader(specs);
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
