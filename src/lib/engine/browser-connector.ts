/**
 * Connector for the browser: DuckDB-WASM in a Web Worker, EH bundle only.
 *
 * Why this shape:
 * - The WASM and the worker script are imported with Vite `?url`, so they are copied into the build
 *   with content hashes and served from the app's own origin: no CDN, works on an offline intranet.
 * - Only the EH bundle: every browser we support has WASM exceptions; shipping MVP and COI too would
 *   triple the download for nothing.
 * - Created lazily and once: the first caller starts the ~1 s instantiation, every later caller
 *   shares the same promise. Nothing here runs at import time, and callers import this module
 *   dynamically from `onMount`, so prerendering never touches it.
 */
import type { Connector } from './connector.ts';
import { CONNECT_STATEMENTS } from './connector.ts';

let instance: Promise<Connector> | undefined;

/** The page's one database. Safe to call from many components; instantiates on first call. */
export function browserConnector(): Promise<Connector> {
	instance ??= open().catch((error: unknown) => {
		instance = undefined; // allow a retry after a failed start
		throw error;
	});
	return instance;
}

async function open(): Promise<Connector> {
	const [duckdb, wasm, worker] = await Promise.all([
		import('@duckdb/duckdb-wasm'),
		import('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url'),
		import('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url')
	]);
	const thread = new Worker(worker.default);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), thread);
	await db.instantiate(wasm.default);
	const conn = await db.connect();
	for (const statement of CONNECT_STATEMENTS) await conn.query(statement);
	let closed = false;
	return {
		query: (sql) => conn.query(sql),
		async registerFile(name, bytes) {
			await db.dropFile(name).catch(() => undefined);
			await db.registerFileBuffer(name, bytes);
		},
		async dropFile(name) {
			await db.dropFile(name);
		},
		async close() {
			if (closed) return;
			closed = true;
			await conn.close();
			await db.terminate();
			thread.terminate();
			instance = undefined;
		}
	};
}
