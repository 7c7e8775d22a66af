/**
 * Vergleichsring command line (formats.md): `kpis`, `stats`, `check` (commands/core.ts) and the other
 * commands of `commands/`, each in its own module, on the same catalogue, ingest and engine modules as
 * the web app, without a browser: on native DuckDB, or on the DuckDB-WASM blocking build with
 * `VERGLEICHSRING_ENGINE=wasm` (engine.ts).
 *
 * A command's module is loaded when it runs, so `--help`, a mistyped command and `check` do not load
 * the engine or the report renderer first. Errors are one German line each on stderr (exit 2 for
 * wrong arguments); no stack trace ever reaches the user.
 */
import type { Outcome } from './commands/shared.ts';
import { USAGE } from './usage.ts';

export type { Outcome };

type Command = (argv: string[]) => Promise<Outcome>;

/** Each command and the module that runs it. */
const COMMANDS: Record<string, () => Promise<Command>> = {
	kpis: async () => (await import('./commands/core.ts')).kpis,
	stats: async () => (await import('./commands/core.ts')).stats,
	check: async () => (await import('./commands/core.ts')).check,
	intervals: async () => (await import('./commands/intervals.ts')).intervals,
	funnel: async () => (await import('./commands/funnel.ts')).funnel,
	releases: async () => (await import('./commands/releases.ts')).releases,
	completeness: async () => (await import('./commands/moderation.ts')).completeness,
	findings: async () => (await import('./commands/moderation.ts')).findings,
	report: async () => (await import('./commands/report.ts')).report,
	scenario: async () => (await import('./commands/scenario.ts')).scenario,
	export: async () => (await import('./commands/packages.ts')).exportPackage,
	'member-packages': async () => (await import('./commands/packages.ts')).memberPackages
};

/**
 * One command, run in this process: what the command line prints and its exit code. main.ts is the
 * process around it; tests that only compare output call this directly (no process start per call).
 */
export async function runCli(argv: string[]): Promise<Outcome> {
	const [command, ...rest] = argv;
	if (command !== undefined && Object.hasOwn(COMMANDS, command)) return (await COMMANDS[command]!())(rest);
	switch (command) {
		case '--version':
			// Which Node runs the CLI: `npm run cli` must bring the project's Node 24 (README, Quick start).
			return { code: 0, stdout: `vergleichsring · Node ${process.versions.node}\n` };
		case undefined:
		case '--help':
		case 'help':
			return { code: command === undefined ? 2 : 0, stdout: `${USAGE}\n` };
		default:
			return { code: 2, stderr: `Unbekannter Befehl „${command}“.\n${USAGE}\n` };
	}
}
