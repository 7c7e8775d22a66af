/**
 * Moving inside the running app. Tests that go from page to page of one session follow a link as its
 * users do (SvelteKit's client-side navigation): the session and its engine stay. A `goto` loads the
 * app and starts DuckDB again — seconds per page on the 2-core CI machine — and is kept where a test
 * means a fresh load (a reload, storage cleared, what was stored).
 */
import type { Page } from '@playwright/test';
import { expect } from '../fixtures.ts';

/**
 * Opens `url` (relative to the app's root) as a link inside the open app does; loads it when no app is
 * open yet (the test's first page). Returns once the address is the one asked for (the app may add
 * parameters to it); what the page then shows is the caller's to wait for.
 */
export async function visit(page: Page, url: string): Promise<void> {
	if (!/^https?:/.test(page.url())) {
		await page.goto(url);
		return;
	}
	const target = new URL(url, new URL('/', page.url()));
	await page.evaluate((href) => {
		const link = document.createElement('a');
		link.href = href;
		document.body.append(link);
		link.click();
		link.remove();
	}, target.href);
	await expect(page).toHaveURL(
		(now) =>
			now.pathname === target.pathname &&
			[...target.searchParams].every(([name, value]) => now.searchParams.get(name) === value)
	);
}
