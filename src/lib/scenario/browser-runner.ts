/**
 * The page's scenario runner: one engine on a second connection to the page's DuckDB, isolated in an
 * in-memory database of its own (isolated.ts), created on first use. Kept apart from compute.ts so
 * that Node code (tests, CLI) never pulls in the browser connector.
 */
import catalogue from 'virtual:kpi-definitions';
import { createEngine } from '../engine/engine.ts';
import { ScenarioRunner } from './compute.ts';
import { isolate } from './isolated.ts';

let runner: ScenarioRunner | undefined;

export function scenarioRunner(): ScenarioRunner {
	runner ??= new ScenarioRunner(
		import('../engine/browser-connector.ts')
			.then((m) => m.browserConnection())
			.then((conn) => isolate(conn, 'scenario'))
			.then((conn) => createEngine(conn, catalogue))
			.catch((error: unknown) => {
				runner = undefined; // a failed start can be retried by the next request
				throw error;
			})
	);
	return runner;
}
