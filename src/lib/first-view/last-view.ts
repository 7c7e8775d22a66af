/**
 * The last view of the user's own rings, kept for the next start (the build's first view covers
 * only the demo ring in its default state).
 *
 * While the dashboard shows a view of a stored ring, its state and data (group statistics, period
 * values and, on a KPI view, that KPI's view data — all already in the data layer's cache) are
 * written to the ring store's last-view slot, a moment after the user stops moving. At the next
 * start, when the active ring is still the one recorded and unchanged since (its `updated` time),
 * that view is painted at once from the record while the engine loads, and its state („Mein Amt“,
 * period, group) is where the dashboard opens when the link names none.
 */
import { remember } from '../dashboard/context.ts';
import type { DashboardData } from '../dashboard/data.ts';
import type { DashboardSource } from '../dashboard/source.ts';
import type { ViewState } from '../dashboard/state.ts';
import type { RingStore } from '../ring/store.ts';
import { previewSource } from './preview.ts';
import { kpiRecord, overviewRecord } from './record.ts';
import { FIRST_VIEW_VERSION, type FirstViewKpi, type FirstViewOverview } from './types.ts';

export interface LastView extends FirstViewOverview {
	ringId: string;
	/** The ring's `updated` time (RingSummary) when the view was recorded. */
	updated: string;
	kpi: FirstViewKpi | null;
}

function isLastView(value: unknown): value is LastView {
	const v = value as Partial<LastView> | null;
	return Boolean(v && v.version === FIRST_VIEW_VERSION && typeof v.ringId === 'string' && v.state && v.stats);
}

/**
 * The preview of the active ring `ringId` from its last view, or null; `real` settles with the real
 * session's queries. Remembers the recorded state for the dashboard even when the ring has changed
 * since (then only the numbers are not reused).
 */
export async function lastViewPreview(
	store: RingStore,
	ringId: string,
	real: Promise<DashboardData>
): Promise<DashboardSource | null> {
	const [record, rings] = await Promise.all([store.getLastView(), store.listRings()]);
	if (!record.ok || !isLastView(record.value) || record.value.ringId !== ringId) return null;
	const last = record.value;
	remember(ringId, last.state);
	const summary = rings.ok ? rings.value.find((r) => r.id === ringId) : undefined;
	if (!summary || summary.updated !== last.updated) return null;
	return previewSource(last, async () => last.kpi, ringId, real);
}

/** Writes the last view a moment after the last change, so moving through views costs nothing. */
export class LastViewRecorder {
	#timer: ReturnType<typeof setTimeout> | undefined;
	#delayMs: number;
	constructor(delayMs = 1500) {
		this.#delayMs = delayMs;
	}

	/**
	 * The dashboard shows `state` (and, on a KPI view, `kpi` with its scatter partner) of `source`, a
	 * ring stored in `store` as of `updated`.
	 */
	note(
		source: DashboardSource,
		store: RingStore | null,
		updated: string | undefined,
		state: ViewState,
		kpi?: { id: string; other: string | null }
	) {
		if (!store || !source.ringId || source.preview || updated === undefined) return;
		const ringId = source.ringId;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(async () => {
			try {
				const data = source.queries;
				const [overview, kpiView] = await Promise.all([
					overviewRecord(data, source.data, source.periods, state),
					kpi ? kpiRecord(data, state, kpi.id, kpi.other) : null
				]);
				const record: LastView = { ...overview, ringId, updated, kpi: kpiView };
				await store.setLastView(record);
			} catch {
				// Only a head start for the next visit; the dashboard works without it.
			}
		}, this.#delayMs);
	}
}
