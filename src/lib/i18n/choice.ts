/**
 * Which language a page shows: the link's `lang=en|de` wins (a link reproduces the language), else
 * what this browser chose last with the switch (localStorage), else German. The app keeps `lang` in
 * the links it builds, so moving around keeps the language of the page one came from.
 */
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from './messages.ts';

export const LANG_PARAM = 'lang';
const STORAGE_KEY = 'vergleichsring.lang';

/** Each language under its own name (so a reader finds theirs whatever the page's language). */
export const AUTONYMS: Record<Locale, string> = { de: 'Deutsch', en: 'English' };
export { LOCALES };

export function chosenLocale(param: string | null, stored: string | null): Locale {
	if (isLocale(param)) return param;
	if (isLocale(stored)) return stored;
	return DEFAULT_LOCALE;
}

/** The switch's last choice; null when there is none or storage is blocked (private windows). */
export function storedLocale(): string | null {
	try {
		return localStorage.getItem(STORAGE_KEY);
	} catch {
		return null;
	}
}

export function rememberLocale(locale: Locale): void {
	try {
		localStorage.setItem(STORAGE_KEY, locale);
	} catch {
		// Storage blocked: the choice still holds for this page and every link it builds.
	}
}

/** The query string `search` with `lang` set (other parameters kept, in their order). */
export function withLocale(search: string, locale: Locale): string {
	const params = new URLSearchParams(search);
	params.set(LANG_PARAM, locale);
	return params.toString();
}
