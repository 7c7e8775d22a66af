/**
 * In-browser engine probe (bundled by bench/bench-server.ts into <build>/bench/engine.js): the app's own
 * engine (createEngine), ring reader (openRingZip) and DuckDB-WASM worker/WASM from the build, driven
 * by page.evaluate. It times compute in the browser without rendering, so the benchmark can tell the
 * engine's cost (worker hop included) from the page's.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import type { Catalogue } from '../../src/lib/catalogue/schema.ts';
import { CONNECT_STATEMENTS, type Connector } from '../../src/lib/engine/connector.ts';
import { createEngine, type Engine } from '../../src/lib/engine/engine.ts';
import { insertArrow } from '../../src/lib/engine/arrow-insert.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { valueCount } from '../../src/lib/ring/value-columns.ts';

let engine: Engine | undefined;
let conn: Connector | undefined;
let peakHeap = 0;

const heap = (): number => {
	const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
	const used = memory?.usedJSHeapSize ?? 0;
	peakHeap = Math.max(peakHeap, used);
	return used;
};

async function open(catalogue: Catalogue): Promise<number> {
	const t = performance.now();
	const root = document.documentElement;
	const worker = new Worker(new URL(root.dataset.worker!, location.href));
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	// Absolute: the worker resolves a relative WASM URL against its own location.
	await db.instantiate(new URL(root.dataset.wasm!, location.href).href);
	const c = await db.connect();
	for (const statement of CONNECT_STATEMENTS) await c.query(statement);
	const connector: Connector = {
		query: (sql) => c.query(sql),
		registerFile: (name, bytes) => db.registerFileBuffer(name, bytes),
		dropFile: async (name) => void (await db.dropFile(name)),
		insertTable: (name, table) => insertArrow(c, name, table),
		close: () => c.close()
	};
	conn = connector;
	engine = createEngine(connector, catalogue);
	heap();
	return performance.now() - t;
}

/** Fetch, unzip and read the package, then load it: { read, load } in ms. */
async function loadZip(url: string): Promise<{ read: number; load: number; values: number }> {
	const t0 = performance.now();
	const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
	const specs = engine!.catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	const opened = await openRingZip(bytes, specs, { name: url });
	if (!opened.data) throw new Error(`ring package ${url} not readable`);
	heap();
	const t1 = performance.now();
	await engine!.loadRing(opened.data.ring);
	heap();
	return { read: t1 - t0, load: performance.now() - t1, values: valueCount(opened.data.ring.values) };
}

/**
 * Sample times (ms) of what the period's view asks the engine for a period not seen before — its
 * snapshot (every KPI of every member) and the peer statistics, together as the dashboard asks
 * (`dashboard/data.ts`: `periodValues` + `stats`) — after one warm-up. Not `kpis({period})`: the long
 * table with a string per row is the CLI's, the view never reads it.
 */
async function compute(authority: string, period: number, runs: number): Promise<number[]> {
	const samples: number[] = [];
	for (let i = -1; i < runs; i++) {
		engine!.clearCache(); // a period not seen before: the snapshot read is part of the figure
		// …but the ring-wide error index is not: the view on screen has read it before the switch.
		await engine!.errors();
		const t = performance.now();
		await Promise.all([engine!.snapshot(period), engine!.stats(authority, period, { type: 'size' })]);
		if (i >= 0) samples.push(performance.now() - t);
		heap();
	}
	return samples;
}

async function memory(): Promise<{
	peakJsHeap: number;
	jsHeap: number;
	duckdbMemory: number;
	databaseSize: string;
}> {
	const mem = await conn!.query('SELECT sum(memory_usage_bytes)::BIGINT AS b FROM duckdb_memory()');
	const size = await conn!.query('PRAGMA database_size');
	return {
		jsHeap: heap(),
		peakJsHeap: peakHeap,
		duckdbMemory: Number(mem.get(0)?.toJSON().b ?? 0),
		databaseSize: String(size.get(0)?.toJSON().memory_usage ?? '')
	};
}

Object.assign(window, { bench: { open, loadZip, compute, memory } });
document.body.dataset.ready = 'true';
