/**
 * `npm test`: every check a change must pass, in the order that fails fastest:
 * type check (svelte-check, zero warnings) and lint (Prettier, ESLint) side by side, unit tests
 * (Vitest, real DuckDB-WASM and native DuckDB in Node) with the production build beside them, browser
 * tests (Playwright in Chromium against the build and the dev server).
 * Ends with one line `tests: N passed, N failed` summed over Vitest and Playwright; a step that
 * fails without failing a test (type check, lint, build) counts as one failure, so a failed run's
 * last line never reads like success.
 *
 * The browser tests serve on free ports chosen here, so a `npm run dev` left running on 5173 (or a
 * second checkout's tests) does not collide with them.
 *
 * Options: --quick skips lint and type check (for a fast local loop).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromiumWithSource, missingChromiumHelp } from './find-chromium.ts';

const quick = process.argv.includes('--quick');
const chromium = findChromiumWithSource();
if (!chromium) {
	console.error(missingChromiumHelp());
	process.exit(1);
}
console.log(`Node ${process.version} · Chromium (${chromium.source}): ${chromium.path}`);

interface Counts {
	passed: number;
	failed: number;
}
const total: Counts = { passed: 0, failed: 0 };

/** A step with its output as it comes; its time at the end (CI must stay under 20 minutes). */
function run(
	title: string,
	command: string,
	args: string[],
	env: Record<string, string> = {}
): Promise<boolean> {
	console.log(`\n=== ${title} ===`);
	const start = Date.now();
	const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	return new Promise((resolve) => {
		child.on('error', (error) => console.error(error.message));
		child.on('close', (code) => {
			console.log(`=== ${title}: ${Math.round((Date.now() - start) / 1000)} s ===`);
			resolve(code === 0);
		});
	});
}

interface Step {
	title: string;
	command: string;
	args: string[];
}

/**
 * Steps that only read the sources (type check, Prettier, ESLint), run at once: each is one process on
 * one core, so together they take about as long as the longest. Each step's output is printed whole,
 * under its title, when all have ended.
 */
async function runTogether(steps: Step[]): Promise<string[]> {
	const start = Date.now();
	const results = await Promise.all(
		steps.map(
			(step) =>
				new Promise<{ step: Step; ok: boolean; output: string; seconds: number }>((resolve) => {
					const child = spawn(step.command, step.args, { env: process.env });
					let output = '';
					child.stdout.on('data', (chunk) => (output += chunk));
					child.stderr.on('data', (chunk) => (output += chunk));
					child.on('error', (error) => (output += `${error.message}\n`));
					child.on('close', (code) =>
						resolve({ step, ok: code === 0, output, seconds: Math.round((Date.now() - start) / 1000) })
					);
				})
		)
	);
	for (const { step, output, seconds } of results) {
		console.log(`\n=== ${step.title} ===`);
		process.stdout.write(output);
		console.log(`=== ${step.title}: ${seconds} s ===`);
	}
	return results.filter((r) => !r.ok).map((r) => r.step.title);
}

function readCounts(file: string, read: (json: Record<string, unknown>) => Counts): void {
	if (!existsSync(file)) return;
	const counts = read(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);
	total.passed += counts.passed;
	total.failed += counts.failed;
}

function finish(failedStep?: string): never {
	if (failedStep) {
		console.log(`\nFEHLGESCHLAGEN / FAILED: ${failedStep}`);
		if (total.failed === 0) total.failed = 1; // the step itself is the failure
	}
	console.log(`\ntests: ${total.passed} passed, ${total.failed} failed`);
	process.exit(!failedStep && total.failed === 0 ? 0 : 1);
}

/** Two distinct ports no one listens on now (the OS picks them; both held open while picking). */
async function freePorts(): Promise<[number, number]> {
	const servers = [createServer(), createServer()];
	const ports = await Promise.all(
		servers.map(
			(server) =>
				new Promise<number>((resolve, reject) => {
					server.once('error', reject);
					server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
				})
		)
	);
	await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
	return [ports[0]!, ports[1]!];
}

rmSync('test-results', { recursive: true, force: true });
const npx = 'npx';
if (!quick) {
	// `npm run check` and `npm run lint`, the latter's two halves side by side.
	const failed = await runTogether([
		{ title: 'Typprüfung (svelte-check)', command: 'npm', args: ['run', '--silent', 'check'] },
		{ title: 'Lint: Prettier', command: npx, args: ['prettier', '--check', '.'] },
		{ title: 'Lint: ESLint', command: npx, args: ['eslint', '.'] }
	]);
	if (failed.length > 0) finish(failed.join(', '));
}
/**
 * The production build runs beside the unit tests, its output held back and printed after theirs: most
 * of its time is Brotli 11 for the 34 MB DuckDB WASM on a clean clone (about 70 s on one core, cached
 * in node_modules/.cache after), which would otherwise leave the second core idle; the unit tests do not
 * read `build/`. A failing unit test stops the build.
 */
const buildStart = Date.now();
const build = spawn('npm', ['run', '--silent', 'build'], { env: process.env });
let buildOutput = '';
build.stdout.on('data', (chunk) => (buildOutput += chunk));
build.stderr.on('data', (chunk) => (buildOutput += chunk));
const buildDone = new Promise<{ ok: boolean; seconds: number }>((resolve) => {
	build.on('error', (error) => (buildOutput += `${error.message}\n`));
	build.on('close', (code) =>
		resolve({ ok: code === 0, seconds: Math.round((Date.now() - buildStart) / 1000) })
	);
});
const unitOk = await run('Unit-Tests (Vitest)', npx, [
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
if (!unitOk) {
	build.kill();
	finish('Unit-Tests');
}
const built = await buildDone;
console.log('\n=== Produktions-Build (neben den Unit-Tests) ===');
process.stdout.write(buildOutput);
console.log(`=== Produktions-Build: ${built.seconds} s nach dem Start der Unit-Tests ===`);
if (!built.ok) finish('Produktions-Build');
const [e2ePort, devPort] = await freePorts();
const e2eOk = await run('Browser-Tests (Playwright, Chromium)', npx, ['playwright', 'test'], {
	CHROMIUM_PATH: chromium.path,
	CHROMIUM_SOURCE: chromium.source === 'registry' ? 'registry' : '',
	E2E_PORT: String(e2ePort),
	E2E_DEV_PORT: String(devPort)
});
readCounts('test-results/e2e.json', (j) => {
	const stats = (j.stats ?? {}) as Record<string, number>;
	return { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) };
});
finish(e2eOk ? undefined : 'Browser-Tests');
