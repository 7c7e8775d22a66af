/**
 * Reactive holder of the session for the pages. The session object holds the engine and Arrow
 * results, which must never be deep-proxied, so it is `$state.raw` and replaced as a whole.
 * Every ring operation goes through here so all views follow the active ring.
 *
 * Several tabs: every save names the revision this tab read (`ring-writes.ts`), so a ring another tab
 * saved meanwhile is never overwritten; other tabs' saves arrive at once (`ring-channel.ts`) and the
 * active ring is reloaded. Ring operations of this tab run one at a time (`#exclusive`), so a reload
 * from another tab never interleaves with a save here. What happened is said in `notice` (German).
 */
import type { Message, MessageKey } from '../i18n/messages.ts';
import { completeRingData } from '../ring/package/complete.ts';
import type { RingData } from '../ring/package/types.ts';
import { rescueDownload, type StorageProblem } from '../ring/storage-problem.ts';
import { zipInWorker } from '../ring/worker-client.ts';
import {
	DEMO_RING_ID,
	newRingId,
	type RingStore,
	type RingSummary,
	type StoredChange
} from '../ring/store.ts';
import type { ViewState } from '../dashboard/state.ts';
import type { LastViewRecorder } from '../first-view/last-view.ts';
import { openRingChannel, type RingChannel } from './ring-channel.ts';
import { writeChange, type RingChange, type WriteOutcome } from './ring-writes.ts';
import { activate, demoRingData, openSession, type Session } from './session.ts';
import { progressAt, type RingPhase, type RingProgress } from './progress.ts';
import { errorText } from '../i18n/words.ts';

export type { RingChange };

/** What happened to the ring beyond what the user did here (another tab), for the page's notice line. */
export interface Notice {
	tone: 'info' | 'warning';
	/** Worded where shown, in the page's language (the language may change while it is shown). */
	said: Message;
}

/**
 * How a change ended: `saved` (in the store; `newRing` when a copy of the demo or of an in-memory ring
 * was stored as a new ring), `memory` (storage failed: open in memory, `problem` says why), `conflict`
 * (another tab changed or deleted the ring and the change was not reapplied: the session now shows the
 * stored ring), `unchanged` (the change does not apply).
 */
export interface ChangeResult {
	status: 'saved' | 'memory' | 'conflict' | 'unchanged';
	newRing: boolean;
}

class App {
	session = $state.raw<Session | undefined>(undefined);
	/** The demo ring's first view from the build, shown by the dashboard until `session` is ready. */
	preview = $state.raw<Session | null>(null);
	error = $state<string | undefined>(undefined);
	rings = $state.raw<RingSummary[]>([]);
	/** A storage problem of the last operation (German message); the data stays in memory. */
	problem = $state.raw<StorageProblem | null>(null);
	/** What another tab did to the active ring, or how a save here was resolved against it. */
	notice = $state.raw<Notice | null>(null);
	/** A ring being opened, read, saved or loaded (RingProgress.svelte shows it after 300 ms). */
	progress = $state.raw<RingProgress | null>(null);
	#starting: Promise<void> | undefined;
	#recorder: LastViewRecorder | undefined;
	#channel: RingChannel | undefined;
	#queue: Promise<unknown> = Promise.resolve();

