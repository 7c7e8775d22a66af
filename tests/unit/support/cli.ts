/**
 * A CLI command run in the test's own process (src/cli/run.ts, what `node src/cli/main.ts` prints):
 * for tests that compare what the CLI says, without a process start (about a second) per call.
 * cli.test.ts, cli-uncertainty.test.ts, cli-report.test.ts and scenario-cli.test.ts run the real
 * process, as users do.
 */
import { runCli } from '../../../src/cli/run.ts';

export interface CliResult {
	code: number;
	out: string;
	err: string;
}

export async function cliInProcess(...args: string[]): Promise<CliResult> {
	const r = await runCli(args);
	return { code: r.code, out: r.stdout ?? '', err: r.stderr ?? '' };
}
