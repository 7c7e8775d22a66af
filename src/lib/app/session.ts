/**
 * The page's working state outside Svelte: catalogue, database, ring store and the active ring.
 *
 * Start-up order, and why:
 * 1. `?package=<url>` (a ring package on the same intranet server, e.g. linked by the moderator)
 *    opens that ring in memory only; nothing is stored until the user saves it.
 * 2. Otherwise the ring store (IndexedDB) is opened; the demo ring is put there once under its
 *    reserved id (never over a user's ring) and the last active ring is opened.
 * 3. If storage is unavailable (private mode, blocked, full), the demo ring runs in memory and the
 *    problem is kept so the page can say so in German and offer the data as a download.
 * Pages only call these functions and the engine's methods; they never see SQL or IndexedDB.
 */
import catalogue from 'virtual:kpi-definitions';
import type { Catalogue } from '../catalogue/schema.ts';
import { createEngine, type Engine } from '../engine/engine.ts';
import { formatProblem } from '../ingest/problems.ts';
import type { CountSpec, Problem } from '../ingest/types.ts';
import { completeRingData } from '../ring/package/complete.ts';
import { engineRing, type RingData } from '../ring/package/types.ts';
import type { StorageProblem } from '../ring/storage-problem.ts';
import { DEMO_RING_ID, openRingStore, requestPersistence, type RingStore } from '../ring/store.ts';
import { openRingPackageInWorker, openRingZipInWorker } from '../ring/worker-client.ts';
import { fetchDemoRingFiles } from './demo-ring.ts';
import type { Preview } from '../first-view/preview.ts';

export interface Session {
	catalogue: Catalogue;
	engine: Engine;
	store: RingStore | null;
	storageProblem: StorageProblem | null;
	/** Store id of the active ring; null when it lives only in memory. */
	ringId: string | null;
	data: RingData;
	/** Periods with data, ascending. */
	periods: number[];
	/** Settles when the demo ring is in the store (first visit), with a problem if it could not be. */
	demoStored: Promise<StorageProblem | null>;
	/**
	 * Set only on the preview session painted from the build's first view while the real session
	 * starts (first-view/preview.ts): it has no base values, so nothing may be saved from it.
	 */
	preview?: Preview;
}

export const countSpecs = (cat: Catalogue): CountSpec[] =>
	cat.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));

export class RingOpenError extends Error {
	readonly problems: Problem[];
	constructor(message: string, problems: Problem[]) {
		super(message);
		this.problems = problems;
	}
}

function opened(result: { data: RingData | null; problems: Problem[] }, what: string): RingData {
	if (result.data) return result.data;
	const errors = result.problems.filter((p) => p.severity === 'error');
	throw new RingOpenError(
		`${what} konnte nicht geöffnet werden:\n${errors.slice(0, 5).map(formatProblem).join('\n')}`,
		result.problems
	);
}

export async function demoRingData(): Promise<RingData> {
	return opened(
		await openRingPackageInWorker(await fetchDemoRingFiles(), countSpecs(catalogue), { name: 'Demo-Ring' }),
		'Der Demo-Ring'
	);
}

/** Only files of the app's own origin may be opened this way; the CSP forbids others anyway. */
async function packageFromUrl(url: string): Promise<RingData> {
	const target = new URL(url, location.href);
	if (target.origin !== location.origin)
		throw new RingOpenError(
			`Ringpakete werden nur vom eigenen Server geöffnet, nicht von ${target.origin}.`,
			[]
		);
	const response = await fetch(target);
	if (!response.ok) throw new RingOpenError(`Ringpaket ${url} nicht ladbar (HTTP ${response.status}).`, []);
	const name = decodeURIComponent(target.pathname.split('/').pop() ?? 'Ringpaket').replace(/\.zip$/i, '');
	return opened(
		await openRingZipInWorker(new Uint8Array(await response.arrayBuffer()), countSpecs(catalogue), { name }),
		`Das Ringpaket ${name}`
	);
}

interface Chosen {
	id: string | null;
	data: RingData;
	problem: StorageProblem | null;
	/** First visit: the demo being written to the store in the background (not on the critical path). */
	demoStored: Promise<StorageProblem | null>;
}

const stored = (result: Promise<{ ok: true } | { ok: false; problem: StorageProblem }>) =>
	result.then((r) => (r.ok ? null : r.problem));

async function activeRingId(store: RingStore | null): Promise<string> {
	const active = store ? await store.getActiveRing() : null;
	return active?.ok && active.value ? active.value : DEMO_RING_ID;
}

async function storedOrDemo(store: RingStore | null): Promise<Chosen> {
	if (!store)
		return { id: null, data: await demoRingData(), problem: null, demoStored: Promise.resolve(null) };
	const active = await store.getActiveRing();
	const id = active.ok && active.value ? active.value : DEMO_RING_ID;
	if (id !== DEMO_RING_ID) {
		const loaded = await store.loadRing(id);
		// A ring stored by an earlier app gets its missing parts here (the pseudonym map it showed).
		if (loaded.ok && loaded.value)
			return { id, data: completeRingData(loaded.value), problem: null, demoStored: Promise.resolve(null) };
		const demo = await demoRingData();
		const problem = loaded.ok ? null : loaded.problem;
		return { id: DEMO_RING_ID, data: demo, problem, demoStored: stored(store.ensureDemo(demo)) };
	}
	// The demo is shown from the shipped files (the stored copy can only equal them or be older);
	// putting it into the store on the first visit happens while the first chart is drawn.
	const demo = await demoRingData();
	return { id: DEMO_RING_ID, data: demo, problem: null, demoStored: stored(store.ensureDemo(demo)) };
}

export async function openSession(
	options: {
		packageUrl?: string | null;
		/** Called as soon as the ring to open is known (a preview of it may be shown meanwhile). */
		onActive?: (ringId: string, store: RingStore | null) => void;
	} = {}
): Promise<Session> {
	// DuckDB-WASM's instantiation (1–2 s) is the floor of every cold start, so it starts first and
	// opening the store and reading the ring happen while it loads.
	const connecting = import('../engine/browser-connector.ts').then((m) => m.browserConnector());
	connecting.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
	const storeResult = await openRingStore();
	const store = storeResult.ok ? storeResult.value : null;
	let storageProblem = storeResult.ok ? null : storeResult.problem;
	let ringId: string | null;
	let data: RingData;
	let demoStored: Promise<StorageProblem | null> = Promise.resolve(null);
	if (options.packageUrl) {
		[ringId, data] = [null, await packageFromUrl(options.packageUrl)];
	} else {
		if (options.onActive) options.onActive(await activeRingId(store), store);
		const chosen = await storedOrDemo(store);
		[ringId, data, demoStored] = [chosen.id, chosen.data, chosen.demoStored];
		storageProblem ??= chosen.problem;
	}
	if (store) void requestPersistence();
	const engine = createEngine(await connecting, catalogue);
	await engine.loadRing(engineRing(data));
	return {
		catalogue,
		engine,
		store,
		storageProblem,
		ringId,
		data,
		periods: await engine.periods(),
		demoStored
	};
}

/** Make `data` the active ring (already stored under `ringId`, or in memory when null). */
export async function activate(session: Session, ringId: string | null, data: RingData): Promise<Session> {
	await session.engine.loadRing(engineRing(data));
	if (session.store && ringId) await session.store.setActiveRing(ringId);
	return { ...session, ringId, data, periods: await session.engine.periods() };
}
