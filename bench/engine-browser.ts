/**
 * Compute and memory in the browser: the app's engine driven by page.evaluate on the probe page
 * (bench/page/engine.ts) — open, load a ring zip, compute repeatedly, then read the heap and DuckDB's memory.
 */
import type { Browser } from '@playwright/test';
import type { BenchRing, BrowserOptions, BrowserRingFigures } from './browser-types.ts';
import { summarize } from './stats.ts';

export async function measureEngine(
	browser: Browser,
	base: string,
	ring: BenchRing,
	options: BrowserOptions
): Promise<BrowserRingFigures> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${base}/bench/engine.html`);
		await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
		const open = await page.evaluate(
			(c) => (window as unknown as { bench: { open: (c: unknown) => Promise<number> } }).bench.open(c),
			options.catalogue as unknown
		);
		type Bench = {
			loadZip: (u: string) => Promise<{ read: number; load: number; values: number }>;
			compute: (a: string, p: number, n: number) => Promise<number[]>;
			memory: () => Promise<BrowserRingFigures['memory']>;
		};
		const loaded = await page.evaluate(
			(url) => (window as unknown as { bench: Bench }).bench.loadZip(url),
			`${base}/bench/${ring.file}`
		);
		const samples = await page.evaluate(
			({ a, p, n }) => (window as unknown as { bench: Bench }).bench.compute(a, p, n),
			{ a: ring.authority, p: ring.period, n: options.quick ? 5 : 11 }
		);
		const memory = await page.evaluate(() => (window as unknown as { bench: Bench }).bench.memory());
		return {
			ring: ring.id,
			values: loaded.values,
			open,
			read: loaded.read,
			load: loaded.load,
			compute: summarize(samples),
			memory
		};
	} finally {
		await context.close();
	}
}
