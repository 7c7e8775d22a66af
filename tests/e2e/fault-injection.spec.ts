/**
 * Faults while a ring is being stored (issue #22): the quota runs out during the confirm, the tab is
 * closed in the middle of the save, the import's worker dies. Each must end with the stored ring
 * byte-identical to one of the two allowed states — as before, or exactly as confirmed — never a mix,
 * and with a German message where a page is left to show one. States are compared by a SHA-256 of the
 * stored record and its summary (support/stored.ts).
 */
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { packageFile, testRing } from './support/packages.ts';
import {
	checkImport,
	CONFIRM,
	follow,
	openPackage,
	storedRing,
	storedRings,
	twoValues
} from './support/stored.ts';

const RING = 'Fehlerring';

const ring = testRing({ members: 150, periods: [2020, 2021, 2022, 2023, 2024], name: RING, seed: 5 });
const own = ring.authorities[0]!.authority_id;
const pkg = packageFile(ring, 'fehlerring.zip');

/** The ring exactly as confirmed: the same steps to the end in a fresh profile. */
let confirmedHash: Promise<string> | undefined;
function confirmed(browser: Browser): Promise<string> {
	confirmedHash ??= (async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		await openPackage(page, pkg, RING);
		await checkImport(page, twoValues(own), RING);
		await page.getByRole('button', { name: CONFIRM }).click();
		await expect(page.getByTestId('import-status')).toContainText('Import gespeichert');
		const stored = await storedRing(page, RING);
		await context.close();
		return stored.hash;
	})();
	return confirmedHash;
}

test('the quota runs out during the confirm: the ring stays as before, and the page says so in German', async ({
	page,
	context
}) => {
	await openPackage(page, pkg, RING);
	const before = await storedRing(page, RING);
	const cdp = await context.newCDPSession(page);
	const origin = new URL(page.url()).origin;
	// Below what is stored already, so the confirm's write cannot fit. Chromium's IndexedDB lets writes
	// use the space it last found free for up to 30 s (BucketContext::kBucketSpaceCacheTimeLimit)
	// before it asks the quota again: that is waited out, while the import is read and checked (which
	// only reads the store).
	const WAIT = 31_000;
	test.setTimeout(test.info().timeout + WAIT); // at most the wait itself, not a slow machine
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
	const overridden = Date.now();
	await checkImport(page, twoValues(own), RING);
	await page.waitForTimeout(Math.max(0, WAIT - (Date.now() - overridden)));
	await page.getByRole('button', { name: CONFIRM }).click();
	const alert = page.getByRole('alert').filter({ hasText: 'Speicherproblem' });
	await expect(alert).toContainText('Der Speicherplatz, den der Browser dieser Seite zugesteht, ist voll.');
	await expect(alert).toContainText('der zuletzt gespeicherte Stand ist unverändert');
	await expect(page.getByTestId('import-status')).toHaveText(
		'Nicht dauerhaft gespeichert (Speicher nicht verfügbar); die Daten sind nur im Arbeitsspeicher geöffnet.'
	);
	await expect(page.getByTestId('ringbar')).toContainText('nur im Arbeitsspeicher');
	expect(await storedRing(page, RING)).toEqual(before);

	// With room again, the ring opens as it was before the confirm.
	await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	await page.reload();
	await expect(page.getByTestId('ringbar')).toContainText(RING);
	expect(await storedRing(page, RING)).toEqual(before);
});

/** Notes the ring's `put` and, when `hold`, keeps that transaction busy so it cannot commit yet. */
async function watchSave(page: Page, hold: boolean): Promise<void> {
	await page.evaluate((hold) => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
			const request = put.apply(this, args);
			if (this.name === 'rings') {
				(window as { ringPut?: boolean }).ringPut = true;
				const until = Date.now() + 20_000;
				const spin = () => {
					if (hold && Date.now() < until) this.count().onsuccess = spin;
				};
				spin();
			}
			return request;
		};
	}, hold);
}

for (const hold of [true, false])
	test(`the tab is closed in the middle of the save${hold ? ' (before its commit)' : ''}: before or as confirmed, nothing else`, async ({
		context,
		browser
	}) => {
		const page = await context.newPage();
		await openPackage(page, pkg, RING);
		const before = await storedRing(page, RING);
		await checkImport(page, twoValues(own), RING);
		await watchSave(page, hold);
		await page.getByRole('button', { name: CONFIRM }).click();
		await page.waitForFunction(() => (window as { ringPut?: boolean }).ringPut === true);
		await page.close({ runBeforeUnload: false });

		const again = await context.newPage();
		await again.goto('./ringe');
		await expect(again.locator('tr', { hasText: RING })).toHaveCount(1);
		const after = await storedRing(again, RING);
		if (hold) expect(after).toEqual(before);
		else expect([before.hash, await confirmed(browser)]).toContain(after.hash);
		// It is still the active ring, and opens in the state it is stored in.
		await follow(again, 'Übersicht');
		await expect(again.getByTestId('ringbar')).toContainText(RING);
		await expect(again.getByTestId('ringbar')).toContainText(`${ring.authorities.length} Mitglieder`);
	});

/** The import's workers die as a worker out of memory does: at the first sign of work, with an error event. */
async function workersDie(page: Page, on: 'parse' | 'open-ring'): Promise<void> {
	await page.addInitScript((on) => {
		const Real = window.Worker;
		window.Worker = class extends Real {
			override postMessage(message: unknown, transfer?: unknown): void {
				super.postMessage(message, transfer as Transferable[]);
				const request = message as { type?: string; source?: { zip?: unknown } } | null;
				// Only a package the user opens (the demo ring is opened from its files the same way).
				if (request?.type !== on || (on === 'open-ring' && !request.source?.zip)) return;
				const die = () => {
					this.terminate();
					this.onerror?.(Object.assign(new Event('error'), { message: '' }) as ErrorEvent);
				};
				if (on === 'open-ring') setTimeout(die, 0);
				else this.addEventListener('message', die, { once: true }); // its first progress report
			}
		};
	}, on);
}

test('the worker dies while a file is read for the import: nothing stored, a German message', async ({
	page
}) => {
	await workersDie(page, 'parse');
	await openPackage(page, pkg, RING);
	const before = await storedRing(page, RING);
	await follow(page, 'Import');
	await expect(page.getByTestId('ringbar')).toContainText(RING);
	const rows = ring.authorities.map((a) => `${a.authority_id},2025,population,${90_000}`).join('\n');
	const csv = `authority_id,period,count_id,value\n${rows}\n`;
	await page
		.getByTestId('file-input')
		.setInputFiles({ name: 'gross.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
	await expect(page.getByTestId('import-failure')).toHaveText(
		'Der Import ist abgebrochen (Speicher erschöpft?). Bitte die Datei verkleinern oder aufteilen.'
	);
	await expect(page.getByRole('button', { name: 'Ergebnis prüfen (Plausibilität)' })).toHaveCount(0);
	expect(await storedRing(page, RING)).toEqual(before);
});

test('the worker dies while a ring package is opened: no ring stored, a German message', async ({ page }) => {
	await workersDie(page, 'open-ring');
	await page.goto('./ringe');
	await expect(page.locator('tr[data-ring-id="demo"]')).toBeVisible();
	await page.getByLabel('Ringpaket öffnen (.zip)').setInputFiles(pkg);
	await expect(page.getByTestId('rings-status')).toHaveText(
		'Das hat nicht geklappt: Der Worker ist abgebrochen (Speicher erschöpft?). Bitte die Seite neu laden und es noch einmal versuchen.'
	);
	expect(await storedRings(page)).toEqual([]);
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(1);
});
