/**
 * The README's first command (`npm install && npm run dev`) must give a working dashboard: the dev
 * server serves the DuckDB worker, the WASM, the definitions and the demo ring differently from
 * the build, and has broken on its own before.
 */
import { expect, test } from './fixtures.ts';

test('npm run dev serves a working dashboard with the demo ring', async ({ page }) => {
	await page.goto('/');
	// The overview's figures come from DuckDB-WASM via the dev server's worker and WASM URLs.
	await expect(page.locator('[data-testid="dashboard-view"][aria-busy="false"]')).toBeVisible({
		timeout: 120_000
	});
	await expect(page.locator('tr[data-kpi="avg_processing_days"] td[data-col="own"]')).not.toBeEmpty();
	await expect(page.getByTestId('ringbar')).toContainText('Demo');
});
