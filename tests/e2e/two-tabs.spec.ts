/**
 * Two tabs, one ring (issue #22): the reproduction of the lost update and its variants, in two pages of
 * one browser context (one IndexedDB, as two tabs of one user). Tab 1 confirms an import (the ring goes
 * from 8,060 values and 4 periods to 8,062 values and 5 periods); tab 2, opened before, saves a custom
 * peer group. Before the fix, the stored ring was back to 8,060 values afterwards. Now the import is
 * never lost: tab 2 learns of it at once and shows it, or — when it was not told (no BroadcastChannel,
 * no storage events) — its save is refused, reloaded and its group reapplied to the new ring. An
 * import checked before another tab's save is not stored over it; the user re-checks or discards. A
 * finding status set on /moderation in a tab that was not told of another tab's save goes on top of it;
 * a Datenstand frozen there after another tab's import is not created (it would freeze values the user
 * never saw), and the page says so.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axe } from './support/axe.ts';
import { demoReference } from './support/expected.ts';
import {
	checkImport,
	CONFIRM,
	demoPackage,
	follow,
	openPackage,
	storedRing,
	twoValues
} from './support/stored.ts';

const RING = 'Ring Nord';

/** A tab that hears nothing from other tabs: no BroadcastChannel, and `storage` events swallowed. */
async function deaf(page: Page): Promise<void> {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
		window.addEventListener('storage', (event) => event.stopImmediatePropagation(), true);
	});
}

/** Every tab of the context without BroadcastChannel: the notes go over `storage` events. */
async function withoutBroadcast(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => Object.defineProperty(window, 'BroadcastChannel', { value: undefined }));
}

async function dashboard(page: Page, own: string): Promise<void> {
	await page.goto(`./?authority=${own}&period=2024`);
	await expect(page.getByTestId('ringbar')).toContainText(RING);
	const view = page.getByTestId('dashboard-view');
	await expect(view).toHaveAttribute('data-state', `${own}|2024|size`);
	await expect(view).toHaveAttribute('aria-busy', 'false');
}

async function saveGroup(page: Page, members: string[]): Promise<void> {
	await page.getByText('Eigene Vergleichsgruppe bilden').click();
	await page.getByLabel('Name der Gruppe').fill('Nord');
	for (const m of members) await page.getByRole('checkbox', { name: m }).check();
	await page.getByRole('button', { name: 'Gruppe speichern und anzeigen' }).click();
	await expect(page.getByText('Gruppe „Nord“ gespeichert.')).toBeVisible();
}

async function setUp(context: BrowserContext, tab2: (page: Page) => Promise<void> = async () => undefined) {
	const ref = await demoReference();
	const [own, a, b] = ref.ring.authorities.map((x) => x.authority_id) as [string, string, string];
	const one = await context.newPage();
	await openPackage(one, demoPackage(RING, ref.ring), RING);
	const before = await storedRing(one, RING);
	expect(before).toMatchObject({ values: 8060, periods: [2021, 2022, 2023, 2024], revision: 1 });
	const two = await context.newPage();
	await tab2(two);
	await dashboard(two, own);
	return { one, two, own, members: [a, b] };
}

const imported = { values: 8062, periods: [2021, 2022, 2023, 2024, 2025] };

test('reproduction: tab 2 was not told of the import; its group is reapplied on the new ring, the import kept', async ({
	context
}) => {
	const { one, two, own, members } = await setUp(context, deaf);
	await checkImport(one, twoValues(own), RING);
	await one.getByRole('button', { name: CONFIRM }).click();
	await expect(one.getByTestId('import-status')).toContainText('Import gespeichert: 2 neue');
	expect(await storedRing(one, RING)).toMatchObject({ ...imported, revision: 2 });

	await saveGroup(two, members);
	await expect(two.getByTestId('app-notice')).toHaveText(
		/^Der Ring „Ring Nord“ war inzwischen in einem anderen Tab geändert worden; Ihre Änderung wurde auf diesen Stand angewandt und gespeichert\./
	);
	expect(await storedRing(two, RING)).toMatchObject({ ...imported, groups: ['Nord'], revision: 3 });
	// Tab 2 now shows the ring with the import: its period picker has 2025.
	await expect(two.getByLabel('Erhebungsjahr').locator('option[value="2025"]')).toHaveCount(1);
});

