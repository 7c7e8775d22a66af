/**
 * The language in links and the switch (issue #20): `lang=en` links reproduce the view in English and the
 * app's links keep it; the switch remembers the choice, rewords the page in place (an import being read
 * stays) and `<html lang>` follows; numbers are written the English way; the Datenstand line, the releases
 * panel and the change list in English.
 */
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { formatUnit } from '../../src/lib/format/index.ts';
import { de } from '../../src/lib/i18n/messages.ts';
import { expect, test } from './fixtures.ts';
import { demoReference } from './support/expected.ts';
import { changedAfterRelease } from './support/packages.ts';
import {
	CATALOGUE_TEXTS,
	englishMessages,
	expectNoForeign,
	foreignTexts,
	ownWords
} from './support/foreign-text.ts';
import { CHANGED_RING, dashboardReady, importProblemFile, kpiViewReady } from './support/language-pages.ts';

const catalogue = loadCatalogue();

/** Words the same in either language (names, formulas, the user's file): left out before comparing. */
let names: string[] = [];
test.beforeAll(async () => {
	names = await ownWords();
});

test('a lang=en link reproduces the view in English, and the links on it keep the language', async ({
	page,
	browser
}) => {
	const ref = await demoReference();
	const own = ref.ring.authorities[2]!.authority_id;
	const kpi = catalogue.kpis.find((k) => k.id === 'cost_per_decision')!;
	const url = `./kpi/${kpi.id}?authority=${own}&period=2023&peers=kind&vs=avg_processing_days&lang=en`;
	await page.goto(url);
	await kpiViewReady(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(kpi.label_en!);
	// „Mein Amt“ is a search box: it shows the name and key, and holds the id.
	await expect(page.getByLabel('My authority', { exact: true })).toHaveAttribute('data-value', own);
	await expect(page.getByLabel('Peer group', { exact: true })).toHaveValue('kind');
	await expect(page.getByLabel('Second KPI (vertical axis)')).toHaveValue('avg_processing_days');
	// Numbers the English way: the own value as the formatter writes it for en-GB.
	const value = await ref.kpiValue(own, 2023, kpi.id);
	await expect(page.getByTestId('own-value')).toHaveText(formatUnit(value, 'EUR', { locale: 'en' }));
	expect(formatUnit(1234.5, 'EUR', { locale: 'en' })).toBe('€1,234.50');
	await expect(page).toHaveURL(/lang=en/);

	// A copied link opens in English in a browser that never chose a language …
	const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin });
	const other = await fresh.newPage();
	await other.goto(new URL(page.url()).pathname + new URL(page.url()).search);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(kpi.label_en!);
	// … and without `lang` in German.
	await other.goto(`/kpi/${kpi.id}`);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(kpi.label);
	await expect(other.locator('html')).toHaveAttribute('lang', 'de');
	await fresh.close();

	// The app's own links keep English: back to the overview, a KPI from there, the navigation.
	await page.getByRole('link', { name: 'Back to the overview' }).click();
	await expect(page).toHaveURL(new RegExp(`authority=${own}&period=2023&peers=kind.*lang=en`));
	await dashboardReady(page);
	await page.locator('tr[data-kpi="avg_processing_days"] a').click();
	await expect(page).toHaveURL(/\/kpi\/avg_processing_days\?.*lang=en/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		catalogue.kpis.find((k) => k.id === 'avg_processing_days')!.label_en!
	);
	await page
		.getByRole('navigation', { name: 'Main navigation' })
		.getByRole('link', { name: 'Rings' })
		.click();
	await expect(page).toHaveURL(/\/ringe\?lang=en/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparison rings in this browser');
});

test('the switch rewords the page in place, is remembered, and the link’s lang wins over it', async ({
	page
}) => {
	await importProblemFile(page, 'de');
	const problems = page.getByTestId('problems');
	await expect(problems).toContainText('Summenzeile „Summe“ wird nicht importiert.');
	const switcher = page.getByRole('list', { name: 'Sprache' });
	await switcher.getByRole('link', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveURL(/lang=en/);
	// The file read before the switch is still there, its problems in English now.
	await expect(problems).toContainText('Sum row “Summe” is not imported.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import data');
	await expect(
		page.getByRole('list', { name: 'Language' }).getByRole('link', { name: 'English' })
	).toHaveAttribute('aria-current', 'true');

	// Remembered: a page opened without `lang` is English …
	await page.goto('./ringe');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparison rings in this browser');
	// … unless its link says otherwise.
	await page.goto('./ringe?lang=de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vergleichsringe in diesem Browser');
	await page.goto('./ringe');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparison rings in this browser');
	await page.getByRole('list', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vergleichsringe in diesem Browser');
	await page.goto('./ringe');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('the Datenstand line, the releases panel and the change list in English', async ({ page }) => {
	test.setTimeout(180_000);
	const foreign = foreignTexts(de, await englishMessages(), CATALOGUE_TEXTS);
	const { file } = await changedAfterRelease(CHANGED_RING);
	await page.goto('./ringe?lang=en');
	await expect(page.locator('tr[data-ring-id="demo"]')).toBeVisible();
	await page.getByLabel('Open ring package (.zip)').setInputFiles(file);
	await expect(page.getByTestId('rings-status')).toContainText('opened and saved');
	const line = page.getByTestId('datenstand');
	await expect(line).toHaveText(/^changed since Data release Sitzung März of 12\/03\/2025 · [0-9a-f]{8}$/);
	await expect(page.getByTestId('releases-status')).toContainText('changed since Data release Sitzung März');
	const changes = page.getByTestId('changes');
	await expect(changes.locator('tbody tr')).toHaveCount(1);
	await expect(changes.locator('tbody th')).toHaveText(/^Authority [A-Z]+$/);
	await expectNoForeign(page, foreign, names, 'rings with a changed Datenstand (en)');
	// Freezing: refused without a name that fits, then done; the header follows.
	await page.getByLabel('Name of the new data release').fill('Nach Korrektur');
	await page.getByRole('button', { name: 'Freeze data release' }).click();
	await expect(page.getByTestId('releases-message')).toContainText(
		'Data release “Nach Korrektur” (2024-2) frozen'
	);
	await expect(line).toHaveText(/^Data release Nach Korrektur of \d\d\/\d\d\/\d{4} · [0-9a-f]{8}$/);
	await expect(page.getByTestId('changes-none')).toBeVisible();
	names.push('Nach Korrektur');
	await expectNoForeign(page, foreign, names, 'rings after freezing (en)');
	// The switch rewords what the panel said.
	await page.getByRole('list', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
	await expect(page.getByTestId('releases-message')).toContainText(
		'Datenstand „Nach Korrektur“ (2024-2) eingefroren'
	);
	await expect(line).toHaveText(/^Datenstand Nach Korrektur vom \d\d\.\d\d\.\d{4} · [0-9a-f]{8}$/);
});
