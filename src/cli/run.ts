/**
 * Vergleichsring command line (formats.md): `kpis`, `stats`, `check` and the commands of
 * `commands/` (each in its own module, registered below), on the same catalogue, ingest and engine
 * modules as the web app, without a browser: on native DuckDB, or on the DuckDB-WASM blocking build
 * with `VERGLEICHSRING_ENGINE=wasm` (engine.ts).
 *
 * Exit codes: `check` as specified (0 importable, 1 not importable, 2 unreadable). `kpis` and
 * `stats`: 0 success, 1 the ring has errors (each printed as `file:line:column: message`),
 * 2 wrong arguments or a ring that cannot be read at all. Errors are one German line each on
 * stderr; no stack trace ever reaches the user.
 */
import { readFile } from 'node:fs/promises';
import type { Catalogue } from '../lib/catalogue/schema.ts';
import type { Connector } from '../lib/engine/connector.ts';
import { createEngine } from '../lib/engine/engine.ts';
import type { PeerSpec } from '../lib/engine/peers.ts';
import { runCheck } from '../lib/ingest/check.ts';
import type { Ring } from '../lib/ring/types.ts';
import { parseOptions, parsePeriodOption } from './args.ts';
import { completeness, COMPLETENESS_USAGE, findings, FINDINGS_USAGE } from './commands/moderation.ts';
import { releases, RELEASES_USAGE } from './commands/releases.ts';
import { report, REPORT_USAGE } from './commands/report.ts';
import { EXPORT_USAGE, exportPackage, MEMBER_PACKAGES_USAGE, memberPackages } from './commands/packages.ts';
import { openConnectorFromEnv } from './engine.ts';
import { rowsCsv, tableCsv } from './csv-out.ts';
import { cliCatalogue, loadRingAt } from './ring-data.ts';
import { funnel, FUNNEL_USAGE } from './commands/funnel.ts';
import { groupNote, type Outcome } from './commands/shared.ts';
import { intervals, INTERVALS_USAGE } from './commands/intervals.ts';
import { scenario, SCENARIO_USAGE } from './commands/scenario.ts';

export type { Outcome };

const USAGE = `Aufruf:
  npm run --silent cli -- kpis  --ring <ordner|zip> [--period JJJJ] [--datenstand <id>]
  npm run --silent cli -- stats --ring <ordner|zip> --authority <id> --period JJJJ [--peers size|ring|kind|state|kind_size|nearest] [--datenstand <id>]
  npm run --silent cli -- check <datei.csv> [--mapping <profil.json>]
${RELEASES_USAGE}
${INTERVALS_USAGE}
${FUNNEL_USAGE}
${COMPLETENESS_USAGE}
${FINDINGS_USAGE}
${REPORT_USAGE}
${SCENARIO_USAGE}
${EXPORT_USAGE}
${MEMBER_PACKAGES_USAGE}`;

const CLI_PEERS = ['size', 'ring', 'kind', 'state', 'kind_size', 'nearest'] as const;
const STATS_OUT = ['kpi_id', 'group', 'n', 'min', 'q1', 'median', 'q3', 'max', 'mean', 'own_value', 'rank'];

const fail = (code: 1 | 2, message: string): Outcome => ({
	code,
	stderr: message.endsWith('\n') ? message : message + '\n'
});

function catalogueOrFail(): Catalogue | Outcome {
	return cliCatalogue();
}

const specsOf = (c: Catalogue) => c.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));

async function openConnector(): Promise<Connector | Outcome> {
	const conn = await openConnectorFromEnv();
	return 'error' in conn ? fail(2, conn.error) : conn;
}

/** The ring at `--ring`; with `--datenstand <id>`, as it was at that Datenstand (ring-data.ts). */
function loadRing(ringPath: string, catalogue: Catalogue, datenstand?: string): Promise<Ring | Outcome> {
	return loadRingAt(ringPath, catalogue, datenstand);
}

