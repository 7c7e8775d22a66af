/**
 * The user's edits of what a ring keeps, as changes `ring → ring` (`ring-writes.ts`): each applies to
 * whatever ring is stored when it is saved, so a tab that saves after another tab's save reapplies its
 * edit there instead of writing over the other one. Each says for itself when it no longer fits the
 * ring (null): a finding status or a member's release for a member who left the ring, or a Datenstand
 * whose members and values are not the ring's any more. (An own peer group is such a change too; it
 * lives in `CustomGroupEditor.svelte`, so the dashboard does not load the moderation and Datenstand
 * code this module needs.)
 *
 * Pure: the pages call `app.change(…)` with these; the unit tests run them as two tabs on the store.
 */
import { authoritiesCsv, baseValuesCsv } from '../ring/package/csv.ts';
import { compareMemberReleases } from '../ring/package/parts/moderation.ts';
import type { FindingStatus, MemberRelease, Release, RingData } from '../ring/package/types.ts';
import { nextReleaseId } from '../ring/datenstand.ts';
import { withStatus } from '../moderation/findings.ts';
import type { RingChange } from './ring-writes.ts';

const isMember = (data: RingData, id: string) => data.ring.authorities.some((a) => a.authority_id === id);

/**
 * A finding's status (with note and date), replacing that finding's earlier status — also one set in
 * another tab meanwhile: the user set it last. Statuses of other findings stay as stored.
 */
export function findingStatusChange(status: FindingStatus): RingChange {
	return (data) => {
		if (!isMember(data, status.authority_id)) return null;
		const finding_statuses = withStatus(data.extras.finding_statuses, status);
		return { ...data, extras: { ...data.extras, finding_statuses } };
	};
}

/** A member-period's release state, replacing only that member-period's entry. */
export function memberReleaseChange(release: MemberRelease): RingChange {
	return (data) => {
		if (!isMember(data, release.authority_id)) return null;
		const rest = data.extras.member_releases.filter(
			(r) => !(r.authority_id === release.authority_id && r.period === release.period)
		);
		const member_releases = [...rest, release].sort(compareMemberReleases);
		return { ...data, extras: { ...data.extras, member_releases } };
	};
}

/**
 * A Datenstand frozen from `frozenFrom`, added to the ring only while its members and values are
 * exactly the frozen ones: the user froze what they saw, and a Datenstand of values they never saw
 * (another tab's import) must not appear under their name. Its id gets the next free one when another
 * tab took it meanwhile; when that tab froze the very same state already, there is nothing to add.
 * `onAdded` learns the Datenstand as stored (its id may differ).
 */
export function releaseChange(
	release: Release,
	frozenFrom: RingData,
	onAdded: (added: Release) => void = () => undefined
): RingChange {
	return (data) => {
		if (
			data.ring !== frozenFrom.ring &&
			(baseValuesCsv(data.ring.values) !== release.values_csv ||
				authoritiesCsv(data.ring.authorities) !== release.authorities_csv)
		)
			return null;
		const releases = data.extras.releases;
		if (releases.some((r) => r.hash === release.hash && r.authorities_csv === release.authorities_csv))
			return null;
		const taken = releases.some((r) => r.id === release.id);
		const added = taken ? { ...release, id: nextReleaseId(data) } : release;
		onAdded(added);
		return { ...data, extras: { ...data.extras, releases: [...releases, added] } };
	};
}
