/**
 * The import in headless Chromium against the production build — the real page and its worker:
 * the German bench CSVs of import-files.ts (50 kB, 5 MB, 50 MB; rings.ts germanCsv) are set on the
 * import page's file input, and the time runs from the input's `change` event to the page showing
 * the result of the check (the file's summary and the comparison with the ring,
 * `[data-testid=result-summary]`) and the frame after it. That covers reading the File, decoding,
 * detection, parsing and validation in the worker, the values' trip to the page and everything the
 * page computes before the user can confirm. The page's own measure (controller READ_MEASURE, with
 * the worker's phases) is read as well, and every long task (> 50 ms, the Long Tasks API) on the
 * page's main thread between the change event and the paint: the page must not freeze.
 *
 * Next to it, in the same browser and run, alternating round by round, as information: the two
 * floors of bench/page/import-floor.ts — DuckDB's read_csv into a table and papaparse's bare parse,
 * both starting from the same File.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Catalogue } from '../src/lib/catalogue/schema.ts';
import { READ_MEASURE } from '../src/lib/import/protocol.ts';
import type { ReadCsvDialect } from './page/read-csv-sql.ts';
import { isImportable, parseImportFile } from '../src/lib/ingest/parse-import.ts';
import { importFiles, type ImportFileSpec } from './import-files.ts';
import { germanCsv } from './rings.ts';
import { summarize, type Summary } from './stats.ts';

export interface BrowserImportFigure extends Omit<ImportFileSpec, 'runs' | 'quickRuns'> {
	megabytes: number;
	rows: number;
	/** change event → result of the check shown and painted (page time). */
	app: Summary;
	/** The page's own measure: read started → values taken into the page (includes the worker). */
	appRead: Summary;
	/** The worker's time for the file (FileResult.seconds, ms). */
	worker: Summary;
	/** The worker's phases (median ms each). */
	workerPhases: Record<string, number>;
	/** Long tasks on the page's main thread during each run: how many, and the longest of all (ms). */
	longTasks: { perRun: number[]; longest: number };
	/** File → bytes + registerFileBuffer + read_csv into a table. */
	duckdb: Summary;
	/** read_csv alone (file registered). */
	duckdbReadCsv: Summary;
	/** File → bytes + TextDecoder + Papa.parse. */
	papaparse: Summary;
	/** Values the page reports, rows DuckDB and papaparse read (must agree with `rows`). */
	check: { app: number; duckdb: number; papaparse: number };
}

/** Records the import's start (file input change) and the result's appearance in page time. */
const IMPORT_TIMING_SCRIPT = `(() => {
	const state = (window.__import = { start: 0, shown: 0, painted: 0, longTasks: [] });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) state.longTasks.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	} catch {}
	addEventListener('change', (e) => {
		const t = e.target;
		if (t instanceof HTMLInputElement && t.type === 'file') { state.start = performance.now(); state.shown = 0; state.painted = 0; }
	}, true);
	const seen = () => {
		if (!state.start || state.shown || !document.querySelector('[data-testid="result-summary"]')) return;
		state.shown = performance.now();
		requestAnimationFrame(() => setTimeout(() => { state.painted = performance.now(); }, 0));
	};
	const start = () => new MutationObserver(seen).observe(document.documentElement, { subtree: true, childList: true });
	if (document.documentElement) start(); else document.addEventListener('DOMContentLoaded', start);
})();`;

/** Pause before each import on the page (choosing a file), see appRun. */
const USER_PAUSE_MS = 2000;

interface ImportFile {
	spec: ImportFileSpec;
	path: string;
	bytes: number;
	rows: number;
	dialect: ReadCsvDialect;
}

/** Writes the bench CSVs into `dir`, with the dialect the import detects (for the floor's SQL). */
function prepareFiles(dir: string, catalogue: Catalogue, sizes: ImportFileSpec[]): ImportFile[] {
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	return sizes.map((spec) => {
		const { bytes, rows } = germanCsv(spec.bytes, specs);
		const file = path.join(dir, `grundzahlen-${spec.id}.csv`);
		writeFileSync(file, bytes);
		// The dialect from the first MiB (cut at a line end): the generator writes the same rows throughout.
		const cut = bytes.indexOf(10, 1024 * 1024);
		const head = cut < 0 ? bytes : bytes.subarray(0, cut + 1);
		const result = parseImportFile(path.basename(file), head, specs);
		if (!isImportable(result) || !result.detected)
			throw new Error(`bench import file ${file} is not importable`);
		return { spec, path: file, bytes: bytes.length, rows, dialect: result.detected };
	});
}

async function poll<T>(page: Page, what: string, read: () => Promise<T | null>, ms = 180_000): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await read();
		if (value !== null) return value;
		if (Date.now() > deadline) throw new Error(`${page.url()}: no ${what} within ${ms / 1000} s`);
		await new Promise((r) => setTimeout(r, 50));
	}
}

interface AppRun {
	total: number;
	read: number;
	worker: number;
	phases: Record<string, number>;
	values: number;
	/** Durations (ms) of the long tasks that started between the change event and the paint. */
	longTasks: number[];
}

