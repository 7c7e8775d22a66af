/**
 * The strict reader of the canonical CSV (`csv.ts`), for the files only the app writes (the
 * Datenstände' members and values): it accepts exactly that form — it writes what it read and compares —
 * so reading and writing again gives the same bytes, and a file edited by hand is named with its line.
 */
import { tokenize } from '../../ingest/csv-tokenizer.ts';
import type { ProblemSink } from '../../ingest/problems.ts';
import { AUTHORITY_KINDS, STATE_CODES, type Authority, type BaseValue } from '../types.ts';
import {
	AUTHORITIES_HEADER,
	authoritiesCsv,
	BASE_VALUES_HEADER,
	baseValuesCsv,
	compareValues
} from './csv.ts';

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
		sink.error('not_canonical', 1, 1, text.slice(0, 80), `Kopfzeile muss „${head}“ lauten.`);
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
		sink.error('not_canonical', line, 1, shown, `Zeile ${line} hat nicht ${header.length} Felder.`);
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
	sink.error(
		'not_canonical',
		i + 1,
		1,
		a[i] ?? '',
		`Zeile ${i + 1} ist nicht in der kanonischen Form, die die App schreibt (erwartet: „${b[i] ?? '(Dateiende)'}“). Die Datei wurde von Hand verändert; das Paket wurde nicht gelesen.`
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
			sink.error(
				'not_canonical',
				line,
				1,
				fields.join(','),
				`Zeile ${line}: ungültige Behörde (Schlüssel, Art oder Land).`
			);
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
		sink.error('not_canonical', 1, 1, '', 'Eine Behörde steht doppelt.');
		return null;
	}
	return sameText(text, authoritiesCsv(authorities), sink) ? authorities : null;
}

/** A canonical values file → values (without provenance); null (with an error) when not exactly canonical. */
export function readValuesText(text: string, sink: ProblemSink): BaseValue[] | null {
	const records = readCanonicalCsv(text, BASE_VALUES_HEADER, sink);
	if (!records) return null;
	const values: BaseValue[] = [];
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
				ok
					? `Zeile ${line} steht nicht in der Reihenfolge Behörde, Jahr, Grundzahl oder doppelt.`
					: `Zeile ${line}: ungültiger Wert (Schlüssel, Jahr JJJJ, Grundzahl-ID oder Zahl).`
			);
			return null;
		}
		values.push(v);
		previous = v;
	}
	return sameText(text, baseValuesCsv(values), sink) ? values : null;
}
