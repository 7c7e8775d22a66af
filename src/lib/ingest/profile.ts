/**
 * Mapping profiles: a saved answer to "which column of this vendor's export is which base count".
 *
 * Case software (ADVIS, AUSO, OK.VISA, …) writes its own German headers (`Anzahl eAT-Bestellungen`).
 * The user maps them once on the import page; the profile (a small JSON file) is stored and applied to
 * every later export of the same shape. The header signature lets the app recognise that shape
 * automatically next time.
 *
 * Profile JSON (version 1):
 * `{format:'vergleichsring-mapping', version:1, name, headers:{<original header>: <count_id | authority_id
 * | period | count_id | value | ignore>}, count_names?:{<vendor name of a count>: <count_id>} (long layout),
 * number_format?:'de'|'en', authority_id?:'<id>', period?:YYYY (for files without those columns),
 * signature?, description?}`
 *
 * The file is checked field by field with the hand-written readers of `json-check.ts` (no zod in the
 * browser; German messages): names, ids and targets are trimmed, unknown keys are dropped.
 */
import { normaliseHeader, type SpecIndex } from './headers.ts';
import { check, object, oneOf, optional, recordOf, string, text, year, type Reader } from './json-check.ts';
import type { ColumnRole, CountSpec } from './types.ts';
import type { Message } from '../i18n/messages.ts';
import { m } from './problems.ts';

export const PROFILE_FORMAT = 'vergleichsring-mapping';
export const KEY_TARGETS = ['authority_id', 'period', 'count_id', 'value', 'ignore'] as const;

export interface MappingProfile {
	format: typeof PROFILE_FORMAT;
	version: 1;
	/** Trimmed, not empty. */
	name: string;
	description?: string;
	/** Original header → key role (`KEY_TARGETS`) or count id; targets trimmed, not empty. */
	headers: Record<string, string>;
	/** Vendor name of a count → count id (long layout); targets trimmed, not empty. */
	count_names?: Record<string, string>;
	number_format?: 'de' | 'en';
	/** Trimmed, not empty: for files without an authority column. */
	authority_id?: string;
	/** 1950–2100: for files without a period column. */
	period?: number;
	signature?: string;
}

/** Reads a mapping profile's JSON (also inside ring.json's `mapping_profiles`). */
export const readMappingProfile: Reader<MappingProfile> = object<MappingProfile>({
	format: oneOf(PROFILE_FORMAT),
	version: oneOf(1),
	name: text,
	description: optional(string),
	headers: recordOf(text),
	count_names: optional(recordOf(text)),
	number_format: optional(oneOf('de', 'en')),
	authority_id: optional(text),
	period: optional(year),
	signature: optional(string)
});

export type ProfileResult = { ok: true; profile: MappingProfile } | { ok: false; messages: Message[] };

/** Check a parsed profile against the catalogue: every target must be a key role or a known count id. */
export function validateProfile(value: unknown, specs: CountSpec[]): ProfileResult {
	const parsed = check(readMappingProfile, value);
	if (!parsed.ok) {
		const messages = parsed.issues.map((issue) => {
			if (issue.path[0] === 'format') return m('ingest.profile_not_profile', { format: PROFILE_FORMAT });
			if (issue.path[0] === 'version') return m('ingest.profile_version');
			return issue.path.length > 0
				? m('ingest.profile_invalid_field', { field: issue.path.join('.'), issue: issue.message })
				: m('ingest.profile_invalid', { issue: issue.message });
		});
		return { ok: false, messages };
	}
	const ids = new Set(specs.map((s) => s.id));
	const keys = new Set<string>(KEY_TARGETS);
	const messages: Message[] = [];
	for (const [header, target] of Object.entries(parsed.value.headers))
		if (!keys.has(target) && !ids.has(target))
			messages.push(m('ingest.profile_unknown_header', { header, target }));
	for (const [name, target] of Object.entries(parsed.value.count_names ?? {}))
		if (!ids.has(target)) messages.push(m('ingest.profile_unknown_name', { name, target }));
	return messages.length > 0 ? { ok: false, messages } : { ok: true, profile: parsed.value };
}

/** Parse a profile from JSON text. */
export function parseProfile(text: string, specs: CountSpec[]): ProfileResult {
	let value: unknown;
	try {
		value = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return { ok: false, messages: [m('ingest.profile_not_json')] };
	}
	return validateProfile(value, specs);
}

/** 32-bit FNV-1a as 8 hex digits. */
function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Signature of a header row: independent of case, umlaut spelling, punctuation, surrounding spaces and
 * trailing empty columns; dependent on the order and number of columns. Example: `h1-3-1a2b3c4d`.
 */
export function headerSignature(headers: string[]): string {
	const cells = headers.map(normaliseHeader);
	while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
	return `h1-${cells.length}-${fnv1a(cells.join('\u001f'))}`;
}

/** A record lookup that ignores inherited keys (a header named `constructor` must not hit Object.prototype). */
function own(map: Record<string, string>, key: string): string | undefined {
	return Object.hasOwn(map, key) ? map[key] : undefined;
}

/** The role a profile gives a header (exact text first, then normalised), or null if it does not mention it. */
export function profileRole(header: string, profile: MappingProfile): ColumnRole | null {
	let target = own(profile.headers, header) ?? own(profile.headers, header.trim());
	if (target === undefined) {
		const norm = normaliseHeader(header);
		for (const [key, value] of Object.entries(profile.headers))
			if (normaliseHeader(key) === norm) {
				target = value;
				break;
			}
	}
	if (target === undefined) return null;
	if (target === 'ignore') return { kind: 'ignore' };
	if (target === 'authority_id' || target === 'period' || target === 'count_id' || target === 'value')
		return { kind: target };
	return { kind: 'count', countId: target };
}

/** The count id a profile gives a vendor's count name in a long-layout file, or null. */
export function profileCountName(name: string, profile: MappingProfile, index: SpecIndex): string | null {
	const map = profile.count_names;
	if (!map) return null;
	let target = own(map, name) ?? own(map, name.trim());
	if (target === undefined) {
		const norm = normaliseHeader(name);
		for (const [key, value] of Object.entries(map))
			if (normaliseHeader(key) === norm) {
				target = value;
				break;
			}
	}
	return target !== undefined && index.byId.has(target.toLowerCase()) ? target : null;
}

/**
 * Which saved profile fits this header row? Same signature first; else a profile that names every
 * non-empty header. Null when none fits.
 */
export function recogniseProfile(headers: string[], profiles: MappingProfile[]): MappingProfile | null {
	const signature = headerSignature(headers);
	const bySignature = profiles.find((p) => p.signature === signature);
	if (bySignature) return bySignature;
	const cells = headers.filter((h) => h.trim() !== '');
	if (cells.length === 0) return null;
	return profiles.find((p) => cells.every((h) => profileRole(h, p) !== null)) ?? null;
}

/** Build a profile from the user's choices on the import page (target per original header). */
export function buildProfile(
	name: string,
	headers: string[],
	targets: Record<string, string>,
	options: Partial<
		Pick<MappingProfile, 'number_format' | 'authority_id' | 'period' | 'count_names' | 'description'>
	> = {}
): MappingProfile {
	const mapped: Record<string, string> = Object.fromEntries(
		headers.filter((h) => h.trim() !== '').map((h) => [h, own(targets, h) ?? 'ignore'])
	);
	return {
		format: PROFILE_FORMAT,
		version: 1,
		name,
		headers: mapped,
		signature: headerSignature(headers),
		...options
	};
}
