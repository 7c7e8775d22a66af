/**
 * Zod schemas of the YAML files in `kpi-definitions/` and the types of the validated catalogue.
 *
 * Why one file shape with optional sections: a ring adds a KPI (or a check, or a base count) by
 * dropping one more YAML file next to the shipped ones; the loader merges all files, so no file
 * name is magic and no code changes. The schemas check one entry at a time so that every error
 * can name the file and the id it belongs to.
 */
import { z } from 'zod';
import {
	BASE_COUNT_KINDS,
	KPI_UNITS,
	POLARITIES,
	type BaseCountKind,
	type KpiUnit,
	type Polarity
} from './vocabulary.ts';
import type { Expr } from './formula.ts';

export const ID_PATTERN = /^[a-z][a-z0-9_]*$/;
const id = z
	.string()
	.regex(ID_PATTERN, 'Id: Kleinbuchstaben, Ziffern und _ , beginnend mit einem Buchstaben');
const text = z.string().trim().min(1);

export { BASE_COUNT_KINDS, POLARITIES, type BaseCountKind, type Polarity };
export const UNITS = KPI_UNITS;
export type Unit = KpiUnit;

export const fieldSchema = z.strictObject({ id, label: text, label_en: text.optional() });

export const baseCountSchema = z.strictObject({
	id,
	kind: z.enum(BASE_COUNT_KINDS),
	/**
	 * Can the authority move this count itself (outputs, outcomes, resources, costs) or is it given
	 * (demand, population, sample sizes)? Required, so a ring's new base count is decided, not defaulted:
	 * targets in own units (engine/targets.ts) are shown only for sides made of levers.
	 */
	lever: z.boolean({
		error: 'true (Stellschraube der Behörde) oder false (Nachfrage, Bevölkerung, Stichprobe) angeben'
	}),
	label: text,
	label_en: text.optional(),
	help: text.optional()
});

export const derivedSchema = z.strictObject({
	id,
	label: text.optional(),
	label_en: text.optional(),
	help: text.optional(),
	formula: text
});

export const kpiSchema = z.strictObject({
	id,
	field: id,
	label: text,
	label_en: text.optional(),
	formula: text,
	unit: z.enum(UNITS),
	polarity: z.enum(POLARITIES),
	help: text,
	/** Warn when the value is above this limit (percent KPIs default to `percent_warn_above`). */
	warn_above: z.number().finite().optional(),
	/** Survey KPIs: warn (`low_sample`) when the count is below `min` while the KPI is shown. */
	sample: z.strictObject({ count: id, min: z.number().finite().nonnegative() }).optional(),
	/**
	 * The numerator counts a subset of the denominator's units (`x / n * 100`): the value gets a
	 * Wilson interval and a funnel plot (catalogue/proportion.ts checks the formula). `approximate`:
	 * the numerator's cases need not be the denominator's cohort (a year's lost remedies may stem
	 * from earlier years' filings), so the interval is an approximation and the views say so.
	 */
	proportion: z.union([z.boolean(), z.literal('approximate')]).optional()
});

export const sizeClassSchema = z.strictObject({
	id: z.string().regex(/^[A-Za-z0-9_]+$/),
	label: text,
	min_population: z.number().finite().nonnegative()
});

export const partOfWholeSchema = z.strictObject({ part: id, whole: id });
export const changeSchema = z.strictObject({
	max_relative_change: z.number().finite().positive(),
	min_value: z.number().finite().nonnegative()
});

/** Top-level sections of a definitions file; each is checked entry by entry. */
export const SECTIONS = {
	fields: fieldSchema,
	base_counts: baseCountSchema,
	derived: derivedSchema,
	kpis: kpiSchema,
	size_classes: sizeClassSchema,
	part_of_whole: partOfWholeSchema
} as const;
export const SCALAR_SECTIONS = {
	change: changeSchema,
	percent_warn_above: z.number().finite()
} as const;

// The validated definitions carry what the engine, the app and the CLI read — not the file each came
// from nor the formula's tree before substitution: the validator's messages use those, nothing after
// it does, and the catalogue is shipped in the browser's JavaScript (issue #7: app JS budget).
export type FieldDef = z.infer<typeof fieldSchema>;
export type BaseCountDef = z.infer<typeof baseCountSchema>;
export type SizeClassDef = z.infer<typeof sizeClassSchema>;
export type PartOfWhole = z.infer<typeof partOfWholeSchema>;

export interface DerivedDef extends z.infer<typeof derivedSchema> {
	/** The formula with other derived terms substituted: reads base counts only. */
	resolved: Expr;
	/** Base-count ids read, in order of first appearance. */
	inputs: string[];
}

export interface KpiDef extends z.infer<typeof kpiSchema> {
	/** The formula with derived terms substituted, parenthesised as written: what the engine computes. */
	resolved: Expr;
	/** Base-count ids read, in order of first appearance (null rule `missing_input`). */
	inputs: string[];
	/** Every divisor of `resolved`, nested and those inside derived terms (null rule `zero_denominator`). */
	denominators: Expr[];
}

export interface Checks {
	part_of_whole: PartOfWhole[];
	change: z.infer<typeof changeSchema>;
	percent_warn_above: number;
}

/** The validated catalogue: plain JSON, so it can be a virtual module in the browser build. */
export interface Catalogue {
	fields: FieldDef[];
	base_counts: BaseCountDef[];
	derived: DerivedDef[];
	/** Display and output order: by field order, then file order, then position in the file. */
	kpis: KpiDef[];
	/** Sorted by `min_population` descending; the first class reached applies. */
	size_classes: SizeClassDef[];
	checks: Checks;
}

/** One problem in the definitions, as data (never thrown by the validator). */
export interface CatalogueError {
	file: string;
	/** The id of the entry concerned, when there is one. */
	id?: string;
	message: string;
}

export function formatCatalogueError(e: CatalogueError): string {
	return `${e.file}${e.id ? ` [${e.id}]` : ''}: ${e.message}`;
}
