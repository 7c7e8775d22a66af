/**
 * Home (the overview) loads offline with the engine from its own origin, and the guard that every
 * browser test runs under works, and so does the axe check all of them use. Values, pseudonymity, downloads, axe and keyboard are tested in
 * dashboard*.spec.ts.
 */
import { expect, test } from './fixtures.ts';
import { axe } from './support/axe.ts';
import { demoReference } from './support/expected.ts';

test('home is the overview: the engine from the own origin computes the own value of every KPI', async ({
	page,
	guard
}) => {
	const ref = await demoReference();
	const own = ref.ring.authorities[3]!;
	await page.goto(`./?authority=${own.authority_id}&period=2024`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wo stehen wir im Vergleich?');
	await expect(page.getByLabel('Mein Amt', { exact: true })).toHaveAttribute('data-value', own.authority_id);
	await expect(page.getByLabel('Mein Amt', { exact: true })).toHaveValue(`${own.name} (${own.authority_id})`);
	await expect(page.locator('tr[data-kpi]')).toHaveCount(
		(await ref.engine.stats(own.authority_id, 2024)).rows.length
	);
	// The rows come from the ring in memory at once; DuckDB, from the own origin, then checks them.
	await expect(page.getByTestId('ringbar')).toHaveAttribute('data-checked', 'true');
	expect(guard.ownRequests.some((u) => u.endsWith('.wasm'))).toBe(true);
	expect(guard.ownRequests.some((u) => /duckdb-browser-eh\.worker.*\.js$/.test(u))).toBe(true);
});

test.describe('the guard itself', () => {
	test('catches and blocks a request to a foreign host', async ({ page, guard }) => {
		// A navigation is not subject to the page's CSP, so it reaches the network layer.
		await page.goto('http://example.invalid/leak').catch(() => undefined);
		expect(guard.foreignRequests).toContain('http://example.invalid/leak');
		guard.foreignRequests.length = 0; // proven; do not fail this test for it
	});

	test('the CSP blocks a fetch to a foreign host before it leaves the page', async ({ page, guard }) => {
		await page.goto('./');
		const outcome = await page.evaluate(() =>
			fetch('http://example.invalid/leak').then(
				() => 'sent',
				() => 'blocked'
			)
		);
		expect(outcome).toBe('blocked');
		await expect.poll(() => guard.cspViolations.some((v) => v.includes('connect-src'))).toBe(true);
		guard.cspViolations.length = 0;
	});

	test('catches a Content-Security-Policy violation', async ({ page, guard }) => {
		await page.goto('./');
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__inline = 1';
			document.body.append(s);
		});
		await expect.poll(() => guard.cspViolations.length).toBeGreaterThan(0);
		expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
		guard.cspViolations.length = 0;
	});
});

test('the axe check finds what is wrong on the real page, and only in the part it is asked about', async ({
	page
}) => {
	await page.goto('./');
	await expect(page.getByTestId('dashboard-view')).toHaveAttribute('aria-busy', 'false');
	// Two faults put into the running app: an image without a text, grey text on white (1.6 : 1).
	await page.evaluate(() => {
		const main = document.querySelector('main')!;
		const img = document.createElement('img');
		img.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
		const faint = document.createElement('p');
		faint.textContent = 'Kaum lesbar';
		faint.style.cssText = 'color:#ccc;background:#fff';
		main.append(img, faint);
	});
	const ids = (await axe(page, { allRules: true })).map((v) => v.id);
	expect(ids).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
	expect(await axe(page, { include: 'header' })).toEqual([]);
});
