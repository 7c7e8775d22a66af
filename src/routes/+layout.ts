import { browser } from '$app/environment';
import { chosenLocale, LANG_PARAM, storedLocale } from '$lib/i18n/choice.ts';
import { DEFAULT_LOCALE } from '$lib/i18n/messages.ts';
import { loadLocale } from '$lib/i18n/translate.ts';
import type { LayoutLoad } from './$types';

// The whole app is prerendered to static files (adapter-static); data comes in the browser.
export const prerender = true;
export const trailingSlash = 'never';

// The page's language, its messages loaded before anything renders: an English link hydrates in
// English. Prerendered pages are German (the default); the URL is read in the browser only.
// No side effect here (SvelteKit also runs this to preload a link): the layout applies it.
export const load: LayoutLoad = async ({ url }) => {
	if (!browser) return { locale: DEFAULT_LOCALE };
	const locale = chosenLocale(url.searchParams.get(LANG_PARAM), storedLocale());
	// Should the English chunk not load (a new version deployed meanwhile), the page shows German
	// rather than an error: `setLocale` keeps German until a language is loaded.
	await loadLocale(locale).catch(() => undefined);
	return { locale };
};
