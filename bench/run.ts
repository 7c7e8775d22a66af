/**
 * `npm run bench` — the orchestration: build once, measure sizes, generate the rings, run the Node
 * measurements (each in a fresh process, rings on native DuckDB and on DuckDB-WASM) and the Chromium measurements against a private copy of
 * the build, then write bench/results/latest.{md,json} and print the table with PASS/MISS.
 *
 * Options:
 *   --quick      < 3 min: fewer runs, no 5,000 × 10 stress ring, reuses an existing build/ (unless
 *                --build); results go to bench/results/quick.{md,json} (not committed)
 *   --no-build   reuse the existing build/ (full mode builds by default)
 *   --build      build even in --quick mode
 *   --no-browser Node and sizes only
 *   --port <p>   port for scripts/serve.ts (default 4273)
 *   --only import  the import alone (Node and the Chromium import page): bench/results/import.{md,json}
 *   --only session the session mode's slide change alone (Chromium, 550 × 10): bench/results/session.{md,json}
 *   --only moderation  the completeness matrix at 550 × 42 on /moderation (Chromium):
 *                bench/results/moderation.{md,json}
 *   --only open  opening real rings (issue 21): ?package= at every scale with the page's heap,
 *                „Ringpaket öffnen“, the stored ring cold, the engine page's read + load and compute,
 *                the interaction — beside the floor, no Node rows: bench/results/open.{md,json}
 *   --sizes <ids>  with --only import: some of the import files, e.g. `--sizes 50kB,5MB`
 *
 * Chromium also runs the import page on the German CSVs of bench/import-files.ts (50 kB, 5 MB,
 * 50 MB) next to DuckDB's read_csv and papaparse's bare parse in the same browser, as information
 * (bench/import-browser.ts).
 *
 * Why a private copy of build/: other engineers build in the same working tree; a rebuild mid-run
 * would delete the files being served. The copy also holds the bench pages and ring zips under
 * bench/ (the app opens them with `?package=bench/ring-550x10.zip`) and is deleted at the end.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadCatalogue } from '../src/lib/catalogue/node-loader.ts';
import { NODE_ENGINES } from '../src/lib/engine/node-connector.ts';
import { startServer, writeBenchPages } from './bench-server.ts';
import { measureBrowser, measureImportOnly } from './browser.ts';
import type { BenchRing, BrowserResult } from './browser-types.ts';
import { snapshotCompleteBuild } from './build-snapshot.ts';
import type { BrowserImportFigure } from './import-browser.ts';
import { importFiles } from './import-files.ts';
import { renderImportMarkdown } from './import-report.ts';
import { inChild, type ImportFigure, type NodeRingResult } from './node.ts';
import { evaluateTargets, renderMarkdown, type BenchResult, type Machine } from './report.ts';
import {
	benchAuthority,
	latestPeriod,
	makeRing,
	ringZip,
	ROOT,
	SCALES,
	valueCount,
	zipName,
	type Scale
} from './rings.ts';
import { measureModeration, renderModerationMarkdown } from './moderation-browser.ts';
import { measureSlideChange, slideChangeTarget, type SlideChangeFigures } from './session-browser.ts';
import { buildSizes } from './sizes.ts';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, missingChromiumHelp } from '../scripts/find-chromium.ts';

const args = process.argv.slice(2);
const has = (flag: string) => args.includes(flag);
const quick = has('--quick');
const valueOf = (flag: string) => {
	const i = args.indexOf(flag);
	return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(valueOf('--port') ?? 4273);
const only = valueOf('--only');
if (only !== undefined && !['import', 'session', 'moderation', 'open'].includes(only))
	throw new Error(
		`--only ${only}: \`--only import\`, \`--only session\`, \`--only moderation\` and \`--only open\` exist`
	);
const openOnly = only === 'open';
const sizes = valueOf('--sizes')?.split(',').filter(Boolean);
const buildDir = path.join(ROOT, 'build');
const started = performance.now();
const log = (line: string) =>
	console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
const notes: string[] = [];

function runBuild(): Promise<number> {
	log('npm run build …');
	const t = performance.now();
	return new Promise((resolve, reject) => {
		const child = spawn('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (d: Buffer) => (output += d));
		child.stderr.on('data', (d: Buffer) => (output += d));
		child.on('close', (code) => {
			if (code === 0) resolve((performance.now() - t) / 1000);
			else reject(new Error(`npm run build failed (${code}):\n${output.slice(-3000)}`));
		});
	});
}

function machine(chromium: string | null): Machine {
	let commit = 'unknown';
	try {
		commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
		const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'kpi-definitions', 'static'], {
			cwd: ROOT,
			encoding: 'utf8'
		}).trim();
		if (dirty) commit += ' (+ uncommitted changes in src/)';
	} catch {
		/* not a git checkout */
	}
	return {
		date: new Date().toISOString(),
		cpus: os.cpus().length,
		cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
		memory: os.totalmem(),
		node: process.version,
		chromium,
		os: `${os.type()} ${os.release()} ${os.arch()}`,
		loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
		commit
	};
}

