/**
 * Names of the rings in this browser: never two alike, so the ring picker, the list on „Ringe“ and a
 * downloaded package always say which ring is meant.
 *
 * A name the user types (a new ring, a rename) that another ring already has is refused; a name the
 * app chooses — a copy of the demo ring made when something is saved on it, a package opened a second
 * time — gets a suffix instead: „… (eigene Kopie)“, then „… (eigene Kopie 2)“, … (the suffix's words
 * come from the message catalogue).
 */
import { RING_FORMAT_VERSION } from './package/meta.ts';
import { emptyExtras, type RingData } from './package/types.ts';
import { noValues } from './value-columns.ts';

export const MAX_RING_NAME = 120;
// eslint-disable-next-line no-control-regex -- exactly what is looked for
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Names compare trimmed, with one space between words, in any case and accent composition. */
export const ringNameKey = (name: string): string =>
	name.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de');

/** A name as stored: trimmed, one space between words. */
export const cleanRingName = (name: string): string => name.normalize('NFC').trim().replace(/\s+/g, ' ');

export type RingNameProblem =
	{ code: 'missing' } | { code: 'long'; max: number } | { code: 'control' } | { code: 'taken'; name: string };

/** Why `name` cannot be a ring's name next to `others` (the other rings' names), or null. */
export function checkRingName(name: string, others: readonly string[]): RingNameProblem | null {
	const clean = cleanRingName(name);
	if (clean === '') return { code: 'missing' };
	if (clean.length > MAX_RING_NAME) return { code: 'long', max: MAX_RING_NAME };
	if (CONTROL.test(clean)) return { code: 'control' };
	const twin = others.find((o) => ringNameKey(o) === ringNameKey(clean));
	return twin === undefined ? null : { code: 'taken', name: twin };
}

/**
 * `wanted`, or — when another ring has it — `wanted (suffix)`, `wanted (suffix 2)`, … whichever is
 * free first. A name that already ends in the suffix counts on from it instead of stacking another.
 */
export function freeRingName(wanted: string, taken: readonly string[], suffix: string): string {
	const clean = cleanRingName(wanted);
	const keys = new Set(taken.map(ringNameKey));
	if (!keys.has(ringNameKey(clean))) return clean;
	const tail = new RegExp(`\\s*\\(${suffix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?: \\d+)?\\)$`);
	const base = clean.replace(tail, '') || clean;
	for (let n = 1; ; n++) {
		const name = `${base} (${suffix}${n === 1 ? '' : ` ${n}`})`;
		if (!keys.has(ringNameKey(name))) return name;
	}
}

/** The ring under another name (nothing else changes: members, values and pseudonyms stay). */
export function renamedRing(data: RingData, name: string): RingData {
	return {
		ring: { ...data.ring, meta: { ...data.ring.meta, name: cleanRingName(name) } },
		extras: data.extras
	};
}

/**
 * A new ring without members or values: pseudonymous (the default, formats.md), not synthetic. Its
 * members are added on „Ringe“ or by an import; each gets a random free pseudonym when it is saved.
 */
export function emptyRing(name: string): RingData {
	return {
		ring: {
			meta: {
				format_version: RING_FORMAT_VERSION,
				name: cleanRingName(name),
				description: '',
				periods: [],
				disclosure: 'pseudonymous',
				synthetic: false
			},
			authorities: [],
			values: noValues()
		},
		extras: emptyExtras()
	};
}
