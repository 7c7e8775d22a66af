/**
 * The command line's process: runs one command (run.ts, where the commands and their exit codes are
 * described) and writes what it says to stdout and stderr. An unexpected error is one German line,
 * exit 2 — never a stack trace.
 */
import { enableCompileCache } from 'node:module';

// Node keeps what it compiled (the TypeScript stripped of its types, V8's code) in its compile cache
// (`node-compile-cache` in the temporary folder; NODE_COMPILE_CACHE moves it, NODE_DISABLE_COMPILE_CACHE=1
// turns it off): from the second run on, the CLI starts in a third less time (`--help` 1.0 → 0.2 s
// with run.ts loading each command's module only when it runs). Only compiled code of the app and its
// libraries is kept there, never a ring's data. Enabled before any module is loaded, hence the import.
enableCompileCache();
const { runCli } = await import('./run.ts');
type Outcome = Awaited<ReturnType<typeof runCli>>;

// `cli kpis … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
});

runCli(process.argv.slice(2))
	.catch((error: unknown): Outcome => ({
		code: 2,
		stderr: `Fehler: ${error instanceof Error ? error.message : String(error)}\n`
	}))
	.then((outcome) => {
		if (outcome.stdout) process.stdout.write(outcome.stdout);
		if (outcome.stderr) process.stderr.write(outcome.stderr);
		process.exitCode = outcome.code;
	});
