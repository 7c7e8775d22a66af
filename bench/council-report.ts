/**
 * `node bench/council-report.ts [--runs N] [--no-browser] [--port P]` — the council report of all 28
 * KPIs (every field, every KPI with its ranking and trend chart) for a demo-ring authority against
 * the whole ring (n = 48, the largest ranking charts), as PDF and as Word:
 *
 * - Node: collecting the engine's results, building the model, rendering the PDF and the Word file
 *   (each in this process, median of N runs), the files' sizes and pages;
 * - Chromium (production build in `build/`, served by scripts/serve.ts): /bericht, click → download
 *   of each file, i.e. model on the page + the report worker (started on the click, its fonts and
 *   resvg's WASM fetched then) — what a department head waits for;
 * - the JavaScript it adds: the report worker is a lazy chunk (bench/sizes.ts lists it), /bericht's
 *   first paint loads none of it.
 *
 * Writes bench/results/council-report.{json,md}.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.ts';
import { cliCatalogue, isFailure, loadRingData } from '../src/cli/ring-data.ts';
import { createEngine } from '../src/lib/engine/engine.ts';
import { openNodeConnector } from '../src/lib/engine/node-connector.ts';
import { buildReport } from '../src/lib/report/build.ts';
import { gatherReportData } from '../src/lib/report/data.ts';
import { nodeFonts, nodePngWasm } from '../src/lib/report/node-assets.ts';
import { renderReport } from '../src/lib/report/render.ts';
import { datenstandStatus } from '../src/lib/ring/datenstand.ts';
import { DEMO_RING_DIR } from '../tests/e2e/support/expected.ts';
import { startServer } from './bench-server.ts';
import { buildSizes } from './sizes.ts';
import { summarize, type Summary } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const arg = (name: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i < 0 ? undefined : process.argv[i + 1];
};
const RUNS = Number(arg('runs') ?? 3);
const PORT = Number(arg('port') ?? 4381);
const OWN = '01001';
const PERIOD = 2024;
const PEERS = 'ring';

async function timed<T>(samples: number[], work: () => Promise<T>): Promise<T> {
	const start = performance.now();
	const out = await work();
	samples.push(performance.now() - start);
	return out;
}

async function node() {
	const catalogue = cliCatalogue();
	if (isFailure(catalogue)) throw new Error(catalogue.stderr);
	const ring = await loadRingData(DEMO_RING_DIR, catalogue);
	if (isFailure(ring)) throw new Error(ring.stderr);
	const datenstand = await datenstandStatus(ring);
	const conn = await openNodeConnector();
	const engine = createEngine(conn, catalogue);
	await engine.loadRing(ring.ring);
	const assets = { fonts: nodeFonts(), pngWasm: nodePngWasm() };
	const t = { data: [] as number[], model: [] as number[], pdf: [] as number[], docx: [] as number[] };
	let sizes = { pdfBytes: 0, docxBytes: 0, pages: 0, figures: 0, tables: 0 };
	for (let run = 0; run < RUNS; run++) {
		engine.clearCache();
		const data = await timed(t.data, () =>
			gatherReportData(engine, { authorityId: OWN, period: PERIOD, spec: { type: PEERS } })
		);
		const cat = engine.catalogue;
		const model = await timed(t.model, async () =>
			buildReport(
				data,
				{
					catalogue: cat,
					ring: ring.ring,
					extras: ring.extras,
					peers: PEERS,
					date: '2025-02-14',
					datenstand
				},
				{
					fields: cat.fields.map((f) => f.id),
					kpis: cat.kpis.map((k) => k.id),
					addressee: '',
					summary: '',
					comments: {}
				}
			)
		);
		const pdf = await timed(t.pdf, () => renderReport(model, 'pdf', assets));
		const docx = await timed(t.docx, () => renderReport(model, 'docx', assets));
		const pages = (new TextDecoder('latin1').decode(pdf).match(/\/Type \/Page\b/g) ?? []).length;
		sizes = {
			pdfBytes: pdf.length,
			docxBytes: docx.length,
			pages,
			figures: model.blocks.filter((b) => b.kind === 'figure').length,
			tables: model.blocks.filter((b) => b.kind === 'table').length
		};
	}
	await conn.close();
	return {
		data: summarize(t.data),
		model: summarize(t.model),
		pdf: summarize(t.pdf),
		docx: summarize(t.docx),
		...sizes
	};
}

async function browser(): Promise<{ pdf: Summary; docx: Summary } | string> {
	const executablePath = findChromium();
	if (!executablePath) return 'no Chromium found';
	const server = await startServer(path.join(ROOT, 'build'), PORT);
	const b = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		const t = { pdf: [] as number[], docx: [] as number[] };
		for (let run = 0; run < RUNS; run++) {
			const page = await b.newPage({ acceptDownloads: true });
			await page.goto(`http://127.0.0.1:${PORT}/bericht?authority=${OWN}&period=${PERIOD}&peers=${PEERS}`);
			await page
				.getByTestId('report-preview')
				.and(page.locator('[aria-busy="false"]'))
				.waitFor({ timeout: 120_000 });
			for (const format of ['pdf', 'docx'] as const) {
				const start = Date.now();
				const download = page.waitForEvent('download', { timeout: 300_000 });
				await page.getByTestId(`report-${format}`).click();
				await (await download).path();
				t[format].push(Date.now() - start);
			}
			await page.close();
		}
		return { pdf: summarize(t.pdf), docx: summarize(t.docx) };
	} finally {
		await b.close();
		server.kill();
	}
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (s: Summary) => `${Math.round(s.median)} ms (${Math.round(s.min)}–${Math.round(s.max)})`;

const n = await node();
const br = process.argv.includes('--no-browser') ? 'skipped (--no-browser)' : await browser();
const sizes = buildSizes(path.join(ROOT, 'build'));
const worker = sizes.lazy.find((l) => /workers\/worker-/.test(l.chunk));
const route = sizes.routes.find((r) => r.route === '/bericht');
const result = {
	runs: RUNS,
	authority: OWN,
	period: PERIOD,
	peers: PEERS,
	node: n,
	browser: br,
	worker,
	route
};
const lines = [
	`# Council report benchmark (${RUNS} runs, all 28 KPIs, ${OWN} ${PERIOD} against the whole ring)`,
	'',
	'| figure | measured (median, min–max) |',
	'| --- | --- |',
	`| Node: engine results for the report | ${ms(n.data)} |`,
	`| Node: document model | ${ms(n.model)} |`,
	`| Node: PDF (${n.pages} pages, ${n.figures} charts, ${n.tables} tables) | ${ms(n.pdf)}, ${kb(n.pdfBytes)} |`,
	`| Node: Word | ${ms(n.docx)}, ${kb(n.docxBytes)} |`,
	...(typeof br === 'string'
		? [`| Chromium | ${br} |`]
		: [
				`| Chromium: click → PDF downloaded | ${ms(br.pdf)} |`,
				`| Chromium: click → Word downloaded | ${ms(br.docx)} |`
			]),
	`| report worker (lazy chunk) | ${worker ? `${kb(worker.gzip)} gzip, ${kb(worker.brotli)} brotli` : 'not found'} |`,
	`| /bericht JS before first paint | ${route ? `${kb(route.gzip)} gzip (${route.files} files)` : 'not found'} |`,
	''
];
mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
writeFileSync(
	path.join(ROOT, 'bench/results/council-report.json'),
	JSON.stringify(result, null, '\t') + '\n'
);
writeFileSync(path.join(ROOT, 'bench/results/council-report.md'), lines.join('\n'));
process.stdout.write(lines.join('\n'));
process.exit(0);
