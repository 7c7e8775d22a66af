/**
 * The DuckDB engine a unit test runs on. The engine's tests (KPIs, statistics, peer groups,
 * plausibility, the connector, the CLI) run twice: in the vitest project `unit` on the DuckDB-WASM
 * blocking build (the browser's engine), and in the project `native` on native DuckDB, which sets
 * VERGLEICHSRING_TEST_ENGINE=native (see `test.projects` in vite.config.ts). Together with
 * engines.test.ts, which compares the two on random rings, this is what shows that the browser
 * and the CLI compute the same numbers.
 */
import type { Connector } from '../../../src/lib/engine/connector.ts';
import { NODE_ENGINES, openNodeEngine, type NodeEngine } from '../../../src/lib/engine/node-connector.ts';

function engineOfRun(): NodeEngine {
	const value = process.env.VERGLEICHSRING_TEST_ENGINE ?? 'wasm';
	if (!(NODE_ENGINES as readonly string[]).includes(value))
		throw new Error(`VERGLEICHSRING_TEST_ENGINE=${value}: expected one of ${NODE_ENGINES.join(', ')}`);
	return value as NodeEngine;
}

export const TEST_ENGINE: NodeEngine = engineOfRun();

/** A fresh connection on this run's engine. */
export function openTestConnector(): Promise<Connector> {
	return openNodeEngine(TEST_ENGINE);
}
