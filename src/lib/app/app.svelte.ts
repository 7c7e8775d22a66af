/**
 * Reactive holder of the session for the pages. The session object holds the engine and Arrow
 * results, which must never be deep-proxied, so it is `$state.raw` and replaced as a whole.
 * Every ring operation goes through here so all views follow the active ring.
 *
 * Changes of the active ring are functions ring → ring (`change`): the demo ring and a ring only in
 * memory are stored as a new ring with the change. Rings in this browser never share a name: a ring
 * stored as new under a name that is taken is renamed („… (eigene Kopie)“, `ring-names.ts`), and
 * `notice` says so. „Mein Amt“ is remembered per ring in the store (`own`), never in the ring itself.
 */
import { completeRingData } from '../ring/package/complete.ts';
import type { RingData } from '../ring/package/types.ts';
import { rescueDownload, type StorageProblem } from '../ring/storage-problem.ts';
import { zipInWorker } from '../ring/worker-client.ts';
import { DEMO_RING_ID, newRingId, type RingStore, type RingSummary } from '../ring/store.ts';
import {
	checkRingName,
	cleanRingName,
	emptyRing,
	freeRingName,
	renamedRing,
	type RingNameProblem
} from '../ring/ring-names.ts';
import { t } from '../i18n/translate.ts';
import type { ViewState } from '../dashboard/state.ts';
import type { LastViewRecorder } from '../first-view/last-view.ts';
import { OwnAuthorities } from './own-authority.svelte.ts';
import { activate, demoRingData, openSession, type Session } from './session.ts';

/** A change of the ring: the ring after it, or null when it does not apply to this ring. */
export type RingChange = (data: RingData) => RingData | null;

/** What happened beyond what the user did here (a copy made, a name changed), for the page's notice line. */
export interface Notice {
	tone: 'info' | 'warning';
	message: string;
}

/**
 * How a change ended: `saved` (in the store; `newRing` when a copy of the demo or of an in-memory ring
 * was stored as a new ring), `memory` (storage failed or there is none: open in memory only), `unchanged`
 * (the change does not apply).
 */
export interface ChangeResult {
	status: 'saved' | 'memory' | 'unchanged';
	newRing: boolean;
}

/** Why a ring name was refused, in German. */
export function ringNameText(problem: RingNameProblem): string {
	if (problem.code === 'long') return t('manage.name_long', { max: problem.max });
	if (problem.code === 'taken') return t('manage.name_taken', { name: problem.name });
	return t(problem.code === 'missing' ? 'manage.name_missing' : 'manage.name_control');
}

class App {
	session = $state.raw<Session | undefined>(undefined);
	/** The demo ring's first view from the build, shown by the dashboard until `session` is ready. */
	preview = $state.raw<Session | null>(null);
	error = $state<string | undefined>(undefined);
	rings = $state.raw<RingSummary[]>([]);
	/** `rings` has been read (with the demo, on a first visit): a page draws the list once, complete. */
	listed = $state(false);
	/** A storage problem of the last operation (German message); the data stays in memory. */
	problem = $state.raw<StorageProblem | null>(null);
	/** What the app did on its own account (a copy of the demo, a changed name), said at the top of the page. */
	notice = $state.raw<Notice | null>(null);
	/** „Mein Amt“ per ring, as remembered in this browser (read before the first view is shown). */
	readonly own = new OwnAuthorities();
	#starting: Promise<void> | undefined;
	#ownLoaded: Promise<void> = Promise.resolve();
	#recorder: LastViewRecorder | undefined;

