/**
 * Reactive holder of the session for the pages. The session object holds the engine and Arrow
 * results, which must never be deep-proxied, so it is `$state.raw` and replaced as a whole.
 * Every ring operation goes through here so all views follow the active ring.
 *
 * Several tabs: every save names the revision this tab read (`ring-writes.ts`), so a ring another tab
 * saved meanwhile is never overwritten; other tabs' saves arrive at once (`ring-channel.ts`) and the
 * active ring is reloaded. Ring operations of this tab run one at a time (`#exclusive`), so a reload
 * from another tab never interleaves with a save here. What happened is said in `notice`.
 *
 * The demo ring and a ring only in memory are stored as a new ring with a change. Rings in this
 * browser never share a name: a ring stored as new under a name that is taken is renamed („… (eigene
 * Kopie)“, `ring-names.ts`), and `notice` says so. „Mein Amt“ is remembered per ring in the store
 * (`own`), never in the ring itself. What a page is told back: `outcomes.ts`.
 */
import type { MessageKey } from '../i18n/messages.ts';
import { completeRingData } from '../ring/package/complete.ts';
import type { RingData } from '../ring/package/types.ts';
import type { StorageProblem } from '../ring/storage-problem.ts';
import {
	DEMO_RING_ID,
	newRingId,
	type RingStore,
	type RingSummary,
	type StoredChange
} from '../ring/store.ts';
import type { DashboardData } from '../dashboard/data.ts';
import type { DashboardSource } from '../dashboard/source.ts';
import type { ViewState } from '../dashboard/state.ts';
import { openRingChannel, type RingChannel } from './ring-channel.ts';
import { reasonOf, type ChangeResult, type Notice } from './outcomes.ts';
import { writeChange, type RingChange, type WriteOutcome } from './ring-writes.ts';
import { remoteSettlement, renameStored, settle } from './settle.ts';
import { buildPreview, previewOf, realQueries, recordView } from './preview.ts';
import {
	checkRingName,
	cleanRingName,
	emptyRing,
	freeRingName,
	renamedRing,
	type RingNameProblem
} from '../ring/ring-names.ts';
import { t } from '../i18n/translate.ts';
import { OwnAuthorities } from './own-authority.svelte.ts';
import { activate, demoRingData, openSession, type Session } from './session.ts';
import { progressAt, type RingPhase, type RingProgress } from './progress.ts';

export type { RingChange };
export { downloadRing, reasonOf, ringNameText, type ChangeResult, type Notice } from './outcomes.ts';

class App {
	session = $state.raw<Session | undefined>(undefined);
	/** The active ring's last view or the demo's first view, shown by the dashboard until `session` is ready. */
	preview = $state.raw<DashboardSource | null>(null);
	error = $state<string | undefined>(undefined);
	rings = $state.raw<RingSummary[]>([]);
	/** `rings` has been read (with the demo, on a first visit): a page draws the list once, complete. */
	listed = $state(false);
	/** A storage problem of the last operation (German message); the data stays in memory. */
	problem = $state.raw<StorageProblem | null>(null);
	/** What another tab did to the active ring, how a save here was resolved against it, or what the app did on its own account (a copy of the demo, a changed name). */
	notice = $state.raw<Notice | null>(null);
	/** A ring being opened, read, saved or loaded (RingProgress.svelte shows it after 300 ms). */
	progress = $state.raw<RingProgress | null>(null);
	/** „Mein Amt“ per ring, as remembered in this browser (read before the first view is shown). */
	readonly own = new OwnAuthorities();
	#starting: Promise<void> | undefined;
	#ownLoaded: Promise<void> = Promise.resolve();
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
		let demoPreview: Promise<DashboardSource | null> = Promise.resolve(null);
		this.#channel ??= openRingChannel((change) => void this.#remote(change));
		const opening = openSession({
			packageUrl,
			// Called after openSession's first await: `queries` and `demoPreview` below are set by then.
			onActive: (id, store) => {
				this.#ownLoaded = this.own.load(store);
				void this.#showPreview(id, store, demoPreview, queries);
			},
			announce: (change) => this.#channel?.post(change),
			onProgress: this.noteProgress
		});
		void opening.then(
			(s) => this.#watch(s),
			() => undefined
		);
		const queries = realQueries(opening);
		demoPreview = buildPreview(packageUrl, queries);
		this.#starting = opening
			.then(async (s) => {
				await this.#ownLoaded; // the first view opens at „Mein Amt“
				this.session = s;
				this.preview = null;
				this.progress = null;
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
			return this.#watch(await activate(s, ringId, data, revision, this.noteProgress));
		} finally {
			this.progress = null;
		}
	}

