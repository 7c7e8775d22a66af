/**
 * Keeping rings safe and portable, in the real browser: IndexedDB persistence across reloads,
 * ring packages out and back in with identical results, atomic imports, and clear German messages
 * when storage is blocked or full.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import { expect, test } from './fixtures.ts';
import { visit } from './support/visit.ts';
import { newerVersionPackage, packageFile, testRing, unknownPartPackage } from './support/packages.ts';
import { valueCount } from '../../src/lib/ring/value-columns.ts';

const specs = loadCatalogue().base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));

async function openRingsPage(page: Page): Promise<void> {
	await page.goto('./ringe');
	await expect(page.locator('tr[data-ring-id="demo"]')).toBeVisible();
}

async function importPackage(page: Page, file: string): Promise<void> {
	await page.getByLabel('Ringpaket öffnen (.zip)').setInputFiles(file);
}

/** The ranking of one KPI over the whole ring as the KPI view shows it: every label with its value, in order. */
async function rankingOf(page: Page, authority: string, period: number): Promise<string[]> {
	await visit(page, `./kpi/cost_per_decision?authority=${authority}&period=${period}&peers=ring`);
	await expect(page.locator('[data-testid="kpi-view"][aria-busy="false"]')).toBeVisible();
	await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
	const bars = page.locator('[data-chart="ranking"] rect[aria-label]');
	return bars.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}

/**
 * A ring package put next to the app, as a moderator does on the intranet server: `build/<folder>/
 * verlinkt.zip`, a folder per test (tests run in parallel, each removes its folder when done).
 * Returns its path for `?package=` and the clean-up.
 */
function servePackage(folder: string): { link: string; remove: () => void } {
	const served = path.resolve('build', folder);
	mkdirSync(served, { recursive: true });
	copyFileSync(
		packageFile(testRing({ members: 12, periods: [2024], name: 'Verlinkt' })),
		path.join(served, 'verlinkt.zip')
	);
	return { link: `${folder}/verlinkt.zip`, remove: () => rmSync(served, { recursive: true, force: true }) };
}

/** The overview has loaded its figures. */
async function overviewReady(page: Page): Promise<void> {
	await expect(page.locator('[data-testid="dashboard-view"][aria-busy="false"]')).toBeVisible();
	await expect(page.locator('tr[data-kpi] td[data-col="own"]').first()).toBeVisible();
}

test('an imported ring package is stored and still there after a reload', async ({ page }) => {
	const ring = testRing({ members: 30, periods: [2023, 2024], name: 'Testring Nord' });
	await openRingsPage(page);
	await importPackage(page, packageFile(ring));
	await expect(page.getByTestId('rings-status')).toContainText('Testring Nord');
	await expect(page.getByTestId('ringbar')).toContainText('Testring Nord');
	await page.reload();
	await expect(page.getByTestId('ringbar')).toContainText('Testring Nord');
	await expect(page.getByTestId('ringbar')).toContainText('30 Mitglieder');
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(2);
});

test('export, clear storage, import the package again: identical KPIs and pseudonyms', async ({ page }) => {
	const ring = testRing({ members: 25, periods: [2022, 2023, 2024], name: 'Rundreise', seed: 11 });
	await openRingsPage(page);
	await importPackage(page, packageFile(ring));
	await expect(page.getByTestId('ringbar')).toContainText('Rundreise');
	const own = ring.authorities[2]!.authority_id;
	const before = await rankingOf(page, own, 2024);
	expect(before.length).toBeGreaterThan(20);

	await visit(page, './ringe');
	const row = page.locator('tr', { hasText: 'Rundreise' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		row.getByRole('button', { name: /Ringpaket exportieren/ }).click()
	]);
	const exported = readFileSync((await download.path())!);
	const reopened = await openRingZip(new Uint8Array(exported), specs);
	expect(reopened.data && valueCount(reopened.data.ring.values)).toBe(valueCount(ring.values));
	// Zipped in the page's worker: the same bytes as the CLI's export of the same ring.
	expect(new Uint8Array(exported)).toEqual(exportRingZip(reopened.data!));

	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.deleteDatabase('vergleichsring');
				request.onsuccess = () => resolve();
				request.onerror = () => reject(request.error);
				request.onblocked = () => resolve();
			})
	);
	await page.goto('./ringe');
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(1); // only the demo is back
	await importPackage(page, (await download.path())!);
	await expect(page.getByTestId('ringbar')).toContainText('Rundreise');
	expect(await rankingOf(page, own, 2024)).toEqual(before);
});

