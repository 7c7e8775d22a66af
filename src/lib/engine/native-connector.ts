/**
 * Connector for Node on native DuckDB (`@duckdb/node-api`): the CLI's and the benchmark's engine.
 * Must never be imported by browser code (ESLint keeps the native packages out of it).
 *
 * Why native next to the WASM blocking build: the same SQL runs several times faster on all cores
 * without a WASM heap limit, which is what a server making every member's report per ring needs.
 * The unit tests run the engine on both Node connectors and compare their output, and the native
 * package is pinned to the DuckDB version inside DuckDB-WASM, so the CLI's numbers are the
 * browser's.
 *
 * - Results become the same Arrow tables WASM returns (native-arrow.ts).
 * - `registerFile` writes the bytes into a private temporary folder that is DuckDB's
 *   `file_search_path`, so `read_csv('name')` finds them under the same name as in WASM. (DuckDB's
 *   `allowed_directories` lock-down cannot be used with it: it checks the name before the search
 *   path resolves it.) The folder is removed on `close`, or when the process exits without it, so
 *   no copy of a ring's figures is left behind.
 * - `insertTable` creates the table with the types DuckDB-WASM gives an Arrow scan and appends the
 *   Arrow columns in data chunks of 2,048 rows (one JS pass per column, no SQL text): this engine has no
 *   Arrow reader without an extension, which would have to be downloaded.
 * - Queries run one at a time: a DuckDB connection runs one statement at once, and callers (the
 *   period snapshot) send two together.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
	DuckDBDataChunk,
	DuckDBDoubleType,
	DuckDBInstance,
	DuckDBIntegerType,
	DuckDBVarCharType,
	type DuckDBConnection,
	type DuckDBType
} from '@duckdb/node-api';
import type { Table } from 'apache-arrow';
import { CONNECT_STATEMENTS, insertType, sqlIdent, sqlString, type Connector } from './connector.ts';
import { chunksToTable } from './native-arrow.ts';

const CHUNK = 2048;
const NATIVE_TYPES: Record<ReturnType<typeof insertType>, DuckDBType> = {
	VARCHAR: DuckDBVarCharType.instance,
	INTEGER: DuckDBIntegerType.instance,
	DOUBLE: DuckDBDoubleType.instance
};

async function appendTable(conn: DuckDBConnection, name: string, table: Table): Promise<void> {
	const fields = table.schema.fields;
	const types = fields.map(insertType);
	await conn.run(
		`CREATE OR REPLACE TABLE ${sqlIdent(name)} (${fields.map((f, i) => `${sqlIdent(f.name)} ${types[i]}`).join(', ')})`
	);
	if (table.numRows === 0) return;
	const columns = fields.map((f) => table.getChild(f.name)!);
	const appender = await conn.createAppender(name);
	try {
		for (let start = 0; start < table.numRows; start += CHUNK) {
			const rows = Math.min(CHUNK, table.numRows - start);
			const chunk = DuckDBDataChunk.create(
				types.map((t) => NATIVE_TYPES[t]),
				rows
			);
			chunk.setColumns(
				columns.map((column) =>
					Array.from({ length: rows }, (_, r) => (column.get(start + r) ?? null) as string | number | null)
				)
			);
			appender.appendDataChunk(chunk);
		}
		appender.flushSync();
	} finally {
		appender.closeSync();
	}
}

/** Only plain file names: a registered file must stay inside the connector's folder. */
function fileIn(folder: string, name: string): string {
	if (!name || name !== path.basename(name) || name === '.' || name === '..')
		throw new Error(`Ungültiger Dateiname „${name}“ für registerFile.`);
	return path.join(folder, name);
}

export async function openNativeConnector(): Promise<Connector> {
	const folder = await mkdtemp(path.join(tmpdir(), 'vergleichsring-duckdb-'));
	const removeFolder = () => rmSync(folder, { recursive: true, force: true });
	process.once('exit', removeFolder);
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	for (const statement of [...CONNECT_STATEMENTS, `SET file_search_path = ${sqlString(folder)}`])
		await conn.run(statement);
	let queue: Promise<unknown> = Promise.resolve();
	const serial = <T>(work: () => Promise<T>): Promise<T> => {
		const run = queue.then(work, work);
		queue = run.catch(() => undefined);
		return run;
	};
	let closed = false;
	return {
		query: (sql) =>
			serial(async () => {
				const result = await conn.run(sql);
				// Materialised already: read the chunks directly, not one thread-pool hop per chunk.
				const chunks = Array.from({ length: result.chunkCount }, (_, i) => result.getChunk(i));
				return chunksToTable(result.columnNames(), result.columnTypes(), chunks);
			}),
		registerFile: (name, bytes) => serial(() => writeFile(fileIn(folder, name), bytes)),
		dropFile: (name) => serial(() => unlink(fileIn(folder, name)).catch(() => undefined)),
		insertTable: (name, table) => serial(() => appendTable(conn, name, table)),
		close: () =>
			serial(async () => {
				if (closed) return;
				closed = true;
				conn.closeSync();
				instance.closeSync();
				process.off('exit', removeFolder);
				await rm(folder, { recursive: true, force: true });
			})
	};
}
