/**
 * The first rendered ranking chart: which page shows it (VIEWS), and a cold start timed to it in a fresh
 * browser context — the page's own performance.now() from navigation start, with the JS it had loaded.
 * The floor page (bench/page/floor.ts) is timed the same way, by its own marker.
 */
import type { Browser, Page } from '@playwright/test';

/** The element whose appearance means "the first chart is rendered". */
export const CHART_READY = '[data-chart="ranking"] g.own-bar rect';
export const CHART = '[data-chart="ranking"]';
/** The ring bar once DuckDB has loaded the ring and checked its KPIs (the layout's `data-checked`). */
export const CHECKED = '[data-testid="ringbar"][data-checked="true"]';

/**
 * Where the first ranking chart lives, in order of preference: the home page (today), the KPI page
 * (the dashboard moving the ranking to `/kpi/<id>`). The first view that shows CHART_READY is used
 * for cold start and interaction; the report says which.
 */
export const VIEWS = [
	{ name: 'home /', path: '/' },
	{ name: 'KPI page /kpi/avg_processing_days', path: '/kpi/avg_processing_days' }
] as const;

/** Records when the chart first shows the own bar, in page time (installed before any page script). */
const FIRST_CHART_SCRIPT = `(() => {
	const seen = () => { if (document.querySelector(${JSON.stringify(CHART_READY)})) { window.__firstChart = performance.now(); return true; } return false; };
	const start = () => { if (seen()) return; const o = new MutationObserver(() => { if (seen()) o.disconnect(); }); o.observe(document.documentElement, { subtree: true, childList: true }); };
	if (document.documentElement) start(); else document.addEventListener('DOMContentLoaded', start);
})();`;

type Marker = 'firstChart' | 'floor';

/** JS the page had loaded when its first chart appeared: bytes on the wire and decoded, without the DuckDB worker. */
export interface LoadedJs {
	files: number;
	transfer: number;
	decoded: number;
}

function loadedJs(page: Page): Promise<LoadedJs> {
	return page.evaluate(() => {
		const js = performance
			.getEntriesByType('resource')
			.map((e) => e as PerformanceResourceTiming)
			.filter((e) => /\.js(\?|$)/.test(e.name) && !/duckdb-.*worker/.test(e.name));
		return {
			files: js.length,
			transfer: js.reduce((sum, e) => sum + e.encodedBodySize, 0),
			decoded: js.reduce((sum, e) => sum + e.decodedBodySize, 0)
		};
	});
}

/**
 * Polls with page.evaluate (a function, not a string: the app's CSP forbids eval, which
 * waitForFunction would need); the time itself was taken in the page, so polling adds nothing.
 */
export async function coldRun(
	browser: Browser,
	url: string,
	marker: Marker
): Promise<{ at: number; js: LoadedJs | null }> {
	const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
	try {
		await context.addInitScript(FIRST_CHART_SCRIPT);
		const page = await context.newPage();
		await page.goto(url);
		const deadline = Date.now() + 120_000;
		for (;;) {
			const at = await page.evaluate((m) => {
				const w = window as unknown as { __firstChart?: number; __floor?: { done?: number; error?: string } };
				if (w.__floor?.error) throw new Error(`floor page: ${w.__floor.error}`);
				return m === 'floor' ? (w.__floor?.done ?? null) : (w.__firstChart ?? null);
			}, marker);
			if (at !== null) return { at, js: marker === 'firstChart' ? await loadedJs(page) : null };
			if (Date.now() > deadline) throw new Error(`${url}: no ${marker} within 120 s`);
			await new Promise((r) => setTimeout(r, 50));
		}
	} finally {
		await context.close();
	}
}

export async function findView(
	browser: Browser,
	base: string,
	log: (line: string) => void
): Promise<(typeof VIEWS)[number]> {
	const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
	try {
		const page = await context.newPage();
		for (const view of VIEWS) {
			await page.goto(`${base}${view.path}`);
			// The engine loads over the network; once that is idle, a page with the chart shows it soon.
			await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => undefined);
			try {
				await page.locator(CHART_READY).first().waitFor({ state: 'attached', timeout: 15_000 });
				return view;
			} catch {
				log(`browser: no ranking chart on ${view.path}`);
			}
		}
		throw new Error(`no page shows ${CHART_READY} (tried ${VIEWS.map((v) => v.path).join(', ')})`);
	} finally {
		await context.close();
	}
}