	/** Idempotent: the first page to mount starts the session, the others wait for it. */
	start(packageUrl: string | null): Promise<void> {
		if (this.#starting) return this.#starting;
		let demoPreview: Promise<Session | null> = Promise.resolve(null);
		const opening = openSession({
			packageUrl,
			onActive: (id, store) => {
				this.#ownLoaded = this.own.load(store);
				void this.#showPreview(id, store, demoPreview, opening);
			}
		});
		// Fetched from the very start: the first view of the demo ring computed at build time.
		if (!packageUrl)
			demoPreview = import('../first-view/preview.ts')
				.then((m) => m.loadBuildPreview(opening))
				.catch(() => null);
		this.#starting = opening
			.then(async (s) => {
				await this.#ownLoaded; // the first view opens at „Mein Amt“
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
			await this.#ownLoaded;
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
		if (store) {
			const list = await store.listRings();
			if (list.ok) this.rings = list.value;
			else this.problem = list.problem;
		}
		this.listed = true;
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
	 * memory. Members added since the last save get their pseudonyms here (the next free labels). A new
	 * ring never takes a name another ring has (see the header).
	 */
	async save(input: RingData, id?: string): Promise<boolean> {
		await this.#starting; // a click during the preview acts on the real session
		const s = this.session;
		if (!s) return false;
		if (id === undefined) return this.#saveNew(s, input);
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

	/**
	 * Store `input` as a new ring and open it. A ring made from the demo while it is open (a change saved
	 * on it keeps its name) is a copy: named „… (eigene Kopie)“, with „Mein Amt“ carried over, and said so.
	 */
	async #saveNew(s: Session, input: RingData): Promise<boolean> {
		const id = newRingId();
		const wanted = input.ring.meta.name;
		const name = freeRingName(
			wanted,
			this.rings.map((r) => r.name),
			t('manage.copy_suffix')
		);
		const copy = s.ringId === DEMO_RING_ID && wanted === s.data.ring.meta.name;
		const data = completeRingData(name === wanted ? input : renamedRing(input, name));
		const saved = s.store ? await s.store.saveRing(id, data) : null;
		if (!saved?.ok) {
			if (saved) this.problem = saved.problem;
			this.session = await activate(s, null, data);
			return false;
		}
		const own = this.own.get(s.ringId);
		if (copy && own) await this.own.set(s.store, id, own);
		this.session = await activate(s, id, data);
		if (copy) this.notice = { tone: 'info', message: t('manage.copy_made', { name }) };
		else if (name !== cleanRingName(wanted))
			this.notice = { tone: 'info', message: t('manage.name_changed', { wanted, name }) };
		await this.refresh();
		return true;
	}

	/**
	 * Change the active ring and store it. The demo and a ring only in memory are stored as a new ring
	 * with the change (the demo's copy is named and announced, see `#saveNew`).
	 */
	async change(change: RingChange): Promise<ChangeResult> {
		await this.#starting;
		const s = this.session;
		if (!s) return { status: 'unchanged', newRing: false };
		const next = change(s.data);
		if (!next) return { status: 'unchanged', newRing: false };
		if (!s.store || s.ringId === null || s.ringId === DEMO_RING_ID)
			return { status: (await this.#saveNew(s, next)) ? 'saved' : 'memory', newRing: true };
		return { status: (await this.save(next, s.ringId)) ? 'saved' : 'memory', newRing: false };
	}

	/** A new, empty ring under `name` (refused when the name is taken or unusable), opened at once. */
	async create(name: string): Promise<RingNameProblem | ChangeResult> {
		await this.#starting;
		const s = this.session;
		if (!s) return { status: 'unchanged', newRing: false };
		const problem = checkRingName(
			name,
			this.rings.map((r) => r.name)
		);
		if (problem) return problem;
		return { status: (await this.#saveNew(s, emptyRing(name))) ? 'saved' : 'memory', newRing: true };
	}

	/**
	 * Rename the stored ring `id` (not the demo, which is read-only). The active ring is renamed as a
	 * change of it; another ring is read, renamed and written back in one transaction.
	 */
	async rename(id: string, name: string): Promise<RingNameProblem | ChangeResult> {
		await this.#starting;
		const s = this.session;
		if (!s?.store || id === DEMO_RING_ID) return { status: 'unchanged', newRing: false };
		const problem = checkRingName(
			name,
			this.rings.filter((r) => r.id !== id).map((r) => r.name)
		);
		if (problem) return problem;
		if (id === s.ringId) return this.change((data) => renamedRing(data, name));
		const loaded = await s.store.loadRing(id);
		if (!loaded.ok || !loaded.value) {
			if (!loaded.ok) this.problem = loaded.problem;
			return { status: 'unchanged', newRing: false };
		}
		const saved = await s.store.saveRing(id, completeRingData(renamedRing(loaded.value, name)));
		if (!saved.ok) this.problem = saved.problem;
		await this.refresh();
		return { status: saved.ok ? 'saved' : 'memory', newRing: false };
	}

	/** „Mein Amt“ of the ring on display, when it was chosen in this browser. */
	ownAuthority(ringId: string | null): string | undefined {
		return this.own.get(ringId);
	}

	/** The user chose „Mein Amt“: remembered for this ring (a ring only in memory: until the tab closes). */
	async chooseOwn(authorityId: string): Promise<void> {
		const shown = this.session ?? this.preview;
		if (!shown) return;
		// Shown at once; written to the store of the real session (the preview has none).
		await this.own.set(null, shown.ringId, authorityId);
		await this.#starting;
		const store = this.session?.store ?? null;
		if (shown.ringId !== null && store) await this.own.set(store, shown.ringId, authorityId);
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

/** Offer bytes as a file download (ring package, rescue copy, CSV, SVG …). */
export function download(bytes: Uint8Array | string, fileName: string, mimeType: string): void {
	const blob = new Blob([typeof bytes === 'string' ? bytes : (bytes as Uint8Array<ArrayBuffer>)], {
		type: mimeType
	});
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
