/**
 * Ring packages, the Excel template and the Excel downloads of the dashboard's tables are zipped in the
 * import worker. When that worker dies (out of
 * memory), the user must be told in German where the download was asked for — on the rings page, in
 * the storage-problem banner (the rescue download, when storing has failed already) and at the
 * template — and nothing may end as an uncaught error (the guard fixture fails the test on one).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Every import worker dies when asked to zip or write a workbook, as a worker out of memory does (an
 * error event, no reply).
 */
async function zipWorkerDies(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const Real = window.Worker;
		window.Worker = class extends Real {
			override postMessage(message: unknown, transfer?: unknown): void {
				const type = (message as { type?: string } | null)?.type;
				if (type === 'zip' || type === 'xlsx') {
					setTimeout(
						() => this.onerror?.(Object.assign(new Event('error'), { message: '' }) as ErrorEvent),
						0
					);
					return;
				}
				super.postMessage(message, transfer as Transferable[]);
			}
		};
	});
}

const DIED = 'Der Worker ist abgebrochen (Speicher erschöpft?).';

test('rings page: a failed ring package export is reported, and the page keeps working', async ({ page }) => {
	await zipWorkerDies(page);
	await page.goto('./ringe');
	const demo = page.locator('tr[data-ring-id="demo"]');
	await expect(demo).toBeVisible();
	await demo.getByRole('button', { name: /Ringpaket exportieren/ }).click();
	const status = page.getByTestId('rings-status');
	await expect(status).toHaveText(
		`Das hat nicht geklappt: ${DIED} Bitte die Seite neu laden und es noch einmal versuchen.`
	);
	// Not stuck: the buttons are usable again.
	await expect(demo.getByRole('button', { name: /Ringpaket exportieren/ })).toBeEnabled();
});

test('storage blocked and the rescue download failing: both are said', async ({ page }) => {
	await zipWorkerDies(page);
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', {
			get() {
				throw new DOMException('Speicher gesperrt', 'SecurityError');
			}
		});
	});
	await page.goto('./');
	const alert = page.getByRole('alert');
	await expect(alert).toBeVisible();
	await alert.getByRole('button', { name: 'Daten als Ringpaket herunterladen' }).click();
	await expect(page.getByTestId('rescue-failure')).toContainText(
		`Das Ringpaket konnte nicht erzeugt werden: ${DIED}`
	);
});

test('import page: a failed Excel template is reported; the CSV template still downloads', async ({
	page
}) => {
	await zipWorkerDies(page);
	await page.goto('./import');
	await expect(page.getByTestId('ringbar')).toBeVisible();
	await page.getByText('Vorlage für die Behörden herunterladen').click();
	await page.getByRole('button', { name: 'Vorlage als Excel (.xlsx)' }).click();
	await expect(page.getByTestId('template-status')).toHaveText(
		`Die Excel-Vorlage konnte nicht erzeugt werden: ${DIED} Die CSV-Vorlage geht auch.`
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Vorlage als CSV' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.csv$/);
});

test('dashboard: a failed Excel download is said beside its button; the CSV still downloads', async ({
	page
}) => {
	await zipWorkerDies(page);
	await page.goto('./');
	await expect(page.locator('[data-testid="dashboard-view"][aria-busy="false"]')).toBeVisible({
		timeout: 60_000
	});
	await page.locator('[data-download="overview-xlsx"]').click();
	await expect(page.getByTestId('overview-download-status')).toHaveText(
		`Herunterladen fehlgeschlagen: ${DIED}`
	);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-download="overview-csv"]').click()
	]);
	expect(download.suggestedFilename()).toMatch(/\.csv$/);
});
