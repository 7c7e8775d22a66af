/**
 * The page's working state outside Svelte: catalogue, database, ring store and the active ring.
 *
 * Start-up order, and why:
 * 1. `?package=<url>` (a ring package on the same intranet server, e.g. linked by the moderator)
 *    opens that ring in memory only; nothing is stored until the user saves it. It is fetched and
 *    read from the start, beside DuckDB's start and the store's opening.
 * 2. Otherwise the ring store (IndexedDB) is opened; the demo ring is put there once under its
 *    reserved id (never over a user's ring) and the last active ring is opened.
 * 3. If storage is unavailable (private mode, blocked, full), the demo ring runs in memory and the
 *    problem is kept so the page can say so in German and offer the data as a download.
 * Pages only call these functions and the engine's methods; they never see SQL or IndexedDB.
 */
import catalogue from 'virtual:kpi-definitions';
import type { Catalogue } from '../catalogue/schema.ts';
import { createEngine, KpiCheckError, type Engine } from '../engine/engine.ts';
import { MessageError, type Message } from '../i18n/messages.ts';
import { errorText } from '../i18n/words.ts';
import { m } from '../ingest/problems.ts';
import type { CountSpec, Problem } from '../ingest/types.ts';
import { completeRingData } from '../ring/package/complete.ts';
import { engineRing, type RingData } from '../ring/package/types.ts';
import type { StorageProblem } from '../ring/storage-problem.ts';
import {
	DEMO_RING_ID,
	openRingStore,
	requestPersistence,
	type RingStore,
	type StoredChange
} from '../ring/store.ts';
import { openRingPackageInWorker, openRingZipInWorker } from '../ring/worker-client.ts';
import { fetchDemoRingFiles } from './demo-ring.ts';
import type { RingPhase } from './progress.ts';

/** Told when opening a ring moves on (a step, and how far within it: 0…1), for the progress bar. */
export type OnProgress = (phase: RingPhase, fraction?: number) => void;

export interface Session {
	catalogue: Catalogue;
	engine: Engine;
	store: RingStore | null;
	storageProblem: StorageProblem | null;
	/** Store id of the active ring; null when it lives only in memory. */
	ringId: string | null;
	/**
	 * The stored revision `data` was read as (`store.ts`): a write names it as its base, so a ring another
	 * tab saved meanwhile is never overwritten. Null for a ring in memory and for the demo shown from the
	 * shipped files.
	 */
	revision: number | null;
	data: RingData;
	/** Periods with data, ascending. */
	periods: number[];
	/** Settles when the demo ring is in the store (first visit), with a problem if it could not be. */
	demoStored: Promise<StorageProblem | null>;
	/**
	 * Settles when DuckDB has the ring and has checked the KPIs the views show (engine.ts `verify`);
	 * rejects with what went wrong (DuckDB did not start, the check failed). The views do not wait.
	 */
	checked: Promise<void>;
}

export const countSpecs = (cat: Catalogue): CountSpec[] =>
	cat.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));

export class RingOpenError extends MessageError {
	readonly problems: Problem[];
	constructor(said: Message, problems: Problem[]) {
		super(said);
		this.problems = problems;
	}
}

/** The first error with its place; how many more there are. */
function opened(result: { data: RingData | null; problems: Problem[] }, what: Message): RingData {
	if (result.data) return result.data;
	const [first, ...more] = result.problems.filter((p) => p.severity === 'error');
	const problem = first
		? m('rings.problem_at', { file: first.file, line: first.line, column: first.column, text: first.message })
		: '';
	throw new RingOpenError(
		more.length
			? m('rings.open_failed_more', { what, problem, n: more.length })
			: m('rings.open_failed', { what, problem }),
		result.problems
	);
}

export async function demoRingData(): Promise<RingData> {
	return opened(
		await openRingPackageInWorker(await fetchDemoRingFiles(), countSpecs(catalogue), { name: 'Demo-Ring' }),
		m('rings.what_demo')
	);
}

/** Only files of the app's own origin may be opened this way; the CSP forbids others anyway. */
async function packageFromUrl(url: string, onProgress?: OnProgress): Promise<RingData> {
	const target = new URL(url, location.href);
	if (target.origin !== location.origin)
		throw new RingOpenError(m('rings.foreign_origin', { origin: target.origin }), []);
	const response = await fetch(target);
	if (!response.ok) throw new RingOpenError(m('rings.http_failed', { url, status: response.status }), []);
	const name = decodeURIComponent(target.pathname.split('/').pop() ?? 'Ringpaket').replace(/\.zip$/i, '');
	onProgress?.('read', 0);
	return opened(
		await openRingZipInWorker(new Uint8Array(await response.arrayBuffer()), countSpecs(catalogue), {
			name,
			...(onProgress ? { onProgress: (f: number) => onProgress('read', f) } : {})
		}),
		m('rings.what_package', { name })
	);
}

