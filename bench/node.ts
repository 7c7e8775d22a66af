/**
 * Measurements in Node. Rings run on both Node engines: native DuckDB (what the CLI and a server
 * making reports use) and the DuckDB-WASM blocking build — the same WASM engine and the same
 * engine/ingest modules as the browser, minus the worker hop and the rendering, which isolates
 * what the engine costs from what the page adds. The import's DuckDB floor stays on WASM: the
 * import target compares the JS reader with the engine the page has.
 *
 * Each scale and the import run in a fresh child process (`node bench/node.ts ring <scale>
 * [--engine=wasm]` / `node bench/node.ts import <50kB|5MB|50MB>`), so one measurement's heap and WASM memory cannot inflate the
 * next one's peak. The child prints one JSON object on stdout.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { loadCatalogue } from '../src/lib/catalogue/node-loader.ts';
import type { Connector } from '../src/lib/engine/connector.ts';
import { createEngine } from '../src/lib/engine/engine.ts';
import {
	NODE_ENGINES,
	openNodeConnector,
	openNodeEngine,
	type NodeEngine
} from '../src/lib/engine/node-connector.ts';
import { isImportable, parseImportFile } from '../src/lib/ingest/parse-import.ts';
import { valueCount } from '../src/lib/ring/value-columns.ts';
import { importFiles } from './import-files.ts';
import { benchAuthority, germanCsv, latestPeriod, makeRing, SCALES, type Scale } from './rings.ts';
import { summarize, timeRuns, type Summary } from './stats.ts';

export interface MemoryFigures {
	/** Highest V8 heapUsed seen after any step (bytes). */
	peakJsHeap: number;
	/** Resident set size at the end (bytes): JS heap, WASM linear memory or native DuckDB, everything. */
	rss: number;
	/** Sum of duckdb_memory().memory_usage_bytes after loading (bytes). */
	duckdbMemory: number;
	/** PRAGMA database_size → memory_usage, as DuckDB words it. */
	databaseSize: string;
}

export interface NodeRingResult {
	scale: Scale;
	/** The DuckDB it ran on (results stored before both engines were measured: WASM). */
	engine?: NodeEngine;
	values: number;
	authority: string;
	period: number;
	peerGroupSize: number;
	/** Opening DuckDB (instantiate or load the library + connect), once. */
	open: number;
	/** loadRing: bulk load, pivot, every KPI for every authority and period, size classes. */
	load: Summary;
	/** kpis({period}) — every KPI of every authority in the period (what the ranking queries). */
	kpisPeriod: Summary;
	/** stats(authority, period, size) — peer group and statistics of all KPIs. */
	stats: Summary;
	/** kpisPeriod + stats in one go: the compute figure with the 100 ms target. */
	compute: Summary;
	/** kpis() over all periods. */
	kpisAll: Summary;
	/** Floor of compute: reading the materialised KPI values of the period straight from the table. */
	computeFloor: Summary;
	memory: MemoryFigures;
}

async function duckMemory(conn: Connector): Promise<{ duckdbMemory: number; databaseSize: string }> {
	const mem = await conn.query('SELECT sum(memory_usage_bytes)::BIGINT AS b FROM duckdb_memory()');
	const size = await conn.query('PRAGMA database_size');
	return {
		duckdbMemory: Number(mem.get(0)?.toJSON().b ?? 0),
		databaseSize: String(size.get(0)?.toJSON().memory_usage ?? '')
	};
}

export async function measureRing(scale: Scale, quick: boolean, duckdb: NodeEngine): Promise<NodeRingResult> {
	let peak = 0;
	const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));
	const ring = makeRing(scale);
	sample();
	const catalogue = loadCatalogue();
	const t0 = performance.now();
	const conn = await openNodeEngine(duckdb);
	const open = performance.now() - t0;
	const engine = createEngine(conn, catalogue);
	const big = scale.authorities >= 5000;
	const load = await timeRuns(quick || big ? 2 : 3, async () => {
		await engine.loadRing(ring);
		sample();
	});
	const authority = benchAuthority(ring);
	const period = latestPeriod(scale);
	const runs = quick ? 5 : 11;
	let peerGroupSize = 0;
	const kpisPeriod = await timeRuns(runs, () => engine.kpis({ period }).then(sample), 1);
	const stats = await timeRuns(
		runs,
		async () => {
			engine.clearCache(); // measure a period not seen before: snapshot read included
			peerGroupSize = (await engine.stats(authority, period, { type: 'size' })).group.members.length;
			sample();
		},
		1
	);
	const compute = await timeRuns(runs, async () => {
		engine.clearCache();
		await engine.kpis({ period });
		await engine.stats(authority, period, { type: 'size' });
		sample();
	});
	const kpisAll = await timeRuns(quick ? 3 : 5, () => engine.kpis().then(sample), 1);
	const computeFloor = await timeRuns(
		runs,
		() => conn.query(`SELECT authority_id, kpi_id, value FROM kpi_values WHERE period = ${period}`),
		1
	);
	const memory = { peakJsHeap: peak, rss: process.memoryUsage().rss, ...(await duckMemory(conn)) };
	await conn.close();
	return {
		scale,
		engine: duckdb,
		values: valueCount(ring.values),
		authority,
		period,
		peerGroupSize,
		open,
		load,
		kpisPeriod,
		stats,
		compute,
		kpisAll,
		computeFloor,
		memory
	};
}

