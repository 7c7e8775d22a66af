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
 * Extending: add an entry to INTERACTIONS (a select's label and the values to cycle through) or a
 * selector to CHART_READY when new pages appear (dashboard `?peers=`, `/kpi/<id>`).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	writeFileSync
} from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import type { Catalogue } from '../src/lib/catalogue/schema.ts';
import { CHROMIUM_ARGS, findChromium, missingChromiumHelp } from '../scripts/find-chromium.ts';
import { measureImportBrowser, type BrowserImportFigure } from './import-browser.ts';
import { measureSlideChange, type SlideChangeFigures } from './session-browser.ts';
import {
	measurePackageOpen,
	measureStoredOpen,
	type PackageOpenFigures,
	type StoredOpenFigures
} from './ring-open-browser.ts';
import { ROOT } from './rings.ts';
import { summarize, type Summary } from './stats.ts';

/** The element whose appearance means "the first chart is rendered". */
export const CHART_READY = '[data-chart="ranking"] g.own-bar rect';
const CHART = '[data-chart="ranking"]';

/**
 * Where the first ranking chart lives, in order of preference: the home page (today), the KPI page
 * (the dashboard moving the ranking to `/kpi/<id>`). The first view that shows CHART_READY is used
 * for cold start and interaction; the report says which.
 */
export const VIEWS = [
	{ name: 'home /', path: '/' },
	{ name: 'KPI page /kpi/avg_processing_days', path: '/kpi/avg_processing_days' }
] as const;

/** Selects the interaction cycles through, by their visible label; absent ones are skipped. */
export const SELECTS = [
	{ kind: 'authority', label: 'Mein Amt', step: 37 },
	{ kind: 'period', label: 'Erhebungsjahr', step: 1 },
	{ kind: 'kpi', label: 'Kennzahl', step: 5 },
	{ kind: 'peers', label: 'Vergleichsgruppe', step: 1 }
] as const;

export interface BenchRing {
	id: string;
	file: string;
	authorities: string[];
	periods: number[];
	authority: string;
	period: number;
	/** Base values in the ring. */
	values: number;
}

export interface BrowserOptions {
	/** The served copy of build/ (bench files are written into its bench/ folder). */
	dir: string;
	port: number;
	quick: boolean;
	catalogue: Catalogue;
	/** Rings written as zips into <dir>/bench/; interaction uses `interactionRing`. */
	rings: { ring: BenchRing; zip: Uint8Array }[];
	interactionRing: string;
	log: (line: string) => void;
	/** `--only open`: the ring-opening rows alone, without the session's slide change and the import page. */
	openOnly?: boolean;
}

export interface InteractionFigures {
	ring: string;
	/** false when `?package=` did not open the ring (then the demo ring was measured). */
	packageOpened: boolean;
	authorities: number;
	all: Summary;
	byKind: Record<string, Summary>;
	/** Interactions whose chart changed again after the quiet period (should be 0). */
	lateRenders: number;
	/** Interactions after which the own bar's aria-label did not change. */
	unchangedLabels: number;
	/** performance.memory.usedJSHeapSize of the app page after the interactions. */
	appJsHeap: number;
}

export interface BrowserRingFigures {
	ring: string;
	values: number;
	open: number;
	read: number;
	load: number;
	compute: Summary;
	memory: { peakJsHeap: number; jsHeap: number; duckdbMemory: number; databaseSize: string };
}

export interface BrowserResult {
	chromium: string;
	/** Path of the page measured for cold start and interaction (see VIEWS). */
	view: string;
	/** App JS loaded until the first chart (brotli bytes on the wire), last cold run. */
	coldStartJs: LoadedJs | null;
	/** Ring opened with ?package= for the package cold start and the interaction. */
	packageRing: string;
	coldStart: Summary;
	coldStartFloor: Summary;
	/** First chart of the interaction ring opened with ?package= (cold). */
	coldStartPackage: Summary | null;
	/** `?package=` → first chart with the page's heap, at every scale (ring-open-browser.ts). */
	packageOpens?: PackageOpenFigures[];
	/** „Ringpaket öffnen“ and the stored ring opened cold, on the interaction ring. */
	storedOpen?: StoredOpenFigures | null;
	interaction: InteractionFigures | null;
	/** Session mode: a slide change of „Alle Kennzahlen“ on the interaction ring (session-browser.ts). */
	slideChange?: SlideChangeFigures | null;
	rings: BrowserRingFigures[];
	/** The import page on the German CSVs of import-files.ts, with its floors (bench/import-browser.ts). */
	imports: BrowserImportFigure[];
	notes: string[];
}