	/** One ring operation at a time in this tab (tasks must not call each other through here). */
	#exclusive<T>(task: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(task, task);
		this.#queue = run.catch(() => undefined);
		return run;
	}

	/** Idempotent: the first page to mount starts the session, the others wait for it. */
	start(packageUrl: string | null): Promise<void> {
		if (this.#starting) return this.#starting;
		let demoPreview: Promise<Session | null> = Promise.resolve(null);
		this.#channel ??= openRingChannel((change) => void this.#remote(change));
		const opening = openSession({
			packageUrl,
			onActive: (id, store) => void this.#showPreview(id, store, demoPreview, opening),
			announce: (change) => this.#channel?.post(change),
			onProgress: this.noteProgress
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
			})
			.finally(() => (this.progress = null));
		return this.#starting;
	}

	/** Opening a ring has reached `phase` (and `fraction` of it): for the progress bar. */
	noteProgress = (phase: RingPhase, fraction = 0): void => {
		this.progress = progressAt(this.progress, phase, fraction);
	};

	/** The ring operation is over (or failed): no progress to show. */
	endProgress(): void {
		this.progress = null;
	}

	/** `activate`, with its loading shown as progress. */
	async #activate(s: Session, ringId: string | null, data: RingData, revision: number | null = null) {
		try {
			return await activate(s, ringId, data, revision, this.noteProgress);
		} finally {
			this.progress = null;
		}
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
		return this.#exclusive(() => this.#switch(id));
	}

	async #switch(id: string): Promise<boolean> {
		const s = this.session;
		if (!s?.store) return false;
		if (id !== DEMO_RING_ID) this.noteProgress('stored');
		const loaded = await s.store.readRing(id);
		if (!loaded.ok || !loaded.value) {
			if (!loaded.ok) this.problem = loaded.problem;
			this.progress = null;
			return false;
		}
		// The demo is opened from the shipped files, as at start (a stored copy can only equal them or be
		// older, e.g. from before format 2); a ring stored by an earlier app gets its missing parts (the
		// pseudonym map it showed).
		if (id === DEMO_RING_ID) this.session = await this.#activate(s, id, await demoRingData());
		else
			this.session = await this.#activate(s, id, completeRingData(loaded.value.data), loaded.value.revision);
		return true;
	}

	/**
	 * Store `data` as a new ring and open it. Atomic; on failure the data stays open in memory. Members
	 * added since the last save get their pseudonyms here (the next free labels), as in `change`.
	 */
	async save(data: RingData): Promise<boolean> {
		await this.#starting; // a click during the preview acts on the real session
		return this.#exclusive(async () => {
			const s = this.session;
			return s ? this.#saveNew(s, data) : false;
		});
	}

	async #saveNew(s: Session, input: RingData): Promise<boolean> {
		const id = newRingId();
		const data = completeRingData(input);
		this.noteProgress('save');
		const saved = s.store ? await s.store.saveRing(id, data, null) : null;
		if (!saved?.ok) {
			if (saved) this.problem = saved.problem;
			this.session = await this.#activate(s, null, data);
			return false;
		}
		this.session = await this.#activate(s, id, data, saved.value.revision);
		await this.refresh();
		return true;
	}

	/**
	 * Change the active ring and store it (see `ring-writes.ts`). `reapply`: when another tab saved the
	 * ring meanwhile, apply `change` to the current ring and save that (a group, a profile, a setting);
	 * false when the change was decided against the ring as it was (an import's check) — then nothing is
	 * stored and the session shows the current ring. `base`: the revision the change was made on, when
	 * that is older than the session's (an import checked before another tab's save arrived).
	 * `notApplicable`: what the notice says when, reapplied, the change no longer fits the current ring
	 * (default: the general `sync.not_applicable`). The demo and a ring only in memory are stored as a
	 * new ring with the change.
	 */
	async change(
		change: RingChange,
		options: { reapply: boolean; base?: number | null; notApplicable?: MessageKey }
	): Promise<ChangeResult> {
		await this.#starting;
		return this.#exclusive(async () => {
			const s = this.session;
			if (!s) return { status: 'unchanged', newRing: false };
			if (!s.store || s.ringId === null || s.ringId === DEMO_RING_ID) {
				const next = change(s.data);
				if (!next) return { status: 'unchanged', newRing: false };
				return { status: (await this.#saveNew(s, next)) ? 'saved' : 'memory', newRing: true };
			}
			const revision = (options.base === undefined ? s.revision : options.base) ?? 0;
			const outcome = await writeChange(
				s.store,
				s.ringId,
				{ data: s.data, revision },
				change,
				options.reapply
			);
			return this.#settle(s, s.ringId, outcome, options.notApplicable ?? 'sync.not_applicable');
		});
	}

	async #settle(
		s: Session,
		id: string,
		outcome: WriteOutcome,
		notApplicable: MessageKey
	): Promise<ChangeResult> {
		const name = s.data.ring.meta.name;
		const done = (status: ChangeResult['status']): ChangeResult => ({ status, newRing: false });
		if (outcome.status === 'unchanged') return done('unchanged');
		if (outcome.status === 'failed') {
			this.problem = outcome.problem;
			this.session = await this.#activate(s, null, outcome.mine);
			return done('memory');
		}
		if (outcome.status === 'saved') {
			this.session = await this.#activate(s, id, outcome.stored.data, outcome.stored.revision);
			if (outcome.reapplied)
				this.notice = { tone: 'info', said: { key: 'sync.reapplied', params: { name } } };
			await this.refresh();
			return done('saved');
		}
		if (!outcome.current) {
			// Deleted in another tab: what this tab has stays open, in memory, to be saved as a new ring.
			this.session = await this.#activate(s, null, outcome.mine ?? s.data);
			this.notice = { tone: 'warning', said: { key: 'sync.deleted', params: { name } } };
		} else {
			this.session = await this.#activate(s, id, outcome.current.data, outcome.current.revision);
			// 'changed' is the caller's to explain (it offers the choice); the others are said here.
			if (outcome.reason === 'busy' || outcome.reason === 'not_applicable') {
				const key = outcome.reason === 'busy' ? 'sync.busy' : notApplicable;
				this.notice = { tone: 'warning', said: { key, params: { name } } };
			}
		}
		await this.refresh();
		return done('conflict');
	}

	/** Another tab saved or deleted a ring: the list follows; the active ring is reloaded, and said so. */
	async #remote(change: StoredChange): Promise<void> {
		await this.#starting;
		await this.refresh();
		// The demo is shown from the shipped files; storing or restoring it elsewhere changes nothing here.
		if (change.id === DEMO_RING_ID) return;
		await this.#exclusive(async () => {
			const s = this.session;
			if (!s?.store || s.ringId !== change.id) return;
			if (change.revision !== null && s.revision !== null && change.revision <= s.revision) return;
			const read = await s.store.readRing(change.id);
			if (!read.ok) {
				this.problem = read.problem;
				return;
			}
			const name = s.data.ring.meta.name;
			if (!read.value) {
				this.session = { ...s, ringId: null, revision: null };
				this.notice = { tone: 'warning', said: { key: 'sync.deleted', params: { name } } };
				return;
			}
			if (read.value.revision === s.revision) return;
			const data = completeRingData(read.value.data);
			this.session = await this.#activate(s, change.id, data, read.value.revision);
			this.notice = {
				tone: 'info',
				said: { key: 'sync.updated', params: { name: read.value.data.ring.meta.name } }
			};
		});
	}

	async remove(id: string): Promise<void> {
		await this.#starting; // a click during the preview acts on the real session
		await this.#exclusive(async () => {
			const s = this.session;
			if (!s?.store) return;
			const removed = await s.store.deleteRing(id);
			if (!removed.ok) this.problem = removed.problem;
			if (s.ringId === id) await this.#switch(DEMO_RING_ID);
		});
		await this.refresh();
	}

	async restoreDemo(): Promise<void> {
		await this.#starting; // a click during the preview acts on the real session
		await this.#exclusive(async () => {
			const s = this.session;
			if (!s?.store) return;
			const restored = await s.store.restoreDemo(await demoRingData());
			if (!restored.ok) this.problem = restored.problem;
			await this.#switch(DEMO_RING_ID);
		});
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

/** Why something failed, for a status line in the page's language (i18n/words.ts `errorText`). */
export function reasonOf(error: unknown): string {
	return errorText(error);
}

/**
 * The ring as a ring package download; zipped in the import worker (`zipInWorker`). Rejects when the
 * worker fails (memory): the caller says so.
 */
export async function downloadRing(data: RingData): Promise<void> {
	const file = await rescueDownload(data, zipInWorker);
	download(file.bytes, file.fileName, file.mimeType);
}
