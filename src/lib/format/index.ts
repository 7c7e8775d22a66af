/**
 * The one place that formats numbers, units and dates for people (architecture.md: "every
 * user-visible number passes through format/"), plus the plain-decimal form for machine output.
 */
export { DEFAULT_LOCALE, LOCALES, normalizeLocale, type Locale, type LocaleInput } from './locale.ts';
export {
	MISSING_TEXT,
	UNITS,
	baseCountDecimals,
	describeValue,
	displayDecimals,
	formatBaseCount,
	formatCurrency,
	formatFte,
	formatInteger,
	formatNumber,
	formatPercent,
	formatPerMille,
	formatTick,
	formatUnit,
	missingLabel,
	type BaseCountKind,
	type DescribedValue,
	type FormatOptions,
	type Unit
} from './number.ts';
export { formatDate, formatPeriod, isoDate, type DateOptions } from './date.ts';
export { toPlainDecimal } from './plain.ts';
export { columnLetters } from './letters.ts';
