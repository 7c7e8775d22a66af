/**
 * The app as the dashboard's host (dashboard/source.ts): the root layout sets it, so the dashboard
 * reads the ring on display and asks for ring operations without importing the app. Every getter
 * reads the app's reactive state, so a view follows the active ring.
 */
import type { DashboardHost } from '../dashboard/source.ts';
import { app } from './app.svelte.ts';
import { sessionSource } from './session-source.ts';

export const dashboardHost: DashboardHost = {
	get source() {
		// The preview (the demo's first view from the build, a ring's last view) until the session is ready.
		return app.session ? sessionSource(app.session) : (app.preview ?? undefined);
	},
	get error() {
		return app.error;
	},
	get rings() {
		return app.rings;
	},
	ownAuthority: (ringId) => app.ownAuthority(ringId),
	chooseOwn: (authorityId) => void app.chooseOwn(authorityId),
	switchRing: (id) => app.switchTo(id),
	change: (change) => app.change(change, { reapply: true }),
	noteView: (state, kpi) => app.noteView(state, kpi)
};
