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
 * - Queries run one at a time: a DuckDB connection runs one statement at once, and callers (the
 *   period snapshot) send two together.
 */
import { rmSync } from 'node:fs';
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CONNECT_STATEMENTS, sqlString, type Connector } from './connector.ts';
import { chunksToTable } from './native-arrow.ts';

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
