/**
 * Finding „Mein Amt“ (issue 19): an editable combobox (WAI-ARIA APG, list autocomplete) that finds the
 * own authority by part of its name or key, with the keyboard alone or the mouse; in a pseudonymous
 * ring every other member is listed by key only, whatever was typed; the choice is remembered per
 * ring, also after a reload.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { visit } from './support/visit.ts';
import { axe } from './support/axe.ts';
import { demoReference } from './support/expected.ts';
import { packageFile, testRing } from './support/packages.ts';

const combobox = (page: Page) => page.getByRole('combobox', { name: 'Mein Amt' });
const options = (page: Page) => page.getByRole('listbox', { name: 'Gefundene Behörden' }).getByRole('option');

async function ready(page: Page, authority?: string): Promise<void> {
	const view = page.getByTestId('dashboard-view');
	if (authority) await expect(view).toHaveAttribute('data-state', new RegExp(`^${authority}\\|`));
	await expect(view).toHaveAttribute('aria-busy', 'false');
}

test('keyboard alone: type part of the name, arrow to it, Enter; Escape puts the choice back', async ({
	page
}) => {
	await page.goto('./?authority=01001&period=2024&peers=size');
	await ready(page, '01001');
	const box = combobox(page);
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(box).toHaveValue('Flensburg, Stadt (01001)');
	await box.focus();
	await page.keyboard.type('kiel');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	const listbox = page.getByRole('listbox', { name: 'Gefundene Behörden' });
	await expect(listbox.getByRole('option')).toHaveText(['01002']); // named only once chosen
	await expect(page.getByRole('status').filter({ hasText: '1 Treffer' })).toHaveCount(1);
	await page.keyboard.press('ArrowDown');
	const option = listbox.getByRole('option', { name: '01002' });
	await expect(option).toHaveAttribute('aria-selected', 'true');
	await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
	await expect(box).toBeFocused(); // focus stays in the field (aria-activedescendant)
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/authority=01002/);
	await ready(page, '01002');
	await expect(box).toHaveValue('Kiel, Landeshauptstadt (01002)');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(box).toBeFocused();

	// Part of a key; a single match is taken by Enter without arrowing to it.
	await page.keyboard.press('Control+a');
	await page.keyboard.type('0531');
	await expect(listbox.getByRole('option')).toHaveText(['05315']);
	await page.keyboard.press('Enter');
	await ready(page, '05315');
	await expect(box).toHaveValue('Köln, Stadt (05315)');

	// Escape: the list closes and the field shows the choice again; nothing changes. (After a choice the
	// field's text is selected: typing starts a new search.)
	await page.keyboard.type('xyz');
	await expect(page.getByRole('status').filter({ hasText: 'Keine Behörde passt zu „xyz“.' })).toHaveCount(1);
	await page.keyboard.press('Escape');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(box).toHaveValue('Köln, Stadt (05315)');
	await expect(page).toHaveURL(/authority=05315/);

	// ↑ opens at the last member, ↓ wraps to the first; Alt+↓ opens without choosing.
	await page.keyboard.press('ArrowUp');
	await expect(listbox.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowDown');
	await expect(listbox.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('Escape');
	await page.keyboard.press('Alt+ArrowDown');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await expect(box).not.toHaveAttribute('aria-activedescendant', /./);
	expect(await axe(page)).toEqual([]);
	// Tab leaves the field without choosing.
	await page.keyboard.press('Tab');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(page).toHaveURL(/authority=05315/);
});

test('the mouse: a click on a member chooses it', async ({ page }) => {
	await page.goto('./?authority=01001&period=2024&peers=size');
	await ready(page, '01001');
	await combobox(page).click();
	await combobox(page).fill('hannover');
	await options(page).filter({ hasText: '03241' }).click();
	await ready(page, '03241');
	await expect(combobox(page)).toHaveValue('Region Hannover (03241)');
});

test('pseudonymous ring: whatever is typed, other members are listed by key only — no name in the page', async ({
	page
}) => {
	const ref = await demoReference();
	expect(ref.ring.meta.disclosure).toBe('pseudonymous');
	const own = ref.ring.authorities.find((a) => a.authority_id === '01002')!;
	const others = ref.ring.authorities.filter((a) => a !== own && !own.name.includes(a.name));
	await page.goto('./?authority=01002&period=2024&peers=size');
	await ready(page, '01002');
	for (const query of ['München', 'stadt', '0']) {
		await combobox(page).fill(query);
		await expect(options(page).first()).toBeVisible();
		for (const text of await options(page).allInnerTexts())
			if (text.trim() !== `${own.name} (${own.authority_id})`) expect(text.trim()).toMatch(/^\d{5}$/);
		const html = await page.content();
		for (const other of others) expect(html, `„${other.name}“ for „${query}“`).not.toContain(other.name);
	}
	// München (city and district) are found by name, shown by key.
	await combobox(page).fill('münchen');
	await expect(options(page)).toHaveText(['09162', '09184']);
	await combobox(page).fill('Munchen');
	await expect(options(page)).toHaveText(['09162', '09184']);
});

test('the choice is remembered per ring: switching rings and reloading open each ring at its own', async ({
	page
}) => {
	await page.goto('./?authority=01001&period=2024&peers=size');
	await ready(page, '01001');
	await combobox(page).fill('kiel');
	await page.keyboard.press('Enter');
	await ready(page, '01002');

	// A second ring, opened from a package: choose its „Mein Amt“ there.
	const ring = testRing({ members: 12, periods: [2023, 2024], name: 'Zweitring', seed: 5 });
	const mine = ring.authorities[3]!;
	await visit(page, './ringe');
	await page.getByLabel('Ringpaket öffnen (.zip)').setInputFiles(packageFile(ring));
	await expect(page.getByTestId('ringbar')).toContainText('Zweitring');
	await page.getByRole('navigation').getByRole('link', { name: 'Übersicht' }).click();
	await ready(page);
	await combobox(page).fill(mine.authority_id);
	await page.keyboard.press('Enter');
	await ready(page, mine.authority_id);

	const rings = page.getByLabel('Vergleichsring', { exact: true });
	await rings.selectOption('demo');
	await ready(page, '01002');
	await expect(combobox(page)).toHaveValue('Kiel, Landeshauptstadt (01002)');
	await rings.selectOption({ label: 'Zweitring' });
	await ready(page, mine.authority_id);

	// After a reload (no memory in the page): the other ring still opens at its own.
	await page.goto('./');
	await ready(page, mine.authority_id);
	await rings.selectOption('demo');
	await ready(page, '01002');
});
