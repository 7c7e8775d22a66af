/**
 * Which DuckDB the command line computes with: native by default, DuckDB-WASM (the browser's
 * engine, in its blocking build) with `VERGLEICHSRING_ENGINE=wasm`. Both give identical output
 * (the unit tests compare them); native is several times faster to start and to load a ring.
 *
 * Without the variable, a machine whose platform has no native DuckDB build falls back to WASM
 * with a note on stderr, so the CLI keeps working; asking for `native` explicitly does not fall
 * back.
 */
import type { Connector } from '../lib/engine/connector.ts';
import { NODE_ENGINES, openNodeEngine, type NodeEngine } from '../lib/engine/node-connector.ts';

export const ENGINE_VARIABLE = 'VERGLEICHSRING_ENGINE';

/** The engine asked for in the environment (`null`: the default), or a German error line. */
export function engineFromEnv(env: NodeJS.ProcessEnv): { engine: NodeEngine | null } | { error: string } {
	const value = env[ENGINE_VARIABLE]?.trim().toLowerCase();
	if (!value) return { engine: null };
	if ((NODE_ENGINES as readonly string[]).includes(value)) return { engine: value as NodeEngine };
	return {
		error: `Unbekannte Engine „${env[ENGINE_VARIABLE]}“ in ${ENGINE_VARIABLE} (${NODE_ENGINES.join('|')}).`
	};
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0];

/** A connector on the asked engine; `note` receives the fallback notice. */
export async function openCliConnector(
	engine: NodeEngine | null,
	note: (line: string) => void,
	open: (engine: NodeEngine) => Promise<Connector> = openNodeEngine
): Promise<Connector> {
	if (engine) {
		try {
			return await open(engine);
		} catch (error) {
			throw new Error(`DuckDB (${engine}) lässt sich nicht starten: ${reasonOf(error)}`, { cause: error });
		}
	}
	try {
		return await open('native');
	} catch (error) {
		note(`Hinweis: natives DuckDB nicht verfügbar (${reasonOf(error)}); rechne mit DuckDB-WASM.`);
		return open('wasm');
	}
}

/**
 * What every command that computes opens: the engine from VERGLEICHSRING_ENGINE, notes on stderr.
 * A wrong value comes back as `{ error }` (exit 2, one German line) rather than a throw.
 */
export async function openConnectorFromEnv(
	env: NodeJS.ProcessEnv = process.env,
	note: (line: string) => void = (line) => process.stderr.write(`${line}\n`)
): Promise<Connector | { error: string }> {
	const asked = engineFromEnv(env);
	if ('error' in asked) return asked;
	return openCliConnector(asked.engine, note);
}
