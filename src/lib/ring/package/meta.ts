/**
 * `ring.json`: the format version first, then the core fields (docs/ring-format.md) → `RingMeta`.
 *
 * The version decides how everything else is read, so it is checked before anything else: a package
 * from a newer app is refused as a whole with a message that says so — never read half-way with parts
 * misunderstood or dropped. Versions this app reads:
 * - 2 — everything strict: every key, file and value must be known (`open.ts`);
 * - 1 — written by the first app; read, and upgraded to 2 when saved;
 * - none (no ring.json, or no `format_version` in it) — a ring assembled by hand: read like 1.
 * Defaults: no `disclosure` → pseudonymous; no name → the folder's name.
 * The parts' keys (mapping profiles, Datenstände, …) are read by the parts (`parts.ts`), not here.
 */
import type { RingMeta } from '../types.ts';
import {
	boolean,
	check,
	integer,
	object,
	oneOf,
	optional,
	arrayOf,
	string,
	year
} from '../../ingest/json-check.ts';
import type { ProblemSink } from '../../ingest/problems.ts';

/** The version this app writes. */
export const RING_FORMAT_VERSION = 2;

/** The version a package was read as: 0 when it names none. */
export type ReadVersion = 0 | 1 | 2;

/** The core keys of ring.json, in the order the canonical writer puts them. */
export const CORE_KEYS = [
	'format_version',
	'name',
	'description',
	'periods',
	'disclosure',
	'synthetic',
	'number_format'
] as const;

interface CoreJson {
	format_version?: number;
	name?: string;
	description?: string;
	periods?: number[];
	disclosure?: 'pseudonymous' | 'named';
	synthetic?: boolean;
	/** Number convention of the package's counts files; the canonical writer declares `en`. */
	number_format?: 'de' | 'en';
}

const readCore = object<CoreJson>({
	format_version: optional(integer),
	name: optional(string),
	description: optional(string),
	periods: optional(arrayOf(year)),
	disclosure: optional(oneOf('pseudonymous', 'named')),
	synthetic: optional(boolean),
	number_format: optional(oneOf('de', 'en'))
});

export interface RingJson {
	/** The parsed object, every key (the parts read theirs from it). */
	json: Record<string, unknown>;
	version: ReadVersion;
}

export interface CoreMeta {
	meta: RingMeta;
	numberFormat: 'de' | 'en' | undefined;
}

export function defaultMeta(name: string): RingMeta {
	return {
		format_version: RING_FORMAT_VERSION,
		name,
		description: '',
		periods: [],
		disclosure: 'pseudonymous',
		synthetic: false
	};
}

/** Parse ring.json and check its version; null (with an error in `sink`) when it cannot be used. */
export function parseRingJson(bytes: Uint8Array, sink: ProblemSink): RingJson | null {
	let data: unknown;
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
		data = JSON.parse(text);
	} catch {
		sink.error(
			'bad_ring_json',
			1,
			1,
			'',
			'ring.json ist keine gültige JSON-Datei (UTF-8); der Ring kann nicht gelesen werden.'
		);
		return null;
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		sink.error(
			'bad_ring_json',
			1,
			1,
			'',
			'ring.json muss ein JSON-Objekt sein; der Ring kann nicht gelesen werden.'
		);
		return null;
	}
	const json = data as Record<string, unknown>;
	const version = json.format_version;
	if (version === undefined) return { json, version: 0 };
	if (version === 1 || version === 2) return { json, version };
	const shown = typeof version === 'number' ? String(version) : JSON.stringify(version);
	const newer = Number.isSafeInteger(version) && (version as number) > RING_FORMAT_VERSION;
	sink.error(
		'unsupported_version',
		1,
		1,
		shown,
		newer
			? `Das Ringpaket hat format_version ${shown}; diese App liest die Versionen 1 und ${RING_FORMAT_VERSION}. Bitte die App aktualisieren – das Paket wurde nicht gelesen.`
			: `ring.json: format_version ${shown} ist ungültig; erwartet wird 1 oder ${RING_FORMAT_VERSION}. Das Paket wurde nicht gelesen.`
	);
	return null;
}

/** The core fields with defaults; null (with errors in `sink`) when one is invalid. */
export function readCoreMeta(
	json: Record<string, unknown>,
	fallbackName: string,
	sink: ProblemSink
): CoreMeta | null {
	const parsed = check(readCore, json);
	if (!parsed.ok) {
		for (const issue of parsed.issues)
			sink.error(
				'bad_ring_json',
				1,
				1,
				issue.path.join('.'),
				`ring.json: Feld „${issue.path.join('.')}“ ist ungültig (${issue.message}); der Ring kann nicht gelesen werden.`
			);
		return null;
	}
	const core = parsed.value;
	return {
		meta: {
			format_version: RING_FORMAT_VERSION,
			name: core.name?.trim() || fallbackName,
			description: core.description ?? '',
			periods: [...new Set(core.periods ?? [])].sort((a, b) => a - b),
			disclosure: core.disclosure ?? 'pseudonymous',
			synthetic: core.synthetic ?? false
		},
		numberFormat: core.number_format
	};
}
