/**
 * What the dashboard needs from outside, as two small interfaces the dashboard owns — so it never
 * imports the app (README, "Architecture"):
 *
 * - `DashboardSource`: the ring on display and its queries. The app's session provides one (its
 *   engine behind `createDashboardData`, app/dashboard-host.ts); so does the first view painted while
 *   the session starts (first-view/preview.ts: answers from the build's or the last view's record, and
 *   everything else from the real session's queries once they are there — no stand-in engine).
 * - `DashboardHost`: where the source comes from and what the dashboard asks of the app (open
 *   another ring, remember „Mein Amt“, store a custom group, keep the last view). The root layout sets
 *   it as a Svelte context (`setDashboardHost`); `DashboardShell` reads it and hands it to the views.
 */
import { createContext } from 'svelte';
import type { Catalogue } from '../catalogue/schema.ts';
import type { RingData } from '../ring/package/types.ts';
import type { DashboardData } from './data.ts';
import type { ViewState } from './state.ts';

/** The ring on display, as the dashboard reads it. */
export interface DashboardSource {
	readonly catalogue: Catalogue;
	/** Store id of the ring; null for a ring only in memory. */
	readonly ringId: string | null;
	readonly data: RingData;
	/** Periods with data, ascending. */
	readonly periods: readonly number[];
	/** The dashboard's queries (cached per source): its only way to the engine. */
	readonly queries: DashboardData;
	/**
	 * Painted from a record (the demo's first view from the build, a ring's last view) while the real
	 * session starts: it holds no base values, so nothing can be saved, computed or exported from it.
	 */
	readonly preview: boolean;
}

/** How a change the dashboard asked the app to store ended (see the app's `ChangeResult`). */
export type ChangeStatus = 'saved' | 'memory' | 'conflict' | 'unchanged';

/** A ring in this browser, for the ring picker. */
export interface RingChoice {
	id: string;
	name: string;
}

export interface DashboardHost {
	/** The ring on display: the real session's, else a preview while it starts; undefined before both. */
	readonly source: DashboardSource | undefined;
	/** Why the session could not start, worded; the dashboard shows it instead of a view. */
	readonly error: string | undefined;
	/** The stored rings (the ring picker lists them). */
	readonly rings: readonly RingChoice[];
	/** „Mein Amt“ of a ring (null: the ring in memory), when it was chosen in this browser. */
	ownAuthority(ringId: string | null): string | undefined;
	/** The user chose „Mein Amt“ of the ring on display: remembered for that ring. */
	chooseOwn(authorityId: string): void;
	/** Open another stored ring (after the session has started); false when it could not be opened. */
	switchRing(id: string): Promise<boolean>;
	/**
	 * Store a change of the ring on display; when another tab saved the ring meanwhile, the change is
	 * applied to the ring as stored (null: it no longer applies). The demo ring is stored as a copy.
	 */
	change(change: (data: RingData) => RingData | null): Promise<{ status: ChangeStatus }>;
	/** The dashboard shows this state (and, on a KPI view, this KPI): kept as the ring's last view. */
	noteView(state: ViewState, kpi?: { id: string; other: string | null }): void;
}

const [getHost, setHost] = createContext<DashboardHost>();

/** Called by the root layout: every dashboard view below it works on `host`. */
export const setDashboardHost = (host: DashboardHost): DashboardHost => setHost(host);

/** The host set by the root layout (a component outside it has none: a programming error). */
export const dashboardHost = (): DashboardHost => getHost();