async function main(): Promise<void> {
	// 1. Build (or reuse)
	let buildSeconds: number | null = null;
	const reuse = has('--no-build') || (quick && !has('--build') && existsSync(buildDir));
	if (reuse) {
		if (!existsSync(path.join(buildDir, 'index.html')))
			throw new Error('--no-build: build/ is missing; run npm run build first');
		const age = (Date.now() - statSync(path.join(buildDir, 'index.html')).mtimeMs) / 60_000;
		notes.push(`Reused the existing build/ (built ${age.toFixed(0)} min before the run), not rebuilt.`);
		log(`reusing build/ (${age.toFixed(0)} min old)`);
	} else buildSeconds = await runBuild();

	// 2. Sizes, and a private copy of the build to serve (taken at once: others build here too)
	const served = mkdtempSync(path.join(os.tmpdir(), 'vergleichsring-bench-'));
	try {
		await snapshotCompleteBuild(buildDir, served, log);
		if (only === 'import') return await importOnly(served, reuse ? null : buildSeconds);
		if (only === 'session') return await sessionOnly(served);
		if (only === 'moderation') return await moderationOnly(served);
		const sizes = buildSizes(served, path.join(ROOT, '.svelte-kit/output/client/.vite/manifest.json'));

		// 3. Rings
		const scales: Scale[] = [SCALES.small, SCALES.medium];
		if (quick) notes.push('--quick: the 5,000 × 10 stress ring is skipped; fewer runs per figure.');
		else scales.push(SCALES.stress);
		const rings: { ring: BenchRing; zip: Uint8Array }[] = [];
		for (const scale of scales) {
			log(`generating ring ${scale.id}`);
			const ring = makeRing(scale);
			rings.push({
				ring: {
					id: scale.id,
					file: zipName(scale),
					authorities: ring.authorities.map((a) => a.authority_id).sort(),
					periods: ring.meta.periods,
					authority: benchAuthority(ring),
					period: latestPeriod(scale),
					values: valueCount(ring)
				},
				zip: ringZip(ring)
			});
		}

		// 4. Node, each measurement in a fresh process
		const nodeRings: NodeRingResult[] = [];
		const imports: ImportFigure[] = [];
		if (!openOnly)
			for (const scale of scales)
				for (const engine of NODE_ENGINES) {
					log(`node: ring ${scale.id} on ${engine}`);
					const args = ['ring', scale.id, `--engine=${engine}`, ...(quick ? ['--quick'] : [])];
					nodeRings.push(await inChild<NodeRingResult>(args));
				}
		for (const file of openOnly ? [] : importFiles()) {
			log(`node: import ${file.id}`);
			imports.push(await inChild<ImportFigure>(['import', file.id, ...(quick ? ['--quick'] : [])]));
		}

		// 5. Chromium
		let browser: BrowserResult | null = null;
		if (!has('--no-browser')) {
			try {
				browser = await measureBrowser({
					dir: served,
					port,
					quick,
					catalogue: loadCatalogue(),
					rings,
					interactionRing: SCALES.medium.id,
					log,
					openOnly
				});
			} catch (e) {
				notes.push(`Browser measurements failed: ${(e as Error).message.split('\n')[0]}`);
				log(`browser failed: ${(e as Error).stack}`);
			}
		}

		// 6. Report
		const result: BenchResult = {
			mode: quick ? 'quick' : 'full',
			machine: machine(browser?.chromium ?? null),
			buildSeconds,
			sizes,
			node: { rings: nodeRings, imports },
			browser,
			notes
		};
		const markdown = renderMarkdown(result);
		const dir = path.join(ROOT, 'bench/results');
		mkdirSync(dir, { recursive: true });
		const name = openOnly ? 'open' : quick ? 'quick' : 'latest';
		writeFileSync(
			path.join(dir, `${name}.json`),
			JSON.stringify({ ...result, targets: evaluateTargets(result) }, null, '\t') + '\n'
		);
		writeFileSync(path.join(dir, `${name}.md`), markdown);
		process.stdout.write(markdown);
		log(`done; wrote bench/results/${name}.md and ${name}.json`);
	} finally {
		rmSync(served, { recursive: true, force: true });
	}
}