/** Bundle the probe pages and write them, with the ring zips, into <dir>/bench/. */
export async function writeBenchPages(dir: string, rings: BrowserOptions['rings']): Promise<void> {
	const out = path.join(dir, 'bench');
	mkdirSync(out, { recursive: true });
	await build({
		configFile: false,
		root: ROOT,
		logLevel: 'warn',
		publicDir: false,
		build: {
			outDir: out,
			emptyOutDir: false,
			target: 'es2022',
			modulePreload: false,
			copyPublicDir: false,
			rollupOptions: {
				input: {
					floor: path.join(ROOT, 'bench/page/floor.ts'),
					engine: path.join(ROOT, 'bench/page/engine.ts'),
					'import-floor': path.join(ROOT, 'bench/page/import-floor.ts')
				},
				output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' }
			}
		}
	});
	const assets = readdirSync(path.join(dir, '_app/immutable/assets'));
	const worker = assets.find((f) => /^duckdb-browser-eh\.worker\..*\.js$/.test(f));
	const wasm = assets.find((f) => /^duckdb-eh\..*\.wasm$/.test(f));
	if (!worker || !wasm) throw new Error('build has no DuckDB EH worker/WASM in _app/immutable/assets/');
	const html = (script: string) => `<!doctype html>
<html lang="de" data-worker="../_app/immutable/assets/${worker}" data-wasm="../_app/immutable/assets/${wasm}">
<head><meta charset="utf-8"><title>bench ${script}</title><script type="module" src="./${script}.js"></script></head>
<body></body></html>\n`;
	writeFileSync(path.join(out, 'floor.html'), html('floor'));
	writeFileSync(path.join(out, 'engine.html'), html('engine'));
	writeFileSync(path.join(out, 'import-floor.html'), html('import-floor'));
	for (const { ring, zip } of rings) writeFileSync(path.join(out, ring.file), zip);
}

export function startServer(dir: string, port: number): Promise<ChildProcess> {
	const child = spawn(
		process.execPath,
		[path.join(ROOT, 'scripts/serve.ts'), '--port', String(port), '--dir', dir],
		{
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`scripts/serve.ts exited with ${code}`)));
		child.stdout!.once('data', () => resolve(child));
	});
}

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
let lastColdJs: LoadedJs | null = null;

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
async function coldRun(browser: Browser, url: string, marker: Marker): Promise<number> {
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
			if (at !== null) {
				if (marker === 'firstChart') lastColdJs = await loadedJs(page);
				return at;
			}
			if (Date.now() > deadline) throw new Error(`${url}: no ${marker} within 120 s`);
			await new Promise((r) => setTimeout(r, 50));
		}
	} finally {
		await context.close();
	}
}

/**
 * The select labelled `label`: `<label for>` (exact accessible name), or a select wrapped in a
 * <label> whose text starts with `label` (its accessible name also holds the selected option).
 */
export function selectFor(page: Page, label: string) {
	return page.getByLabel(label, { exact: true }).or(
		page
			.locator('label')
			.filter({ hasText: new RegExp(`^\\s*${label}`) })
			.locator('select')
	);
}

/**
 * One select change, timed in the page: change event → last chart mutation → the frame after it. The
 * „Mein Amt“ combobox is changed as a user does it: the key typed (an input event), ↓ to the first
 * match (an exact key comes first) and Enter — timed from the input event.
 */
