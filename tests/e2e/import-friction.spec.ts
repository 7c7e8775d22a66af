/**
 * What a new user met on the import page in the first minutes (issue #19, "Import friction"): saving
 * a mapping as a profile must apply it, a wide file's preview must scroll inside its box (not make
 * the page thousands of pixels wide), a name column beside the key column is the authority's name,
 * and a file that is clearly no base-count export gets one message, with no guess preselected.
 */
import type { Locator, Page } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { expect, test } from './fixtures.ts';

const specs = loadCatalogue().base_counts;

async function openImport(page: Page): Promise<void> {
	await page.goto('./import');
	await expect(page.getByTestId('ringbar')).toBeVisible();
}

/** Opens a file card's mapping editor (a <details> that starts closed when nothing needs a decision). */
async function openMapping(card: Locator): Promise<void> {
	await card.locator('details.mapping > summary').click();
}

async function upload(page: Page, name: string, text: string): Promise<void> {
	await page
		.getByTestId('file-input')
		.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

test('"Als Profil speichern" applies the mapping it saves to the file at once', async ({ page }) => {
	await openImport(page);
	await upload(
		page,
		'vendor.csv',
		'Kreisschlüssel;Jahr;Anzahl eAT-Bestellungen;Anzahl Vorsprachen;Bemerkung\n08111;2023;5;6;geprüft\n'
	);
	const card = page.getByTestId('file-0');
	await expect(card.getByTestId('problems')).toContainText('Unbekannte Spalte „Anzahl Vorsprachen“');
	const mapping = card.getByTestId('mapping');
	await mapping.getByLabel('Bedeutung von „Anzahl eAT-Bestellungen“').selectOption('eat_orders');
	await mapping.getByLabel('Bedeutung von „Anzahl Vorsprachen“').selectOption('visits');
	await mapping.getByLabel('Bedeutung von „Bemerkung“').selectOption('ignore');
	// No "Zuordnung anwenden" first: saving is enough.
	await card.getByLabel('Name des Profils').fill('Fachverfahren X');
	await card.getByRole('button', { name: 'Als Profil speichern' }).click();
	await expect(page.getByTestId('import-status')).toContainText('Mapping-Profil „Fachverfahren X“');
	await expect(card.getByTestId('applied-profile')).toHaveText('Profil „Fachverfahren X“ angewendet');
	await expect(card.getByTestId('file-summary')).toHaveText('Importierbar: 2 Werte aus 1 Zeilen.');
	await expect(card.getByTestId('problems')).toHaveCount(0);
});

test("a wide file's preview scrolls inside its box; the page keeps its width", async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await openImport(page);
	// Every base count as a column, long header labels, and an invalid cell at the far right: its
	// message sits, visually hidden, in the last cell of the preview.
	const header = ['Gemeindeschlüssel', 'Jahr', ...specs.map((s) => `${s.label} (${s.id})`)];
	const row = ['01001', '2023', ...specs.map((_, i) => (i === specs.length - 1 ? 'kaputt' : String(i)))];
	await upload(page, 'breit.csv', `${header.join(';')}\n${row.join(';')}\n`);
	const card = page.getByTestId('file-0');
	await expect(card.getByTestId('problems')).toContainText('„kaputt“ ist keine Zahl');
	const preview = card.getByRole('region', { name: /Vorschau/ });
	await expect(preview.locator(`[data-cell="2:${header.length}"]`)).toHaveClass(/error/);
	const widths = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		viewport: document.documentElement.clientWidth
	}));
	expect(widths.page).toBeLessThanOrEqual(widths.viewport);
	const box = await preview.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
	expect(box.scroll).toBeGreaterThan(2 * box.client);
});

test('a name column beside the key column is the name, not a second key', async ({ page }) => {
	await openImport(page);
	await upload(page, 'namen.csv', 'AGS;Behörde;Jahr;visits\n01001;Stadt Flensburg;2023;5\n');
	const card = page.getByTestId('file-0');
	await expect(card.getByTestId('file-summary')).toHaveText('Importierbar: 1 Werte aus 1 Zeilen.');
	await openMapping(card);
	await expect(card.getByTestId('mapping').getByRole('row', { name: /^2 Behörde/ })).toContainText(
		'Name der Behörde – wird nicht importiert'
	);
});

test('a foreign file gets one message, and no weak guess is preselected', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await openImport(page);
	await upload(
		page,
		'adressen.csv',
		'Vorname;Straße;Kundenbefragung Rücklauf;Mitarbeiterbefragung 2019;Telefon Zentrale\nAnna;Hafenstr. 1;1;2;3\n'
	);
	const card = page.getByTestId('file-0');
	const problems = card.getByTestId('problems').locator('li');
	await expect(problems).toHaveCount(1);
	await expect(problems).toContainText('sieht nicht nach einem Export von Grundzahlen aus: 5 von 5 Spalten');
	const mapping = card.getByTestId('mapping');
	await expect(mapping).toBeHidden();
	await openMapping(card);
	for (const header of ['Kundenbefragung Rücklauf', 'Mitarbeiterbefragung 2019'])
		await expect(mapping.getByLabel(`Bedeutung von „${header}“`)).toHaveValue('');
	await expect(mapping.getByRole('row', { name: /Kundenbefragung Rücklauf/ })).toContainText(
		'nicht vorausgewählt'
	);
	// The open mapping (selects as wide as the longest base-count label) keeps the page's width too.
	const widths = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		document.documentElement.clientWidth
	]);
	expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
});