test('an import interrupted by closing the page leaves no partial ring', async ({ context }) => {
	const ring = testRing({ members: 400, periods: [2021, 2022, 2023, 2024], name: 'Abbruch' });
	const file = packageFile(ring);
	const page = await context.newPage();
	await openRingsPage(page);
	await importPackage(page, file);
	await page.waitForTimeout(150); // somewhere inside reading or writing
	await page.close({ runBeforeUnload: false });

	const again = await context.newPage();
	await openRingsPage(again);
	const row = again.locator('tr', { hasText: 'Abbruch' });
	if ((await row.count()) === 1) {
		// The write finished before the close: then it is complete, never partial.
		await row.getByRole('button', { name: /Öffnen/ }).click();
		await expect(again.getByTestId('ringbar')).toContainText('400 Mitglieder');
		const count = await again.evaluate(async () => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const r = indexedDB.open('vergleichsring');
				r.onsuccess = () => resolve(r.result);
				r.onerror = () => reject(r.error);
			});
			const all = await new Promise<{ data: { ring: { values: { value: Float64Array } } } }[]>((resolve) => {
				const r = db.transaction('rings').objectStore('rings').getAll();
				r.onsuccess = () => resolve(r.result);
			});
			return all.map((r) => r.data.ring.values.value.length);
		});
		expect(count).toContain(valueCount(ring.values));
	} else {
		await expect(row).toHaveCount(0);
	}
});

test('a package of a newer format version is refused with a clear message and nothing is stored', async ({
	page
}) => {
	await openRingsPage(page);
	await importPackage(page, newerVersionPackage());
	await expect(page.getByTestId('rings-status')).toContainText('wurde nicht geöffnet');
	await expect(page.getByTestId('package-problems')).toContainText('format_version 3');
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(1);
});

for (const kind of ['key', 'file'] as const)
	test(`a format-2 package with an unknown ${kind === 'key' ? 'ring.json key' : 'file'} is refused, naming it, and nothing is stored`, async ({
		page
	}) => {
		const ring = testRing({ members: 12, periods: [2024], name: 'Unbekannt' });
		await openRingsPage(page);
		await importPackage(page, unknownPartPackage(kind, ring));
		await expect(page.getByTestId('rings-status')).toContainText('wurde nicht geöffnet');
		await expect(page.getByTestId('package-problems')).toContainText(
			kind === 'key'
				? 'ring.json:1:1: ring.json: Schlüssel „agendas“ gibt es in format_version 2 nicht'
				: 'agendas/sitzung-1.json:1:1: Datei „agendas/sitzung-1.json“ gibt es in format_version 2 nicht'
		);
		await expect(page.locator('tr[data-ring-id]')).toHaveCount(1);
		await page.reload();
		await expect(page.locator('tr[data-ring-id]')).toHaveCount(1);
	});

test('blocked storage: German message, the demo still works in memory, data offered as download', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException('Speicher gesperrt', 'SecurityError');
			}
		});
	});
	await page.goto('./');
	await overviewReady(page);
	const alert = page.getByRole('alert');
	await expect(alert).toBeVisible();
	await expect(page.getByTestId('ringbar')).toContainText('nur im Arbeitsspeicher');
	const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button').click()]);
	expect(download.suggestedFilename()).toMatch(/\.zip$/);
});

