/**
 * Connector for Node (CLI, unit tests, benchmark): the blocking DuckDB-WASM build, the same WASM
 * engine as the browser, so results are bit-identical. Must never be imported by browser code.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { CONNECT_STATEMENTS, type Connector } from './connector.ts';

const require = createRequire(import.meta.url);

function bundleDir(): string {
	return path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
}

export async function openNodeConnector(): Promise<Connector> {
	const dist = bundleDir();
	const db = await createDuckDB(
		{
			mvp: {
				mainModule: path.join(dist, 'duckdb-mvp.wasm'),
				mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs')
			},
			eh: {
				mainModule: path.join(dist, 'duckdb-eh.wasm'),
				mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs')
			}
		},
		new VoidLogger(),
		NODE_RUNTIME
	);
	await db.instantiate();
	const conn = db.connect();
	for (const statement of CONNECT_STATEMENTS) conn.query(statement);
	let closed = false;
	return {
		async query(sql) {
			return conn.query(sql);
		},
		async registerFile(name, bytes) {
			db.dropFile(name);
			db.registerFileBuffer(name, bytes);
		},
		async dropFile(name) {
			db.dropFile(name);
		},
		async close() {
			if (closed) return;
			closed = true;
			conn.close();
			db.reset();
		}
	};
}