async function kpis(argv: string[]): Promise<Outcome> {
	const options = parseOptions(argv, ['ring', 'period', 'datenstand']);
	if (typeof options === 'string') return fail(2, `${options}\n${USAGE}`);
	if (!options.ring) return fail(2, `kpis braucht --ring.\n${USAGE}`);
	const period = parsePeriodOption(options.period);
	if (typeof period === 'string') return fail(2, period);
	const catalogue = catalogueOrFail();
	if ('code' in catalogue) return catalogue;
	const ring = await loadRing(options.ring, catalogue, options.datenstand);
	if ('code' in ring) return ring;
	const conn = await openConnector();
	if ('code' in conn) return conn;
	try {
		const engine = createEngine(conn, catalogue);
		await engine.loadRing(ring);
		const table = await engine.kpis(period === undefined ? {} : { period });
		return { code: 0, stdout: tableCsv(table, ['authority_id', 'period', 'kpi_id', 'value', 'reason']) };
	} finally {
		await conn.close();
	}
}

async function stats(argv: string[]): Promise<Outcome> {
	const options = parseOptions(argv, ['ring', 'authority', 'period', 'peers', 'datenstand']);
	if (typeof options === 'string') return fail(2, `${options}\n${USAGE}`);
	if (!options.ring || !options.authority || !options.period)
		return fail(2, `stats braucht --ring, --authority und --period.\n${USAGE}`);
	const period = parsePeriodOption(options.period);
	if (typeof period !== 'number') return fail(2, period ?? USAGE);
	const peers = (options.peers ?? 'size') as (typeof CLI_PEERS)[number];
	if (!CLI_PEERS.includes(peers))
		return fail(2, `Unbekannte Vergleichsgruppe „${peers}“ (${CLI_PEERS.join('|')}).`);
	const catalogue = catalogueOrFail();
	if ('code' in catalogue) return catalogue;
	const ring = await loadRing(options.ring, catalogue, options.datenstand);
	if ('code' in ring) return ring;
	if (!ring.authorities.some((a) => a.authority_id === options.authority))
		return fail(2, `Behörde „${options.authority}“ ist nicht Mitglied des Rings ${options.ring}.`);
	const conn = await openConnector();
	if ('code' in conn) return conn;
	try {
		const engine = createEngine(conn, catalogue);
		await engine.loadRing(ring);
		const spec: PeerSpec = { type: peers };
		const { group, rows } = await engine.stats(options.authority, period, spec);
		return {
			code: 0,
			stdout: rowsCsv(rows, STATS_OUT, { group: peers }),
			stderr: groupNote(group, catalogue)
		};
	} finally {
		await conn.close();
	}
}

async function check(argv: string[]): Promise<Outcome> {
	const catalogue = catalogueOrFail();
	if ('code' in catalogue) return catalogue;
	const result = await runCheck(argv, specsOf(catalogue), (p) => readFile(p));
	return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

/**
 * One command, run in this process: what the command line prints and its exit code. main.ts is the
 * process around it; tests that only compare output call this directly (no process start per call).
 */
export async function runCli(argv: string[]): Promise<Outcome> {
	const [command, ...rest] = argv;
	switch (command) {
		case 'kpis':
			return kpis(rest);
		case 'stats':
			return stats(rest);
		case 'check':
			return check(rest);
		case 'intervals':
			return intervals(rest);
		case 'funnel':
			return funnel(rest);
		case 'releases':
			return releases(rest);
		case 'completeness':
			return completeness(rest);
		case 'findings':
			return findings(rest);
		case 'report':
			return report(rest);
		case 'scenario':
			return scenario(rest);
		case 'export':
			return exportPackage(rest);
		case 'member-packages':
			return memberPackages(rest);
		case '--version':
			// Which Node runs the CLI: `npm run cli` must bring the project's Node 24 (README, Quick start).
			return { code: 0, stdout: `vergleichsring · Node ${process.versions.node}\n` };
		case undefined:
		case '--help':
		case 'help':
			return { code: command === undefined ? 2 : 0, stdout: `${USAGE}\n` };
		default:
			return fail(2, `Unbekannter Befehl „${command}“.\n${USAGE}`);
	}
}
