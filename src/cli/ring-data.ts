/**
 * The CLI's way to a ring: read the package at `--ring` completely (every part, Datenstände checked
 * against their hashes) and, with `--datenstand <id>`, give back the ring as it was at that Datenstand
 * instead of its current values. Problems become one German `file:line:column: message` line each.
 */
import path from 'node:path';
import { loadCatalogueResult } from '../lib/catalogue/node-loader.ts';
import { formatCatalogueError, type Catalogue } from '../lib/catalogue/schema.ts';
import { formatProblem } from '../lib/ingest/problems.ts';
import type { Problem } from '../lib/ingest/types.ts';
import { ringAtRelease } from '../lib/ring/datenstand.ts';
import { readRingFromPath } from '../lib/ring/package/node.ts';
import { engineRing, type RingData } from '../lib/ring/package/types.ts';
import type { Ring } from '../lib/ring/types.ts';

/** What a command returns when it cannot go on (the same shape as main.ts's outcomes). */
export interface CliFailure {
	code: 1 | 2;
	stderr: string;
}

export const cliFailure = (code: 1 | 2, message: string): CliFailure => ({
	code,
	stderr: message.endsWith('\n') ? message : message + '\n'
});

export const isFailure = (value: unknown): value is CliFailure =>
	typeof value === 'object' && value !== null && 'code' in value && 'stderr' in value;

/** The catalogue from kpi-definitions/, or every error in it (exit 2). */
export function cliCatalogue(): Catalogue | CliFailure {
	const result = loadCatalogueResult();
	if (result.ok) return result.catalogue;
	return cliFailure(2, result.errors.map((e) => `kpi-definitions/${formatCatalogueError(e)}`).join('\n'));
}

export async function loadRingData(
	ringPath: string,
	catalogue: Catalogue,
	/** Told of each warning of a ring that reads (e.g. pseudonym keys drawn now). */
	onWarning?: (problem: Problem) => void
): Promise<RingData | CliFailure> {
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	const { data, problems } = await readRingFromPath(ringPath, specs);
	const errors = problems.filter((p) => p.severity === 'error');
	if (data && errors.length === 0) {
		if (onWarning) problems.forEach(onWarning);
		return data;
	}
	// Problems inside the package name a file relative to it; point at it from the user's path.
	const inside = (file: string) => file && file !== ringPath && file !== path.basename(ringPath);
	const located = (errors.length ? errors : problems).map((p) =>
		formatProblem({ ...p, file: inside(p.file) ? path.join(ringPath, p.file) : ringPath })
	);
	const unreadable = problems.some((p) => p.code === 'unreadable' || p.code === 'not_found');
	return cliFailure(unreadable ? 2 : 1, located.join('\n') || `${ringPath}: Ring nicht lesbar.`);
}

/** The ring now, or as it was at Datenstand `id` (`--datenstand`). */
export function ringAt(data: RingData, id: string | undefined, ringPath: string): Ring | CliFailure {
	if (id === undefined) return engineRing(data);
	const ring = ringAtRelease(data, id);
	if (ring) return engineRing({ ring, extras: data.extras });
	const known = data.extras.releases.map((r) => r.id);
	return cliFailure(
		2,
		known.length > 0
			? `Datenstand „${id}“ gibt es im Ring ${ringPath} nicht (vorhanden: ${known.join(', ')}).`
			: `Der Ring ${ringPath} hat keine Datenstände; --datenstand „${id}“ ist nicht möglich.`
	);
}

/** Load the ring at `--ring`, at `--datenstand` when given. */
export async function loadRingAt(
	ringPath: string,
	catalogue: Catalogue,
	datenstand: string | undefined
): Promise<Ring | CliFailure> {
	const data = await loadRingData(ringPath, catalogue);
	return isFailure(data) ? data : ringAt(data, datenstand, ringPath);
}
