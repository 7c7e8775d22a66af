/**
 * Measurements in headless Chromium against the production build, served by scripts/serve.ts
 * (precompressed files, immutable caching) — what a user's browser gets.
 *
 * - cold start: a fresh browser context per run (empty HTTP cache, no IndexedDB), from navigation to
 *   the first rendered ranking chart, alternated run by run with its floor: a bare page that only
 *   instantiates DuckDB-WASM from the same hashed worker/WASM files and runs one query
 *   (bench/page/floor.ts). Times are the page's own performance.now() (ms since navigation start).
 * - interaction: select changes on the ring from `?package=bench/ring-<scale>.zip`, timed in the page
 *   from the change event to the chart's last DOM mutation and the frame after it.
 * - compute and memory in the browser: the app's engine driven by page.evaluate (bench/page/engine.ts).
 *
 * This module runs them in order; the parts live in cold-start.ts (VIEWS, CHART_READY), interaction.ts
 * (SELECTS), engine-browser.ts, bench-server.ts (probe pages, server) and build-snapshot.ts.
 * Extending: add an entry to SELECTS (interaction.ts) or a view to VIEWS (cold-start.ts) when new pages
 * appear (dashboard `?peers=`, `/kpi/<id>`).
 */
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, missingChromiumHelp } from '../scripts/find-chromium.ts';
import { startServer, writeBenchPages } from './bench-server.ts';
import type { BrowserOptions, BrowserResult, BrowserRingFigures } from './browser-types.ts';
import { coldRun, findView, VIEWS, type LoadedJs } from './cold-start.ts';
import { measureEngine } from './engine-browser.ts';
import { measureImportBrowser, type BrowserImportFigure } from './import-browser.ts';
import { measureInteraction } from './interaction.ts';
import {
	measurePackageOpen,
	measureStoredOpen,
	type PackageOpenFigures,
	type StoredOpenFigures
} from './ring-open-browser.ts';
import { measureSlideChange } from './session-browser.ts';
import { summarize } from './stats.ts';

export async function measureBrowser(options: BrowserOptions): Promise<BrowserResult> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(missingChromiumHelp());
	const notes: string[] = [];
	await writeBenchPages(options.dir, options.rings);
	const server = await startServer(options.dir, options.port);
	const base = `http://127.0.0.1:${options.port}`;
	const browser = await chromium.launch({
		executablePath,
		args: [...CHROMIUM_ARGS, '--enable-precise-memory-info']
	});
	try {
		const view = await findView(browser, base, options.log);
		if (view !== VIEWS[0])
			notes.push(
				`The first ranking chart is on ${view.name}, not on the home page; cold start and interaction use ${view.path}.`
			);
		const runs = options.quick ? 3 : 7;
		options.log(`browser: cold start ×${runs} on ${view.path} (app and floor alternating)`);
		const app: number[] = [];
		const floor: number[] = [];
		let coldStartJs: LoadedJs | null = null;
		for (let i = 0; i < runs; i++) {
			const run = await coldRun(browser, `${base}${view.path}`, 'firstChart');
			app.push(run.at);
			coldStartJs = run.js;
			floor.push((await coldRun(browser, `${base}/bench/floor.html`, 'floor')).at);
		}

		const iring = options.rings.find((r) => r.ring.id === options.interactionRing)!.ring;
		const packageUrl = `${base}${view.path}?package=${encodeURIComponent(`/bench/${iring.file}`)}&authority=${iring.authority}&period=${iring.period}`;
		const packageOpens: PackageOpenFigures[] = [];
		for (const { ring } of options.rings) {
			options.log(`browser: ?package=bench/${ring.file} → first chart, page heap`);
			const runs = ring.id === iring.id ? (options.quick ? 2 : 3) : options.quick ? 1 : 2;
			try {
				packageOpens.push(await measurePackageOpen(browser, base, view.path, ring, ring.values, runs));
			} catch (e) {
				notes.push(`?package= ${ring.id} not measured: ${(e as Error).message.split('\n')[0]}`);
			}
		}
		const coldStartPackage = packageOpens.find((p) => p.ring === iring.id)?.firstChart ?? null;

		options.log(`browser: „Ringpaket öffnen“ ${iring.file}, then the stored ring cold`);
		let storedOpen: StoredOpenFigures | null = null;
		try {
			const zip = options.rings.find((r) => r.ring.id === iring.id)!.zip;
			storedOpen = await measureStoredOpen(browser, base, view.path, iring, zip, options.quick ? 2 : 3);
		} catch (e) {
			notes.push(`„Ringpaket öffnen“ / stored ring not measured: ${(e as Error).message.split('\n')[0]}`);
		}

		options.log('browser: interaction');
		const interaction = await measureInteraction(browser, packageUrl, iring, options, notes);

		options.log('browser: session slide change');
		const slideUrl = `${base}/sitzung/vortrag?package=${encodeURIComponent(`/bench/${iring.file}`)}&folie=1`;
		const slideChange = options.openOnly
			? null
			: await measureSlideChange(browser, slideUrl, iring.id, options.quick).catch((e: unknown) => {
					notes.push(`slide change not measured: ${(e as Error).message.split('\n')[0]}`);
					return null;
				});

		const rings: BrowserRingFigures[] = [];
		for (const { ring } of options.rings) {
			options.log(`browser: engine compute and memory, ${ring.id}`);
			rings.push(await measureEngine(browser, base, ring, options));
		}
		let imports: BrowserImportFigure[] = [];
		if (!options.openOnly)
			try {
				imports = await measureImportBrowser({
					browser,
					base,
					catalogue: options.catalogue,
					quick: options.quick,
					log: options.log
				});
			} catch (e) {
				notes.push(`import in Chromium not measured: ${(e as Error).message.split('\n')[0]}`);
				options.log(`browser import failed: ${(e as Error).stack}`);
			}
		return {
			chromium: browser.version(),
			view: view.path,
			coldStartJs,
			packageRing: iring.id,
			coldStart: summarize(app),
			coldStartFloor: summarize(floor),
			coldStartPackage,
			packageOpens,
			storedOpen,
			interaction,
			slideChange,
			rings,
			imports,
			notes
		};
	} finally {
		await browser.close();
		server.kill();
	}
}

/**
 * The import page alone (`npm run bench -- --only import`): the same figures as in the full run
 * (measureImportBrowser), without cold start, interaction and rings.
 */
export async function measureImportOnly(
	options: Pick<BrowserOptions, 'dir' | 'port' | 'quick' | 'catalogue' | 'log'> & { sizes?: string[] }
): Promise<{ chromium: string; imports: BrowserImportFigure[] }> {
	const executablePath = findChromium();
	if (!executablePath) throw new Error(missingChromiumHelp());
	await writeBenchPages(options.dir, []);
	const server = await startServer(options.dir, options.port);
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		const imports = await measureImportBrowser({
			browser,
			base: `http://127.0.0.1:${options.port}`,
			catalogue: options.catalogue,
			quick: options.quick,
			log: options.log,
			...(options.sizes ? { sizes: options.sizes } : {})
		});
		return { chromium: browser.version(), imports };
	} finally {
		await browser.close();
		server.kill();
	}
}
