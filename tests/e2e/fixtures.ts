/**
 * Every browser test runs under a guard that fails it when the app
 * - requests anything from a host other than its own origin (page, workers, any resource type),
 * - triggers a Content-Security-Policy violation (listened for in the page and seen on the console),
 * - throws an uncaught error.
 * Foreign requests are also aborted, so a leak cannot succeed even while the test is failing.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
	foreignRequests: string[];
	cspViolations: string[];
	pageErrors: string[];
	/** Requests made to the app's own origin, in order. */
	ownRequests: string[];
}

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ context, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const guard: Guard = { foreignRequests: [], cspViolations: [], pageErrors: [], ownRequests: [] };
			const isOwn = (url: string) =>
				url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');
			await context.route('**/*', (route) => {
				const url = route.request().url();
				if (isOwn(url)) return route.continue();
				guard.foreignRequests.push(url);
				return route.abort('blockedbyclient');
			});
			context.on('request', (request) => {
				const url = request.url();
				if (isOwn(url)) guard.ownRequests.push(url);
				else if (!guard.foreignRequests.includes(url)) guard.foreignRequests.push(url);
			});
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
				});
			});
			context.on('page', (page) => watchPage(page, guard));
			await use(guard);
			expect(guard.foreignRequests, 'requests to foreign hosts').toEqual([]);
			expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
			expect(guard.pageErrors, 'uncaught errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

function watchPage(page: Page, guard: Guard): void {
	page.on('console', (message) => {
		const text = message.text();
		if (/Content[- ]Security[- ]Policy|CSP violation/i.test(text)) guard.cspViolations.push(text);
	});
	page.on('pageerror', (error) => guard.pageErrors.push(error.message));
}

export { expect };
