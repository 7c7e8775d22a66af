/**
 * A ring of 5,000 members × 10 years (2.1 million base values, a 12 MB package) opens in one page within
 * the memory target of issue 21: the page's JS heap together with the ArrayBuffers' contents (the ring's
 * columns are typed arrays, whose bytes lie outside the heap) stays under 250 MiB from navigation to
 * the checked ring. A memory bound, not a timing test: sampled through the DevTools protocol while the
 * package is read and loaded, as the benchmark does (bench/ring-open-browser.ts); a missed sample can
 * only lower the peak seen. Before the columnar ring this page peaked at 782 MiB; measured here
 * 183–198 MiB, of which about 150 MiB is the ring held (its columns, the rows of the load and the
 * ring's KPIs) and the rest garbage not yet collected.
 *
 * The package is served from the app's own origin (the page's request is answered by the test), as a
 * moderator's link on the intranet would be.
 */
import type { CDPSession } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { packageFile, testRing } from './support/packages.ts';
import { readFileSync } from 'node:fs';

const MiB = 1024 * 1024;
/** Issue 21: the page's memory at 5,000 × 10 (JS heap with the ArrayBuffers' contents). */
const LIMIT = 250 * MiB;

/** The JS heap of the page's process with the ArrayBuffers' contents (bytes). */
async function memoryOf(cdp: CDPSession): Promise<number> {
	const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
	return usage.usedSize + (usage.backingStorageSize ?? 0);
}

test('a 5,000 × 10 ring opens from ?package= with the page’s memory under 250 MiB', async ({ page }) => {
	// Generating and zipping 2.1 million values takes Node a few seconds; the browser then reads and
	// loads them on a 2-core machine beside another test.
	test.setTimeout(180_000);
	const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
	const zip = readFileSync(
		packageFile(testRing({ members: 5000, periods: years, name: 'Sehr großer Ring' }))
	);
	await page.route('**/e2e/sehr-grosser-ring.zip', (route) =>
		route.fulfill({ body: zip, contentType: 'application/zip' })
	);
	const cdp = await page.context().newCDPSession(page);
	// The tests of a worker share one renderer process (fixtures.ts): what earlier tests' pages left
	// is collected first, so that it is not counted here.
	await cdp.send('HeapProfiler.collectGarbage');
	let peak = await memoryOf(cdp);
	let sampling = true;
	const sampler = (async () => {
		while (sampling) {
			peak = Math.max(peak, await memoryOf(cdp).catch(() => peak));
			await new Promise((r) => setTimeout(r, 25));
		}
	})();
	try {
		await page.goto('./kpi/avg_processing_days?package=%2Fe2e%2Fsehr-grosser-ring.zip');
		await expect(page.getByTestId('ringbar')).toContainText('Sehr großer Ring', { timeout: 120_000 });
		await expect(page.getByTestId('ringbar')).toContainText('5.000 Mitglieder');
		await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
		// Until DuckDB has loaded and checked the ring: the load is part of what the page holds.
		await expect(page.getByTestId('ringbar')).toHaveAttribute('data-checked', 'true', { timeout: 120_000 });
	} finally {
		sampling = false;
		await sampler;
	}
	peak = Math.max(peak, await memoryOf(cdp));
	await cdp.detach();
	expect(peak, `peak ${(peak / MiB).toFixed(0)} MiB`).toBeGreaterThan(20 * MiB); // it measured the ring
	expect(peak, `peak ${(peak / MiB).toFixed(0)} MiB`).toBeLessThan(LIMIT);
});
