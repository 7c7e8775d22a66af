/**
 * The pseudonym map's rules (docs/ring-format.md, "Pseudonyms"): labels are spreadsheet letters (A … Z,
 * AA, AB, …); a new ring draws its map at random with Web Crypto; a member added later gets the next
 * free label after the highest ever given (a removed member keeps its entry, so its label is never
 * reused); a ring from format 1 keeps, once, the letters format 1 computed for it.
 *
 * Why stored and random, not computed: format 1 ranked the members by a hash of ring name and
 * authority_id. Anyone who knew the ring's name and the members' public Kreisschlüssel could recompute
 * every letter, and renaming the ring or adding a member reshuffled them all — so last year's council
 * report, this year's session and a member's dashboard would not have matched.
 *
 * Every entry also gets a random pseudonym key (`ps-` and 8 characters), drawn with its label: the key
 * other members have in a member package (issue 29), the same in every package of the ring.
 *
 * Light on purpose (no file reading): the page completes maps with it; `parts/pseudonyms.ts` reads and
 * writes `pseudonyms.csv`.
 */
import { columnLetters } from '../../format/letters.ts';
import { cmp } from './csv.ts';
import type { PseudonymEntry } from './types.ts';

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

export const sorted = (entries: PseudonymEntry[]) =>
	entries.sort((a, b) => cmp(a.authority_id, b.authority_id));

/** Letters and digits that cannot be mistaken for one another (no i, l, o, u, 0, 1). */
export const KEY_ALPHABET = 'abcdefghjkmnpqrstvwxyz23456789';
export const PSEUDONYM_ID = /^ps-[a-z0-9]{8}$/;

/** A random pseudonym key not in `taken` (a member's real key never looks like one). */
export function drawPseudonymId(taken: ReadonlySet<string>): string {
	for (;;) {
		let id = 'ps-';
		for (let i = 0; i < 8; i++) id += KEY_ALPHABET[randomBelow(KEY_ALPHABET.length)];
		if (!taken.has(id)) return id;
	}
}

/** `entries` with a pseudonym key for each that has none; `entries` itself when none was missing. */
export function withPseudonymIds(entries: PseudonymEntry[]): PseudonymEntry[] {
	if (entries.every((e) => e.pseudonym_id)) return entries;
	const taken = new Set<string>(entries.flatMap((e) => [e.authority_id, e.pseudonym_id ?? '']));
	return entries.map((e) => {
		if (e.pseudonym_id) return e;
		const pseudonym_id = drawPseudonymId(taken);
		taken.add(pseudonym_id);
		return { ...e, pseudonym_id };
	});
}

/** A new ring's map: the members in random order get A, B, C, … */
export function drawPseudonyms(ids: readonly string[]): PseudonymEntry[] {
	return sorted(
		withPseudonymIds(
			shuffled([...new Set(ids)]).map((authority_id, i) => ({ authority_id, label: labelAt(i) }))
		)
	);
}

/**
 * The map with a label for every id in `ids`: members without one get the next free labels (after the
 * highest ever given, so a removed member's label is never reused), in random order among themselves.
 * Returns `map` itself when nothing is missing.
 */
export function completePseudonyms(map: readonly PseudonymEntry[], ids: readonly string[]): PseudonymEntry[] {
	const known = new Set(map.map((e) => e.authority_id));
	const missing = [...new Set(ids)].filter((id) => !known.has(id));
	if (missing.length === 0) return withPseudonymIds(map as PseudonymEntry[]);
	let next = Math.max(-1, ...map.map((e) => labelIndex(e.label))) + 1;
	const added = shuffled(missing).map((authority_id) => ({ authority_id, label: labelAt(next++) }));
	return sorted(withPseudonymIds([...map, ...added]));
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
	return sorted(withPseudonymIds(ordered.map((authority_id, i) => ({ authority_id, label: labelAt(i) }))));
}
