/**
 * Reading `pseudonyms.csv`: lenient in form (any row order, CRLF, a BOM — a moderator may add a
 * member's row by hand) and strict in content: every member of authorities.csv needs a label, no
 * authority, label or pseudonym key twice, labels of 1–4 capital letters, keys `ps-` and 8 characters.
 *
 * A file without the `pseudonym_id` column (written before member packages existed) is read, and its
 * keys are drawn now, with a warning: they are kept once the ring is saved. A row left without a key
 * in a file that has the column (a member added by hand) gets one the same way.
 */
import { tokenize } from '../../../ingest/csv-tokenizer.ts';
import { m } from '../../../ingest/problems.ts';
import { labelAt, labelIndex, PSEUDONYM_ID, sorted, withPseudonymIds } from '../pseudonym-map.ts';
import type { PseudonymEntry } from '../types.ts';
import type { PartReader } from './part.ts';
import { PSEUDONYMS_CSV, PSEUDONYMS_HEADER, PSEUDONYMS_HEADER_V1 } from './pseudonyms.ts';

export const readPseudonyms: PartReader<'pseudonyms'> = (input) => {
	const sink = input.sink(PSEUDONYMS_CSV);
	const bytes = input.files.get(PSEUDONYMS_CSV);
	const members = input.ring.authorities.map((a) => a.authority_id);
	if (!bytes) {
		if (members.length === 0) return [];
		sink.error('missing_file', 1, 1, '', m('ring.pseudonyms_missing'));
		return null;
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		sink.error('bad_pseudonyms', 1, 1, '', m('ring.pseudonyms_not_utf8'));
		return null;
	}
	const entries: PseudonymEntry[] = [];
	const byId = new Map<string, number>();
	const byLabel = new Map<string, number>();
	const byKey = new Map<string, number>();
	const before = sink.errors;
	let columns = 0;
	tokenize(text, ',', ({ fields, line }) => {
		if (fields.every((f) => f === '')) return;
		if (line === 1) {
			const head = fields.join(',');
			if (head === PSEUDONYMS_HEADER.join(',')) columns = 3;
			else if (head === PSEUDONYMS_HEADER_V1.join(',')) columns = 2;
			else
				sink.error(
					'bad_pseudonyms',
					1,
					1,
					head,
					m('ring.pseudonyms_header', {
						header: PSEUDONYMS_HEADER.join(','),
						old: PSEUDONYMS_HEADER_V1.join(',')
					})
				);
			return;
		}
		const [authority_id = '', label = '', key = ''] = fields;
		if (fields.length !== columns || authority_id === '' || labelIndex(label) < 0)
			return sink.error('bad_pseudonyms', line, 1, fields.join(','), m('ring.pseudonym_row'));
		if (key !== '' && !PSEUDONYM_ID.test(key))
			return sink.error(
				'bad_pseudonyms',
				line,
				3,
				key,
				m('ring.pseudonym_key_invalid', { key: key.slice(0, 40) })
			);
		const twice = byId.get(authority_id) ?? byLabel.get(label) ?? (key ? byKey.get(key) : undefined);
		if (twice !== undefined)
			return sink.error(
				'bad_pseudonyms',
				line,
				1,
				fields.join(','),
				byId.has(authority_id)
					? m('ring.pseudonym_authority_twice', { id: authority_id, line: twice })
					: byLabel.has(label)
						? m('ring.pseudonym_label_twice', { label, line: twice })
						: m('ring.pseudonym_key_twice', { key, line: twice })
			);
		byId.set(authority_id, line);
		byLabel.set(label, line);
		if (key) byKey.set(key, line);
		entries.push(key ? { authority_id, label, pseudonym_id: key } : { authority_id, label });
	});
	if (sink.errors > before) return null;
	// A key may be its own member's id (a member package lists others under their keys), never another's.
	const clash = entries.find(
		(e) => e.pseudonym_id && e.pseudonym_id !== e.authority_id && byId.has(e.pseudonym_id)
	);
	if (clash) {
		sink.error(
			'bad_pseudonyms',
			byKey.get(clash.pseudonym_id!) ?? 1,
			3,
			clash.pseudonym_id!,
			m('ring.pseudonym_key_clash', { key: clash.pseudonym_id! })
		);
		return null;
	}
	const next = labelAt(Math.max(-1, ...entries.map((e) => labelIndex(e.label))) + 1);
	for (const id of members)
		if (!byId.has(id)) sink.error('missing_pseudonym', 1, 1, id, m('ring.pseudonym_missing', { id, next }));
	if (sink.errors > before) return null;
	const keyed = withPseudonymIds(entries);
	if (keyed !== entries)
		sink.warn(
			'pseudonym_ids_drawn',
			1,
			1,
			'',
			m(columns === 2 ? 'ring.pseudonym_keys_drawn' : 'ring.pseudonym_keys_added')
		);
	return sorted(keyed);
};