async function interact(
	page: Page,
	label: string,
	value: string
): Promise<{ ms: number; late: boolean; changed: boolean }> {
	const select = await selectFor(page, label).elementHandle();
	if (!select) throw new Error(`no select labelled ${label}`);
	return select.evaluate(
		async (el, { chartSel, value }) => {
			const chart = document.querySelector(chartSel)!;
			const ownLabel = () => chart.querySelector('g.own-bar rect')?.getAttribute('aria-label') ?? null;
			const before = ownLabel();
			let lastMutation = -1;
			let painted = -1;
			const observer = new MutationObserver(() => {
				const at = (lastMutation = performance.now());
				requestAnimationFrame(() =>
					setTimeout(() => {
						if (lastMutation === at) painted = performance.now();
					}, 0)
				);
			});
			observer.observe(chart, { subtree: true, childList: true, attributes: true, characterData: true });
			const t0 = performance.now();
			if (el.getAttribute('role') === 'combobox') {
				const input = el as HTMLInputElement;
				input.focus();
				input.value = value;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				for (const key of ['ArrowDown', 'Enter'])
					input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
			} else {
				const sel = el as HTMLSelectElement;
				sel.value = value;
				sel.dispatchEvent(new Event('change', { bubbles: true }));
			}
			const QUIET = 300;
			const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
			for (;;) {
				await sleep(20);
				const now = performance.now();
				const quiet = lastMutation > 0 && painted >= lastMutation && now - lastMutation >= QUIET;
				// A peer-group change need not change the own bar's label: then quiet after 1 s ends it.
				if (quiet && (ownLabel() !== before || now - t0 > 1000)) break;
				if (now - t0 > 30_000) throw new Error(`chart did not re-render after ${value}`);
			}
			const end = painted;
			await sleep(500);
			observer.disconnect();
			return { ms: end - t0, late: lastMutation > end, changed: ownLabel() !== before };
		},
		{ chartSel: CHART, value }
	);
}

async function findView(
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
		for (let i = 0; i < runs; i++) {
			app.push(await coldRun(browser, `${base}${view.path}`, 'firstChart'));
			floor.push(await coldRun(browser, `${base}/bench/floor.html`, 'floor'));
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
			coldStartJs: lastColdJs,
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

async function measureInteraction(
	browser: Browser,
	packageUrl: string,
	ring: BenchRing,
	options: BrowserOptions,
	notes: string[]
): Promise<InteractionFigures | null> {
	const context = await browser.newContext({
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		viewport: { width: 1280, height: 900 }
	});
	try {
		const page = await context.newPage();
		await page.goto(packageUrl);
		await page.locator(CHART_READY).first().waitFor({ state: 'attached', timeout: 120_000 });
		await page.waitForTimeout(1000); // let the first render settle
		// A select's values are its options; „Mein Amt“ is a combobox (it lists only what matches what
		// is typed): its values are the members, counted from the ring bar („N Mitglieder“).
		const optionsOf = async (label: string) => {
			const control = selectFor(page, label);
			if ((await control.getAttribute('role')) !== 'combobox')
				return control.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
			const members = Number(
				/(\d+) Mitglieder/.exec(await page.getByTestId('ringbar').innerText())?.[1] ?? 0
			);
			return members === ring.authorities.length ? ring.authorities : [];
		};
		const present: { kind: string; label: string; step: number; values: string[] }[] = [];
		for (const select of SELECTS) {
			if ((await selectFor(page, select.label).count()) !== 1) {
				notes.push(
					`interaction: no select „${select.label}“ on ${new URL(packageUrl).pathname}; ${select.kind} changes not measured`
				);
				continue;
			}
			present.push({ ...select, values: await optionsOf(select.label) });
		}
		const count = present.find((p) => p.kind === 'authority')?.values.length ?? 0;
		const packageOpened = count === ring.authorities.length;
		if (!packageOpened)
			notes.push(
				`?package= did not open ${ring.file} (${count} authorities in the picker); interaction measured on the ring shown`
			);
		const rounds = options.quick ? 8 : 20;
		const steps: { kind: string; label: string; value: string }[] = [];
		for (let i = 0; i < rounds; i++)
			for (const p of present) {
				const values = p.kind === 'period' ? p.values.slice(-2) : p.values;
				steps.push({ kind: p.kind, label: p.label, value: values[(i * p.step + 1) % values.length]! });
			}
		const all: number[] = [];
		const byKind: Record<string, number[]> = {};
		let lateRenders = 0;
		let unchangedLabels = 0;
		for (const step of steps) {
			const control = selectFor(page, step.label);
			const selected =
				(await control.getAttribute('role')) === 'combobox'
					? await control.getAttribute('data-value')
					: await control.inputValue();
			if (selected === step.value) continue; // no change, nothing to measure
			const r = await interact(page, step.label, step.value);
			all.push(r.ms);
			(byKind[step.kind] ??= []).push(r.ms);
			if (r.late) lateRenders++;
			if (!r.changed) unchangedLabels++;
		}
		const appJsHeap = await page.evaluate(
			() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0
		);
		return {
			ring: packageOpened ? ring.id : `ring shown (${count} authorities)`,
			packageOpened,
			authorities: count,
			all: summarize(all),
			byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, summarize(v)])),
			lateRenders,
			unchangedLabels,
			appJsHeap
		};
	} catch (e) {
		notes.push(`interaction not measured: ${(e as Error).message.split('\n')[0]}`);
		return null;
	} finally {
		await context.close();
	}
}

