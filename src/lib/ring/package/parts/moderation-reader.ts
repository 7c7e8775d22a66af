/**
 * Reading the moderator's parts (`moderation.ts`): exactly the canonical form the app writes (so a
 * package reads and writes back byte for byte), every value checked — a status, state or date the app
 * does not know is refused with file, line and the field's name, never dropped or guessed.
 */
import type { ProblemSink } from '../../../ingest/problems.ts';
import { readCanonicalCsv, sameText } from '../csv-read.ts';
import {
	FINDING_STATUSES,
	MEMBER_RELEASE_STATES,
	type FindingStatus,
	type FindingStatusCode,
	type MemberRelease,
	type MemberReleaseState
} from '../types.ts';
import {
	FINDING_STATUS_CSV,
	FINDING_STATUS_HEADER,
	findingStatusCsv,
	MEMBER_RELEASES_CSV,
	MEMBER_RELEASES_HEADER,
	memberReleasesCsv
} from './moderation.ts';
import type { PartInput, PartReader } from './part.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PERIOD = /^\d{4}$/;
const RULE = /^[a-z][a-z0-9_]*$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

const validDate = (s: string) => DATE.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** The file's text, or undefined when absent; null (with an error) when it is not UTF-8. */
function fileText(input: PartInput, file: string, sink: ProblemSink): string | undefined | null {
	const bytes = input.files.get(file);
	if (!bytes) return undefined;
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		sink.error('not_canonical', 1, 1, '', `${file} ist keine UTF-8-Datei.`);
		return null;
	}
}

/** Records of a file, or null; a header-only file is not what the app writes (it writes no file). */
function records(input: PartInput, file: string, header: readonly string[], sink: ProblemSink) {
	const text = fileText(input, file, sink);
	if (text === undefined) return { text: '', rows: [] };
	if (text === null) return null;
	const rows = readCanonicalCsv(text, header, sink);
	if (rows === null) return null;
	if (rows.length === 0) {
		sink.error(
			'not_canonical',
			1,
			1,
			'',
			`${file} hat keine Einträge; die App schreibt die Datei nur mit Einträgen. Das Paket wurde nicht gelesen.`
		);
		return null;
	}
	return { text, rows };
}

/** Report a bad field: file, line, column of the field and its name. */
function bad(
	sink: ProblemSink,
	file: string,
	line: number,
	column: number,
	name: string,
	text: string,
	expected: string
) {
	sink.error(
		'bad_moderation',
		line,
		column,
		text,
		`${file}, Zeile ${line}, Feld „${name}“: erwartet ${expected}, gefunden „${text.slice(0, 70)}“; das Paket wurde nicht gelesen.`
	);
}

export const readFindingStatuses: PartReader<'finding_statuses'> = (input) => {
	const file = FINDING_STATUS_CSV;
	const sink = input.sink(file);
	const read = records(input, file, FINDING_STATUS_HEADER, sink);
	if (read === null) return null;
	const before = sink.errors;
	const out: FindingStatus[] = [];
	const seen = new Map<string, number>();
	for (const { line, fields } of read.rows) {
		const [
			authority_id = '',
			period = '',
			rule = '',
			ids = '',
			status = '',
			date = '',
			values = '',
			note = ''
		] = fields;
		const errors = sink.errors;
		if (authority_id === '')
			bad(sink, file, line, 1, 'authority_id', authority_id, 'einen Behördenschlüssel');
		if (!PERIOD.test(period)) bad(sink, file, line, 2, 'period', period, 'ein Jahr (JJJJ)');
		if (!RULE.test(rule))
			bad(sink, file, line, 3, 'rule', rule, 'eine Regel-Kennung (z. B. part_exceeds_whole)');
		const idList = ids.split('|');
		if (idList.some((id) => id === '')) bad(sink, file, line, 4, 'ids', ids, 'Kennungen, getrennt durch „|“');
		if (!(FINDING_STATUSES as readonly string[]).includes(status))
			bad(sink, file, line, 5, 'status', status, FINDING_STATUSES.join(', '));
		if (!validDate(date)) bad(sink, file, line, 6, 'date', date, 'ein Datum JJJJ-MM-TT');
		const valueList = values.split('|');
		if (valueList.some((v) => v !== '' && !NUMBER.test(v)))
			bad(sink, file, line, 7, 'values', values, 'Zahlen in Dezimalschreibweise, getrennt durch „|“');
		if (sink.errors > errors) continue;
		const key = [authority_id, period, rule, ids].join(',');
		const twice = seen.get(key);
		if (twice !== undefined) {
			sink.error(
				'bad_moderation',
				line,
				1,
				key,
				`${file}, Zeile ${line}: derselbe Befund steht schon in Zeile ${twice}; jeder Befund hat genau einen Status.`
			);
			continue;
		}
		seen.set(key, line);
		out.push({
			authority_id,
			period: Number(period),
			rule,
			ids: idList,
			status: status as FindingStatusCode,
			date,
			values: valueList.map((v) => (v === '' ? null : Number(v))),
			note
		});
	}
	if (sink.errors > before) return null;
	if (out.length && !sameText(read.text, findingStatusCsv(out), sink)) return null;
	return out;
};

export const readMemberReleases: PartReader<'member_releases'> = (input) => {
	const file = MEMBER_RELEASES_CSV;
	const sink = input.sink(file);
	const read = records(input, file, MEMBER_RELEASES_HEADER, sink);
	if (read === null) return null;
	const before = sink.errors;
	const out: MemberRelease[] = [];
	const seen = new Map<string, number>();
	for (const { line, fields } of read.rows) {
		const [authority_id = '', period = '', state = '', date = ''] = fields;
		const errors = sink.errors;
		if (authority_id === '')
			bad(sink, file, line, 1, 'authority_id', authority_id, 'einen Behördenschlüssel');
		if (!PERIOD.test(period)) bad(sink, file, line, 2, 'period', period, 'ein Jahr (JJJJ)');
		if (!(MEMBER_RELEASE_STATES as readonly string[]).includes(state))
			bad(sink, file, line, 3, 'state', state, MEMBER_RELEASE_STATES.join(' oder '));
		if (!validDate(date)) bad(sink, file, line, 4, 'date', date, 'ein Datum JJJJ-MM-TT');
		if (sink.errors > errors) continue;
		const key = `${authority_id},${period}`;
		const twice = seen.get(key);
		if (twice !== undefined) {
			sink.error(
				'bad_moderation',
				line,
				1,
				key,
				`${file}, Zeile ${line}: Behörde „${authority_id}“ und Jahr ${period} stehen schon in Zeile ${twice}.`
			);
			continue;
		}
		seen.set(key, line);
		out.push({ authority_id, period: Number(period), state: state as MemberReleaseState, date });
	}
	if (sink.errors > before) return null;
	if (out.length && !sameText(read.text, memberReleasesCsv(out), sink)) return null;
	return out;
};
