/**
 * A part of the ring package (docs/ring-format.md, "Parts"): one field of `RingExtras`, with the
 * `ring.json` keys and files it owns, a canonical writer (`RingPart`, registry `index.ts`) and a strict
 * reader (`PartReader`, registry `readers.ts`). `canonical.ts` and `open.ts` only iterate the two
 * registries, so a new part (finding statuses, agendas, report texts, scenarios) is one module with its
 * spec, one with its reader, and a line in each registry. Spec and reader live apart so the page, which
 * writes packages but opens them in the import worker, does not ship the readers.
 *
 * Reading rules every part follows: in format 2 (`strict`) every key, file and value it meets must be
 * known — an unknown one is an error naming file and key, never dropped; in older packages an unknown
 * nested key is reported as a warning and left out (the first format allowed extra keys). A part that
 * did not exist in the package's version gets its value from `before` (e.g. the pseudonym map that
 * keeps the letters a version-1 ring showed).
 */
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
	/** The base-count ids of the catalogue the package is read with (a part may name base counts). */
	countIds: ReadonlySet<string>;
	/**
	 * The parts read before this one, in registry order (`index.ts`), for a part that refers to another
	 * (a scenario to a custom peer group); null where that part is broken (its errors are reported).
	 */
	earlier: { [K in keyof RingExtras]?: RingExtras[K] | null };
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
	/** The value for a ring from before the part existed (`version` 0: a package naming no version). */
	before(ring: Ring, version: 0 | 1): RingExtras[K];
	write(value: RingExtras[K], ring: Ring): PartOutput;
}

export type AnyPart = { [K in keyof RingExtras]: RingPart<K> }[keyof RingExtras];

/** A part's strict reader: its value, or null when it is broken (errors reported in `input.sink`). */
export type PartReader<K extends keyof RingExtras> = (
	input: PartInput
) => RingExtras[K] | null | Promise<RingExtras[K] | null>;
