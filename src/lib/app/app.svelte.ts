/**
 * Reactive holder of the session for the pages. The session object holds the engine and Arrow
 * results, which must never be deep-proxied, so it is `$state.raw` and replaced as a whole.
 * Every ring operation goes through here so all views follow the active ring.
 */
import { download } from '../downloads/save.ts';
import { completeRingData } from '../ring/package/complete.ts';
import type { RingData } from '../ring/package/types.ts';
import { rescueDownload, type StorageProblem } from '../ring/storage-problem.ts';
import { zipInWorker } from '../ring/worker-client.ts';
import { DEMO_RING_ID, newRingId, type RingStore, type RingSummary } from '../ring/store.ts';
import type { ViewState } from '../dashboard/state.ts';
import type { LastViewRecorder } from '../first-view/last-view.ts';
import { activate, demoRingData, openSession, type Session } from './session.ts';

class App {
	session = $state.raw<Session | undefined>(undefined);
	/** The demo ring's first view from the build, shown by the dashboard until `session` is ready. */
	preview = $state.raw<Session | null>(null);
	error = $state<string | undefined>(undefined);
	rings = $state.raw<RingSummary[]>([]);
	/** A storage problem of the last operation (German message); the data stays in memory. */
	problem = $state.raw<StorageProblem | null>(null);
	#starting: Promise<void> | undefined;
	#recorder: LastViewRecorder | undefined;

	/** Idempotent: the first page to mount starts the session, the others wait for it. */
	start(packageUrl: string | null): Promise<void> {
		if (this.#starting) return this.#starting;
		let demoPreview: Promise<Session | null> = Promise.resolve(null);
		const opening = openSession({
			packageUrl,
			onActive: (id, store) => void this.#showPreview(id, store, demoPreview, opening)
		});
		// Fetched from the very start: the first view of the demo ring computed at build time.
		if (!packageUrl)
			demoPreview = import('../first-view/preview.ts')
				.then((m) => m.loadBuildPreview(opening))
				.catch(() => null);
		this.#starting = opening
			.then(async (s) => {
				this.session = s;
				this.preview = null;
				this.problem = s.storageProblem;
				const demoProblem = await s.demoStored;
				if (demoProblem) {
					// The demo could not be stored: it is open in memory only, and the page says so.
					this.problem ??= demoProblem;
					if (this.session?.ringId === DEMO_RING_ID) this.session = { ...this.session, ringId: null };
				}
				await this.refresh();
			})
			.catch((e: unknown) => {
				this.error = reasonOf(e);
			});
		return this.#starting;
	}

	/** Paint the active ring's last view, or the demo's first view from the build, until the session is ready. */
	async #showPreview(
		id: string,
		store: RingStore | null,
		demoPreview: Promise<Session | null>,
		real: Promise<Session>
	): Promise<void> {
		try {
			const { lastViewPreview } = await import('../first-view/last-view.ts');
			const last = store ? await lastViewPreview(store, id, real) : null;
			const preview = last ?? (id === DEMO_RING_ID ? await demoPreview : null);
			if (preview && !this.session) this.preview = preview;
		} catch {
			// no preview: the dashboard waits for the engine, as without one
		}
	}

	/** The dashboard shows this state (and KPI): kept as the ring's last view for the next start. */
	noteView(state: ViewState, kpi?: { id: string; other: string | null }): void {
		const s = this.session;
		if (!s) return;
		// After the start has listed the rings: a view noted before that (the dashboard paints as soon
		// as the session is there) would otherwise find no `updated` time and never be recorded.
		void Promise.all([import('../first-view/last-view.ts'), this.#starting]).then(
			([{ LastViewRecorder }]) => {
				if (this.session !== s) return;
				this.#recorder ??= new LastViewRecorder();
				this.#recorder.note(s, this.rings.find((r) => r.id === s.ringId)?.updated, state, kpi);
			}
		);
	}

	/** Settles when the session has started (or failed to): for actions that need the real ring. */
	ready(): Promise<void> {
		return this.#starting ?? Promise.resolve();
	}

	async refresh(): Promise<void> {
		const store = this.session?.store;
		if (!store) return;
		const list = await store.listRings();
		if (list.ok) this.rings = list.value;
		else this.problem = list.problem;
	}

	async switchTo(id: string): Promise<boolean> {
		await this.#starting; // a click during the preview acts on the real session
		const s = this.session;
		if (!s?.store) return false;
		const loaded = await s.store.loadRing(id);
		if (!loaded.ok || !loaded.value) {
			if (!loaded.ok) this.problem = loaded.problem;
			return false;
		}
		// The demo is opened from the shipped files, as at start (a stored copy can only equal them or be
		// older, e.g. from before format 2); a ring stored by an earlier app gets its missing parts (the
		// pseudonym map it showed).
		const data = id === DEMO_RING_ID ? await demoRingData() : completeRingData(loaded.value);
		this.session = await activate(s, id, data);
		return true;
	}

	/**
	 * Store `data` as a new ring (or under `id`) and open it. Atomic; on failure the data stays open in
	 * memory. Members added since the last save get their pseudonyms here (the next free labels).
	 */
	async save(input: RingData, id: string = newRingId()): Promise<boolean> {
		await this.#starting; // a click during the preview acts on the real session
		const s = this.session;
		if (!s) return false;
		const data = completeRingData(input);
		const saved = s.store ? await s.store.saveRing(id, data) : null;
		if (saved && !saved.ok) {
			this.problem = saved.problem;
			this.session = await activate(s, null, data);
			return false;
		}
		this.session = await activate(s, s.store ? id : null, data);
		await this.refresh();
		return Boolean(s.store);
	}

	async remove(id: string): Promise<void> {
		await this.#starting; // a click during the preview acts on the real session
		const s = this.session;
		if (!s?.store) return;
		const removed = await s.store.deleteRing(id);
		if (!removed.ok) this.problem = removed.problem;
		if (s.ringId === id) await this.switchTo(DEMO_RING_ID);
		await this.refresh();
	}

	async restoreDemo(): Promise<void> {
		await this.#starting; // a click during the preview acts on the real session
		const s = this.session;
		if (!s?.store) return;
		const restored = await s.store.restoreDemo(await demoRingData());
		if (!restored.ok) this.problem = restored.problem;
		await this.switchTo(DEMO_RING_ID);
		await this.refresh();
	}
}

export const app = new App();

/** Why something failed, for a German status line (the message of an Error, else the value). */
export function reasonOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * The ring as a ring package download; zipped in the import worker (`zipInWorker`). Rejects when the
 * worker fails (memory): the caller says so.
 */
export async function downloadRing(data: RingData): Promise<void> {
	const file = await rescueDownload(data, zipInWorker);
	download(file.bytes, file.fileName, file.mimeType);
}
