/**
 * DuckDB does not start — the server does not deliver its WASM or its worker script (a proxy that
 * blocks .wasm, a file left out of the copy to the intranet server): the page says in German why,
 * instead of waiting for the database forever; the report says so too. (DuckDB's client hears of
 * neither failure: browser-connector.ts listens for the worker's error and asks for the WASM itself.)
 */
import { expect, test } from './fixtures.ts';

for (const [what, pattern] of [
	['its WASM', '**/duckdb-eh.*.wasm'],
	['its worker script', '**/duckdb-browser-eh.worker.*.js']
] as const)
	test(`DuckDB without ${what}: a German message, no endless wait`, async ({ page }) => {
		await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'nicht da' }));
		await page.goto('./kpi/avg_processing_days');
		const alert = page.getByRole('alert').filter({ hasText: 'Die Datenbank (DuckDB) ist nicht gestartet' });
		await expect(alert).toBeVisible();
		await expect(alert).toContainText('Bitte die Seite neu laden');
		await expect(page.getByTestId('ringbar')).toHaveAttribute('data-checked', 'false');
		// The report needs DuckDB's numbers: it says why it cannot be made.
		await page.getByRole('navigation').getByRole('link', { name: 'Bericht' }).click();
		await expect(page.getByRole('main')).toContainText('Die Datenbank (DuckDB) ist nicht gestartet');
	});
