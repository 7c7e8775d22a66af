/**
 * The README's first command (`npm install && npm run dev`) must give a working dashboard: the dev
 * server serves the DuckDB worker, the WASM, the definitions and the demo ring differently from
 * the build, and has broken on its own before.
 */
import { expect, test } from './fixtures.ts';

test('npm run dev serves a working dashboard with the demo ring', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1, { timeout: 150_000 });
	await expect(page.getByTestId('ringbar')).toContainText('Demo');
});
