/**
 * What every ring command of the CLI does before its own work: read the catalogue and the ring
 * (errors as `file:line:column: message`, exit 1; unreadable, exit 2), check the arguments, and
 * run the engine on DuckDB-WASM in Node. Commands live in their own modules (one per command) and
 * return an `Outcome`; main.ts only registers them and writes the outcome.
 */
import path from 'node:path';
import { loadCatalogueResult } from '../../lib/catalogue/node-loader.ts';
import { formatCatalogueError, type Catalogue } from '../../lib/catalogue/schema.ts';
import { createEngine, type Engine } from '../../lib/engine/engine.ts';
import { openNodeConnector } from '../../lib/engine/node-connector.ts';
import type { PeerSpec } from '../../lib/engine/peers.ts';
import { readRingFromPath } from '../../lib/ingest/node-ring.ts';
import { formatProblem } from '../../lib/ingest/problems.ts';
import type { Ring } from '../../lib/ring/types.ts';
import { parsePeriodOption } from '../args.ts';

export interface Outcome {
	code: 0 | 1 | 2;
	stdout?: string;
	stderr?: string;
}

export const fail = (code: 1 | 2, message: string): Outcome => ({
	code,
	stderr: message.endsWith('\n') ? message : message + '\n'
});

export const isOutcome = (x: unknown): x is Outcome =>
	typeof x === 'object' && x !== null && 'code' in x && typeof (x as Outcome).code === 'number';

export function catalogueOrFail(): Catalogue | Outcome {
	const result = loadCatalogueResult();
	if (result.ok) return result.catalogue;
	return fail(2, result.errors.map((e) => `kpi-definitions/${formatCatalogueError(e)}`).join('\n'));
}

export async function ringOrFail(ringPath: string, catalogue: Catalogue): Promise<Ring | Outcome> {
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	const { ring, problems } = await readRingFromPath(ringPath, specs);
	const errors = problems.filter((p) => p.severity === 'error');
	if (ring && errors.length === 0) return ring;
	// Problems inside the package name a file relative to it; point at it from the user's path.
	const inside = (file: string) => file && file !== ringPath && file !== path.basename(ringPath);
	const located = (errors.length ? errors : problems).map((p) =>
		formatProblem({ ...p, file: inside(p.file) ? path.join(ringPath, p.file) : ringPath })
	);
	const unreadable = problems.some((p) => p.code === 'unreadable' || p.code === 'not_found');
	return fail(unreadable ? 2 : 1, located.join('\n') || `${ringPath}: Ring nicht lesbar.`);
}

/** The peer groups the CLI offers (formats.md). */
export const CLI_PEERS = ['size', 'ring', 'kind', 'state', 'kind_size', 'nearest'] as const;

export function peerSpecOrFail(peers: string): PeerSpec | Outcome {
	return (CLI_PEERS as readonly string[]).includes(peers)
		? ({ type: peers } as PeerSpec)
		: fail(2, `Unbekannte Vergleichsgruppe „${peers}“ (${CLI_PEERS.join('|')}).`);
}

/** A required `--period`. */
export function periodOrFail(text: string | undefined, usage: string): number | Outcome {
	const period = parsePeriodOption(text);
	return typeof period === 'number' ? period : fail(2, period ?? usage);
}

export function memberOrFail(ring: Ring, authorityId: string, ringPath: string): Outcome | null {
	return ring.authorities.some((a) => a.authority_id === authorityId)
		? null
		: fail(2, `Behörde „${authorityId}“ ist nicht Mitglied des Rings ${ringPath}.`);
}

/** Load the ring into a fresh engine, run `work`, close the database whatever happens. */
export async function withEngine(
	catalogue: Catalogue,
	ring: Ring,
	work: (engine: Engine) => Promise<Outcome>
): Promise<Outcome> {
	const conn = await openNodeConnector();
	try {
		const engine = createEngine(conn, catalogue);
		await engine.loadRing(ring);
		return await work(engine);
	} finally {
		await conn.close();
	}
}
