import { afterEach, describe, expect, it } from 'vitest';
import { messages as english } from '../../src/lib/i18n/english.ts';
import { chosenLocale, withLocale } from '../../src/lib/i18n/choice.ts';
import { de, german } from '../../src/lib/i18n/messages.ts';
import { formatNumber } from '../../src/lib/format/index.ts';
import { loadLocale, locale, setLocale, t } from '../../src/lib/i18n/translate.ts';

describe('messages', () => {
	afterEach(() => setLocale('de'));

	it('are German unless the locale is switched, and fill placeholders', () => {
		expect(locale()).toBe('de');
		expect(t('dash.overview_heading')).toBe('Wo stehen wir im Vergleich?');
		expect(t('dash.peers_nearest', { n: 5 })).toBe('Die 5 ähnlichsten Behörden');
		expect(t('dash.peers_nearest')).toBe('Die {n} ähnlichsten Behörden');
	});

	it('switch to English once it is loaded, numbers with them, and back', async () => {
		setLocale('en');
		expect(locale(), 'not loaded yet: stays German').toBe('de');
		await loadLocale('en');
		setLocale('en');
		expect(locale()).toBe('en');
		expect(t('dash.overview_heading')).toBe('Where do we stand?');
		expect(formatNumber(1234.5)).toBe('1,234.5');
		setLocale('de');
		expect(t('dash.overview_heading')).toBe('Wo stehen wir im Vergleich?');
		expect(formatNumber(1234.5)).toBe('1.234,5');
	});

	it('have every key in every language, none empty, no placeholder lost or invented', () => {
		const keys = Object.keys(de).sort();
		expect(Object.keys(english).sort()).toEqual(keys);
		const placeholders = (text: string) =>
			[...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
		// What English leaves out on purpose: the import worker knows the German label only.
		const dropped: Partial<Record<keyof typeof de, string[]>> = { 'ingest.suggestion_count': ['label'] };
		for (const key of keys as (keyof typeof de)[]) {
			expect(english[key].trim(), key).not.toBe('');
			expect(de[key].trim(), key).not.toBe('');
			const expected = placeholders(de[key]).filter((p) => !dropped[key]?.includes(p ?? ''));
			expect(placeholders(english[key]), key).toEqual(expected);
		}
	});

	it('German is available apart from the interface language (CLI, Node output)', async () => {
		await loadLocale('en');
		setLocale('en');
		expect(german('dash.rank_of', { rank: 2, n: 9 })).toBe('2 von 9');
		expect(t('dash.rank_of', { rank: 2, n: 9 })).toBe('2 of 9');
	});
});

describe('language choice', () => {
	it.each([
		['en', null, 'en'],
		['de', 'en', 'de'],
		[null, 'en', 'en'],
		[null, null, 'de'],
		['fr', null, 'de'],
		['EN', 'en', 'en'],
		[null, 'garbage', 'de']
	] as const)('lang=%s, stored %s → %s', (param, stored, expected) => {
		expect(chosenLocale(param, stored)).toBe(expected);
	});

	it('sets lang in a query and keeps the other parameters in their order', () => {
		expect(withLocale('?authority=05334&period=2024&lang=de&peers=size', 'en')).toBe(
			'authority=05334&period=2024&lang=en&peers=size'
		);
		expect(withLocale('', 'de')).toBe('lang=de');
		expect(withLocale('?peers=custom%3ANord', 'en')).toBe('peers=custom%3ANord&lang=en');
	});
});