test('a full quota: German message, the previous state kept, the new ring offered as download', async ({
	page
}) => {
	await openRingsPage(page);
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if (this.name === 'rings') throw new DOMException('voll', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	await importPackage(page, packageFile(testRing({ members: 10, periods: [2024], name: 'Zu groß' })));
	const alert = page.getByRole('alert');
	await expect(alert).toContainText(/Speicher/);
	await expect(page.getByTestId('ringbar')).toContainText('nur im Arbeitsspeicher');
	await page.reload();
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(1);
	await expect(page.locator('tr', { hasText: 'Zu groß' })).toHaveCount(0);
});

test('delete asks for confirmation; the demo can be restored but not deleted', async ({ page }) => {
	await openRingsPage(page);
	await importPackage(page, packageFile(testRing({ members: 8, periods: [2024], name: 'Wegwerf' })));
	await expect(page.locator('tr', { hasText: 'Wegwerf' })).toBeVisible();
	await expect(page.locator('tr[data-ring-id="demo"]').getByRole('button', { name: /Löschen/ })).toHaveCount(
		0
	);
	await page
		.locator('tr', { hasText: 'Wegwerf' })
		.getByRole('button', { name: /Löschen/ })
		.click();
	const dialog = page.getByRole('dialog', { name: 'Ring löschen?' });
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Abbrechen' }).click();
	await expect(page.locator('tr', { hasText: 'Wegwerf' })).toBeVisible();
	await page
		.locator('tr', { hasText: 'Wegwerf' })
		.getByRole('button', { name: /Löschen/ })
		.click();
	await dialog.getByRole('button', { name: 'Endgültig löschen' }).click();
	await expect(page.locator('tr', { hasText: 'Wegwerf' })).toHaveCount(0);
	await expect(page.getByTestId('ringbar')).toContainText('Demo');
	await page
		.locator('tr[data-ring-id="demo"]')
		.getByRole('button', { name: 'Demo-Ring wiederherstellen' })
		.click();
	await expect(page.getByTestId('rings-status')).toContainText('wiederhergestellt');
});

test('?package= opens a ring package from the own server in memory; it can then be saved', async ({
	page
}) => {
	const served = servePackage('test-packages');
	try {
		await page.goto(`./?package=${served.link}`);
		await expect(page.getByTestId('ringbar')).toContainText('Verlinkt');
		await expect(page.getByTestId('ringbar')).toContainText('nur im Arbeitsspeicher');
		await overviewReady(page);
		await page.getByRole('navigation').getByRole('link', { name: 'Ringe' }).click();
		await expect(page.locator('tr', { hasText: 'Verlinkt' })).toHaveCount(0); // not stored yet
		await page.getByTestId('unsaved').getByRole('button', { name: 'Im Browser speichern' }).click();
		await expect(page.locator('tr', { hasText: 'Verlinkt' })).toBeVisible();
		await page.goto('./ringe');
		await expect(page.locator('tr', { hasText: 'Verlinkt' })).toBeVisible();
	} finally {
		served.remove();
	}
});

test('a ?package= ring stays in the links between the dashboard views, so a reload shows the same ring', async ({
	page
}) => {
	const served = servePackage('test-packages-links');
	const kept = /[?&]package=test-packages-links%2Fverlinkt\.zip(&|$)/;
	try {
		await page.goto(`./?package=${served.link}`);
		await overviewReady(page);
		await expect(page.locator('tr[data-kpi="cost_per_decision"] a')).toHaveAttribute('href', kept);
		await page.locator('tr[data-kpi="cost_per_decision"] a').click();
		await expect(page).toHaveURL(/\/kpi\/cost_per_decision\?/);
		await expect(page).toHaveURL(kept);
		// The KPI picker and the way back keep it too.
		await page.getByLabel('Kennzahl', { exact: true }).selectOption('avg_processing_days');
		await expect(page).toHaveURL(/\/kpi\/avg_processing_days\?/);
		await expect(page).toHaveURL(kept);
		await expect(page.getByRole('link', { name: 'Zurück zur Übersicht' })).toHaveAttribute('href', kept);
		await page.reload();
		await expect(page.getByTestId('ringbar')).toContainText('Verlinkt');
		await expect(page.locator('[data-testid="kpi-view"][aria-busy="false"]')).toBeVisible();
		await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
	} finally {
		served.remove();
	}
});

test('?package= refuses what it cannot load, with a message', async ({ page }) => {
	await page.goto('./?package=test-packages/gibt-es-nicht.zip');
	await expect(page.getByRole('main')).toContainText('nicht ladbar');
	// The ring bar no longer says a ring is loading.
	await expect(page.getByTestId('ring-not-loaded')).toHaveText('Kein Ring geladen');
});
