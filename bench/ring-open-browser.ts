/**
 * Opening a ring in the app, in headless Chromium against the production build (issue 21): what a
 * moderator's real ring costs, as opposed to the demo ring, whose first view is computed at build time.
 *
 * - `?package=` at every scale: a fresh context (empty HTTP cache, no IndexedDB) opens
 *   `<view>?package=/bench/ring-<scale>.zip` → the first ranking chart. The page's memory is sampled
 *   from navigation until DuckDB has loaded and checked the ring (peak; the first chart comes from
 *   the ring in memory before that) and read once more after a garbage collection then (retained:
 *   what holding the ring costs the page), each as the JS heap and as the JS heap plus
 *   the ArrayBuffers' contents — the ring's columns are typed arrays, whose bytes lie outside the JS
 *   heap, so the heap alone would flatter them (CDP `Runtime.getHeapUsage`: `usedSize`,
 *   `backingStorageSize`). With the ring's number of values that gives the cost per value at each
 *   scale, which must stay flat from 50 × 4 to 5,000 × 10.
 * - „Ringpaket öffnen“ (`/ringe`): file chosen → the ring stored and loaded (the status line), then a
 *   link to the KPI view is followed → its first chart. Then the same ring, now stored and active,
 *   is opened by a new page with an empty HTTP cache and no remembered last view → first chart:
 *   a stored ring that is not the demo.
 *
 * Times are the page's own `performance.now()`; the floor (bare DuckDB-WASM + one query) is measured
 * by the caller in the same run, so ratios are comparable on a loaded machine.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { BenchRing } from './browser-types.ts';
import { CHART_READY, CHECKED } from './cold-start.ts';
import { summarize, type Summary } from './stats.ts';

/**
 * Peak heap sampling and the first chart's time, installed before any page script. (A function: this
 * module and browser.ts import each other.)
 */
const probeScript = () => `(() => {
	const heap = () => performance.memory ? performance.memory.usedJSHeapSize : 0;
	window.__peakHeap = heap();
	setInterval(() => { window.__peakHeap = Math.max(window.__peakHeap, heap()); }, 20);
	const seen = () => { if (document.querySelector(${JSON.stringify(CHART_READY)})) { window.__firstChart = performance.now(); window.__peakHeap = Math.max(window.__peakHeap, heap()); return true; } return false; };
	const start = () => { if (seen()) return; const o = new MutationObserver(() => { if (seen()) o.disconnect(); }); o.observe(document.documentElement, { subtree: true, childList: true }); };
	if (document.documentElement) start(); else document.addEventListener('DOMContentLoaded', start);
	document.addEventListener('change', (e) => { if (e.target instanceof HTMLInputElement && e.target.type === 'file') window.__fileChosen = performance.now(); }, true);
})();`;

type Probe = { __firstChart?: number; __peakHeap?: number; __fileChosen?: number };

