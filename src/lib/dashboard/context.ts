/**
 * What a dashboard view receives from the shell: the ring on display (`session`, a real session's or a
 * preview's, source.ts), what it may ask of the app (`host`), the state whose data is loaded, the
 * peer group and its statistics (one `stats()` call), the display namer and navigation.
 */
import type { PeerGroup } from '../engine/peers.ts';
import type { DashboardData } from './data.ts';
import type { Namer } from './kpi-view.ts';
import type { StatsRow } from './overview.ts';
import type { DashboardHost, DashboardSource } from './source.ts';
import type { ViewState } from './state.ts';

export interface DashboardContext {
	session: DashboardSource;
	host: DashboardHost;
	/** The state the data below belongs to. */
	state: ViewState;
	/** The state in the URL (may be ahead of `state` while its data loads): for links. */
	current: ViewState;
	/**
	 * `current` as a link's query string to another dashboard view: with what every link carries (a
	 * `?package=` ring, the language), without this view's extras (`vs`).
	 */
	query: string;
	key: string;
	group: PeerGroup;
	rows: StatsRow[];
	name: Namer;
	/** The session's queries (`session.queries`). */
	data: DashboardData;
	/** Go to the same view with a changed state (and view extras such as `vs`). */
	navigate(change: Partial<ViewState>, extra?: Record<string, string | undefined>): void;
}

/**
 * Module memory of the last state, so the pickers stay put when a link without a query is followed.
 * Kept with its ring: another ring starts from its own „Mein Amt“, not from an id the rings may share.
 */
let remembered: { ring: string | null; state: Partial<ViewState> } = { ring: null, state: {} };
export const rememberedState = (ring: string | null): Partial<ViewState> =>
	remembered.ring === ring ? remembered.state : {};
export function remember(ring: string | null, state: ViewState): void {
	remembered = { ring, state: { ...state } };
}
