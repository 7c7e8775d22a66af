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
					`Kopfzeile muss „${PSEUDONYMS_HEADER.join(',')}“ (oder, ohne Pseudonym-Schlüssel, „${PSEUDONYMS_HEADER_V1.join(',')}“) lauten.`
				);
			return;
		}
		const [authority_id = '', label = '', key = ''] = fields;
		if (fields.length !== columns || authority_id === '' || labelIndex(label) < 0)
			return sink.error(
				'bad_pseudonyms',
				line,
				1,
				fields.join(','),
				'Zeile braucht einen Schlüssel und ein Kürzel aus 1 bis 4 Großbuchstaben (A, B, …, AA, …).'
			);
		if (key !== '' && !PSEUDONYM_ID.test(key))
			return sink.error(
				'bad_pseudonyms',
				line,
				3,
				key,
				`Pseudonym-Schlüssel „${key.slice(0, 40)}“ ist ungültig; erwartet „ps-“ und 8 Kleinbuchstaben oder Ziffern.`
			);
		const twice = byId.get(authority_id) ?? byLabel.get(label) ?? (key ? byKey.get(key) : undefined);
		if (twice !== undefined)
			return sink.error(
				'bad_pseudonyms',
				line,
				1,
				fields.join(','),
				`${byId.has(authority_id) ? `Behörde „${authority_id}“` : byLabel.has(label) ? `Kürzel „${label}“` : `Pseudonym-Schlüssel „${key}“`} steht schon in Zeile ${twice}; jede Behörde hat genau ein Kürzel und einen Schlüssel, jedes gehört genau einer Behörde.`
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
			`Pseudonym-Schlüssel „${clash.pseudonym_id}“ ist zugleich der Schlüssel einer Behörde.`
		);
		return null;
	}
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
	if (sink.errors > before) return null;
	const keyed = withPseudonymIds(entries);
	if (keyed !== entries)
		sink.warn(
			'pseudonym_ids_drawn',
			1,
			1,
			'',
			columns === 2
				? 'pseudonyms.csv führt noch keine Pseudonym-Schlüssel (Spalte pseudonym_id); sie wurden jetzt gezogen und bleiben, sobald der Ring gespeichert ist.'
				: 'pseudonyms.csv: Mitglieder ohne Pseudonym-Schlüssel haben jetzt einen; er bleibt, sobald der Ring gespeichert ist.'
		);
	return sorted(keyed);
};
