/**
 * The interface language as reactive state. Every `t()` and every formatted number reads it, so a
 * switch re-renders what depends on it in place — an import in progress, the open details, the
 * chosen files stay as they are.
 *
 * Why a `SvelteMap` and not `$state`: this module is also loaded by Node — the CLI's council report
 * builds its text with `t()` — where no Svelte compiler turns runes into code. `svelte/reactivity`
 * is plain JavaScript: reactive in the browser, an ordinary `Map` in Node (its server build).
 */
import { SvelteMap } from 'svelte/reactivity';
import { DEFAULT_LOCALE, type Locale } from './messages.ts';

const state = new SvelteMap<'locale', Locale>([['locale', DEFAULT_LOCALE]]);

export const active = {
	get locale(): Locale {
		return state.get('locale') ?? DEFAULT_LOCALE;
	},
	set locale(locale: Locale) {
		state.set('locale', locale);
	}
};
