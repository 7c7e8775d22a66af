/**
 * The page's working state outside Svelte: the catalogue, the database, the loaded ring and its
 * engine. Opened once per page and shared by every view (a promise, so concurrent callers wait for
 * the same start-up). Pages only call this and the engine's methods; they never see SQL.
 */
import catalogue from 'virtual:kpi-definitions';
import type { Catalogue } from '../catalogue/schema.ts';
import { createEngine, type Engine } from '../engine/engine.ts';
import { formatProblem } from '../ingest/problems.ts';
import type { Problem } from '../ingest/types.ts';
import { readRingPackage } from '../ingest/ring-package.ts';
import type { Ring } from '../ring/types.ts';
import { fetchDemoRingFiles } from './demo-ring.ts';

export interface Session {
	catalogue: Catalogue;
	ring: Ring;
	engine: Engine;
	/** Periods with data, ascending. */
	periods: number[];
	problems: Problem[];
}

let current: Promise<Session> | undefined;

export function countSpecs(cat: Catalogue) {
	return cat.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
}

export function session(): Promise<Session> {
	current ??= open().catch((error: unknown) => {
		current = undefined;
		throw error;
	});
	return current;
}

async function open(): Promise<Session> {
	const [{ browserConnector }, files] = await Promise.all([
		import('../engine/browser-connector.ts'),
		fetchDemoRingFiles()
	]);
	const { ring, problems } = readRingPackage(files, countSpecs(catalogue), { name: 'Demo-Ring' });
	if (!ring) throw new Error(problems.slice(0, 5).map(formatProblem).join('\n'));
	const conn = await browserConnector();
	const engine = createEngine(conn, catalogue);
	await engine.loadRing(ring);
	return { catalogue, ring, engine, periods: await engine.periods(), problems };
}
