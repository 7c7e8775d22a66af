/**
 * `t(key, params)`: looks a message up in the current locale and fills `{name}` placeholders.
 * The locale is module state (one per page); German unless the user switches.
 *
 * `t` reads German directly and reaches the other catalogues only through `setLocale`. So while no
 * page offers a language switch (nothing calls `setLocale`), the build leaves the English messages
 * out of the browser's JS (~5 kB gzip, issue #7); a switch that calls `setLocale` brings them back.
 */
import { fill } from './fill.ts';
import { CATALOGUES, de, type Locale, type MessageKey, type Messages } from './messages.ts';

let current: Locale = 'de';
let messages: Messages = de;

export function setLocale(locale: Locale): void {
	current = locale;
	messages = CATALOGUES[locale];
}

export function locale(): Locale {
	return current;
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	return fill(messages[key], params);
}
