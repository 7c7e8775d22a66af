import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { kpiDefinitions } from './src/lib/catalogue/vite-plugin.ts';

export default defineConfig({
	// The ring's definitions are validated at build time and served as `virtual:kpi-definitions`.
	plugins: [kpiDefinitions(), sveltekit()],
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
