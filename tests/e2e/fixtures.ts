/**
 * Every browser test runs under a guard that fails it when the app
 * - requests anything from a host other than its own origin (page, workers, any resource type),
 * - triggers a Content-Security-Policy violation (listened for in the page and seen on the console),
 * - throws an uncaught error.
 * Foreign requests are also aborted, so a leak cannot succeed even while the test is failing.
 *
 * One browser context per Playwright worker, not per test, with what a test leaves behind removed
 * before the next one starts: its pages closed, its context-wide init scripts disposed, and the app's
 * origin's storage cleared (IndexedDB, localStorage, caches: `Storage.clearDataForOrigin`) and checked
 * empty — so each test still meets the app as a first-time visitor. Why: every test starts DuckDB-WASM
 * (34 MB), and Chromium compiles that module once per renderer process. In one context, with the
 * renderer process limit at 1 (`playwright.config.ts`), every test's pages share one process, and a
 * keeper page holding the compiled module lets V8 hand each new page the same compiled code (its
 * module cache is keyed by the bytes and lives as long as one holder does). Measured on the 2-core
 * machine: a page start to the real session 3.7 → 2.9 s, 5.5 → 4.1 CPU-s.
 */
import { readdirSync } from 'node:fs';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface Guard {
	foreignRequests: string[];
	cspViolations: string[];
	pageErrors: string[];
	/** Requests made to the app's own origin, in order. */
	ownRequests: string[];
}

interface Shared {
	context: BrowserContext;
	/** The page that holds the compiled DuckDB module; never handed to a test. */
	keeper: Page;
	origin: string;
	/** The running test's guard; what the context sees is written here. */
	guard: Guard | null;
}

/** The DuckDB module of the production build (content-hashed name), or null (dev server: none). */
function builtWasm(): string | null {
	const dir = 'build/_app/immutable/assets';
	try {
		const name = readdirSync(dir).find((f) => /^duckdb-eh\..*\.wasm$/.test(f));
		return name ? `/_app/immutable/assets/${name}` : null;
	} catch {
		return null;
	}
}

export const test = base.extend<{ guard: Guard }, { shared: Shared }>({
	shared: [
		async ({ browser }, use, workerInfo) => {
			const options = workerInfo.project.use;
			const context = await browser.newContext({
				baseURL: options.baseURL,
				locale: options.locale,
				timezoneId: options.timezoneId
			});
			const origin = new URL(options.baseURL!).origin;
			// On a small file of the app's origin (no app, no storage; the storage check runs here).
			const keeper = await context.newPage();
			await keeper.goto(`${origin}/favicon.svg`);
			const wasm = workerInfo.project.name === 'chromium' ? builtWasm() : null;
			if (wasm) {
				await keeper.evaluate(async (url) => {
					(window as { duckdbModule?: WebAssembly.Module }).duckdbModule = await WebAssembly.compileStreaming(
						fetch(url)
					);
				}, wasm);
			}
			const shared: Shared = { context, keeper, origin, guard: null };
			const isOwn = (url: string) =>
				url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:');
			await context.route('**/*', (route) => {
				const url = route.request().url();
				if (isOwn(url)) return route.continue();
				shared.guard?.foreignRequests.push(url);
				return route.abort('blockedbyclient');
			});
			context.on('request', (request) => {
				const guard = shared.guard;
				if (!guard) return;
				const url = request.url();
				if (isOwn(url)) guard.ownRequests.push(url);
				else if (!guard.foreignRequests.includes(url)) guard.foreignRequests.push(url);
			});
			await context.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
				});
			});
			context.on('page', (page) => watchPage(page, shared));
			await use(shared);
			await context.close();
		},
		{ scope: 'worker' }
	],

	context: async ({ shared }, use) => {
		const { context, keeper, origin } = shared;
		// Init scripts a test adds to the whole context are its own: disposed when it ends.
		const added: { dispose(): Promise<void> }[] = [];
		const addInitScript = context.addInitScript.bind(context);
		context.addInitScript = (async (...args: Parameters<typeof addInitScript>) => {
			const disposable = await addInitScript(...args);
			added.push(disposable);
			return disposable;
		}) as typeof context.addInitScript;
		await use(context);
		context.addInitScript = addInitScript;
		for (const page of context.pages()) if (page !== keeper) await page.close({ runBeforeUnload: false });
		for (const disposable of added) await disposable.dispose();
		const cdp = await context.newCDPSession(keeper);
		await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
		await cdp.detach();
		const left = await keeper.evaluate(async () => ({
			databases: (await indexedDB.databases()).map((d) => d.name),
			local: localStorage.length,
			caches: (await caches.keys()).length
		}));
		expect(left, 'storage left by the test after clearing').toEqual({ databases: [], local: 0, caches: 0 });
	},

	page: async ({ context, viewport }, use) => {
		const page = await context.newPage();
		if (viewport) await page.setViewportSize(viewport);
		await use(page);
	},

	guard: [
		async ({ shared, context }, use) => {
			void context; // the context's own teardown (pages closed) runs after the guard's checks
			const guard: Guard = { foreignRequests: [], cspViolations: [], pageErrors: [], ownRequests: [] };
			shared.guard = guard;
			await use(guard);
			shared.guard = null;
			expect(guard.foreignRequests, 'requests to foreign hosts').toEqual([]);
			expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
			expect(guard.pageErrors, 'uncaught errors in the page').toEqual([]);
		},
		{ auto: true }
	]
});

function watchPage(page: Page, shared: Shared): void {
	page.on('console', (message) => {
		const text = message.text();
		if (/Content[- ]Security[- ]Policy|CSP violation/i.test(text)) shared.guard?.cspViolations.push(text);
	});
	page.on('pageerror', (error) => shared.guard?.pageErrors.push(error.message));
}

export { expect };
