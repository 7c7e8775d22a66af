/**
 * Locales and cached Intl formatters for the one formatting module.
 *
 * Why a cache: constructing Intl.NumberFormat is expensive (ICU data lookup); tables with thousands of
 * cells format with a handful of distinct option sets, so each (locale, options) pair is built once.
 * German (de-DE) is the default everywhere; English is British English (dates 31/12/2024). Without an
 * explicit `locale` a call formats in the interface language (`followLocale`).
 */

export const LOCALES = ['de-DE', 'en-GB'] as const;
export type Locale = (typeof LOCALES)[number];
/** What callers may pass: the two locales plus the bare language tags `de` and `en`. */
export type LocaleInput = Locale | 'de' | 'en';

export const DEFAULT_LOCALE: Locale = 'de-DE';

let active: () => Locale = () => DEFAULT_LOCALE;

/**
 * Where the locale of a call without `locale` comes from: German unless the interface says otherwise.
 * The browser's i18n module passes a read of its reactive language, so every number formatted in a
 * component re-renders when the language is switched; Node (CLI, build) keeps German.
 */
export function followLocale(read: () => Locale): void {
	active = read;
}

export function normalizeLocale(locale: LocaleInput | undefined): Locale {
	if (locale === undefined) return active();
	if (locale === 'de' || locale === 'de-DE') return 'de-DE';
	return 'en-GB';
}

export function isGerman(locale: Locale): boolean {
	return locale === 'de-DE';
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A cached Intl.NumberFormat; `signDisplay: 'negative'` so that -0.01 rounded never shows as "-0". */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = locale + JSON.stringify(options);
	let format = numberFormats.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options });
		numberFormats.set(key, format);
	}
	return format;
}

/** Plural rules that see the number as displayed (1 → "1 Tag", but 1,0 → "1,0 Tage"). */
export function pluralRule(locale: Locale, fractionDigits: number): Intl.PluralRules {
	const key = `${locale}|${fractionDigits}`;
	let rules = pluralRules.get(key);
	if (!rules) {
		rules = new Intl.PluralRules(locale, {
			minimumFractionDigits: fractionDigits,
			maximumFractionDigits: fractionDigits
		});
		pluralRules.set(key, rules);
	}
	return rules;
}

export function dateFormat(locale: Locale, timeZone: string | undefined): Intl.DateTimeFormat {
	const key = `${locale}|${timeZone ?? ''}`;
	let format = dateFormats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone });
		dateFormats.set(key, format);
	}
	return format;
}
