/**
 * Reading the moderator's parts (`moderation.ts`): exactly the canonical form the app writes (so a
 * package reads and writes back byte for byte), every value checked — a status, state or date the app
 * does not know is refused with file, line and the field's name, never dropped or guessed.
 *
 * Both files (and a Datenstand's `member_releases.csv`, `releases-reader.ts`) share one row loop,
 * `readRows`: decode, header, per-field checks, one entry per key, canonical form.
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

/** The text of `bytes`, or null (with an error) when it is not UTF-8. */
function decoded(bytes: Uint8Array, file: string, sink: ProblemSink): string | null {
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		sink.error('not_canonical', 1, 1, '', `${file} ist keine UTF-8-Datei.`);
		return null;
	}
}

/** What a file's rows are checked for: its header, writer, and how one row becomes an entry. */
interface RowSpec<T> {
	header: readonly string[];
	write: (entries: readonly T[]) => string;
	/** Check one row's fields (`bad` reports a field); the entry and its key, or null when it is bad. */
	row: (fields: string[], bad: (column: number, text: string, expected: string) => void) => T | null;
	key: (entry: T) => string;
	/** The German message when a key occurs twice (`line` of the first). */
	twice: (entry: T, line: number) => string;
}

/**
 * Every row of `text` checked by `spec`, or null (errors in `sink`). Empty or header-only is refused:
 * the app writes such a file only with entries.
 */
function readRows<T>(text: string, file: string, spec: RowSpec<T>, sink: ProblemSink): T[] | null {
	const rows = readCanonicalCsv(text, spec.header, sink);
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
	const before = sink.errors;
	const out: T[] = [];
	const seen = new Map<string, number>();
	for (const { line, fields } of rows) {
		const bad = (column: number, shown: string, expected: string) =>
			sink.error(
				'bad_moderation',
				line,
				column,
				shown,
				`${file}, Zeile ${line}, Feld „${spec.header[column - 1]}“: erwartet ${expected}, gefunden „${shown.slice(0, 70)}“; das Paket wurde nicht gelesen.`
			);
		const errors = sink.errors;
		const entry = spec.row(fields, bad);
		if (entry === null || sink.errors > errors) continue;
		const key = spec.key(entry);
		const first = seen.get(key);
		if (first !== undefined) {
			sink.error('bad_moderation', line, 1, key, `${file}, Zeile ${line}: ${spec.twice(entry, first)}`);
			continue;
		}
		seen.set(key, line);
		out.push(entry);
	}
	if (sink.errors > before) return null;
	return sameText(text, spec.write(out), sink) ? out : null;
}

/** The file of a part: its entries, [] when absent, null when broken. */
function readPartFile<T>(input: PartInput, file: string, spec: RowSpec<T>): T[] | null {
	const bytes = input.files.get(file);
	if (!bytes) return [];
	const sink = input.sink(file);
	const text = decoded(bytes, file, sink);
	return text === null ? null : readRows(text, file, spec, sink);
}

const memberPeriod = (
	authority_id: string,
	period: string,
	bad: (column: number, text: string, expected: string) => void
) => {
	if (authority_id === '') bad(1, authority_id, 'einen Behördenschlüssel');
	if (!PERIOD.test(period)) bad(2, period, 'ein Jahr (JJJJ)');
};

const FINDING_STATUS_ROWS: RowSpec<FindingStatus> = {
	header: FINDING_STATUS_HEADER,
	write: findingStatusCsv,
	row: (fields, bad) => {
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
		memberPeriod(authority_id, period, bad);
		if (!RULE.test(rule)) bad(3, rule, 'eine Regel-Kennung (z. B. part_exceeds_whole)');
		const idList = ids.split('|');
		if (idList.some((id) => id === '')) bad(4, ids, 'Kennungen, getrennt durch „|“');
		if (!(FINDING_STATUSES as readonly string[]).includes(status))
			bad(5, status, FINDING_STATUSES.join(', '));
		if (!validDate(date)) bad(6, date, 'ein Datum JJJJ-MM-TT');
		const valueList = values.split('|');
		if (valueList.some((v) => v !== '' && !NUMBER.test(v)))
			bad(7, values, 'Zahlen in Dezimalschreibweise, getrennt durch „|“');
		return {
			authority_id,
			period: Number(period),
			rule,
			ids: idList,
			status: status as FindingStatusCode,
			date,
			values: valueList.map((v) => (v === '' ? null : Number(v))),
			note
		};
	},
	key: (s) => [s.authority_id, s.period, s.rule, s.ids.join('|')].join(','),
	twice: (_, line) => `derselbe Befund steht schon in Zeile ${line}; jeder Befund hat genau einen Status.`
};

const MEMBER_RELEASE_ROWS: RowSpec<MemberRelease> = {
	header: MEMBER_RELEASES_HEADER,
	write: memberReleasesCsv,
	row: (fields, bad) => {
		const [authority_id = '', period = '', state = '', date = ''] = fields;
		memberPeriod(authority_id, period, bad);
		if (!(MEMBER_RELEASE_STATES as readonly string[]).includes(state))
			bad(3, state, MEMBER_RELEASE_STATES.join(' oder '));
		if (!validDate(date)) bad(4, date, 'ein Datum JJJJ-MM-TT');
		return { authority_id, period: Number(period), state: state as MemberReleaseState, date };
	},
	key: (r) => `${r.authority_id},${r.period}`,
	twice: (r, line) => `Behörde „${r.authority_id}“ und Jahr ${r.period} stehen schon in Zeile ${line}.`
};

export const readFindingStatuses: PartReader<'finding_statuses'> = (input) =>
	readPartFile(input, FINDING_STATUS_CSV, FINDING_STATUS_ROWS);

export const readMemberReleases: PartReader<'member_releases'> = (input) =>
	readPartFile(input, MEMBER_RELEASES_CSV, MEMBER_RELEASE_ROWS);

/** A member_releases file elsewhere in the package (a Datenstand's): its entries, or null. */
export function readMemberReleasesBytes(
	bytes: Uint8Array,
	file: string,
	sink: ProblemSink
): MemberRelease[] | null {
	const text = decoded(bytes, file, sink);
	return text === null ? null : readRows(text, file, MEMBER_RELEASE_ROWS, sink);
}
