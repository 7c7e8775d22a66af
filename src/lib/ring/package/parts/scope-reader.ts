/**
 * Reading the package scope and the carried size classes (`scope.ts`): strict like every format-2
 * part — a key, a count or a size class the app does not know is refused, naming file and field.
 * The member of a member package and every member in `size_classes.csv` must be in authorities.csv.
 */
import { arrayOf, boolean, object, oneOf, optional, string } from '../../../ingest/json-check.ts';
import { readCanonicalCsv, sameText } from '../csv-read.ts';
import { ROUNDABLE_COUNTS, WHOLE_RING, type PackageScope, type SizeClassEntry } from '../types.ts';
import { readJsonKey } from './json-key.ts';
import { RING_JSON, type PartReader } from './part.ts';
import { SIZE_CLASSES_CSV, SIZE_CLASSES_HEADER, sizeClassesCsv } from './scope.ts';

const SIZE_CLASS = /^[A-Za-z][A-Za-z0-9_]{0,19}$/;

export const readScope: PartReader<'scope'> = (input) => {
	const read = readJsonKey(
		input,
		'scope',
		object<PackageScope>({
			released_only: boolean,
			member: optional(string),
			rounded: optional(arrayOf(oneOf(...ROUNDABLE_COUNTS)))
		})
	);
	if (read === null) return null;
	if (read === undefined) return WHOLE_RING;
	const member = read.member;
	if (member !== undefined && !input.ring.authorities.some((a) => a.authority_id === member)) {
		input
			.sink(RING_JSON)
			.error(
				'bad_ring_json',
				1,
				1,
				'scope.member',
				`ring.json: Feld „scope.member“ nennt Behörde „${member}“, die nicht in authorities.csv steht; das Paket wurde nicht gelesen.`
			);
		return null;
	}
	return {
		released_only: read.released_only,
		...(member !== undefined ? { member } : {}),
		...(read.rounded?.length ? { rounded: read.rounded } : {})
	};
};

export const readSizeClasses: PartReader<'size_classes'> = (input) => {
	const bytes = input.files.get(SIZE_CLASSES_CSV);
	if (!bytes) return [];
	const file = SIZE_CLASSES_CSV;
	const sink = input.sink(file);
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
	} catch {
		sink.error('not_canonical', 1, 1, '', `${file} ist keine UTF-8-Datei.`);
		return null;
	}
	const rows = readCanonicalCsv(text, SIZE_CLASSES_HEADER, sink);
	if (rows === null) return null;
	const members = new Set(input.ring.authorities.map((a) => a.authority_id));
	const before = sink.errors;
	const out: SizeClassEntry[] = [];
	for (const { line, fields } of rows) {
		const [authority_id = '', period = '', size_class = ''] = fields;
		const bad = (column: number, shown: string, expected: string) =>
			sink.error(
				'bad_size_class',
				line,
				column,
				shown,
				`${file}, Zeile ${line}, Feld „${SIZE_CLASSES_HEADER[column - 1]}“: erwartet ${expected}, gefunden „${shown.slice(0, 40)}“; das Paket wurde nicht gelesen.`
			);
		if (!members.has(authority_id)) bad(1, authority_id, 'eine Behörde aus authorities.csv');
		if (!/^\d{4}$/.test(period)) bad(2, period, 'ein Jahr (JJJJ)');
		if (!SIZE_CLASS.test(size_class)) bad(3, size_class, 'eine Größenklasse (z. B. GK2)');
		out.push({ authority_id, period: Number(period), size_class });
	}
	if (sink.errors > before) return null;
	if (rows.length === 0) {
		sink.error(
			'not_canonical',
			1,
			1,
			'',
			`${file} hat keine Einträge; die App schreibt die Datei nur mit Einträgen.`
		);
		return null;
	}
	return sameText(text, sizeClassesCsv(out), sink) ? out : null;
};
