/**
 * CSV output of the CLI in the canonical form of formats.md: comma, `.` decimal, numbers in plain
 * decimal notation at full precision (shortest round trip), empty cell for null, `\n` line ends.
 * Reads Arrow columns directly; no row objects.
 */
import type { Table } from 'apache-arrow';
import { csvField } from '../lib/format/csv.ts';
import { toPlainDecimal } from '../lib/format/plain.ts';

export function cell(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? toPlainDecimal(value) : '';
	if (typeof value === 'bigint') return value.toString();
	return csvField(String(value));
}

/** Plain rows' `columns` as CSV, header first. `overrides` supply a constant for a column. */
export function rowsCsv(
	rows: readonly object[],
	columns: readonly string[],
	overrides: Record<string, string> = {}
): string {
	const lines = [columns.join(',')];
	for (const row of rows) {
		const r = row as Record<string, unknown>;
		lines.push(columns.map((c) => cell(c in overrides ? overrides[c] : r[c])).join(','));
	}
	return lines.join('\n') + '\n';
}

/** The table's `columns` as CSV, header first. `overrides` supply a constant for a column. */
export function tableCsv(
	table: Table,
	columns: readonly string[],
	overrides: Record<string, string> = {}
): string {
	const vectors = columns.map((c) => (c in overrides ? null : table.getChild(c)));
	const lines = [columns.join(',')];
	for (let i = 0; i < table.numRows; i++) {
		lines.push(
			columns.map((c, j) => (c in overrides ? cell(overrides[c]) : cell(vectors[j]?.get(i)))).join(',')
		);
	}
	return lines.join('\n') + '\n';
}