async function waitFor<T>(page: Page, read: () => Promise<T | null>, what: string, ms = 300_000): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const v = await read();
		if (v !== null) return v;
		if (Date.now() > deadline) throw new Error(`${page.url()}: no ${what} within ${ms / 1000} s`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

const firstChart = (page: Page) =>
	waitFor(page, () => page.evaluate(() => (window as Probe).__firstChart ?? null), 'first chart');

/** The page's memory (bytes): the JS heap, and the JS heap with the ArrayBuffers' contents. */
interface Memory {
	heap: number;
	withBuffers: number;
}

async function memoryOf(cdp: CDPSession): Promise<Memory> {
	const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
	return { heap: usage.usedSize, withBuffers: usage.usedSize + (usage.backingStorageSize ?? 0) };
}

const larger = (a: Memory, b: Memory): Memory => ({
	heap: Math.max(a.heap, b.heap),
	withBuffers: Math.max(a.withBuffers, b.withBuffers)
});

const newContext = async (browser: Browser) => {
	const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
	await context.addInitScript(probeScript());
	return context;
};

export interface PackageOpenFigures {
	ring: string;
	values: number;
	/** Navigation → first chart (ms, page time). */
	firstChart: Summary;
	/** Peak JS heap of the page until DuckDB has checked the ring (bytes, sampled every 20 ms). */
	peakHeap: number;
	/** Peak of the JS heap with the ArrayBuffers' contents (bytes, sampled by CDP). */
	peakMemory?: number;
	/** JS heap after a garbage collection once DuckDB has checked the ring (bytes). */
	retainedHeap: number;
	/** The same with the ArrayBuffers' contents. */
	retainedMemory?: number;
}

/** `?package=` → first chart at one scale, `runs` times; heap figures from the last run. */
export async function measurePackageOpen(
	browser: Browser,
	base: string,
	viewPath: string,
	ring: BenchRing,
	values: number,
	runs: number
): Promise<PackageOpenFigures> {
	const url = `${base}${viewPath}?package=${encodeURIComponent(`/bench/${ring.file}`)}&authority=${ring.authority}&period=${ring.period}`;
	const times: number[] = [];
	let peak: Memory = { heap: 0, withBuffers: 0 };
	let retained: Memory = { heap: 0, withBuffers: 0 };
	for (let i = 0; i < runs; i++) {
		const context = await newContext(browser);
		try {
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			// Sampled from Node as well: the page's own sampling sees only the JS heap.
			let sampling = true;
			const sampler = (async () => {
				while (sampling) {
					peak = larger(peak, await memoryOf(cdp).catch(() => peak));
					await new Promise((r) => setTimeout(r, 25));
				}
			})();
			await page.goto(url);
			times.push(await firstChart(page));
			// The memory through DuckDB's load and check of the ring, which follow the first chart (it is
			// drawn from the ring in memory): what the page holds meanwhile is part of opening the ring.
			await page.locator(CHECKED).waitFor({ timeout: 300_000 });
			sampling = false;
			await sampler;
			const inPage = await page.evaluate(() => (window as Probe).__peakHeap ?? 0);
			peak = larger(peak, { heap: inPage, withBuffers: inPage });
			await cdp.send('HeapProfiler.collectGarbage');
			retained = larger(retained, await memoryOf(cdp));
			await cdp.detach();
		} finally {
			await context.close();
		}
	}
	return {
		ring: ring.id,
		values,
		firstChart: summarize(times),
		peakHeap: peak.heap,
		peakMemory: peak.withBuffers,
		retainedHeap: retained.heap,
		retainedMemory: retained.withBuffers
	};
}

export interface StoredOpenFigures {
	ring: string;
	/** „Ringpaket öffnen“: file chosen → ring stored and loaded (status line), ms. */
	openPackage: Summary;
	/** … and then following a link to the KPI view → its first chart (ms from the file chosen). */
	openPackageChart: Summary;
	/** The stored ring (not the demo) opened by a new page, empty HTTP cache, no last view → first chart. */
	stored: Summary;
}

/**
 * „Ringpaket öffnen“ on /ringe with `zip`, then the stored ring opened cold; `runs` times, each in a
 * fresh context (its own IndexedDB).
 */
export async function measureStoredOpen(
	browser: Browser,
	base: string,
	viewPath: string,
	ring: BenchRing,
	zip: Uint8Array,
	runs: number
): Promise<StoredOpenFigures> {
	const open: number[] = [];
	const openChart: number[] = [];
	const stored: number[] = [];
	for (let i = 0; i < runs; i++) {
		const context = await newContext(browser);
		try {
			const page = await context.newPage();
			await page.goto(`${base}/ringe`);
			const input = page.locator('input[type="file"][accept*="zip"]');
			await input.and(page.locator(':enabled')).waitFor({ state: 'attached', timeout: 120_000 });
			await input.setInputFiles({ name: ring.file, mimeType: 'application/zip', buffer: Buffer.from(zip) });
			const status = page.getByTestId('rings-status');
			await status
				.filter({ hasText: /geöffnet und gespeichert|nur im Arbeitsspeicher|nicht geöffnet/ })
				.waitFor({ timeout: 300_000 });
			const text = await status.innerText();
			if (!/geöffnet und gespeichert/.test(text)) throw new Error(`Ringpaket öffnen: ${text}`);
			const [chosen, done] = await page.evaluate(() => [(window as Probe).__fileChosen!, performance.now()]);
			open.push(done - chosen);
			// A link to the KPI view, followed by the client router as a click on the page's own link would be.
			await page.evaluate((path) => {
				const a = document.createElement('a');
				a.href = path;
				document.body.append(a);
				a.click();
			}, viewPath);
			openChart.push((await firstChart(page)) - chosen);
			// No remembered last view, no HTTP cache: the stored ring as the next start finds it. The
			// dashboard records its last view a moment after it is shown, so its page is closed first.
			await page.close();
			const next = await context.newPage();
			await next.goto(`${base}/bench/engine.html`); // a page of the origin that loads nothing of the app
			await next.evaluate(
				() =>
					new Promise<void>((resolve, reject) => {
						const request = indexedDB.open('vergleichsring');
						request.onerror = () => reject(request.error);
						request.onsuccess = () => {
							const tx = request.result.transaction('kv', 'readwrite');
							tx.objectStore('kv').delete('last-view');
							tx.oncomplete = () => (request.result.close(), resolve());
							tx.onerror = () => reject(tx.error);
						};
					})
			);
			const cdp = await context.newCDPSession(next);
			await cdp.send('Network.clearBrowserCache');
			await cdp.detach();
			await next.goto(`${base}${viewPath}`);
			stored.push(await firstChart(next));
		} finally {
			await context.close();
		}
	}
	return {
		ring: ring.id,
		openPackage: summarize(open),
		openPackageChart: summarize(openChart),
		stored: summarize(stored)
	};
}