for (const channel of ['BroadcastChannel', 'storage events'] as const)
	test(`tab 2 is told of the import at once (${channel}) and shows it; its group then goes on top`, async ({
		context
	}) => {
		if (channel === 'storage events') await withoutBroadcast(context);
		const { one, two, own, members } = await setUp(context);
		await checkImport(one, twoValues(own), RING);
		await one.getByRole('button', { name: CONFIRM }).click();
		await expect(one.getByTestId('import-status')).toContainText('Import gespeichert');
		await expect(two.getByTestId('app-notice')).toHaveText(
			/^Der Ring „Ring Nord“ wurde in einem anderen Tab geändert; angezeigt wird jetzt der gespeicherte Stand\./
		);
		await expect(two.getByLabel('Erhebungsjahr').locator('option[value="2025"]')).toHaveCount(1);
		if (channel === 'BroadcastChannel') expect(await axe(two)).toEqual([]);
		await two.getByRole('button', { name: 'Hinweis schließen' }).click();
		await expect(two.getByTestId('app-notice')).toHaveCount(0);
		await saveGroup(two, members);
		await expect(two.getByTestId('app-notice')).toHaveCount(0); // nothing to resolve: it was current
		expect(await storedRing(two, RING)).toMatchObject({ ...imported, groups: ['Nord'], revision: 3 });
	});

test('an import checked before tab 2 saved a group is not stored over it: re-checked, then confirmed', async ({
	context
}) => {
	const { one, two, own, members } = await setUp(context);
	await checkImport(one, twoValues(own), RING);
	await saveGroup(two, members);
	expect(await storedRing(two, RING)).toMatchObject({ values: 8060, groups: ['Nord'], revision: 2 });
	// Tab 1 was told: its checked result is stale, confirming is not offered.
	const stale = one.getByTestId('import-stale');
	await expect(stale).toContainText('Der Ring wurde nach dieser Prüfung in einem anderen Tab geändert.');
	await expect(one.getByRole('button', { name: CONFIRM })).toHaveCount(0);
	expect(await axe(one)).toEqual([]);
	await stale.getByRole('button', { name: 'Gegen den aktuellen Ring neu prüfen' }).click();
	await expect(one.getByTestId('findings')).toContainText('Nach Bestätigung: 2 Werte neu');
	await one.getByRole('button', { name: CONFIRM }).click();
	await expect(one.getByTestId('import-status')).toContainText('Import gespeichert');
	expect(await storedRing(one, RING)).toMatchObject({ ...imported, groups: ['Nord'], revision: 3 });
});

test('a tab that was not told: its confirm is refused, the choice offered, and discarding keeps the other save', async ({
	context
}) => {
	const ref = await demoReference();
	const own = ref.ring.authorities[0]!.authority_id;
	const one = await context.newPage();
	await deaf(one);
	await openPackage(one, demoPackage(RING, ref.ring), RING);
	await checkImport(one, twoValues(own), RING);
	const two = await context.newPage();
	await dashboard(two, own);
	await saveGroup(two, [ref.ring.authorities[1]!.authority_id]);
	const afterGroup = await storedRing(two, RING);
	expect(afterGroup).toMatchObject({ values: 8060, groups: ['Nord'], revision: 2 });

	await one.getByRole('button', { name: CONFIRM }).click();
	const stale = one.getByTestId('import-stale');
	await expect(stale).toBeVisible();
	expect(await storedRing(one, RING)).toEqual(afterGroup); // refused: not a byte changed
	await stale.getByRole('button', { name: 'Import verwerfen' }).click();
	await expect(one.getByTestId('import-status')).toHaveText(
		'Import verworfen; der gespeicherte Ring ist unverändert.'
	);
	expect(await storedRing(one, RING)).toEqual(afterGroup);
	// Tab 1 shows the ring as stored (with the group), not its old copy.
	await one.goto('./?peers=custom%3ANord');
	await expect(one.getByLabel('Vergleichsgruppe', { exact: true })).toHaveValue('custom:Nord');
});

