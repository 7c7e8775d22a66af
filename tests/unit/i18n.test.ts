import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../src/lib/i18n/messages.ts';
import { locale, setLocale, t } from '../../src/lib/i18n/translate.ts';

describe('messages', () => {
	afterEach(() => setLocale('de'));

	it('are German unless the locale is switched, and fill placeholders', () => {
		expect(locale()).toBe('de');
		expect(t('dash.overview_heading')).toBe('Wo stehen wir im Vergleich?');
		expect(t('dash.peers_nearest', { n: 5 })).toBe('Die 5 ähnlichsten Behörden');
		expect(t('dash.peers_nearest')).toBe('Die {n} ähnlichsten Behörden');
	});

	it('switch to English and back', () => {
		setLocale('en');
		expect(locale()).toBe('en');
		expect(t('dash.overview_heading')).toBe('Where do we stand?');
		setLocale('de');
		expect(t('dash.overview_heading')).toBe('Wo stehen wir im Vergleich?');
	});

	it('have every key in every language', () => {
		const keys = Object.keys(CATALOGUES.de).sort();
		expect(Object.keys(CATALOGUES.en).sort()).toEqual(keys);
		for (const key of keys) expect(CATALOGUES.en[key as keyof typeof CATALOGUES.en], key).not.toBe('');
	});
});
