/**
 * The pseudonym map (format 2): `pseudonyms.csv`, `authority_id,label` — which code („A“ in „Behörde
 * A“) each member is shown under in a pseudonymous ring.
 *
 * Why stored and random, not computed: format 1 ranked the members by a hash of ring name and
 * authority_id. Anyone who knew the ring's name and the members' public Kreisschlüssel could recompute
 * every letter, and renaming the ring or adding a member reshuffled them all — so last year's council
 * report, this year's session and a member's dashboard would not have matched. Now a ring draws its map
 * once, at random (Web Crypto), and keeps it: a rename or a copy keeps it, a new member gets the next
 * free label, a removed member's entry stays so its label is never given to anyone else.
 *
 * A ring from format 1 gets, once, the map that keeps the letters it showed (`legacyPseudonyms`), so no
 * printed report changes its letters; a package naming no version is a new ring and draws a map.
 */
import { columnLetters } from '../../../format/letters.ts';
import { tokenize } from '../../../ingest/csv-tokenizer.ts';
import type { Ring } from '../../types.ts';
import { cmp, csvLine } from '../csv.ts';
import type { PseudonymEntry } from '../types.ts';
import type { RingPart } from './part.ts';

export const PSEUDONYMS_CSV = 'pseudonyms.csv';
export const PSEUDONYMS_HEADER = ['authority_id', 'label'] as const;

/** 0 → A, 25 → Z, 26 → AA, 27 → AB, … (spreadsheet column letters). */
export function labelAt(index: number): string {
	return columnLetters(index + 1);
}

/** The inverse of `labelAt`; -1 for anything that is not a label (1–4 capital letters). */
export function labelIndex(label: string): number {
	if (!/^[A-Z]{1,4}$/.test(label)) return -1;
	let n = 0;
	for (let i = 0; i < label.length; i++) n = n * 26 + (label.charCodeAt(i) - 64);
	return n - 1;
}

/** A uniform random integer in [0, n), from Web Crypto (the same in browsers and Node ≥ 19). */
function randomBelow(n: number): number {
	const limit = Math.floor(0x1_0000_0000 / n) * n; // reject the tail, so no value is favoured
	const word = new Uint32Array(1);
	for (;;) {
		globalThis.crypto.getRandomValues(word);
		if (word[0]! < limit) return word[0]! % n;
	}
}

/** Fisher–Yates with Web Crypto randomness. */
function shuffled<T>(items: readonly T[]): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = randomBelow(i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

const sorted = (entries: PseudonymEntry[]) => entries.sort((a, b) => cmp(a.authority_id, b.authority_id));

/** A new ring's map: the members in random order get A, B, C, … */
export function drawPseudonyms(ids: readonly string[]): PseudonymEntry[] {
	return sorted(shuffled([...new Set(ids)]).map((authority_id, i) => ({ authority_id, label: labelAt(i) })));
}

/**
 * The map with a label for every id in `ids`: members without one get the next free labels (after the
 * highest ever given, so a removed member's label is never reused), in random order among themselves.
 * Returns `map` itself when nothing is missing.
 */
export function completePseudonyms(map: readonly PseudonymEntry[], ids: readonly string[]): PseudonymEntry[] {
	const known = new Set(map.map((e) => e.authority_id));
	const missing = [...new Set(ids)].filter((id) => !known.has(id));
	if (missing.length === 0) return map as PseudonymEntry[];
	let next = Math.max(-1, ...map.map((e) => labelIndex(e.label))) + 1;
	const added = shuffled(missing).map((authority_id) => ({ authority_id, label: labelAt(next++) }));
	return sorted([...map, ...added]);
}

/** FNV-1a, 32 bit: format 1's shuffle of the members. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash;
}

/**
 * The letters format 1 showed: members ranked by FNV-1a of `<ring name>|<authority_id>`. Used once, when
 * a version-1 ring is upgraded; never to make a new map (anyone can recompute it).
 */
export function legacyPseudonyms(ringName: string, ids: readonly string[]): PseudonymEntry[] {
	const ordered = [...new Set(ids)].sort(
		(a, b) => fnv1a(`${ringName}|${a}`) - fnv1a(`${ringName}|${b}`) || a.localeCompare(b)
	);
	return sorted(ordered.map((authority_id, i) => ({ authority_id, label: labelAt(i) })));
}

export function pseudonymsCsv(map: readonly PseudonymEntry[]): string {
	return (
		csvLine(PSEUDONYMS_HEADER) +
		sorted([...map])
			.map((e) => csvLine([e.authority_id, e.label]))
			.join('')
	);
}

const idsOf = (ring: Ring) => ring.authorities.map((a) => a.authority_id);

export const pseudonymsPart: RingPart<'pseudonyms'> = {
	slot: 'pseudonyms',
	since: 2,
	keys: [],
	owns: (path) => path === PSEUDONYMS_CSV,
	before: (ring, version) =>
		version === 1 ? legacyPseudonyms(ring.meta.name, idsOf(ring)) : drawPseudonyms(idsOf(ring)),
	write: (map) => ({
		files: [{ path: PSEUDONYMS_CSV, bytes: new TextEncoder().encode(pseudonymsCsv(map)) }]
	}),
	read: (input) => {
		const sink = input.sink(PSEUDONYMS_CSV);
		const bytes = input.files.get(PSEUDONYMS_CSV);
		const members = idsOf(input.ring);
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
	}
};
