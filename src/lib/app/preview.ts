/**
 * The view painted while the engine and the ring still load: the active ring's last view, or the demo
 * ring's first view computed at build time; and the recording of the last view for the next start.
 * first-view/ is imported lazily — a start without a preview does not wait for it.
 */
import type { DashboardData } from '../dashboard/data.ts';
import type { DashboardSource } from '../dashboard/source.ts';
import type { ViewState } from '../dashboard/state.ts';
import type { LastViewRecorder } from '../first-view/last-view.ts';
import { DEMO_RING_ID, type RingStore } from '../ring/store.ts';
import type { Session } from './session.ts';
import { sessionSource } from './session-source.ts';

/** The real session's queries, once it has started: a preview hands on what its record does not hold. */
export function realQueries(opening: Promise<Session>): Promise<DashboardData> {
	const queries = opening.then((s) => sessionSource(s).queries);
	queries.catch(() => undefined); // a failed start is said by the app, not as an unhandled rejection
	return queries;
}

/**
 * The demo ring's first view from the build, fetched from the very start (none for `?package=`);
 * `real` settles with the real session's queries, which answer whatever the record does not.
 */
export function buildPreview(
	packageUrl: string | null,
	real: Promise<DashboardData>
): Promise<DashboardSource | null> {
	if (packageUrl) return Promise.resolve(null);
	return import('../first-view/preview.ts').then((m) => m.loadBuildPreview(real)).catch(() => null);
}

/** The preview of ring `id`: its last view when one was kept, else the demo's build preview (null: none). */
export async function previewOf(
	id: string,
	store: RingStore | null,
	demoPreview: Promise<DashboardSource | null>,
	real: Promise<DashboardData>
): Promise<DashboardSource | null> {
	try {
		const { lastViewPreview } = await lastViewModule();
		const last = store ? await lastViewPreview(store, id, real) : null;
		return last ?? (id === DEMO_RING_ID ? await demoPreview : null);
	} catch {
		return null; // no preview: the dashboard waits for the engine, as without one
	}
}

let recorder: LastViewRecorder | undefined;
let lastView: Promise<typeof import('../first-view/last-view.ts')> | undefined;

/**
 * first-view/last-view.ts, imported once: every view shown is noted, and each `import()` ran the
 * bundler's preload helper again (a URL resolved per chunk it depends on — a millisecond of each switch).
 */
function lastViewModule(): Promise<typeof import('../first-view/last-view.ts')> {
	if (!lastView) {
		lastView = import('../first-view/last-view.ts');
		lastView.catch(() => (lastView = undefined)); // a failed fetch is tried again next time
	}
	return lastView;
}

/** The dashboard shows `state` (and KPI) of `session`, its ring stored as of `updated`: kept as its last view. */
export function recordView(
	session: Session,
	updated: string | undefined,
	state: ViewState,
	kpi?: { id: string; other: string | null }
): void {
	void lastViewModule().then(({ LastViewRecorder }) => {
		recorder ??= new LastViewRecorder();
		recorder.note(sessionSource(session), session.store, updated, state, kpi);
	});
}