async function measureEngine(
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

/**
 * A build is complete when adapter-static has written index.html, version.json, the page nodes and
 * the WASM's .br — and nothing changed for 15 s (another engineer may be building in this tree).
 * Waits up to `timeoutMs` for that; throws otherwise.
 */
export async function waitForCompleteBuild(dir: string, timeoutMs = 300_000): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const problem = buildProblem(dir);
		if (!problem) return;
		if (Date.now() > deadline) throw new Error(`build/ is incomplete: ${problem}`);
		await new Promise((r) => setTimeout(r, 5000));
	}
}

function buildProblem(dir: string): string | null {
	const nodes = path.join(dir, '_app/immutable/nodes');
	const assets = path.join(dir, '_app/immutable/assets');
	if (!existsSync(path.join(dir, 'index.html')) || !existsSync(path.join(dir, '_app/version.json')))
		return 'no index.html or version.json';
	if (!existsSync(nodes) || readdirSync(nodes).length === 0) return 'no page nodes';
	if (!existsSync(assets) || !readdirSync(assets).some((f) => /^duckdb-eh\..*\.wasm\.br$/.test(f)))
		return 'no precompressed WASM';
	const newest = Math.max(
		...readdirSync(dir, { recursive: true, withFileTypes: true }).map(
			(e) => statSync(path.join(e.parentPath, e.name)).mtimeMs
		)
	);
	if (Date.now() - newest < 15_000) return 'files changed in the last 15 s (a build is running)';
	return null;
}

/**
 * Copy build/ into the private folder `to` once it is complete, and verify the copy: every .br/.gz
 * must decompress to its raw file's size (a copy taken while a build is still compressing the 34 MB
 * WASM would otherwise serve a truncated engine). Retries while another build is running.
 */
export async function snapshotCompleteBuild(
	from: string,
	to: string,
	log: (line: string) => void
): Promise<void> {
	for (let attempt = 1; ; attempt++) {
		await waitForCompleteBuild(from);
		rmSync(to, { recursive: true, force: true });
		mkdirSync(to, { recursive: true });
		snapshotBuild(from, to);
		const problem = compressedProblem(to);
		if (!problem) return;
		if (attempt >= 20) throw new Error(`build/ stays inconsistent: ${problem}`);
		log(`build/ is being rewritten (${problem}); waiting`);
		await new Promise((r) => setTimeout(r, 10_000));
	}
}

function compressedProblem(dir: string): string | null {
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		const file = path.join(entry.parentPath, entry.name);
		const ext = path.extname(file);
		if (!entry.isFile() || (ext !== '.br' && ext !== '.gz')) continue;
		const raw = file.slice(0, -ext.length);
		if (!existsSync(raw)) return `${path.relative(dir, file)} without its raw file`;
		try {
			const bytes = readFileSync(file);
			const out = ext === '.br' ? brotliDecompressSync(bytes) : gunzipSync(bytes);
			if (out.length !== statSync(raw).size) return `${path.relative(dir, file)} does not match its raw file`;
		} catch {
			return `${path.relative(dir, file)} is truncated`;
		}
	}
	return null;
}

/** Copy build/ into a private folder, so another engineer's `npm run build` cannot pull it away mid-run. */
export function snapshotBuild(from: string, to: string): void {
	for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
		const source = path.join(entry.parentPath, entry.name);
		const target = path.join(to, path.relative(from, source));
		if (entry.isDirectory()) mkdirSync(target, { recursive: true });
		else if (entry.isFile()) {
			mkdirSync(path.dirname(target), { recursive: true });
			copyFileSync(source, target);
		}
	}
}
