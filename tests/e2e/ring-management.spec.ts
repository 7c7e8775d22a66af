/**
 * Managing rings on „Ringe“ (issue 19), in the production build: a new empty ring, its members added,
 * changed and removed with German messages at the field for what the ring contract refuses, a ring
 * renamed — all there after a reload; a member with values is not removed; no two rings share a name:
 * a change saved on the demo ring makes a copy „… (eigene Kopie)“ and says so.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { packageFile, testRing } from './support/packages.ts';

const DEMO = 'Demo-Vergleichsring Ausländerbehörden';

async function openRingsPage(page: Page): Promise<void> {
	await page.goto('./ringe');
	await expect(page.locator('tr[data-ring-id="demo"]')).toBeVisible();
}

async function openMembers(page: Page): Promise<void> {
	const editor = page.getByTestId('member-editor');
	if ((await editor.getAttribute('open')) === null) await editor.locator('summary').click();
	await expect(page.getByRole('heading', { name: 'Mitglied hinzufügen' })).toBeVisible();
}

/** Fill the add form (the empty form after each member added) and submit it. */
async function addMember(page: Page, m: { id: string; name: string; kind: string; land: string }) {
	const form = page.locator('form.member-form').first();
	await form.getByLabel('Schlüssel', { exact: true }).fill(m.id);
	await form.getByLabel('Name', { exact: true }).fill(m.name);
	await form.getByLabel('Art', { exact: true }).selectOption({ label: m.kind });
	await form.getByLabel('Land', { exact: true }).selectOption({ label: m.land });
	await form.getByRole('button', { name: 'Hinzufügen' }).click();
}

const ringRow = (page: Page, name: string) =>
	page
		.locator('tr[data-ring-id]')
		.filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

