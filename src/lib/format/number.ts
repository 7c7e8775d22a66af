/**
 * Numbers, percentages, per-mille, currency, FTE and catalogue units for display.
 *
 * Every user-visible number passes through here (architecture.md), so the German conventions live in
 * one place: `1.234,5`, `87,5 %`, `1.234,56 €`. Between a number and its unit stands a no-break space
 * (U+00A0), as Intl itself does for `%` and `€` in de-DE, so a value never wraps away from its unit.
 * A missing value (null) is an en dash `–`; screen readers get "kein Wert" / "no value" instead
 * (see `describeValue`). Values are rounded only here, never in the engine.
 */
import {
	isGerman,
	normalizeLocale,
	numberFormat,
	pluralRule,
	type Locale,
	type LocaleInput
} from './locale.ts';
import { KPI_UNITS, type BaseCountKind } from '../catalogue/vocabulary.ts';

export const MISSING_TEXT = '–';
const NBSP = '\u00a0';

/** KPI units as the catalogue writes them, plus `VZÄ` for FTE and '' for plain numbers. */
export const UNITS = [...KPI_UNITS, 'VZÄ', ''] as const;
export type Unit = (typeof UNITS)[number];

export type { BaseCountKind };

export interface FormatOptions {
	locale?: LocaleInput;
	/** Fixed number of decimals; without it the unit's default applies. */
	decimals?: number;
}

/** Default decimals per unit: [minimum, maximum] fraction digits. */
const DEFAULT_DECIMALS: Record<Unit, [number, number]> = {
	'%': [1, 1],
	'‰': [1, 1],
	Monate: [1, 1],
	Tage: [1, 1],
	Minuten: [1, 1],
	EUR: [2, 2],
	Fälle: [0, 0],
	Vorsprachen: [0, 0],
	Personen: [0, 0],
	VZÄ: [1, 2],
	'': [0, 2]
};

/** Unit words: [German singular, German plural, English singular, English plural]. */
const UNIT_WORDS: Partial<Record<Unit, [string, string, string, string]>> = {
	Monate: ['Monat', 'Monate', 'month', 'months'],
	Tage: ['Tag', 'Tage', 'day', 'days'],
	Minuten: ['Minute', 'Minuten', 'minute', 'minutes'],
	Fälle: ['Fall', 'Fälle', 'case', 'cases'],
	Vorsprachen: ['Vorsprache', 'Vorsprachen', 'visit', 'visits'],
	Personen: ['Person', 'Personen', 'person', 'persons'],
	VZÄ: ['VZÄ', 'VZÄ', 'FTE', 'FTE']
};

function digits(unit: Unit, options: FormatOptions | undefined): [number, number] {
	const fixed = options?.decimals;
	if (fixed !== undefined) return [fixed, fixed];
	return DEFAULT_DECIMALS[unit];
}

function plainNumber(value: number, locale: Locale, min: number, max: number): string {
	return numberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max }).format(value);
}

/** `1.234,5` (de) / `1,234.5` (en); up to two decimals unless `decimals` is given. */
export function formatNumber(value: number | null | undefined, options?: FormatOptions): string {
	return formatUnit(value, '', options);
}

/** Integers with thousands separators: `1.234.567`. Non-integers are rounded half away from zero. */
export function formatInteger(
	value: number | null | undefined,
	options?: Omit<FormatOptions, 'decimals'>
): string {
	return formatUnit(value, '', { ...options, decimals: 0 });
}

/** A percentage that is already multiplied by 100: 87.5 → `87,5 %` (de) / `87.5%` (en). */
export function formatPercent(value: number | null | undefined, options?: FormatOptions): string {
	return formatUnit(value, '%', options);
}

/** A per-mille value: 12.3 → `12,3 ‰` (de) / `12.3‰` (en). */
export function formatPerMille(value: number | null | undefined, options?: FormatOptions): string {
	return formatUnit(value, '‰', options);
}

/** Euros: `1.234,56 €` (de) / `€1,234.56` (en). */
export function formatCurrency(value: number | null | undefined, options?: FormatOptions): string {
	return formatUnit(value, 'EUR', options);
}

/** Full-time equivalents: `12,5 VZÄ` (de) / `12.5 FTE` (en); one or two decimals. */
export function formatFte(value: number | null | undefined, options?: FormatOptions): string {
	return formatUnit(value, 'VZÄ', options);
}

