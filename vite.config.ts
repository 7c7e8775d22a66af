import { sveltekit } from '@sveltejs/kit/vite';
import { createLogger } from 'vite';
import { defineConfig } from 'vitest/config';
import { kpiDefinitions } from './src/lib/catalogue/vite-plugin.ts';
import { firstView } from './src/lib/first-view/vite-plugin.ts';
import { plotWithoutMaps } from './src/lib/charts/vite-plugin.ts';

/**
 * The dev server's log without what is not a fault: DuckDB-WASM's worker ships a source map that
 * points at apache-arrow sources it does not include (~120 lines on every first load).
 */
const logger = createLogger();
const duckdbSourceMap = (message: string) =>
	message.includes('@duckdb/duckdb-wasm/') && message.includes('points to a source file outside its package');
const { warn, warnOnce } = logger;
logger.warn = (message, options) => duckdbSourceMap(message) || warn(message, options);
logger.warnOnce = (message, options) => duckdbSourceMap(message) || warnOnce(message, options);

export default defineConfig({
	customLogger: logger,
	server: {
		// The demo ring's files are imported as assets from data-samples/; allowed, the dev server serves
		// them directly instead of after a logged (and false) SvelteKit 404.
		fs: { allow: ['data-samples'] }
	},
	// The ring's definitions are validated at build time and served as `virtual:kpi-definitions`;
	// the demo ring's first view is computed at build time and served as `virtual:first-view`;
	// Plot ships without map projections and colour schemes, which no chart uses.
	plugins: [kpiDefinitions(), firstView(), plotWithoutMaps(), sveltekit()],
	build: {
		// Rolldown warns [PLUGIN_TIMINGS] whenever plugin callbacks add up to more than the bundling
		// itself — always true here, since SvelteKit prerenders and writes the site in closeBundle and
		// our plugins compute the demo's first view. Not a fault; the build says what takes time.
		rolldownOptions: { checks: { bundlerTimings: false } },
		// Data files (the demo ring) are fetched, and `connect-src 'self'` forbids fetching data: URLs,
		// so they are always emitted as files of their own, however small.
		assetsInlineLimit: (file) => (/\.(csv|json)$/.test(file) ? false : undefined)
	},
	test: {
		environment: 'node',
		// Every core (Vitest's default leaves one free: on the 2-core CI machine that ran one file at a
		// time, 5 minutes instead of about 3). The CLI tests' child processes share the cores too.
		maxWorkers: '100%',
		testTimeout: 30_000,
		// Opening DuckDB-WASM in a beforeAll takes seconds when several test files start at once.
		hookTimeout: 30_000,
		// The engine's tests run on both Node engines (tests/unit/support/engine.ts): `unit` runs
		// everything on DuckDB-WASM, `native` runs these files again on native DuckDB.
		projects: [
			{
				extends: true,
				test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: ['**/*.svelte.test.ts'] }
			},
			// Runes outside a component (`*.svelte.test.ts`): compiled for the client and run on Svelte's
			// client runtime (`browser` condition), whose effects run; the server's never do.
			{
				extends: true,
				resolve: { conditions: ['browser'] },
				test: {
					name: 'runes',
					include: ['tests/unit/**/*.svelte.test.ts'],
					environment: './tests/unit/support/client-environment.ts'
				}
			},
			{
				extends: true,
				test: {
					name: 'native',
					// Not stats-oracle: it compares the TypeScript statistics with an SQL oracle, both fed by the
					// engine's KPIs, which engines.test.ts holds identical on both engines.
					include: ['kpis', 'stats', 'peers', 'plausibility', 'node-connector', 'cli'].map(
						(f) => `tests/unit/${f}.test.ts`
					),
					env: { VERGLEICHSRING_TEST_ENGINE: 'native' }
				}
			}
		]
	}
});
