/**
 * `authorities.csv` of a ring package → members, or problems.
 *
 * Columns (formats.md): `authority_id` (unique), `name`, `kind`, `state`. Read with the same decoding
 * and dialect detection as base-count files, so a moderator may save it from German Excel. Headers and
 * values are also accepted in their German spelling (`Bundesland`, `Landkreis`, `Bayern`), because the
 * file is often maintained by hand.
 */
import {
	AUTHORITY_KINDS,
	STATE_CODES,
	type Authority,
	type AuthorityKind,
	type StateCode
} from '../ring/types.ts';
import { tokenize, type RawRecord } from './csv-tokenizer.ts';
import { decodeBytes } from './decode.ts';
import { detectSeparator, sampleOf } from './dialect.ts';
import { normaliseHeader } from './headers.ts';
import { m, shorten, type ProblemSink } from './problems.ts';

type Field = 'authority_id' | 'name' | 'kind' | 'state';

const HEADER_NAMES = new Map<string, Field>(
	Object.entries({
		'authority id': 'authority_id',
		behoerde: 'authority_id',
		gemeindeschluessel: 'authority_id',
		kreisschluessel: 'authority_id',
		ags: 'authority_id',
		schluessel: 'authority_id',
		name: 'name',
		bezeichnung: 'name',
		behoerdenname: 'name',
		kind: 'kind',
		art: 'kind',
		typ: 'kind',
		state: 'state',
		land: 'state',
		bundesland: 'state'
	} satisfies Record<string, Field>)
);

const KIND_ALIASES = new Map<string, AuthorityKind>(
	Object.entries({
		kreis: 'landkreis',
		stadtkreis: 'kreisfreie_stadt',
		stadtstaat: 'region'
	} satisfies Record<string, AuthorityKind>)
);

const STATE_NAMES = new Map<string, StateCode>(
	Object.entries({
		'baden wuerttemberg': 'BW',
		bayern: 'BY',
		berlin: 'BE',
		brandenburg: 'BB',
		bremen: 'HB',
		hamburg: 'HH',
		hessen: 'HE',
		'mecklenburg vorpommern': 'MV',
		niedersachsen: 'NI',
		'nordrhein westfalen': 'NW',
		'rheinland pfalz': 'RP',
		saarland: 'SL',
		sachsen: 'SN',
		'sachsen anhalt': 'ST',
		'schleswig holstein': 'SH',
		thueringen: 'TH'
	} satisfies Record<string, StateCode>)
);

export function parseKind(raw: string): AuthorityKind | null {
	const norm = normaliseHeader(raw).replace(/ /g, '_');
	if ((AUTHORITY_KINDS as readonly string[]).includes(norm)) return norm as AuthorityKind;
	return KIND_ALIASES.get(norm) ?? null;
}

export function parseState(raw: string): StateCode | null {
	const upper = raw.trim().toUpperCase();
	if ((STATE_CODES as readonly string[]).includes(upper)) return upper as StateCode;
	return STATE_NAMES.get(normaliseHeader(raw)) ?? null;
}

/** Read authorities; problems go to `sink` (whose file name is the package path). */
export function parseAuthorities(bytes: Uint8Array, sink: ProblemSink): Authority[] {
	const decoded = decodeBytes(bytes);
	if (!decoded.ok) {
		sink.error(decoded.code, 1, 1, '', decoded.message);
		return [];
	}
	const separator = detectSeparator(sampleOf(decoded.text));
	let header: { line: number; fields: Map<Field, number> } | null = null;
	const authorities: Authority[] = [];
	const seen = new Map<string, number>();
	const cell = (record: RawRecord, column: number | undefined) =>
		column === undefined ? '' : (record.fields[column - 1] ?? '').trim();
	const at = (record: RawRecord, column: number) => record.fieldLines?.[column - 1] ?? record.line;

	tokenize(decoded.text, separator, (record) => {
		if (record.fields.every((f) => f.trim() === '')) return;
		if (!header) {
			const fields = new Map<Field, number>();
			record.fields.forEach((h, i) => {
				const field = HEADER_NAMES.get(normaliseHeader(h));
				if (field && !fields.has(field)) fields.set(field, i + 1);
			});
			header = { line: record.line, fields };
			for (const field of ['authority_id', 'name', 'kind', 'state'] as const)
				if (!fields.has(field))
					sink.error(
						'missing_column',
						record.line,
						1,
						'',
						m('ingest.authorities_missing_column', { column: field })
					);
			return;
		}
		const cols = header.fields;
		if (!cols.has('authority_id')) return false;
		const idCol = cols.get('authority_id') ?? 1;
		const id = cell(record, idCol);
		if (id === '') {
			sink.error('missing_authority', at(record, idCol), idCol, '', m('ingest.authority_missing'));
			return;
		}
		const earlier = seen.get(id);
		if (earlier !== undefined) {
			sink.error(
				'duplicate_authority',
				at(record, idCol),
				idCol,
				id,
				m('ingest.authority_duplicate', { id: shorten(id), line: earlier })
			);
			return;
		}
		seen.set(id, record.line);
		const nameCol = cols.get('name');
		const kindCol = cols.get('kind');
		const stateCol = cols.get('state');
		const name = cell(record, nameCol);
		if (name === '' && nameCol !== undefined)
			sink.error(
				'missing_name',
				at(record, nameCol),
				nameCol,
				'',
				m('ingest.authority_name_missing', { id: shorten(id) })
			);
		const kindRaw = cell(record, kindCol);
		const kind = parseKind(kindRaw);
		if (!kind && kindCol !== undefined)
			sink.error(
				'bad_kind',
				at(record, kindCol),
				kindCol,
				kindRaw,
				m('ingest.authority_bad_kind', { text: shorten(kindRaw), allowed: AUTHORITY_KINDS.join(', ') })
			);
		const stateRaw = cell(record, stateCol);
		const state = parseState(stateRaw);
		if (!state && stateCol !== undefined)
			sink.error(
				'bad_state',
				at(record, stateCol),
				stateCol,
				stateRaw,
				m('ingest.authority_bad_state', { text: shorten(stateRaw) })
			);
		if (kind && state && name !== '') authorities.push({ authority_id: id, name, kind, state });
	});
	if (!header) sink.error('empty_file', 1, 1, '', m('ingest.authorities_empty'));
	return authorities;
}
