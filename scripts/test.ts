/**
 * `npm test`: every check a change must pass, in the order that fails fastest:
 * type check (svelte-check, zero warnings), lint (Prettier, ESLint), unit tests (Vitest, real
 * DuckDB-WASM in Node), production build, browser tests (Playwright in Chromium against the build).
 * Ends with one line `tests: N passed, N failed` summed over Vitest and Playwright.
 *
 * Options: --quick skips lint and type check (for a fast local loop).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { MISSING_CHROMIUM_HELP, findChromium } from './find-chromium.ts';

const quick = process.argv.includes('--quick');
const chromium = findChromium();
if (!chromium) {
	console.error(MISSING_CHROMIUM_HELP);
	process.exit(1);
}

interface Counts {
	passed: number;
	failed: number;
}
const total: Counts = { passed: 0, failed: 0 };

function run(title: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
	console.log(`\n=== ${title} ===`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return result.status === 0;
}

function readCounts(file: string, read: (json: Record<string, unknown>) => Counts): void {
	if (!existsSync(file)) return;
	const counts = read(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
	total.passed += counts.passed;
	total.failed += counts.failed;
}

function finish(ok: boolean): never {
	console.log(`\ntests: ${total.passed} passed, ${total.failed} failed`);
	process.exit(ok && total.failed === 0 ? 0 : 1);
}

rmSync('test-results', { recursive: true, force: true });
const npx = 'npx';
if (!quick) {
	if (!run('Typprüfung (svelte-check)', 'npm', ['run', '--silent', 'check'])) finish(false);
	if (!run('Lint (Prettier, ESLint)', 'npm', ['run', '--silent', 'lint'])) finish(false);
}
const unitOk = run('Unit-Tests (Vitest)', npx, [
	'vitest',
	'run',
	'--reporter=default',
	'--reporter=json',
	'--outputFile.json=test-results/unit.json'
]);
readCounts('test-results/unit.json', (j) => ({
	passed: Number(j.numPassedTests ?? 0),
	failed: Number(j.numFailedTests ?? 0) + (j.success === false && !j.numFailedTests ? 1 : 0)
}));
if (!unitOk) finish(false);
if (!run('Produktions-Build', 'npm', ['run', '--silent', 'build'])) finish(false);
const e2eOk = run('Browser-Tests (Playwright, Chromium)', npx, ['playwright', 'test'], {
	CHROMIUM_PATH: chromium
});
readCounts('test-results/e2e.json', (j) => {
	const stats = (j.stats ?? {}) as Record<string, number>;
	return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) };
});
finish(e2eOk);
