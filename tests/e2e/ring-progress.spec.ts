/**
 * Opening a large ring says how far it has got (issue 21): a ring of 550 members × 10 years from a
 * `?package=` link and from „Ringpaket öffnen“ — a second or more on a slow office PC — and a bar
 * with the step's name shows from 300 ms on, in the page's language, and goes once the ring is open
 * (the reading worker is held back until the bar shows: a fast machine reads the ring in less).
 * Stored, it is read again after a reload quicker than that, before DuckDB has started. The package is served from the app's own origin (the page's request is
 * answered by the test), as a moderator's link on the intranet would be.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { packageFile, testRing } from './support/packages.ts';

const ring = testRing({
	members: 550,
	periods: [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024],
	name: 'Großer Ring',
	seed: 21
});
const file = packageFile(ring, 'grosser-ring.zip');
const zip = readFileSync(file);

/** Serve the package at /e2e/grosser-ring.zip of the app's own origin. */
async function serve(page: Page): Promise<string> {
	await page.route('**/e2e/grosser-ring.zip', (route) =>
		route.fulfill({ body: zip, contentType: 'application/zip' })
	);
	return './?package=%2Fe2e%2Fgrosser-ring.zip';
}

const progress = (page: Page) => page.getByTestId('ring-progress');

/**
 * Holds back the workers that read ring packages (a fresh one per read, worker-client.ts) until
 * `release()`: the bar shows once the read has taken 300 ms, and a fast machine reads a 550 × 10
 * package in less — the test would then race it.
 */
async function holdReader(page: Page): Promise<() => void> {
	let release!: () => void;
	const released = new Promise<void>((r) => (release = r));
	await page.route('**/workers/import-worker-*.js', async (route) => {
		await released;
		await route.fallback();
	});
	return release;
}

test('a ?package= link shows the progress of reading and loading, then the ring', async ({ page }) => {
	const url = await serve(page);
	const release = await holdReader(page);
	await page.goto(url);
	await expect(progress(page)).toBeVisible();
	await expect(progress(page)).toContainText('Ringpaket wird gelesen');
	await expect(progress(page).locator('progress')).toHaveAttribute('max', '1');
	release();
	await expect(page.getByTestId('ringbar')).toContainText('Großer Ring');
	await expect(progress(page)).toHaveCount(0);
});

test('in English too', async ({ page }) => {
	const url = await serve(page);
	const release = await holdReader(page);
	await page.goto(`${url}&lang=en`);
	await expect(progress(page)).toContainText('Reading the ring package');
	release();
	await expect(page.getByTestId('ringbar')).toContainText('Großer Ring');
	await expect(progress(page)).toHaveCount(0);
});

test('„Ringpaket öffnen“ shows it; at the next start the stored ring is shown without waiting for DuckDB', async ({
	page
}) => {
	await page.goto('./ringe');
	await expect(page.locator('tr[data-ring-id="demo"]')).toBeVisible();
	const reader = await holdReader(page); // each read has a worker of its own: this one's
	await page.getByLabel('Ringpaket öffnen (.zip)').setInputFiles(file);
	await expect(progress(page)).toBeVisible();
	reader();
	await expect(page.getByTestId('rings-status')).toContainText('Großer Ring');
	await expect(progress(page)).toHaveCount(0);
	// Read again at the next start, the stored ring is shown from memory (engine.ts) in well under the
	// 300 ms the bar waits for — here with DuckDB's WASM held back, so it cannot be waiting for DuckDB.
	let release!: () => void;
	const released = new Promise<void>((r) => (release = r));
	await page.route('**/*.wasm', async (route) => {
		await released;
		await route.fallback();
	});
	await page.goto('./kpi/avg_processing_days');
	await expect(page.getByTestId('ringbar')).toContainText('Großer Ring');
	await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
	await expect(progress(page)).toHaveCount(0);
	await expect(page.getByTestId('ringbar')).toHaveAttribute('data-checked', 'false');
	release();
	await expect(page.getByTestId('ringbar')).toHaveAttribute('data-checked', 'true', { timeout: 30_000 });
});

test('the Datenstand hash waits for the first chart: the values go to its worker after the chart is drawn', async ({
	page
}) => {
	// What the page posts to workers (by message type) and when the ranking chart appears.
	await page.addInitScript(() => {
		const seen: [string, number][] = [];
		(window as unknown as { seen: typeof seen }).seen = seen;
		const post = Worker.prototype.postMessage;
		Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
			const type = (args[0] as { type?: unknown } | null)?.type;
			if (typeof type === 'string') seen.push([type, performance.now()]);
			return post.apply(this, args);
		} as Worker['postMessage'];
		new MutationObserver((_, observer) => {
			if (!document.querySelector('[data-chart="ranking"] g.own-bar rect')) return;
			seen.push(['chart', performance.now()]);
			observer.disconnect();
		}).observe(document, { subtree: true, childList: true });
	});
	const url = (await serve(page)).replace('./?', './kpi/avg_processing_days?');
	await page.goto(url);
	await expect(page.locator('[data-values-hash]')).toHaveAttribute('data-values-hash', /^[0-9a-f]{64}$/);
	const seen = await page.evaluate(() => (window as unknown as { seen: [string, number][] }).seen);
	const at = (type: string) => seen.find(([t]) => t === type)?.[1];
	expect(at('open-ring'), 'the package read in the worker').toBeDefined();
	expect(at('chart'), 'the first chart').toBeDefined();
	expect(at('hash-values'), 'the values sent to be hashed').toBeGreaterThan(at('chart')!);
});