test('a ring deleted in another tab stays open here, in memory, and says so', async ({ context }) => {
	const { one, two } = await setUp(context);
	await follow(one, 'Ringe');
	await one
		.locator('tr', { hasText: RING })
		.getByRole('button', { name: /Löschen/ })
		.click();
	await one.getByRole('button', { name: 'Endgültig löschen' }).click();
	await expect(two.getByTestId('app-notice')).toContainText(
		'Der Ring „Ring Nord“ wurde in einem anderen Tab gelöscht und ist hier nur noch im Arbeitsspeicher'
	);
	await expect(two.getByTestId('ringbar')).toContainText('nur im Arbeitsspeicher');
});

test('a finding status set in a tab that was not told of another tab’s save: set on top of it, both kept', async ({
	context
}) => {
	const { one, two, members } = await setUp(context, deaf);
	await follow(two, 'Moderation');
	const bench = two.getByTestId('workbench');
	await expect(bench).toBeVisible();
	// Tab 1 saves a group meanwhile; tab 2 hears nothing of it.
	const own = (await demoReference()).ring.authorities[0]!.authority_id;
	await dashboard(one, own);
	await saveGroup(one, members);
	expect(await storedRing(one, RING)).toMatchObject({ groups: ['Nord'], statuses: [], revision: 2 });

	const row = bench.locator('tbody tr').first();
	const key = (await row.getAttribute('data-key'))!;
	await row.getByRole('button', { name: 'Status bearbeiten' }).click();
	await row.locator('form select').selectOption('bestaetigt');
	await row.getByRole('button', { name: 'Status speichern' }).click();
	await expect(two.getByRole('status').filter({ hasText: 'Status gespeichert.' })).toBeVisible();
	await expect(two.getByTestId('app-notice')).toContainText(
		'Ihre Änderung wurde auf diesen Stand angewandt und gespeichert.'
	);
	const [authority, , rule] = key.split(',');
	expect(await storedRing(two, RING)).toMatchObject({
		values: 8060,
		groups: ['Nord'],
		statuses: [`${authority} ${rule} bestaetigt`],
		revision: 3
	});
	await expect(
		two.locator(`[data-testid="workbench"] tr[data-key="${key}"]`).getByTestId('status')
	).toHaveText('bestätigt');
});

test('a Datenstand frozen in a tab not told of another tab’s import is not created, and the page says why', async ({
	context
}) => {
	const { one, two, own } = await setUp(context, deaf);
	await follow(two, 'Ringe');
	await expect(two.getByTestId('releases-status')).toBeVisible();
	await checkImport(one, twoValues(own), RING);
	await one.getByRole('button', { name: CONFIRM }).click();
	await expect(one.getByTestId('import-status')).toContainText('Import gespeichert');
	const afterImport = await storedRing(one, RING);
	expect(afterImport).toMatchObject({ ...imported, releases: [], revision: 2 });

	await two.getByLabel('Name des neuen Datenstands').fill('Frühjahr');
	await two.getByRole('button', { name: 'Datenstand einfrieren' }).click();
	await expect(two.getByTestId('releases-message')).toHaveText(
		'Der Datenstand wurde nicht angelegt; der Hinweis oben sagt, warum.'
	);
	await expect(two.getByTestId('app-notice')).toContainText(
		'Der Ring „Ring Nord“ wurde in einem anderen Tab geändert: Seine Mitglieder oder Werte sind nicht mehr die eingefrorenen'
	);
	expect(await storedRing(two, RING)).toEqual(afterImport); // not a byte changed
	// The tab shows the ring as stored now: freezing again creates the Datenstand of these values.
	await two.getByRole('button', { name: 'Datenstand einfrieren' }).click();
	await expect(two.getByTestId('releases-message')).toContainText('Datenstand „Frühjahr“');
	expect(await storedRing(two, RING)).toMatchObject({ ...imported, releases: ['2025-1'], revision: 3 });
});
