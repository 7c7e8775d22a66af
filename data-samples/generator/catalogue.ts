/**
 * The ring's catalogue as the generator needs it: base counts (id and kind, in catalogue order), size
 * classes, and (checks.ts) the plausibility rules — read from kpi-definitions/ through the app's own
 * catalogue loader, so a count or limit changed there is generated and checked accordingly and no
 * copy can drift.
 */
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { BaseCountKind } from '../../src/lib/catalogue/schema.ts';

export const CATALOGUE = loadCatalogue();

/** A base count's id (catalogue.md); the generator's recipes name them literally. */
export type CountId = string;
export type CountKind = BaseCountKind;

export const COUNT_IDS: readonly CountId[] = CATALOGUE.base_counts.map((b) => b.id);
export const COUNT_KIND: ReadonlyMap<CountId, CountKind> = new Map(
	CATALOGUE.base_counts.map((b) => [b.id, b.kind])
);

/** The customer survey counts, delivered by the demo ring in a separate long-layout file. */
export const CUSTOMER_SURVEY_IDS: readonly CountId[] = [
	'customer_survey_respondents',
	'customer_survey_satisfied',
	'customer_survey_first_visit_resolved'
];

/** One authority's figures for one period; an absent key is a missing value (never 0). */
export type Figures = Partial<Record<CountId, number>>;

export const SIZE_CLASSES: readonly string[] = CATALOGUE.size_classes.map((c) => c.id);
export type SizeClass = string;

/** Size class from a period's population: the first class (largest first) it reaches (catalogue.md). */
export function sizeClass(population: number): SizeClass {
	const found = CATALOGUE.size_classes.find((c) => population >= c.min_population);
	if (!found)
		throw new Error(`Keine Größenklasse für ${population} Einwohner (kpi-definitions/size-classes.yaml).`);
	return found.id;
}
