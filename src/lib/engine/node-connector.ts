/**
 * Connectors for Node. Two engines run the same SQL behind `Connector`:
 * - `native`: DuckDB's native library (`@duckdb/node-api`, native-connector.ts), pinned to the
 *   DuckDB version inside DuckDB-WASM — the CLI's and the benchmark's default;
 * - `wasm`: the blocking DuckDB-WASM build (`openNodeConnector`), the same WASM engine as the
 *   browser — the build-time first view and most unit tests.
 * The unit tests run the engine on both and require identical output. Must never be imported by
 * browser code.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { createDuckDB, NODE_RUNTIME, VoidLogger } from '@duckdb/duckdb-wasm/blocking';
import { insertArrow } from './arrow-insert.ts';
import { CONNECT_STATEMENTS, type Connector } from './connector.ts';

const require = createRequire(import.meta.url);

function bundleDir(): string {
	return path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
}

export const NODE_ENGINES = ['native', 'wasm'] as const;
export type NodeEngine = (typeof NODE_ENGINES)[number];

/**
 * A connector on the chosen engine. The native module is loaded only when asked for, so a machine
 * without a native build for its platform still runs everything on WASM.
 */
export async function openNodeEngine(engine: NodeEngine): Promise<Connector> {
	if (engine === 'wasm') return openNodeConnector();
	const { openNativeConnector } = await import('./native-connector.ts');
	return openNativeConnector();
}

/** The blocking DuckDB-WASM build in Node. */
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
		insertTable: (name, table) => insertArrow(conn, name, table),
		async close() {
			if (closed) return;
			closed = true;
			conn.close();
			db.reset();
		}
	};
}
