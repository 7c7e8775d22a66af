/**
 * The ESLint rule that keeps native DuckDB out of the browser build: only the engine's native
 * connector may import the native packages, and only the Node connector may import that module.
 * (Svelte components fall under the same `src/**` pattern; linting one here would start
 * TypeScript's project service, ~20 s, so that case was checked by hand.)
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const RULE = '@typescript-eslint/no-restricted-imports';
let eslint: ESLint;
beforeAll(() => {
	eslint = new ESLint();
});

async function restricted(filePath: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath });
	return result!.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const PACKAGE = "import { DuckDBInstance } from '@duckdb/node-api';\nexport const x = DuckDBInstance;\n";
const BINDINGS = "import duckdb from '@duckdb/node-bindings';\nexport const x = duckdb;\n";
const MODULE = (from: string) =>
	`import { openNativeConnector } from '${from}';\nexport const x = openNativeConnector;\n`;

describe('native DuckDB imports', () => {
	it.each([
		['src/lib/dashboard/probe.ts', PACKAGE],
		['src/lib/engine/engine-probe.ts', BINDINGS],
		['src/lib/engine/node-connector.ts', PACKAGE],
		['src/cli/probe.ts', PACKAGE],
		['src/lib/dashboard/probe.ts', MODULE('../engine/native-connector.ts')],
		['src/lib/engine/probe.ts', MODULE('./native-connector.ts')],
		['src/cli/probe.ts', MODULE('../lib/engine/native-connector.ts')]
	])('%s: forbidden', async (file, code) => {
		expect(await restricted(file, code)).toHaveLength(1);
	});

	it.each([
		['src/lib/engine/native-connector.ts', PACKAGE],
		['src/lib/engine/native-arrow.ts', BINDINGS],
		['src/lib/engine/node-connector.ts', MODULE('./native-connector.ts')],
		['tests/unit/probe.test.ts', PACKAGE],
		['bench/probe.ts', MODULE('../src/lib/engine/native-connector.ts')]
	])('%s: allowed', async (file, code) => {
		expect(await restricted(file, code)).toEqual([]);
	});
});
