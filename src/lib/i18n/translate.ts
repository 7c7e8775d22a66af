/**
 * `t(key, params)`: looks a message up in the interface language and fills `{name}` placeholders.
 *
 * German is built in; English is a chunk of its own (english.ts) that `loadLocale('en')` fetches
 * the first time it is needed, so a German page never loads it and an English page loads it once
 * (README, Language). The language itself is reactive state (locale.ts): `t` and the
 * number formatter read it, so switching re-renders in place.
 */
import type { CatalogueTexts } from '../catalogue/vite-plugin.ts';
import { followLocale, type Locale as FormatLocale } from '../format/locale.ts';
import { active } from './locale.ts';
import {
	de,
	DEFAULT_LOCALE,
	fill,
	type Locale,
	type MessageKey,
	type Messages,
	type Params
} from './messages.ts';

export type { Locale, MessageKey, Params };

interface Language {
	messages: Messages;
	/** The catalogue's labels and help texts; null for German, which the catalogue itself carries. */
	catalogue: CatalogueTexts | null;
}

const languages: Partial<Record<Locale, Language>> = { de: { messages: de, catalogue: null } };

const FORMAT_LOCALES: Record<Locale, FormatLocale> = { de: 'de-DE', en: 'en-GB' };
// Numbers and dates follow the interface language (1.234,5 / 1,234.5), reactively.
followLocale(() => FORMAT_LOCALES[active.locale]);

/** Make a language available (English: fetch its chunk once). */
export async function loadLocale(locale: Locale): Promise<void> {
	if (languages[locale]) return;
	const english = await import('./english.ts');
	languages.en = { messages: english.messages, catalogue: english.catalogue };
}

/** Switch the interface language; a language not loaded yet falls back to German until it is. */
export function setLocale(locale: Locale): void {
	active.locale = languages[locale] ? locale : DEFAULT_LOCALE;
}

export function locale(): Locale {
	return active.locale;
}

function language(): Language {
	return languages[active.locale] ?? (languages.de as Language);
}

/** The message in the interface language. */
export function t(key: MessageKey, params: Params = {}): string {
	return fill(language().messages[key], params);
}

/** The catalogue texts of the interface language (null: German, read the catalogue's own fields). */
export function catalogueTexts(): CatalogueTexts | null {
	return language().catalogue;
}
