/**
 * `ring.json` → `RingMeta` with defaults, or a clear German error.
 *
 * The version is checked before anything else: a package written by a newer app (format_version 2) must
 * be refused as a whole with a message that says so — never read half-way with fields misunderstood.
 * Defaults (formats.md): no file or no `disclosure` → pseudonymous; no name → the folder's name.
 * The fields are checked with the hand-written readers of `json-check.ts` (no zod in the browser;
 * German messages); unknown keys are allowed (the extras of `ring/package-import.ts`) and ignored here.
 */
import type { RingMeta } from '../ring/types.ts';
import { arrayOf, boolean, check, integer, object, oneOf, optional, string, year } from './json-check.ts';
import { m, type ProblemSink } from './problems.ts';

export const RING_FORMAT_VERSION = 1;

/** The core fields of ring.json, as written (all optional). */
interface RingJson {
	format_version?: number;
	name?: string;
	description?: string;
	periods?: number[];
	disclosure?: 'pseudonymous' | 'named';
	synthetic?: boolean;
	/** Number convention of the package's counts files; the canonical writer declares `en`. */
	number_format?: 'de' | 'en';
}

const readRingJson = object<RingJson>({
	format_version: optional(integer),
	name: optional(string),
	description: optional(string),
	periods: optional(arrayOf(year)),
	disclosure: optional(oneOf('pseudonymous', 'named')),
	synthetic: optional(boolean),
	number_format: optional(oneOf('de', 'en'))
});

/** The number convention a ring.json declares for its counts files, if any (read after parseRingMeta). */
export function declaredNumberFormat(bytes: Uint8Array | undefined): 'de' | 'en' | undefined {
	if (!bytes) return undefined;
	try {
		const data = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) as {
			number_format?: unknown;
		};
		return data.number_format === 'de' || data.number_format === 'en' ? data.number_format : undefined;
	} catch {
		return undefined;
	}
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

/** Read ring.json; null (with an error in `sink`) when it cannot be used. */
export function parseRingMeta(bytes: Uint8Array, fallbackName: string, sink: ProblemSink): RingMeta | null {
	let data: unknown;
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
		data = JSON.parse(text);
	} catch {
		sink.error('bad_ring_json', 1, 1, '', m('ingest.ring_json_invalid'));
		return null;
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) {
		sink.error('bad_ring_json', 1, 1, '', m('ingest.ring_json_not_object'));
		return null;
	}
	const version = (data as { format_version?: unknown }).format_version;
	if (version !== undefined && version !== RING_FORMAT_VERSION) {
		const shown = typeof version === 'number' ? String(version) : JSON.stringify(version);
		const newer = typeof version === 'number' && version > RING_FORMAT_VERSION;
		sink.error(
			'unsupported_version',
			1,
			1,
			shown,
			m(newer ? 'ingest.version_newer' : 'ingest.version_invalid', {
				version: shown,
				supported: RING_FORMAT_VERSION
			})
		);
		return null;
	}
	const parsed = check(readRingJson, data);
	if (!parsed.ok) {
		for (const issue of parsed.issues)
			sink.error(
				'bad_ring_json',
				1,
				1,
				issue.path.join('.'),
				m('ingest.ring_json_field', { field: issue.path.join('.'), issue: issue.message })
			);
		return null;
	}
	const meta = parsed.value;
	return {
		format_version: RING_FORMAT_VERSION,
		name: meta.name?.trim() || fallbackName,
		description: meta.description ?? '',
		periods: [...new Set(meta.periods ?? [])].sort((a, b) => a - b),
		disclosure: meta.disclosure ?? 'pseudonymous',
		synthetic: meta.synthetic ?? false
	};
}