interface Chosen {
	id: string | null;
	revision: number | null;
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

async function storedOrDemo(store: RingStore | null, onProgress?: OnProgress): Promise<Chosen> {
	const none = Promise.resolve(null);
	if (!store)
		return { id: null, revision: null, data: await demoRingData(), problem: null, demoStored: none };
	const active = await store.getActiveRing();
	const id = active.ok && active.value ? active.value : DEMO_RING_ID;
	if (id !== DEMO_RING_ID) {
		onProgress?.('stored');
		const loaded = await store.readRing(id);
		// A ring stored by an earlier app gets its missing parts here (the pseudonym map it showed).
		if (loaded.ok && loaded.value)
			return {
				id,
				revision: loaded.value.revision,
				data: completeRingData(loaded.value.data),
				problem: null,
				demoStored: none
			};
		const demo = await demoRingData();
		const problem = loaded.ok ? null : loaded.problem;
		return {
			id: DEMO_RING_ID,
			revision: null,
			data: demo,
			problem,
			demoStored: stored(store.ensureDemo(demo))
		};
	}
	// The demo is shown from the shipped files (the stored copy can only equal them or be older);
	// putting it into the store on the first visit happens while the first chart is drawn.
	const demo = await demoRingData();
	return {
		id: DEMO_RING_ID,
		revision: null,
		data: demo,
		problem: null,
		demoStored: stored(store.ensureDemo(demo))
	};
}

export async function openSession(
	options: {
		packageUrl?: string | null;
		/** Called as soon as the ring to open is known (a preview of it may be shown meanwhile). */
		onActive?: (ringId: string, store: RingStore | null) => void;
		/** Told of every ring this tab writes (to tell the other tabs, `ring-channel.ts`). */
		announce?: (change: StoredChange) => void;
		/** Told how far opening a package or a stored ring has got (not the demo: its first view is there at once). */
		onProgress?: OnProgress;
	} = {}
): Promise<Session> {
	// DuckDB-WASM's instantiation (1–2 s) is the floor of every cold start, so it starts first and
	// opening the store and reading the ring happen while it loads.
	const connecting = import('../engine/browser-connector.ts')
		.then((m) => m.browserConnector())
		.catch((e: unknown) => {
			// Said in place of the views (a ring DuckDB cannot check is not shown) and of what needs DuckDB.
			throw new MessageError({ key: 'engine.start_failed', params: { reason: errorText(e) } });
		});
	connecting.catch(() => undefined); // awaited below; not an unhandled rejection meanwhile
	// A linked package does not need the store: it is fetched and read while the store opens.
	const linked = options.packageUrl ? packageFromUrl(options.packageUrl, options.onProgress) : null;
	linked?.catch(() => undefined); // awaited below, as `connecting`
	const storeResult = await openRingStore(undefined, { announce: options.announce });
	const store = storeResult.ok ? storeResult.value : null;
	let storageProblem = storeResult.ok ? null : storeResult.problem;
	let ringId: string | null;
	let revision: number | null = null;
	let data: RingData;
	let demoStored: Promise<StorageProblem | null> = Promise.resolve(null);
	if (linked) {
		[ringId, data] = [null, await linked];
	} else {
		if (options.onActive) options.onActive(await activeRingId(store), store);
		const chosen = await storedOrDemo(store, options.onProgress);
		[ringId, revision, data, demoStored] = [chosen.id, chosen.revision, chosen.data, chosen.demoStored];
		storageProblem ??= chosen.problem;
	}
	if (store) void requestPersistence();
	// Read: what remains is the database — started at the beginning, perhaps still starting — and the load.
	if (ringId !== DEMO_RING_ID) options.onProgress?.('load');
	// The load makes the ring's tables while DuckDB may still be starting (engine.ts `createEngine`),
	// and the views read the ring in memory as soon as it is made: the first chart does not wait for
	// DuckDB. DuckDB's tables, and its check of the numbers shown, follow (`checked`).
	const engine = createEngine(connecting, catalogue);
	const checked = checkedLoad(engine, engine.loadRing(engineRing(data)));
	const periods = await engine.periods();
	return {
		catalogue,
		engine,
		store,
		storageProblem,
		ringId,
		revision,
		data,
		periods,
		demoStored,
		checked
	};
}

/** The load, then DuckDB's check of the ring's KPIs; its failure worded for the page. */
function checkedLoad(engine: Engine, loading: Promise<unknown>): Promise<void> {
	const checked = loading
		.then(() => engine.verify())
		.catch((e: unknown) => {
			throw e instanceof KpiCheckError
				? new MessageError({ key: 'engine.kpi_check', params: { where: e.where } })
				: e;
		});
	checked.catch(() => undefined); // the app listens (app.svelte.ts); not an unhandled rejection meanwhile
	return checked;
}

/** Make `data` the active ring (already stored under `ringId` as `revision`, or in memory when null). */
export async function activate(
	session: Session,
	ringId: string | null,
	data: RingData,
	revision: number | null = null,
	onProgress?: OnProgress
): Promise<Session> {
	onProgress?.('load');
	// As at the start: shown from the ring in memory, DuckDB's load and check follow (`checked`).
	const checked = checkedLoad(session.engine, session.engine.loadRing(engineRing(data)));
	const periods = await session.engine.periods();
	if (session.store && ringId) await session.store.setActiveRing(ringId);
	return { ...session, ringId, revision, data, periods, checked };
}