/** Any value with a catalogue unit; the single dispatch point for KPI values. */
export function formatUnit(value: number | null | undefined, unit: Unit, options?: FormatOptions): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return MISSING_TEXT;
	const locale = normalizeLocale(options?.locale);
	const [min, max] = digits(unit, options);
	if (unit === 'EUR') {
		return numberFormat(locale, {
			style: 'currency',
			currency: 'EUR',
			minimumFractionDigits: min,
			maximumFractionDigits: max
		}).format(value);
	}
	const text = plainNumber(value, locale, min, max);
	if (unit === '') return text;
	if (unit === '%' || unit === '‰') return isGerman(locale) ? text + NBSP + unit : text + unit;
	const words = UNIT_WORDS[unit];
	if (!words) return text;
	// Plural rules see the number as displayed: with max > min use the displayed fraction length.
	const shown = text.split(isGerman(locale) ? ',' : '.')[1]?.length ?? 0;
	const one = pluralRule(locale, shown).select(value) === 'one';
	const word = isGerman(locale) ? (one ? words[0] : words[1]) : one ? words[2] : words[3];
	return text + NBSP + word;
}

/** The most decimals a value of `unit` is shown with (what a spreadsheet should show of it). */
export function displayDecimals(unit: Unit): number {
	return DEFAULT_DECIMALS[unit][1];
}

/** The most decimals a base count of `kind` is shown with (formatBaseCount): FTE and euros 2, else 0. */
export function baseCountDecimals(kind: BaseCountKind): number {
	return kind === 'fte' ? displayDecimals('VZÄ') : kind === 'eur' ? displayDecimals('EUR') : 0;
}

const MAX_TICK_DECIMALS = 6;

/** The fewest decimals that write `value` exactly (to float noise: 0.30000000000000004 → 1). */
function decimalsOf(value: number): number {
	for (let d = 0; d < MAX_TICK_DECIMALS; d++) {
		const scaled = value * 10 ** d;
		if (Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled))) return d;
	}
	return MAX_TICK_DECIMALS;
}

/**
 * An axis tick: as many decimals as the ticks of the axis need to be told apart, and no more —
 * „0 Tage“, „2,5 Tage“, „1.300 €“, „99,95 %“, not „0,0 Tage“ or „1.300,00 €“ (a value is written with
 * its unit's decimals; a tick is a round number). Without `ticks`, the value's own decimals.
 */
export function formatTick(
	value: number,
	unit: Unit,
	ticks?: readonly number[],
	options?: Omit<FormatOptions, 'decimals'>
): string {
	const decimals = Math.max(...(ticks?.length ? ticks : [value]).map(decimalsOf));
	return formatUnit(value, unit, { ...options, decimals });
}

/** A base count by its catalogue kind: counts, days and minutes as integers, FTE, euros. */
export function formatBaseCount(
	value: number | null | undefined,
	kind: BaseCountKind,
	options?: Omit<FormatOptions, 'decimals'>
): string {
	if (kind === 'fte') return formatFte(value, options);
	if (kind === 'eur') return formatCurrency(value, options);
	const unit: Unit = kind === 'days' ? 'Tage' : kind === 'minutes' ? 'Minuten' : '';
	return formatUnit(value, unit, { ...options, decimals: 0 });
}

export interface DescribedValue {
	/** What is shown. */
	text: string;
	/** What a screen reader should read (e.g. as `aria-label`); "kein Wert" for a missing value. */
	label: string;
	missing: boolean;
}

/** Text plus accessible label, for table cells and chart tooltips. */
export function describeValue(
	value: number | null | undefined,
	unit: Unit,
	options?: FormatOptions
): DescribedValue {
	const locale = normalizeLocale(options?.locale);
	if (value === null || value === undefined || !Number.isFinite(value)) {
		return { text: MISSING_TEXT, label: missingLabel(locale), missing: true };
	}
	const text = formatUnit(value, unit, options);
	const perMille = isGerman(locale) ? 'Promille' : 'per mille';
	const label = unit === '‰' ? text.replace(/\u00a0?‰$/, ' ' + perMille) : text;
	return { text, label, missing: false };
}

export function missingLabel(locale?: LocaleInput): string {
	return isGerman(normalizeLocale(locale)) ? 'kein Wert' : 'no value';
}
