/**
 * Connector for the browser: DuckDB-WASM in a Web Worker, EH bundle only.
 *
 * Why this shape:
 * - The WASM and the worker script are imported with Vite `?url`, so they are copied into the build
 *   with content hashes and served from the app's own origin: no CDN, works on an offline intranet.
 * - Only the EH bundle: every browser we support has WASM exceptions; shipping MVP and COI too would
 *   triple the download for nothing.
 * - Created lazily and once: the first caller starts the ~1 s instantiation, every later caller
 *   shares the same promise. Nothing here runs at import time (the `?url` imports are only strings),
 *   and callers import this module dynamically in the browser, so prerendering never touches it.
 */
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { insertArrow } from './arrow-insert.ts';
import type { Connector } from './connector.ts';
import { CONNECT_STATEMENTS } from './connector.ts';

let instance: Promise<Connector> | undefined;
/** The database behind `instance`, for further connections (`browserConnection`). */
let database: import('@duckdb/duckdb-wasm').AsyncDuckDB | undefined;

/** The page's one database. Safe to call from many components; instantiates on first call. */
export function browserConnector(): Promise<Connector> {
	instance ??= open().catch((error: unknown) => {
		instance = undefined; // allow a retry after a failed start
		throw error;
	});
	return instance;
}

/** Resolves when the server has `url` (or cannot say, without HEAD); rejects with its status if not. */
async function delivered(url: string): Promise<void> {
	const response = await fetch(url, { method: 'HEAD' });
	if (!response.ok && response.status !== 405 && response.status !== 501)
		throw new Error(`HTTP ${response.status} ${new URL(url, location.href).pathname}`);
}

async function open(): Promise<Connector> {
	const duckdb = await import('@duckdb/duckdb-wasm');
	const thread = new Worker(workerUrl);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), thread);
	// What the server does not deliver would leave DuckDB's start waiting forever: a worker script ends
	// the worker with an error event, which DuckDB's client does not hear, and a WASM fails inside the
	// worker without an answer (and uncaught). So the worker's error is listened for, and the WASM asked
	// for first (HEAD: no body; a server without HEAD is not taken for a missing file) — while the
	// worker's script loads, which the start waits for anyway.
	let stop = () => {};
	const died = new Promise<never>((_, reject) => {
		const onError = (event: ErrorEvent) => {
			event.preventDefault();
			reject(new Error(event.message || 'DuckDB worker failed'));
		};
		thread.addEventListener('error', onError);
		stop = () => thread.removeEventListener('error', onError);
	});
	died.catch(() => undefined); // heard by the races below, or never after them
	try {
		await Promise.race([delivered(wasmUrl), died]);
		await Promise.race([db.instantiate(wasmUrl), died]);
	} catch (error) {
		thread.terminate();
		throw error;
	} finally {
		stop();
	}
	database = db;
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
		insertTable: (name, table) => insertArrow(conn, name, table),
		async close() {
			if (closed) return;
			closed = true;
			await conn.close();
			await db.terminate();
			thread.terminate();
			instance = undefined;
			database = undefined;
		}
	};
}

/**
 * Another connection to the page's database (the what-if engine's, scenario/isolated.ts): same
 * tables and files as the page's connection unless it switches its default database. Its `close`
 * closes only this connection.
 */
export async function browserConnection(): Promise<Connector> {
	await browserConnector();
	const db = database!;
	const conn = await db.connect();
	for (const statement of CONNECT_STATEMENTS) await conn.query(statement);
	return {
		query: (sql) => conn.query(sql),
		async registerFile(name, bytes) {
			await db.dropFile(name).catch(() => undefined);
			await db.registerFileBuffer(name, bytes);
		},
		async dropFile(name) {
			await db.dropFile(name);
		},
		insertTable: (name, table) => insertArrow(conn, name, table),
		close: () => conn.close()
	};
}