/** One import on the app page: set the file, wait for the painted result, read the timings, remove the file. */
async function appRun(page: Page, file: ImportFile): Promise<AppRun> {
	// The page in front: a page behind another tab gets no animation frames (the result's paint).
	await page.bringToFront();
	// A person takes a moment to choose the next file; the page uses it to start and warm up the
	// workers of the next read (client.ts), as it does between opening the page and the first file.
	await page.waitForTimeout(USER_PAUSE_MS);
	await page.evaluate((name) => performance.clearMeasures(name), READ_MEASURE);
	await page.getByTestId('file-input').setInputFiles(file.path);
	const timing = await poll(page, 'import result', () =>
		page.evaluate((name) => {
			type State = { start: number; shown: number; painted: number; longTasks: [number, number][] };
			const s = (window as unknown as { __import: State }).__import;
			const m = performance.getEntriesByName(name, 'measure').at(-1) as PerformanceMeasure | undefined;
			if (!s.painted || !m) return null;
			const detail = (m.detail as { seconds: number; phases: Record<string, number> }[])[0]!;
			return {
				total: s.painted - s.start,
				read: m.duration,
				worker: detail.seconds * 1000,
				phases: detail.phases,
				longTasks: s.longTasks.filter(([at]) => at >= s.start && at < s.painted).map(([, d]) => d)
			};
		}, READ_MEASURE)
	);
	const card = page.getByTestId('file-0');
	const summary = (await card.getByTestId('file-summary').textContent()) ?? '';
	const m = /Importierbar: ([\d.]+) Werte/.exec(summary);
	if (!m) throw new Error(`import page: ${file.path} not importable: ${summary}`);
	await card.getByRole('button', { name: 'Datei entfernen' }).click();
	await card.waitFor({ state: 'detached' });
	const phases = Object.fromEntries(Object.entries(timing.phases).map(([k, v]) => [k, v * 1000]));
	return { ...timing, phases, values: Number(m[1]!.replaceAll('.', '')) };
}

export async function measureImportBrowser(options: {
	browser: Browser;
	base: string;
	catalogue: Catalogue;
	quick: boolean;
	log: (line: string) => void;
	/** Ids of import-files.ts (default all): one size alone, to look into it. */
	sizes?: string[];
}): Promise<BrowserImportFigure[]> {
	const { browser, base, quick, log } = options;
	const dir = mkdtempSync(path.join(os.tmpdir(), 'vergleichsring-bench-import-'));
	const context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
	try {
		const files = prepareFiles(dir, options.catalogue, importFiles(options.sizes));
		await context.addInitScript(IMPORT_TIMING_SCRIPT);
		const app = await context.newPage();
		await app.goto(`${base}/import`);
		await app.getByTestId('file-input').waitFor({ state: 'attached', timeout: 120_000 });
		const floor = await context.newPage();
		await floor.goto(`${base}/bench/import-floor.html`);
		await floor.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
		type Bench = {
			duckdbFloor: (d: ReadCsvDialect) => Promise<{ readCsv: number; total: number; rows: number }>;
			papaFloor: (sep: string) => Promise<{ total: number; rows: number }>;
		};
		const duckdbRun = async (file: ImportFile) => {
			await floor.bringToFront();
			await floor.locator('#file').setInputFiles(file.path);
			return floor.evaluate(
				(d) => (window as unknown as { bench: Bench }).bench.duckdbFloor(d),
				file.dialect
			);
		};
		const papaRun = async (file: ImportFile) => {
			await floor.bringToFront();
			await floor.locator('#file').setInputFiles(file.path);
			return floor.evaluate(
				(sep) => (window as unknown as { bench: Bench }).bench.papaFloor(sep),
				file.dialect.separator
			);
		};

		// One unmeasured round on the smallest file: the page's and the floors' first-use costs.
		log(`browser: import warm-up round (${files[0]!.spec.id})`);
		await appRun(app, files[0]!);
		await duckdbRun(files[0]!);
		await papaRun(files[0]!);

		const out: BrowserImportFigure[] = [];
		for (const file of files) {
			const { runs: full, quickRuns, ...spec } = file.spec;
			const runs = quick ? quickRuns : full;
			log(`browser: import ${spec.id} ×${runs} (app page, DuckDB read_csv, papaparse alternating)`);
			const s = {
				app: [] as AppRun[],
				duckdb: [] as number[],
				readCsv: [] as number[],
				papa: [] as number[]
			};
			const check = { app: 0, duckdb: 0, papaparse: 0 };
			for (let i = 0; i < runs; i++) {
				const a = await appRun(app, file);
				s.app.push(a);
				check.app = a.values;
				const d = await duckdbRun(file);
				s.duckdb.push(d.total);
				s.readCsv.push(d.readCsv);
				check.duckdb = d.rows;
				const p = await papaRun(file);
				s.papa.push(p.total);
				check.papaparse = p.rows;
			}
			const phaseNames = Object.keys(s.app[0]!.phases);
			out.push({
				...spec,
				megabytes: file.bytes / 1e6,
				bytes: file.bytes,
				rows: file.rows,
				app: summarize(s.app.map((a) => a.total)),
				appRead: summarize(s.app.map((a) => a.read)),
				worker: summarize(s.app.map((a) => a.worker)),
				workerPhases: Object.fromEntries(
					phaseNames.map((k) => [k, summarize(s.app.map((a) => a.phases[k] ?? 0)).median])
				),
				longTasks: {
					perRun: s.app.map((a) => a.longTasks.length),
					longest: Math.max(0, ...s.app.flatMap((a) => a.longTasks))
				},
				duckdb: summarize(s.duckdb),
				duckdbReadCsv: summarize(s.readCsv),
				papaparse: summarize(s.papa),
				check
			});
		}
		return out;
	} finally {
		await context.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