	/** DuckDB has the active ring and has checked the numbers shown (session.ts `checked`). */
	checked = $state(false);
	#checked: Promise<void> | undefined;
	/** The views show the ring before DuckDB has checked it (session.ts `checked`): a failed check is the page's error. */
	#watch(s: Session): Session {
		this.#checked = s.checked;
		this.checked = false;
		s.checked.then(
			() => {
				if (this.#checked === s.checked) this.checked = true;
			},
			(e: unknown) => {
				if (this.#checked === s.checked) this.error = reasonOf(e);
			}
		);
		return s;
	}

	/** Paint the active ring's last view, or the demo's first view from the build, until the session is ready. */
	async #showPreview(
		id: string,
		store: RingStore | null,
		demo: Promise<DashboardSource | null>,
		real: Promise<DashboardData>
	) {
		const preview = await previewOf(id, store, demo, real);
		await this.#ownLoaded;
		if (preview && !this.session) this.preview = preview;
	}

	/** The dashboard shows this state (and KPI): kept as the ring's last view for the next start. */
	noteView(state: ViewState, kpi?: { id: string; other: string | null }): void {
		const s = this.session;
		if (!s) return;
		// After the start has listed the rings: a view noted before that (the dashboard paints as soon
		// as the session is there) would otherwise find no `updated` time and never be recorded.
		void this.#starting?.then(() => {
			if (this.session === s) recordView(s, this.rings.find((r) => r.id === s.ringId)?.updated, state, kpi);
		});
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

	/**
	 * A new ring never takes a name another ring has. One made from the demo while it is open (a change
	 * saved on it keeps its name) is a copy: named „… (eigene Kopie)“, with „Mein Amt“ carried over, and
	 * said so.
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
		this.noteProgress('save');
		const saved = s.store ? await s.store.saveRing(id, data, null) : null;
		if (!saved?.ok) {
			if (saved) this.problem = saved.problem;
			this.session = await this.#activate(s, null, data);
			return false;
		}
		const own = this.own.get(s.ringId);
		if (copy && own) await this.own.set(s.store, id, own);
		this.session = await this.#activate(s, id, data, saved.value.revision);
		if (copy) this.notice = { tone: 'info', said: { key: 'manage.copy_made', params: { name } } };
		else if (name !== cleanRingName(wanted))
			this.notice = { tone: 'info', said: { key: 'manage.name_changed', params: { wanted, name } } };
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
		const next = settle(outcome, s.data, notApplicable);
		if (next.problem) this.problem = next.problem;
		if (next.open) {
			const { stored, data, revision } = next.open;
			this.session = await this.#activate(s, stored ? id : null, data, revision);
		}
		if (next.notice) this.notice = next.notice;
		if (next.refresh) await this.refresh();
		return { status: next.status, newRing: false };
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
			const next = await remoteSettlement(s.store, s, change);
			if (!next) return;
			if (next.problem) this.problem = next.problem;
			else if (next.open)
				this.session = await this.#activate(s, change.id, next.open.data, next.open.revision);
			else this.session = { ...s, ringId: null, revision: null };
			if (next.notice) this.notice = next.notice;
		});
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
		return this.#exclusive(async () => ({
			status: (await this.#saveNew(s, emptyRing(name))) ? 'saved' : 'memory',
			newRing: true
		}));
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
		if (id === s.ringId) return this.change((data) => renamedRing(data, name), { reapply: true });
		const store = s.store;
		const result = await this.#exclusive(async () => {
			const { result, notice, problem } = await renameStored(store, id, name);
			if (notice) this.notice = notice;
			if (problem) this.problem = problem;
			return result;
		});
		await this.refresh();
		return result;
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
