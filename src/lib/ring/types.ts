/**
 * The ring as data (glossary: ring, member/authority, base count, period).
 *
 * This is the shape every layer agrees on: ingest produces it, persistence stores it, the engine
 * loads it into DuckDB, the CLI reads it from a ring package. Values keep their provenance
 * (file, line, column) so every figure and every plausibility finding can be followed back to the
 * line it came from.
 */
import type { ValueColumns } from './value-columns.ts';

export const AUTHORITY_KINDS = ['kreisfreie_stadt', 'landkreis', 'grosse_kreisstadt', 'region'] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

export const STATE_CODES = [
	'BW',
	'BY',
	'BE',
	'BB',
	'HB',
	'HH',
	'HE',
	'MV',
	'NI',
	'NW',
	'RP',
	'SL',
	'SN',
	'ST',
	'SH',
	'TH'
] as const;
export type StateCode = (typeof STATE_CODES)[number];

export type Disclosure = 'pseudonymous' | 'named';

/** `ring.json` (formats.md). Every field optional in the file; defaults applied on reading. */
export interface RingMeta {
	format_version: number;
	name: string;
	description: string;
	periods: number[];
	/** Without it a ring is pseudonymous. */
	disclosure: Disclosure;
	synthetic: boolean;
}

export interface Authority {
	authority_id: string;
	name: string;
	kind: AuthorityKind;
	state: StateCode;
}

/** Where a value came from: file name, 1-based line and column of the cell. */
export interface Provenance {
	file: string;
	line: number;
	column: number;
}

/**
 * One base count of one authority in one period, as a view shows it (a ring holds its values as
 * columns, value-columns.ts). A missing value is an absent row, never 0.
 */
export interface BaseValue {
	authority_id: string;
	period: number;
	count_id: string;
	value: number;
	source?: Provenance;
}

export interface Ring {
	meta: RingMeta;
	authorities: Authority[];
	/** The base values with their provenance, as columns (value-columns.ts). */
	values: ValueColumns;
	/**
	 * Size classes a member package carries (issue 29; stored and read as the part
	 * `extras.size_classes`, handed to the engine with the ring by `engineRing`): they win over the
	 * class computed from `population`, which such a package may hold rounded.
	 */
	size_classes?: readonly { authority_id: string; period: number; size_class: string }[];
}
