/**
 * The cold-start FLOOR page (bundled by bench/bench-server.ts into <build>/bench/floor.js): nothing but
 * DuckDB-WASM's EH bundle — the same hashed worker and WASM files the app serves from
 * _app/immutable/assets/ (their URLs come in as data attributes) — instantiated, connected, one
 * query. Whatever the app needs beyond this to show its first chart is the app's own cost.
 */
import * as duckdb from '@duckdb/duckdb-wasm';

const root = document.documentElement;
addEventListener('error', (e) => Object.assign(window, { __floor: { error: String(e.message) } }));
addEventListener('unhandledrejection', (e) =>
	Object.assign(window, { __floor: { error: String(e.reason) } })
);
const worker = new Worker(new URL(root.dataset.worker!, location.href));
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
// Absolute: the worker resolves a relative WASM URL against its own location.
await db.instantiate(new URL(root.dataset.wasm!, location.href).href);
const conn = await db.connect();
const result = await conn.query('SELECT 42 AS answer');
const done = performance.now();
Object.assign(window, { __floor: { done, answer: Number(result.get(0)?.toJSON().answer) } });
document.body.dataset.done = 'true';
