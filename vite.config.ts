import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { kpiDefinitions } from './src/lib/catalogue/vite-plugin.ts';
import { firstView } from './src/lib/first-view/vite-plugin.ts';
import { plotWithoutMaps } from './src/lib/charts/vite-plugin.ts';

export default defineConfig({
	// The ring's definitions are validated at build time and served as `virtual:kpi-definitions`;
	// the demo ring's first view is computed at build time and served as `virtual:first-view`;
	// Plot ships without map projections and colour schemes, which no chart uses.
	plugins: [kpiDefinitions(), firstView(), plotWithoutMaps(), sveltekit()],
	build: {
		// Data files (the demo ring) are fetched, and `connect-src 'self'` forbids fetching data: URLs,
		// so they are always emitted as files of their own, however small.
		assetsInlineLimit: (file) => (/\.(csv|json)$/.test(file) ? false : undefined)
	},
	test: {
		environment: 'node',
		testTimeout: 30_000,
		// Opening DuckDB-WASM in a beforeAll takes seconds when several test files start at once.
		hookTimeout: 30_000,
		// The engine's tests run on both Node engines (tests/unit/support/engine.ts): `unit` runs
		// everything on DuckDB-WASM, `native` runs these files again on native DuckDB.
		projects: [
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				extends: true,
				test: {
					name: 'native',
					include: ['kpis', 'stats', 'stats-oracle', 'peers', 'plausibility', 'node-connector', 'cli'].map(
						(f) => `tests/unit/${f}.test.ts`
					),
					env: { VERGLEICHSRING_TEST_ENGINE: 'native' }
				}
			}
		]
	}
});
