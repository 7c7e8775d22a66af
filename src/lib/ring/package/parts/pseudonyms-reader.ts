/**
 * Reading `pseudonyms.csv`: lenient in form (any row order, CRLF, a BOM — a moderator may add a
 * member's row by hand) and strict in content: every member of authorities.csv needs a label, no
 * authority or label twice, labels of 1–4 capital letters.
 */
import { tokenize } from '../../../ingest/csv-tokenizer.ts';
import { labelAt, labelIndex, sorted } from '../pseudonym-map.ts';
import type { PseudonymEntry } from '../types.ts';
import type { PartReader } from './part.ts';
import { PSEUDONYMS_CSV, PSEUDONYMS_HEADER } from './pseudonyms.ts';

export const readPseudonyms: PartReader<'pseudonyms'> = (input) => {
	const sink = input.sink(PSEUDONYMS_CSV);
	const bytes = input.files.get(PSEUDONYMS_CSV);
	const members = input.ring.authorities.map((a) => a.authority_id);
	if (!bytes) {
		if (members.length === 0) return [];
		sink.error(
			'missing_file',
			1,
			1,
			'',
			'pseudonyms.csv fehlt: Ein Ringpaket der format_version 2 führt die Pseudonyme seiner Mitglieder. Ohne sie zeigte die App andere Kürzel als frühere Berichte; das Paket wurde nicht gelesen.'
		);
		return null;
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
	} catch {
		sink.error('bad_pseudonyms', 1, 1, '', 'pseudonyms.csv ist keine UTF-8-Datei.');
		return null;
	}
	const entries: PseudonymEntry[] = [];
	const byId = new Map<string, number>();
	const byLabel = new Map<string, number>();
	const before = sink.errors;
	tokenize(text, ',', ({ fields, line }) => {
		if (fields.every((f) => f === '')) return;
		if (line === 1) {
			if (fields.join(',') !== PSEUDONYMS_HEADER.join(','))
				sink.error('bad_pseudonyms', 1, 1, fields.join(','), 'Kopfzeile muss „authority_id,label“ lauten.');
			return;
		}
		const [authority_id = '', label = ''] = fields;
		if (fields.length !== 2 || authority_id === '' || labelIndex(label) < 0)
			return sink.error(
				'bad_pseudonyms',
				line,
				1,
				fields.join(','),
				'Zeile braucht einen Schlüssel und ein Kürzel aus 1 bis 4 Großbuchstaben (A, B, …, AA, …).'
			);
		const twice = byId.get(authority_id) ?? byLabel.get(label);
		if (twice !== undefined)
			return sink.error(
				'bad_pseudonyms',
				line,
				1,
				fields.join(','),
				`${byId.has(authority_id) ? `Behörde „${authority_id}“` : `Kürzel „${label}“`} steht schon in Zeile ${twice}; jede Behörde hat genau ein Kürzel, jedes Kürzel gehört genau einer Behörde.`
			);
		byId.set(authority_id, line);
		byLabel.set(label, line);
		entries.push({ authority_id, label });
	});
	if (sink.errors > before) return null;
	const next = labelAt(Math.max(-1, ...entries.map((e) => labelIndex(e.label))) + 1);
	for (const id of members)
		if (!byId.has(id))
			sink.error(
				'missing_pseudonym',
				1,
				1,
				id,
				`Behörde „${id}“ aus authorities.csv hat kein Kürzel. Das nächste freie wäre „${next}“ (Zeile „${id},${next}“ ergänzen).`
			);
	return sink.errors > before ? null : sorted(entries);
};