/** `--only import`: Node and the Chromium import page on the import files, nothing else. */
async function importOnly(served: string, buildSeconds: number | null): Promise<void> {
	const node: ImportFigure[] = [];
	for (const file of importFiles(sizes)) {
		log(`node: import ${file.id}`);
		node.push(await inChild<ImportFigure>(['import', file.id, ...(quick ? ['--quick'] : [])]));
	}
	let browser: { chromium: string; imports: BrowserImportFigure[] } | null = null;
	if (!has('--no-browser'))
		try {
			browser = await measureImportOnly({
				dir: served,
				port,
				quick,
				catalogue: loadCatalogue(),
				log,
				...(sizes ? { sizes } : {})
			});
		} catch (e) {
			notes.push(`Browser measurements failed: ${(e as Error).message.split('\n')[0]}`);
			log(`browser failed: ${(e as Error).stack}`);
		}
	const m = machine(browser?.chromium ?? null);
	const heading = `### Import benchmark (${quick ? 'quick' : 'full'}) — ${m.date}\n\nMachine: ${m.cpus} cores (${m.cpuModel}), ${(m.memory / 2 ** 30).toFixed(0)} GiB; Node ${m.node}; Chromium ${m.chromium ?? '–'}; load average ${m.loadAverage.join(' / ')}; commit ${m.commit}${buildSeconds === null ? '' : `; build ${buildSeconds.toFixed(0)} s`}.`;
	const markdown = renderImportMarkdown(heading, browser?.imports ?? null, node, notes);
	const dir = path.join(ROOT, 'bench/results');
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		path.join(dir, 'import.json'),
		JSON.stringify({ machine: m, browser: browser?.imports ?? null, node, notes }, null, '\t') + '\n'
	);
	writeFileSync(path.join(dir, 'import.md'), markdown);
	process.stdout.write(markdown);
	log('done; wrote bench/results/import.md and import.json');
}

