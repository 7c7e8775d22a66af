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
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