test('a new empty ring: members added, changed and removed, the ring renamed — all there after a reload', async ({
	page
}) => {
	await openRingsPage(page);
	await page.getByLabel('Name des neuen Rings').fill('  Ring   Nord ');
	await page.getByRole('button', { name: 'Ring anlegen' }).click();
	await expect(page.getByTestId('create-status')).toHaveText('Ring „Ring Nord“ angelegt und geöffnet.');
	await expect(page.getByTestId('ringbar')).toContainText('Aktiver Ring: Ring Nord');
	await expect(page.getByTestId('ringbar')).toContainText('0 Mitglieder');

	// The same name again (any case, any spaces) is refused at the field; nothing is stored.
	await page.getByLabel('Name des neuen Rings').fill('ring nord');
	await page.getByRole('button', { name: 'Ring anlegen' }).click();
	await expect(page.locator('#new-ring-problem')).toHaveText(
		'Einen Ring „Ring Nord“ gibt es in diesem Browser schon. Bitte einen anderen Namen wählen.'
	);
	await expect(page.getByLabel('Name des neuen Rings')).toBeFocused();
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(2);

	// The dashboard of a ring without values says what to do instead of waiting.
	await page.getByRole('navigation').getByRole('link', { name: 'Übersicht' }).click();
	await expect(page.getByTestId('empty-ring')).toContainText('hat noch keine Werte');
	await page.getByTestId('empty-ring').getByRole('link', { name: 'Zu „Ringe“' }).click();
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(2);

	await openMembers(page);
	// A key without its leading zero: refused with the reason, the focus on the key, nothing stored.
	await addMember(page, {
		id: '1001',
		name: 'Flensburg, Stadt',
		kind: 'kreisfreie Stadt',
		land: 'Schleswig-Holstein (SH)'
	});
	const key = page.locator('#member-new-authority_id');
	await expect(page.locator('#member-new-authority_id-error')).toHaveText(
		'Der Schlüssel „1001“ hat 4 Ziffern; ein amtlicher Schlüssel hat 5 (Kreisschlüssel) oder 8 (Gemeindeschlüssel). Fehlt eine führende Null?'
	);
	await expect(key).toHaveAttribute('aria-invalid', 'true');
	await expect(key).toBeFocused();
	await expect(page.getByTestId('members-status')).toHaveText(
		'Nicht gespeichert – bitte die markierten Angaben korrigieren.'
	);
	await expect(page.getByTestId('ringbar')).toContainText('0 Mitglieder');
	await key.fill('01001');
	await page.locator('form.member-form').first().getByRole('button', { name: 'Hinzufügen' }).click();
	await expect(page.getByTestId('members-status')).toHaveText(
		'„Flensburg, Stadt“ (01001) ist jetzt Mitglied von „Ring Nord“.'
	);
	await expect(page.getByTestId('ringbar')).toContainText('1 Mitglieder');

	// A Land the key contradicts.
	await addMember(page, {
		id: '09162',
		name: 'München, Landeshauptstadt',
		kind: 'kreisfreie Stadt',
		land: 'Hessen (HE)'
	});
	await expect(page.locator('#member-new-state-error')).toHaveText(
		'Der Schlüssel 09162 gehört zu Bayern, gewählt ist Hessen. Bitte Land oder Schlüssel korrigieren.'
	);
	await page.locator('#member-new-state').selectOption({ label: 'Bayern (BY)' });
	await page.locator('form.member-form').first().getByRole('button', { name: 'Hinzufügen' }).click();
	await expect(page.getByTestId('members-status')).toContainText('(09162) ist jetzt Mitglied');
	// A key that is taken.
	await addMember(page, { id: '09162', name: 'Noch einmal', kind: 'Landkreis', land: 'Bayern (BY)' });
	await expect(page.locator('#member-new-authority_id-error')).toHaveText(
		'Den Schlüssel „09162“ hat schon ein Mitglied dieses Rings.'
	);
	await addMember(page, {
		id: '03241',
		name: 'Region Hannover',
		kind: 'Region / Stadtstaat',
		land: 'Niedersachsen (NI)'
	});
	await expect(page.getByTestId('ringbar')).toContainText('3 Mitglieder');

	// Change a member: name, kind and Land; the key stays.
	const hannover = page.locator('tr[data-member="03241"]');
	await hannover.getByRole('button', { name: 'Bearbeiten' }).click();
	await expect(page.locator('#member-edit-03241-name')).toBeFocused();
	await page.locator('#member-edit-03241-name').fill('Region Hannover (ABH)');
	await page.locator('#member-edit-03241-kind').selectOption({ label: 'Landkreis' });
	await page.getByRole('button', { name: 'Speichern', exact: true }).click();
	await expect(page.getByTestId('members-status')).toHaveText(
		'Mitglied 03241 gespeichert: „Region Hannover (ABH)“.'
	);
	await expect(hannover).toContainText('Region Hannover (ABH)');
	await expect(hannover).toContainText('Landkreis');
	await expect(hannover.getByRole('button', { name: 'Bearbeiten' })).toBeFocused();

	// Remove a member without values, after a confirmation.
	await page.locator('tr[data-member="09162"]').getByRole('button', { name: 'Entfernen' }).click();
	const dialog = page.getByRole('dialog', { name: 'Mitglied entfernen?' });
	await expect(dialog).toContainText('„München, Landeshauptstadt“ (09162)');
	await dialog.getByRole('button', { name: 'Abbrechen' }).click();
	await expect(page.locator('tr[data-member="09162"]')).toHaveCount(1);
	await page.locator('tr[data-member="09162"]').getByRole('button', { name: 'Entfernen' }).click();
	await dialog.getByRole('button', { name: 'Mitglied entfernen' }).click();
	await expect(page.getByTestId('members-status')).toHaveText('Mitglied 09162 aus „Ring Nord“ entfernt.');
	await expect(page.locator('tr[data-member="09162"]')).toHaveCount(0);

	// Rename: a taken name is refused, a free one stored.
	const row = ringRow(page, 'Ring Nord');
	await row.getByRole('button', { name: /Umbenennen/ }).click();
	const field = page.getByLabel('Neuer Name für „Ring Nord“');
	await expect(field).toBeFocused();
	await field.fill(DEMO.toUpperCase());
	await page.getByRole('button', { name: 'Namen speichern' }).click();
	await expect(page.getByText(`Einen Ring „${DEMO}“ gibt es in diesem Browser schon.`)).toBeVisible();
	// The refusal is worded where shown: the language switch rewords it in place, and back.
	await page.getByRole('list', { name: 'Sprache' }).getByRole('link', { name: 'English' }).click();
	await expect(page.getByText(`There is already a ring “${DEMO}” in this browser.`)).toBeVisible();
	await page.getByRole('list', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
	await expect(page.getByText(`Einen Ring „${DEMO}“ gibt es in diesem Browser schon.`)).toBeVisible();
	await field.fill('Ring Nord-Ost');
	await page.getByRole('button', { name: 'Namen speichern' }).click();
	await expect(page.getByTestId('rings-status')).toHaveText('Ring „Ring Nord“ heißt jetzt „Ring Nord-Ost“.');
	await expect(page.getByTestId('ringbar')).toContainText('Aktiver Ring: Ring Nord-Ost');

	await page.reload();
	await expect(ringRow(page, 'Ring Nord-Ost')).toHaveCount(1);
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(2);
	await expect(page.getByTestId('ringbar')).toContainText('Aktiver Ring: Ring Nord-Ost');
	await expect(page.getByTestId('ringbar')).toContainText('2 Mitglieder');
	await openMembers(page);
	await expect(page.locator('tr[data-member]')).toHaveCount(2);
	await expect(page.locator('tr[data-member="01001"]')).toContainText('Flensburg, Stadt');
	await expect(page.locator('tr[data-member="03241"]')).toContainText('Region Hannover (ABH)');
	await expect(page.locator('tr[data-member="03241"]')).toContainText('Landkreis');
});

test('a member with values is not removed: one German message, nothing changes', async ({ page }) => {
	await openRingsPage(page);
	await openMembers(page);
	await page.locator('tr[data-member="01002"]').getByRole('button', { name: 'Entfernen' }).click();
	await expect(page.getByTestId('members-status')).toHaveText(
		'Mitglied 01002 hat 168 Werte (2021–2024) und wird deshalb nicht entfernt: Die Werte sind Teil des Vergleichs, der Datenstände und der Befunde. Nur ein Mitglied ohne Werte lässt sich entfernen.'
	);
	await expect(page.getByRole('dialog')).toHaveCount(0);
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(1); // no copy of the demo either
	await expect(page.getByTestId('ringbar')).toContainText('48 Mitglieder');
});

test('a change saved on the demo goes to a copy „… (eigene Kopie)“, said so; no two rings share a name', async ({
	page
}) => {
	await openRingsPage(page);
	await openMembers(page);
	await addMember(page, { id: '09780', name: 'Oberallgäu', kind: 'Landkreis', land: 'Bayern (BY)' });
	const copy = `${DEMO} (eigene Kopie)`;
	await expect(page.getByTestId('app-notice')).toContainText(
		`Der Demo-Ring bleibt unverändert: Ihre Änderung wurde in einer Kopie gespeichert – im Ring „${copy}“, der jetzt geöffnet ist.`
	);
	await expect(page.getByTestId('ringbar')).toContainText(`Aktiver Ring: ${copy}`);
	await expect(page.getByTestId('ringbar')).toContainText('49 Mitglieder');
	await expect(page.getByTestId('members-status')).toContainText(`ist jetzt Mitglied von „${copy}“`);
	await expect(page.locator('tr[data-ring-id="demo"] td').first()).toHaveText('48');
	// The next change stays in the copy.
	await addMember(page, { id: '09777', name: 'Ostallgäu', kind: 'Landkreis', land: 'Bayern (BY)' });
	await expect(page.getByTestId('ringbar')).toContainText('50 Mitglieder');
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(2);

	// A peer group saved on the demo again: a second copy, numbered.
	await page
		.locator('tr[data-ring-id="demo"]')
		.getByRole('button', { name: /Öffnen/ })
		.click();
	await expect(page.getByTestId('ringbar').locator('.part').first()).toHaveText(`Aktiver Ring: ${DEMO}`);
	await page.goto('./?authority=01002&period=2024&peers=size');
	await expect(page.getByTestId('dashboard-view')).toHaveAttribute('aria-busy', 'false');
	await page.getByText('Eigene Vergleichsgruppe bilden').click();
	await page.getByLabel('Name der Gruppe').fill('Küste');
	await page.getByRole('checkbox', { name: '01001' }).check();
	await page.getByRole('button', { name: 'Gruppe speichern und anzeigen' }).click();
	await expect(page.getByTestId('app-notice')).toContainText(`„${DEMO} (eigene Kopie 2)“`);
	await expect(page.getByTestId('ringbar')).toContainText(`Aktiver Ring: ${DEMO} (eigene Kopie 2)`);

	// A package opened twice: the second ring is named apart, and the page says so.
	const file = packageFile(testRing({ members: 6, periods: [2024], name: 'Doppelt' }));
	await openRingsPage(page);
	await page.getByLabel('Ringpaket öffnen (.zip)').setInputFiles(file);
	await expect(page.getByTestId('rings-status')).toContainText('„Doppelt“ geöffnet und gespeichert');
	await page.getByLabel('Ringpaket öffnen (.zip)').setInputFiles(file);
	await expect(page.getByTestId('rings-status')).toContainText(
		'„Doppelt (eigene Kopie)“ geöffnet und gespeichert'
	);
	await expect(page.getByTestId('app-notice')).toContainText(
		'Einen Ring „Doppelt“ gibt es in diesem Browser schon; der neue Ring heißt „Doppelt (eigene Kopie)“.'
	);
	const names = await page.locator('tr[data-ring-id] th[scope="row"]').allInnerTexts();
	const bare = names.map((n) => n.replace(/\s*(Demo)?\s*(\(aktiv\))?$/, '').trim());
	expect(new Set(bare).size).toBe(bare.length);
	expect(bare).toHaveLength(5);
});