/** `--only session`: the slide change of session mode on the 550 × 10 ring, nothing else. */
async function sessionOnly(served: string): Promise<void> {
	const scale = SCALES.medium;
	log(`generating ring ${scale.id}`);
	const ring = makeRing(scale);
	const bench: BenchRing = {
		id: scale.id,
		file: zipName(scale),
		authorities: ring.authorities.map((a) => a.authority_id).sort(),
		periods: ring.meta.periods,
		authority: benchAuthority(ring),
		period: latestPeriod(scale),
		values: valueCount(ring)
	};
	await writeBenchPages(served, [{ ring: bench, zip: ringZip(ring) }]);
	const executablePath = findChromium();
	if (!executablePath) throw new Error(missingChromiumHelp());
	const server = await startServer(served, port);
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	let figures: SlideChangeFigures | null = null;
	try {
		log('browser: session slide change');
		const url = `http://127.0.0.1:${port}/sitzung/vortrag?package=${encodeURIComponent(`/bench/${bench.file}`)}&folie=1`;
		figures = await measureSlideChange(browser, url, bench.id, quick);
	} catch (e) {
		notes.push(`slide change not measured: ${(e as Error).message.split('\n')[0]}`);
	} finally {
		await browser.close();
		server.kill();
	}
	const m = machine(browser.version());
	const target = slideChangeTarget(figures, notes);
	const markdown = [
		`### Session benchmark (${quick ? 'quick' : 'full'}) — ${m.date}`,
		'',
		`Machine: ${m.cpus} cores (${m.cpuModel}), ${(m.memory / 2 ** 30).toFixed(0)} GiB; Node ${m.node}; Chromium ${m.chromium ?? '–'}; load average ${m.loadAverage.join(' / ')}; commit ${m.commit}.`,
		'',
		'| target | measured | result |',
		'| --- | --- | --- |',
		`| ${target.target} | ${target.measured} | ${target.pass === null ? '–' : target.pass ? 'PASS' : `MISS: ${target.why}`} |`,
		...notes.map((n) => `\n- ${n}`),
		''
	].join('\n');
	const dir = path.join(ROOT, 'bench/results');
	mkdirSync(dir, { recursive: true });
	writeFileSync(
		path.join(dir, 'session.json'),
		JSON.stringify({ machine: m, slideChange: figures, target, notes }, null, '\t') + '\n'
	);
	writeFileSync(path.join(dir, 'session.md'), markdown);
	process.stdout.write(markdown);
	log('done; wrote bench/results/session.md and session.json');
}

main().catch((e: unknown) => {
	console.error(e instanceof Error ? e.stack : e);
	process.exit(1);
});

/** `--only moderation`: the completeness matrix on the 550 × 10 ring (bench/moderation-browser.ts). */
async function moderationOnly(served: string): Promise<void> {
	const scale = SCALES.medium;
	log(`generating ring ${scale.id}`);
	mkdirSync(path.join(served, 'bench'), { recursive: true });
	writeFileSync(path.join(served, 'bench', zipName(scale)), ringZip(makeRing(scale)));
	const executablePath = findChromium();
	if (!executablePath) throw new Error(missingChromiumHelp());
	const server = await startServer(served, port);
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		const figures = await measureModeration({
			browser,
			base: `http://127.0.0.1:${port}`,
			ringFile: zipName(scale),
			ringId: scale.id,
			quick,
			log
		});
		const m = machine(browser.version());
		const heading = `### Moderation benchmark (${quick ? 'quick' : 'full'}) — ${m.date}\n\nMachine: ${m.cpus} cores (${m.cpuModel}), ${(m.memory / 2 ** 30).toFixed(0)} GiB; Node ${m.node}; Chromium ${m.chromium ?? '–'}; load average ${m.loadAverage.join(' / ')}; commit ${m.commit}.`;
		const markdown = renderModerationMarkdown(heading, figures, notes);
		const dir = path.join(ROOT, 'bench/results');
		mkdirSync(dir, { recursive: true });
		writeFileSync(
			path.join(dir, 'moderation.json'),
			JSON.stringify({ machine: m, figures, notes }, null, '\t') + '\n'
		);
		writeFileSync(path.join(dir, 'moderation.md'), markdown);
		process.stdout.write(markdown);
		log('done; wrote bench/results/moderation.md and moderation.json');
	} finally {
		await browser.close();
		server.kill();
	}
}
