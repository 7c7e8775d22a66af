/**
 * The dashboard data layer of a browser session: one cache per session (data.ts) on the session's
 * engine, or the preview's own layer while the demo's first view is shown.
 */
import type { Session } from '../app/session.ts';
import { createDashboardData, type DashboardData } from './data.ts';

const perSession = new WeakMap<Session, DashboardData>();

/** The cache of this session (created on first use), on the page's one DuckDB connection. */
export function dashboardData(session: Session): DashboardData {
	if (session.preview) return session.preview.data;
	let d = perSession.get(session);
	if (!d) {
		perSession.set(session, (d = createDashboardData(session)));
	}
	return d;
}
