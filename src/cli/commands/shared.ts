/**
 * What the ring commands of this folder share beyond ring-data.ts (catalogue, ring, failures) and
 * engine.ts (which DuckDB): argument checks with German messages (exit 2) and running the engine on
 * the loaded ring. A command returns an `Outcome`; main.ts registers it and writes the outcome.
 */
import type { Catalogue } from '../../lib/catalogue/schema.ts';
import type { Connector } from '../../lib/engine/connector.ts';
import { createEngine, type Engine } from '../../lib/engine/engine.ts';
import type { PeerGroup, PeerSpec } from '../../lib/engine/peers.ts';
import { germanWording, groupReasonText } from '../../lib/i18n/engine-text.ts';
import type { Ring } from '../../lib/ring/types.ts';
import { parsePeriodOption } from '../args.ts';
import { openConnectorFromEnv } from '../engine.ts';
import { cliFailure, type CliFailure } from '../ring-data.ts';

export interface Outcome {
	code: 0 | 1 | 2;
	stdout?: string;
	stderr?: string;
}

/**
 * Why a peer group is empty (the own authority has no values in the period, no size class, …), worded
 * as one German line for stderr; undefined when the group is there. The engine's reason is a code.
 */
export function groupNote(group: PeerGroup, catalogue: Catalogue): string | undefined {
	if (!group.reason) return undefined;
	return `Hinweis: ${groupReasonText({ ...group, reason: group.reason }, germanWording(catalogue))}\n`;
}

/** The peer groups the CLI offers (formats.md). */
export const CLI_PEERS = ['size', 'ring', 'kind', 'state', 'kind_size', 'nearest'] as const;

export function peerSpecOrFail(peers: string): PeerSpec | CliFailure {
	return (CLI_PEERS as readonly string[]).includes(peers)
		? ({ type: peers } as PeerSpec)
		: cliFailure(2, `Unbekannte Vergleichsgruppe „${peers}“ (${CLI_PEERS.join('|')}).`);
}

/** A required `--period`. */
export function periodOrFail(text: string | undefined, usage: string): number | CliFailure {
	const period = parsePeriodOption(text);
	return typeof period === 'number' ? period : cliFailure(2, period ?? usage);
}

export function memberOrFail(ring: Ring, authorityId: string, ringPath: string): CliFailure | null {
	return ring.authorities.some((a) => a.authority_id === authorityId)
		? null
		: cliFailure(2, `Behörde „${authorityId}“ ist nicht Mitglied des Rings ${ringPath}.`);
}

/**
 * Load the ring into an engine on the CLI's DuckDB, run `work` (with the connector for the view queries
 * of engine/views.ts), close the database whatever happens.
 */
export async function withEngine(
	catalogue: Catalogue,
	ring: Ring,
	work: (engine: Engine, conn: Connector) => Promise<Outcome>
): Promise<Outcome> {
	const conn = await openConnectorFromEnv();
	if ('error' in conn) return cliFailure(2, conn.error);
	try {
		const engine = createEngine(conn, catalogue);
		await engine.loadRing(ring);
		await engine.verify(); // the numbers in memory the commands read are DuckDB's (engine.ts)
		return await work(engine, conn);
	} finally {
		await conn.close();
	}
}
