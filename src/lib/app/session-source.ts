/**
 * The session as the dashboard's source (dashboard/source.ts): its ring, and its queries on the
 * session's engine — one cache per session object (a new ring, or the same ring saved again, is a new
 * session and starts a new cache), so a state seen before is answered from memory.
 */
import { createDashboardData } from '../dashboard/data.ts';
import type { DashboardSource } from '../dashboard/source.ts';
import type { Session } from './session.ts';

const sources = new WeakMap<Session, DashboardSource>();

export function sessionSource(session: Session): DashboardSource {
	let source = sources.get(session);
	if (!source) {
		const { catalogue, ringId, data, periods } = session;
		source = { catalogue, ringId, data, periods, queries: createDashboardData(session), preview: false };
		sources.set(session, source);
	}
	return source;
}
