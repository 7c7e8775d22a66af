/**
 * Locales and cached Intl formatters for the one formatting module.
 *
 * Why a cache: constructing Intl.NumberFormat is expensive (ICU data lookup); tables with thousands of
 * cells format with a handful of distinct option sets, so each (locale, options) pair is built once.
 * German (de-DE) is the default everywhere; English is British English (dates 31/12/2024).
 */

export const LOCALES = ['de-DE', 'en-GB'] as const;
export type Locale = (typeof LOCALES)[number];
/** What callers may pass: the two locales plus the bare language tags `de` and `en`. */
export type LocaleInput = Locale | 'de' | 'en';

export const DEFAULT_LOCALE: Locale = 'de-DE';

export function normalizeLocale(locale: LocaleInput | undefined): Locale {
	if (locale === undefined || locale === 'de' || locale === 'de-DE') return 'de-DE';
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
