/**
 * The import's two floors in the browser — information beside its targets, not targets (bundled by
 * bench/bench-server.ts into <build>/bench/import-floor.js), measured in the same Chromium and run:
 *
 * - DuckDB: the file's bytes read from the file input, registered with DuckDB-WASM (the same hashed
 *   EH worker/WASM as the app) and loaded by `read_csv` into a table — the statement of
 *   read-csv-sql.ts.
 * - papaparse: the bytes read, decoded (TextDecoder) and parsed by Papa.parse — no typing, no
 *   validation — on this page's main thread.
 *
 * Both start from the File, as the app's import does (it reads the File in its worker).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import Papa from 'papaparse';
import { CONNECT_STATEMENTS } from '../../src/lib/engine/connector.ts';
import { readCsvStatement, type ReadCsvDialect } from './read-csv-sql.ts';

const root = document.documentElement;
const worker = new Worker(new URL(root.dataset.worker!, location.href));
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
// Absolute: the worker resolves a relative WASM URL against its own location.
await db.instantiate(new URL(root.dataset.wasm!, location.href).href);
const conn = await db.connect();
for (const statement of CONNECT_STATEMENTS) await conn.query(statement);

const input = document.createElement('input');
input.type = 'file';
input.id = 'file';
document.body.append(input);

function file(): File {
	const f = input.files?.[0];
	if (!f) throw new Error('no file on #file');
	return f;
}

export interface DuckdbFloor {
	/** File → bytes, registerFileBuffer, read_csv: ms each, and their sum. */
	read: number;
	register: number;
	readCsv: number;
	total: number;
	rows: number;
}

async function duckdbFloor(dialect: ReadCsvDialect): Promise<DuckdbFloor> {
	const name = 'bench-import.csv';
	const t0 = performance.now();
	const bytes = new Uint8Array(await file().arrayBuffer());
	const t1 = performance.now();
	await db.registerFileBuffer(name, bytes);
	const t2 = performance.now();
	await conn.query(readCsvStatement(name, 'bench_import', dialect));
	const t3 = performance.now();
	const n = await conn.query('SELECT count(*)::INTEGER AS n FROM bench_import');
	await conn.query('DROP TABLE bench_import');
	await db.dropFile(name);
	return {
		read: t1 - t0,
		register: t2 - t1,
		readCsv: t3 - t2,
		total: t3 - t0,
		rows: Number(n.getChild('n')?.get(0) ?? 0)
	};
}

async function papaFloor(separator: string): Promise<{ total: number; rows: number }> {
	const t0 = performance.now();
	const text = new TextDecoder().decode(await file().arrayBuffer());
	const parsed = Papa.parse<string[]>(text, { delimiter: separator, skipEmptyLines: true });
	return { total: performance.now() - t0, rows: parsed.data.length - 1 };
}

Object.assign(window, { bench: { duckdbFloor, papaFloor } });
document.body.dataset.ready = 'true';
