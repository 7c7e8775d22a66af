/**
 * The catalogue's fixed vocabulary (catalogue.md): base-count kinds, KPI units, polarities.
 *
 * A module of its own without dependencies, because the schema (zod), the formatting module and the
 * import all need these lists and must agree on them; none of them should pull in the others.
 */
export const BASE_COUNT_KINDS = ['count', 'fte', 'eur', 'days', 'minutes'] as const;
export type BaseCountKind = (typeof BASE_COUNT_KINDS)[number];

/** KPI units exactly as the catalogue writes them. */
export const KPI_UNITS = [
	'%',
	'‰',
	'Monate',
	'Tage',
	'Minuten',
	'Fälle',
	'Vorsprachen',
	'Personen',
	'EUR'
] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export const POLARITIES = ['up', 'down', 'none'] as const;
export type Polarity = (typeof POLARITIES)[number];
