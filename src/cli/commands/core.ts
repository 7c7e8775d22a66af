/**
 * The first three commands of formats.md: `kpis` and `stats` (the engine on a ring) and `check` (one
 * import file). Exit codes: `check` as specified (0 importable, 1 not importable, 2 unreadable);
 * `kpis` and `stats` 0 success, 1 the ring has errors (each `file:line:column: message`), 2 wrong
 * arguments or a ring that cannot be read at all.
 */
import { readFile } from 'node:fs/promises';
import type { Catalogue } from '../../lib/catalogue/schema.ts';
import type { Connector } from '../../lib/engine/connector.ts';
import { createEngine } from '../../lib/engine/engine.ts';
import type { PeerSpec } from '../../lib/engine/peers.ts';
import { runCheck } from '../../lib/ingest/check.ts';
import { parseOptions, parsePeriodOption } from '../args.ts';
import { rowsCsv, tableCsv } from '../csv-out.ts';
import { openConnectorFromEnv } from '../engine.ts';
import { cliCatalogue, cliFailure, loadRingAt } from '../ring-data.ts';
import { USAGE } from '../usage.ts';
import { CLI_PEERS, groupNote, type Outcome } from './shared.ts';

const STATS_OUT = ['kpi_id', 'group', 'n', 'min', 'q1', 'median', 'q3', 'max', 'mean', 'own_value', 'rank'];

const specsOf = (c: Catalogue) => c.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));

async function openConnector(): Promise<Connector | Outcome> {
	const conn = await openConnectorFromEnv();
	return 'error' in conn ? cliFailure(2, conn.error) : conn;
}

export async function kpis(argv: string[]): Promise<Outcome> {
	const options = parseOptions(argv, ['ring', 'period', 'datenstand']);
	if (typeof options === 'string') return cliFailure(2, `${options}\n${USAGE}`);
	if (!options.ring) return cliFailure(2, `kpis braucht --ring.\n${USAGE}`);
	const period = parsePeriodOption(options.period);
	if (typeof period === 'string') return cliFailure(2, period);
	const catalogue = cliCatalogue();
	if ('code' in catalogue) return catalogue;
	const ring = await loadRingAt(options.ring, catalogue, options.datenstand);
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

export async function stats(argv: string[]): Promise<Outcome> {
	const options = parseOptions(argv, ['ring', 'authority', 'period', 'peers', 'datenstand']);
	if (typeof options === 'string') return cliFailure(2, `${options}\n${USAGE}`);
	if (!options.ring || !options.authority || !options.period)
		return cliFailure(2, `stats braucht --ring, --authority und --period.\n${USAGE}`);
	const period = parsePeriodOption(options.period);
	if (typeof period !== 'number') return cliFailure(2, period ?? USAGE);
	const peers = (options.peers ?? 'size') as (typeof CLI_PEERS)[number];
	if (!CLI_PEERS.includes(peers))
		return cliFailure(2, `Unbekannte Vergleichsgruppe „${peers}“ (${CLI_PEERS.join('|')}).`);
	const catalogue = cliCatalogue();
	if ('code' in catalogue) return catalogue;
	const ring = await loadRingAt(options.ring, catalogue, options.datenstand);
	if ('code' in ring) return ring;
	if (!ring.authorities.some((a) => a.authority_id === options.authority))
		return cliFailure(2, `Behörde „${options.authority}“ ist nicht Mitglied des Rings ${options.ring}.`);
	const conn = await openConnector();
	if ('code' in conn) return conn;
	try {
		const engine = createEngine(conn, catalogue);
		await engine.loadRing(ring);
		await engine.verify(); // statistics are computed from the KPIs in memory (engine.ts)
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

export async function check(argv: string[]): Promise<Outcome> {
	const catalogue = cliCatalogue();
	if ('code' in catalogue) return catalogue;
	const result = await runCheck(argv, specsOf(catalogue), (p) => readFile(p));
	return { code: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}
