/**
 * The catalogue's texts (kpi-definitions/) in the interface language: German from the catalogue's
 * own fields, English from the English chunk (`label_en` / `help_en`). Every label of a field, KPI
 * or base count a page shows goes through here; ids never change.
 */
import type { KpiUnit } from '../catalogue/vocabulary.ts';
import type { MessageKey } from './messages.ts';
import { catalogueTexts, t } from './translate.ts';

interface Entry {
	id: string;
	label: string;
}

export const fieldLabel = (field: Entry): string => catalogueTexts()?.fields[field.id] ?? field.label;

export const baseCountLabel = (count: Entry): string =>
	catalogueTexts()?.base_counts[count.id] ?? count.label;

export const kpiLabel = (kpi: Entry): string => catalogueTexts()?.kpis[kpi.id]?.label ?? kpi.label;

export const derivedLabel = (term: { id: string; label?: string }): string =>
	catalogueTexts()?.derived[term.id] ?? term.label ?? term.id;

export const kpiHelp = (kpi: Entry & { help: string }): string =>
	catalogueTexts()?.kpis[kpi.id]?.help ?? kpi.help;

const UNIT_KEYS: Record<KpiUnit, MessageKey> = {
	'%': 'unit.percent',
	'‰': 'unit.per_mille',
	Monate: 'unit.months',
	Tage: 'unit.days',
	Minuten: 'unit.minutes',
	Fälle: 'unit.cases',
	Vorsprachen: 'unit.visits',
	Personen: 'unit.persons',
	EUR: 'unit.eur'
};

/** A KPI's unit as a word for headings and axes: `Tage` / `days` (the catalogue writes it in German). */
export function unitLabel(unit: string): string {
	const key = UNIT_KEYS[unit as KpiUnit];
	return key ? t(key) : unit;
}
