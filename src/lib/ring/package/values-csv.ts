/**
 * The canonical files of base values (docs/ring-format.md), written from the ring's value columns:
 * `counts/base_values.csv` — also the values file of every Datenstand, whose SHA-256 is the
 * Datenstand's hash — and `provenance.csv`. Rows in canonical order (value-keys.ts), each id quoted
 * once, numbers in the shortest round-trip plain decimal: a whole ring of 550 × 10 × 42 values is
 * hashed in the page.
 */
import { toPlainDecimal } from '../../format/plain.ts';
import { NO_FILE, type ValueColumns } from '../value-columns.ts';
import { canonicalOrder } from '../value-keys.ts';
import { BASE_VALUES_HEADER, csvField, csvLine } from './csv.ts';

export const PROVENANCE_HEADER = ['authority_id', 'period', 'count_id', 'file', 'line', 'column'] as const;

const fields = (list: readonly string[]) => list.map(csvField);

export function baseValuesCsv(values: ValueColumns): string {
	const authority = fields(values.authorities);
	const count = fields(values.counts);
	const lines = [csvLine(BASE_VALUES_HEADER)];
	for (const i of canonicalOrder(values))
		lines.push(
			`${authority[values.authority[i]!]},${values.period[i]},${count[values.count[i]!]},${toPlainDecimal(values.value[i])}\n`
		);
	return lines.join('');
}

/** Only values with a recorded origin get a row; the header is always written (see `open.ts`). */
export function provenanceCsv(values: ValueColumns): string {
	const authority = fields(values.authorities);
	const count = fields(values.counts);
	const file = fields(values.files);
	const lines = [csvLine(PROVENANCE_HEADER)];
	for (const i of canonicalOrder(values)) {
		const f = values.file[i]!;
		if (f !== NO_FILE)
			lines.push(
				`${authority[values.authority[i]!]},${values.period[i]},${count[values.count[i]!]},${file[f]},${values.line[i]},${values.column[i]}\n`
			);
	}
	return lines.join('');
}
