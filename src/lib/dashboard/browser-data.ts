/**
 * The dashboard data layer of a browser session: one cache per session (data.ts) on the page's one
 * DuckDB connection, or the preview's own layer while the demo's first view is shown. Kept apart
 * from data.ts so that Node code (the build's first view, tests) never pulls in the browser connector.
 */
import type { Session } from '../app/session.ts';
import { createDashboardData, type DashboardData } from './data.ts';

const perSession = new WeakMap<Session, DashboardData>();

/** The cache of this session (created on first use), on the page's one DuckDB connection. */
export function dashboardData(session: Session): DashboardData {
	if (session.preview) return session.preview.data;
	let d = perSession.get(session);
	if (!d) {
		const conn = () => import('../engine/browser-connector.ts').then((m) => m.browserConnector());
		perSession.set(session, (d = createDashboardData(session, conn)));
	}
	return d;
}
