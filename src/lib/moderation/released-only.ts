/**
 * „Nur freigegebene Daten“ (issue 29): the ring as the moderator hands it to the members — only the
 * member-periods the moderator released, and ring.json's `scope.released_only` says so.
 *
 * What goes with them: the members (membership is not data), the values and their provenance of
 * released member-periods, the finding statuses of those member-periods, their release states, the
 * pseudonym map, mapping profiles, peer groups and settings. A Datenstand goes only when it held every
 * one of its own member-periods as released when it was frozen: any other holds draft values.
 */
import { releasedInRelease } from '../ring/datenstand.ts';
import type { RingData } from '../ring/package/types.ts';
import { filterValues, memberPeriods } from '../ring/value-columns.ts';
import { isProvisional, releaseState } from '../ring/release-state.ts';

export interface ReleasedOnly {
	data: RingData;
	/** Member-periods with values: kept (released) and in the ring. */
	kept: number;
	total: number;
	/** Datenstände left out because they hold draft values. */
	droppedReleases: string[];
}

export function releasedOnly(data: RingData): ReleasedOnly {
	const state = releaseState(data.extras.member_releases);
	const released = (v: { authority_id: string; period: number }) =>
		state.active && !isProvisional(state, v.authority_id, v.period);
	const cols = data.ring.values;
	const values = filterValues(
		cols,
		(i) => state.active && !isProvisional(state, cols.authorities[cols.authority[i]!]!, cols.period[i]!)
	);
	const releases = data.extras.releases.filter((r) => {
		const held = releasedInRelease(r);
		return held !== null && held.drafts.length === 0;
	});
	const keptIds = new Set(releases.map((r) => r.id));
	return {
		data: {
			ring: { ...data.ring, values },
			extras: {
				...data.extras,
				releases,
				finding_statuses: data.extras.finding_statuses.filter(released),
				member_releases: data.extras.member_releases.filter((r) => r.state === 'freigegeben'),
				scope: { ...data.extras.scope, released_only: true }
			}
		},
		kept: memberPeriods(values).length,
		total: memberPeriods(cols).length,
		droppedReleases: data.extras.releases.filter((r) => !keptIds.has(r.id)).map((r) => r.id)
	};
}