export interface ImportFigure {
	/** import-files.ts id (`50kB`, `5MB`, `50MB`). */
	id: string;
	megabytes: number;
	bytes: number;
	rows: number;
	/**
	 * parseImportFile as the CLI `check` and the import worker call it (values as typed columns):
	 * decode, dialect and header detection, parse, German numbers, validation, provenance.
	 */
	core: Summary;
	/** DuckDB floor: registerFile + read_csv into a table with explicit types, decimal_separator=','. */
	duckdb: Summary;
	/** read_csv alone (file already registered). */
	duckdbReadOnly: Summary;
	/** papaparse floor: TextDecoder + Papa.parse of the whole text, no typing, no validation. */
	papaparse: Summary;
	/** Rows each reader returned (must agree). */
	check: { core: number; duckdb: number; papaparse: number };
}

const READ_CSV = `CREATE OR REPLACE TABLE bench_import AS SELECT * FROM read_csv('bench-import.csv',
	delim = ';', header = true, decimal_separator = ',', auto_detect = false,
	columns = {'authority_id': 'VARCHAR', 'period': 'INTEGER', 'count_id': 'VARCHAR', 'value': 'DOUBLE'})`;

export async function measureImport(id: string, quick: boolean): Promise<ImportFigure> {
	const catalogue = loadCatalogue();
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	const file = importFiles([id])[0]!;
	const { bytes, rows } = germanCsv(file.bytes, specs);
	const runs = quick ? file.quickRuns : file.runs;
	const check = { core: 0, duckdb: 0, papaparse: 0 };

	// The three readers alternate run by run, so drift (thermal, other load) hits all of them; each
	// starts on a collected heap (the child runs with --expose-gc), or the one after papaparse would
	// pay for collecting papaparse's millions of strings.
	const collect = () => (globalThis as { gc?: () => void }).gc?.();
	const samples = {
		core: [] as number[],
		duckdb: [] as number[],
		read: [] as number[],
		papa: [] as number[]
	};
	const conn = await openNodeConnector();
	// One unmeasured round first: JIT warm-up and DuckDB's first-use allocations.
	for (let i = -1; i < runs; i++) {
		const keep = i >= 0;
		collect();
		let t = performance.now();
		const result = parseImportFile('bench-import.csv', bytes, specs, { columnar: true });
		if (keep) samples.core.push(performance.now() - t);
		if (!isImportable(result)) throw new Error('bench import file is not importable');
		check.core = result.columns!.value.length;

		collect();
		t = performance.now();
		await conn.registerFile('bench-import.csv', bytes);
		const tRead = performance.now();
		await conn.query(READ_CSV);
		const end = performance.now();
		if (keep) samples.duckdb.push(end - t);
		if (keep) samples.read.push(end - tRead);
		check.duckdb = Number(
			(await conn.query('SELECT count(*)::INTEGER AS n FROM bench_import')).get(0)?.toJSON().n
		);
		await conn.query('DROP TABLE bench_import');

		collect();
		t = performance.now();
		const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), {
			delimiter: ';',
			skipEmptyLines: true
		});
		if (keep) samples.papa.push(performance.now() - t);
		check.papaparse = parsed.data.length - 1;
	}
	await conn.close();
	return {
		id,
		megabytes: bytes.length / 1e6,
		bytes: bytes.length,
		rows,
		core: summarize(samples.core),
		duckdb: summarize(samples.duckdb),
		duckdbReadOnly: summarize(samples.read),
		papaparse: summarize(samples.papa),
		check
	};
}

/** Run one measurement in a fresh Node process and return its JSON. */
export function inChild<T>(args: string[]): Promise<T> {
	return new Promise((resolve, reject) => {
		const child = spawn(
			process.execPath,
			['--max-old-space-size=8192', '--expose-gc', fileURLToPath(import.meta.url), ...args],
			{
				stdio: ['ignore', 'pipe', 'inherit']
			}
		);
		let out = '';
		child.stdout.on('data', (d: Buffer) => (out += d));
		child.on('error', reject);
		child.on('close', (code) => {
			if (code !== 0) return reject(new Error(`bench/node.ts ${args.join(' ')} exited with ${code}`));
			try {
				resolve(JSON.parse(out) as T);
			} catch (e) {
				reject(new Error(`bench/node.ts ${args.join(' ')}: no JSON on stdout (${String(e)})`));
			}
		});
	});
}

if (import.meta.main) {
	const [what, ...rest] = process.argv.slice(2);
	const quick = rest.includes('--quick');
	const positional = rest.filter((a) => !a.startsWith('--'));
	const engine = (rest.find((a) => a.startsWith('--engine='))?.slice(9) ?? 'native') as NodeEngine;
	if (!NODE_ENGINES.includes(engine)) throw new Error(`unknown engine ${engine} (${NODE_ENGINES.join('|')})`);
	let result: unknown;
	if (what === 'ring') {
		const scale = Object.values(SCALES).find((s) => s.id === positional[0]) ?? parseScale(positional[0]);
		result = await measureRing(scale, quick, engine);
	} else if (what === 'import') {
		result = await measureImport(positional[0] ?? '', quick);
	} else {
		console.error(
			'usage: node bench/node.ts ring <50x4|550x10|5000x10|AxP> [--quick] [--engine=native|wasm] | import <50kB|5MB|50MB> [--quick]'
		);
		process.exit(2);
	}
	process.stdout.write(JSON.stringify(result));
}

function parseScale(id: string | undefined): Scale {
	const m = /^(\d+)x(\d+)$/.exec(id ?? '');
	if (!m) throw new Error(`unknown scale ${id}`);
	return { id: id!, authorities: Number(m[1]), periods: Number(m[2]) };
}
