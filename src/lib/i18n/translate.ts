/**
 * `t(key, params)`: looks a message up in the current locale and fills `{name}` placeholders.
 * The locale is module state (one per page); German unless the user switches.
 */
import { CATALOGUES, type Locale, type MessageKey } from './messages.ts';

let current: Locale = 'de';

export function setLocale(locale: Locale): void {
	current = locale;
}

export function locale(): Locale {
	return current;
}

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	const template = CATALOGUES[current][key];
	return template.replace(/\{(\w+)\}/g, (match, name: string) =>
		name in params ? String(params[name]) : match
	);
}
