/**
 * The view painted while the engine and the ring still load: the active ring's last view, or the demo
 * ring's first view computed at build time. Both are imported lazily — a start without a preview does
 * not wait for them.
 */
import { DEMO_RING_ID, type RingStore } from '../ring/store.ts';
import type { Session } from './session.ts';

/** The demo ring's first view from the build, fetched from the very start (none for `?package=`). */
export function buildPreview(packageUrl: string | null, real: Promise<Session>): Promise<Session | null> {
	if (packageUrl) return Promise.resolve(null);
	return import('../first-view/preview.ts').then((m) => m.loadBuildPreview(real)).catch(() => null);
}

/** The preview of ring `id`: its last view when one was kept, else the demo's build preview (null: none). */
export async function previewOf(
	id: string,
	store: RingStore | null,
	demoPreview: Promise<Session | null>,
	real: Promise<Session>
): Promise<Session | null> {
	try {
		const { lastViewPreview } = await import('../first-view/last-view.ts');
		const last = store ? await lastViewPreview(store, id, real) : null;
		return last ?? (id === DEMO_RING_ID ? await demoPreview : null);
	} catch {
		return null; // no preview: the dashboard waits for the engine, as without one
	}
}
