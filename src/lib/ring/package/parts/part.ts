/**
 * A part of the ring package (docs/ring-format.md, "Parts"): one field of `RingExtras`, with the
 * `ring.json` keys and files it owns, a strict reader and a canonical writer. The registry
 * (`index.ts`) lists them; `open.ts` and `canonical.ts` only iterate it, so a new part (finding
 * statuses, agendas, report texts, scenarios) is one new module and one line there.
 *
 * Reading rules every part follows: in format 2 (`strict`) every key, file and value it meets must be
 * known — an unknown one is an error naming file and key, never dropped; in older packages an unknown
 * nested key is reported as a warning and left out (the first format allowed extra keys). A part that
 * did not exist in the package's version gets its value from `before` (e.g. the pseudonym map that
 * keeps the letters a version-1 ring showed).
 */
import { check, type Path, type Reader } from '../../../ingest/json-check.ts';
import type { ProblemSink } from '../../../ingest/problems.ts';
import type { Ring } from '../../types.ts';
import type { PackageFile, RingExtras } from '../types.ts';

export const RING_JSON = 'ring.json';

export interface PartInput {
	/** ring.json as parsed (every key). */
	json: Record<string, unknown>;
	/** The package's files, by path relative to its root. */
	files: ReadonlyMap<string, Uint8Array>;
	/** Members and values as read from the core files (meta with defaults applied). */
	ring: Ring;
	/** Format 2: unknown keys and files are errors. */
	strict: boolean;
	/** The problem sink of a file (one per file, shared by all parts). */
	sink(file: string): ProblemSink;
}

export interface PartOutput {
	/** ring.json keys and their values, in the order they are written. */
	json?: Record<string, unknown>;
	files?: PackageFile[];
}

export interface RingPart<K extends keyof RingExtras> {
	slot: K;
	/** The format version that introduced the part. */
	since: 1 | 2;
	/** ring.json keys the part owns. */
	keys: readonly string[];
	/** Package files the part owns (paths relative to the root). */
	owns(path: string): boolean;
	/** The part's value, or null when it is broken (errors reported). */
	read(input: PartInput): RingExtras[K] | null | Promise<RingExtras[K] | null>;
	/** The value for a ring from before the part existed (`version` 0: a package naming no version). */
	before(ring: Ring, version: 0 | 1): RingExtras[K];
	write(value: RingExtras[K], ring: Ring): PartOutput;
}

export type AnyPart = { [K in keyof RingExtras]: RingPart<K> }[keyof RingExtras];

const isPlain = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keys present in `input` but not kept by the reader (`read`): the keys it does not know. */
export function unknownKeys(input: unknown, read: unknown, path: Path = []): Path[] {
	if (Array.isArray(input) && Array.isArray(read))
		return input.flatMap((item, i) => unknownKeys(item, read[i], [...path, i]));
	if (!isPlain(input) || !isPlain(read)) return [];
	return Object.keys(input).flatMap((key) =>
		Object.hasOwn(read, key) || input[key] === undefined
			? unknownKeys(input[key], read[key], [...path, key])
			: [[...path, key]]
	);
}

/**
 * Read the ring.json key `key` with `reader`: undefined when absent, null when invalid (errors in
 * ring.json's sink). Unknown nested keys: errors in format 2, warnings (and left out) before.
 */
export function readJsonKey<T>(input: PartInput, key: string, reader: Reader<T>): T | undefined | null {
	const value = input.json[key];
	if (value === undefined) return undefined;
	const sink = input.sink(RING_JSON);
	const parsed = check(reader, value);
	if (!parsed.ok) {
		for (const issue of parsed.issues) {
			const where = [key, ...issue.path].join('.');
			sink.error(
				'bad_ring_json',
				1,
				1,
				where,
				`ring.json: Feld „${where}“ ist ungültig (${issue.message}); der Ring wurde nicht geöffnet.`
			);
		}
		return null;
	}
	const unknown = unknownKeys(value, parsed.value, [key]);
	for (const path of unknown) {
		const where = path.join('.');
		if (input.strict)
			sink.error(
				'unknown_key',
				1,
				1,
				where,
				`ring.json: Schlüssel „${where}“ gibt es in format_version 2 nicht (von einer neueren App?); das Paket wurde nicht gelesen.`
			);
		else
			sink.warn(
				'unknown_key',
				1,
				1,
				where,
				`ring.json: Schlüssel „${where}“ ist unbekannt und wird nicht übernommen.`
			);
	}
	return input.strict && unknown.length > 0 ? null : parsed.value;
}
