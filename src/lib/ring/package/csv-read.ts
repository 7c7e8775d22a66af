/**
 * The strict reader of the canonical CSV (`csv.ts`), for the files only the app writes (the
 * Datenstände' members and values): it accepts exactly that form — it writes what it read and compares —
 * so reading and writing again gives the same bytes, and a file edited by hand is named with its line.
 */
import { tokenize } from '../../ingest/csv-tokenizer.ts';
import { m, type ProblemSink } from '../../ingest/problems.ts';
import { AUTHORITY_KINDS, STATE_CODES, type Authority, type BaseValue } from '../types.ts';
import { ValueColumnsBuilder, type ValueColumns } from '../value-columns.ts';
import { AUTHORITIES_HEADER, authoritiesCsv, BASE_VALUES_HEADER, compareValues } from './csv.ts';
import { baseValuesCsv } from './values-csv.ts';

/**
 * The records of a canonical file after its header, or null (with an error in `sink`) when the header
 * or the number of fields is wrong. Whether the whole text is canonical is checked by the caller with
 * `sameText`: the bytes the writer gives for what was read.
 */
export function readCanonicalCsv(
	text: string,
	header: readonly string[],
	sink: ProblemSink
): { line: number; fields: string[] }[] | null {
	const head = header.join(',');
	const end = text.indexOf('\n');
	if (text.slice(0, end < 0 ? text.length : end) !== head) {
		sink.error('not_canonical', 1, 1, text.slice(0, 80), m('ring.canonical_header', { header: head }));
		return null;
	}
	const records: { line: number; fields: string[] }[] = [];
	let bad: { line: number; text: string } | null = null;
	tokenize(text, ',', (record) => {
		if (record.line === 1) return undefined;
		if (record.fields.length !== header.length) {
			bad = { line: record.line, text: record.fields.join(',') };
			return false;
		}
		records.push({ line: record.line, fields: record.fields });
		return undefined;
	});
	if (bad !== null) {
		const { line, text: shown } = bad;
		sink.error('not_canonical', line, 1, shown, m('ring.canonical_fields', { line, fields: header.length }));
		return null;
	}
	return records;
}

/**
 * Compare what was read with what the writer gives for it; report the first line that differs (order,
 * quoting, number form, line ends, BOM). True when they are the same.
 */
export function sameText(read: string, written: string, sink: ProblemSink): boolean {
	if (read === written) return true;
	const a = read.split('\n');
	const b = written.split('\n');
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	const expected = b[i];
	sink.error(
		'not_canonical',
		i + 1,
		1,
		a[i] ?? '',
		expected === undefined
			? m('ring.canonical_line_end', { line: i + 1 })
			: m('ring.canonical_line', { line: i + 1, expected })
	);
	return false;
}

/** A canonical authorities file → members; null (with an error) when it is not exactly canonical. */
export function readAuthoritiesText(text: string, sink: ProblemSink): Authority[] | null {
	const records = readCanonicalCsv(text, AUTHORITIES_HEADER, sink);
	if (!records) return null;
	const authorities: Authority[] = [];
	for (const { line, fields } of records) {
		const [authority_id = '', name = '', kind = '', state = ''] = fields;
		if (
			!(AUTHORITY_KINDS as readonly string[]).includes(kind) ||
			!(STATE_CODES as readonly string[]).includes(state) ||
			authority_id === ''
		) {
			sink.error('not_canonical', line, 1, fields.join(','), m('ring.canonical_authority', { line }));
			return null;
		}
		authorities.push({
			authority_id,
			name,
			kind: kind as Authority['kind'],
			state: state as Authority['state']
		});
	}
	if (new Set(authorities.map((a) => a.authority_id)).size !== authorities.length) {
		sink.error('not_canonical', 1, 1, '', m('ring.canonical_authority_twice'));
		return null;
	}
	return sameText(text, authoritiesCsv(authorities), sink) ? authorities : null;
}

/** A canonical values file → values (without provenance); null (with an error) when not exactly canonical. */
export function readValuesText(text: string, sink: ProblemSink): ValueColumns | null {
	const records = readCanonicalCsv(text, BASE_VALUES_HEADER, sink);
	if (!records) return null;
	const values = new ValueColumnsBuilder();
	let previous: BaseValue | null = null;
	for (const { line, fields } of records) {
		const [authority_id = '', period = '', count_id = '', value = ''] = fields;
		const v: BaseValue = { authority_id, period: Number(period), count_id, value: Number(value) };
		const ok =
			authority_id !== '' &&
			/^\d{4}$/.test(period) &&
			/^[a-z][a-z0-9_]*$/.test(count_id) &&
			value.trim() !== '' &&
			Number.isFinite(v.value);
		if (!ok || (previous && compareValues(previous, v) >= 0)) {
			sink.error(
				'not_canonical',
				line,
				1,
				fields.join(','),
				m(ok ? 'ring.canonical_order' : 'ring.canonical_value', { line })
			);
			return null;
		}
		values.push(v);
		previous = v;
	}
	const columns = values.finish();
	return sameText(text, baseValuesCsv(columns), sink) ? columns : null;
}
