/**
 * axe is clean in English (issue #20): overview, KPI views (a proportion KPI with intervals and funnel), the
 * import page with a file that has problems, the rings page, and — apart — the moderation page.
 */
import { expect, test } from './fixtures.ts';
import { axe } from './support/axe.ts';
import {
	dashboardReady,
	importProblemFile,
	KIEL,
	kpiViewReady,
	moderationOpen
} from './support/language-pages.ts';

test('axe is clean in English on every route', async ({ page }) => {
	test.setTimeout(240_000);
	await page.goto('./?peers=nearest&lang=en');
	await dashboardReady(page);
	for (const summary of await page.locator('summary').all()) await summary.click();
	expect(await axe(page)).toEqual([]);
	await page.goto('./kpi/avg_processing_days?lang=en');
	await kpiViewReady(page);
	expect(await axe(page)).toEqual([]);
	// A proportion KPI: intervals and the funnel with its list of members outside the limits.
	await page.goto(`./kpi/phone_reachability?authority=${KIEL}&period=2023&peers=size&lang=en`);
	await kpiViewReady(page);
	expect(await axe(page)).toEqual([]);
	await importProblemFile(page, 'en');
	expect(await axe(page)).toEqual([]);
	await page.goto('./ringe?lang=en');
	await expect(page.locator('tr[data-ring-id]').first()).toBeVisible();
	expect(await axe(page)).toEqual([]);
});

// Apart: axe over the matrix's 2,000 cells takes minutes on this machine (as in moderation.spec.ts).
test('axe is clean in English on /moderation, with a cell and a query list open', async ({ page }) => {
	test.setTimeout(240_000);
	await moderationOpen(page, 'en');
	expect(await axe(page)).toEqual([]);
});
