/**
 * The canonical CSV of ring packages (docs/ring-format.md): UTF-8 without BOM, `,`, `\n`, a header
 * row, fields quoted only when they hold a comma, quote or line break (RFC 4180), numbers in the
 * shortest round-trip plain decimal (never `1e-7`), rows in a fixed order. Equal data → equal bytes,
 * which is what makes a package comparable and a Datenstand's hash meaningful.
 * The strict reader of this form is `csv-read.ts`; the values files are written by `values-csv.ts`.
 */
import { csvField } from '../../format/csv.ts';
import type { Authority, BaseValue } from '../types.ts';

export const AUTHORITIES_HEADER = ['authority_id', 'name', 'kind', 'state'] as const;
export const BASE_VALUES_HEADER = ['authority_id', 'period', 'count_id', 'value'] as const;

/** Code-unit order: the same everywhere, unlike `localeCompare`, whose result depends on the runtime's ICU. */
export function cmp(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

type ValueKey = Pick<BaseValue, 'authority_id' | 'period' | 'count_id'>;

export function compareValues(a: ValueKey, b: ValueKey): number {
	return cmp(a.authority_id, b.authority_id) || a.period - b.period || cmp(a.count_id, b.count_id);
}

/** Sorted unique periods. */
export function sortedPeriods(periods: readonly number[]): number[] {
	return [...new Set(periods)].sort((a, b) => a - b);
}

export { csvField };

export function csvLine(fields: readonly string[]): string {
	return `${fields.map((f) => csvField(f)).join(',')}\n`;
}

export function authoritiesCsv(authorities: readonly Authority[]): string {
	const rows = [...authorities].sort((a, b) => cmp(a.authority_id, b.authority_id));
	return (
		csvLine(AUTHORITIES_HEADER) + rows.map((a) => csvLine([a.authority_id, a.name, a.kind, a.state])).join('')
	);
}
