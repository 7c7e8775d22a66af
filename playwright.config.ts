import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium, missingChromiumHelp } from './scripts/find-chromium.ts';

// The production build is what users get; the dev server is what the README's first command starts.
// `npm test` picks free ports (scripts/test.ts); run directly, the defaults stay clear of `npm run dev`.
const port = Number(process.env.E2E_PORT ?? 4173);
const devPort = Number(process.env.E2E_DEV_PORT ?? port + 1001);
const executablePath = findChromium();
if (!executablePath) throw new Error(missingChromiumHelp());

/**
 * WebAssembly runs on V8's baseline compiler only (Liftoff), not optimised again in the background
 * (TurboFan): the browser tests check what the app does, which both compilers do alike, and every test
 * starts DuckDB-WASM (34 MB) afresh, whose optimising cost the 2-core CI machine paid again and again —
 * measured about 1 s of CPU per page start, and the engine ready sooner. The benchmark (`npm run bench`)
 * runs Chromium as users have it; the zip-bomb tests' renderer-CPU bound measures the same on either
 * compiler (0.2–1.9 s of 5 s: the app's own work, since the bombs are handed over as files).
 * One renderer process per browser context: each worker's tests share one context
 * (tests/e2e/fixtures.ts, cleared between tests), so they share the process and its compiled DuckDB
 * module.
 */
const TEST_ONLY_ARGS = ['--js-flags=--liftoff-only', '--renderer-process-limit=1'];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 20_000 },
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		launchOptions: { executablePath, args: [...CHROMIUM_ARGS, ...TEST_ONLY_ARGS] }
	},
	projects: [
		{
			name: 'chromium',
			testIgnore: /dev-server\.spec\.ts/,
			use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${port}` }
		},
		{
			name: 'dev-server',
			testMatch: /dev-server\.spec\.ts/,
			timeout: 180_000,
			use: { browserName: 'chromium', baseURL: `http://127.0.0.1:${devPort}` }
		}
	],
	webServer: [
		{
			command: `"${process.execPath}" scripts/serve.ts --port ${port}`,
			url: `http://127.0.0.1:${port}/`,
			reuseExistingServer: false,
			timeout: 30_000
		},
		{
			// The same Node as the test runner (the project's Node 24), not whatever `node` is first on PATH.
			command: `"${process.execPath}" node_modules/vite/bin/vite.js dev --port ${devPort} --strictPort --host 127.0.0.1`,
			url: `http://127.0.0.1:${devPort}/`,
			reuseExistingServer: false,
			timeout: 120_000
		}
	]
});
