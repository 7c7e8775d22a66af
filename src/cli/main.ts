/**
 * The command line's process: runs one command (run.ts, where the commands and their exit codes are
 * described) and writes what it says to stdout and stderr. An unexpected error is one German line,
 * exit 2 — never a stack trace.
 */
import { runCli, type Outcome } from './run.ts';

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
