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
import { authoritiesCsv } from '../ring/package/csv.ts';
import { baseValuesCsv } from '../ring/package/values-csv.ts';
import { compareMemberReleases, memberReleasesCsv } from '../ring/package/parts/moderation.ts';
import type { FindingStatus, MemberRelease, Release, RingData } from '../ring/package/types.ts';
import { nextReleaseId } from '../ring/datenstand.ts';
import { withStatus } from '../moderation/findings.ts';
import { isMember, type RingChange } from './ring-writes.ts';

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

/**
 * Member-periods' release states, each replacing only that member-period's entry. Members who left the
 * ring meanwhile are left out; when none is left, the change does not apply.
 */
export function memberReleasesChange(releases: readonly MemberRelease[]): RingChange {
	return (data) => {
		const set = releases.filter((r) => isMember(data, r.authority_id));
		if (set.length === 0) return null;
		const key = (r: MemberRelease) => `${r.authority_id}\u0000${r.period}`;
		const replaced = new Set(set.map(key));
		const rest = data.extras.member_releases.filter((r) => !replaced.has(key(r)));
		const member_releases = [...rest, ...set].sort(compareMemberReleases);
		return { ...data, extras: { ...data.extras, member_releases } };
	};
}

/**
 * A Datenstand frozen from `frozenFrom`, added to the ring only while its members, values and
 * member-period release states are exactly the frozen ones: the user froze what they saw, and a
 * Datenstand of values or states they never saw (another tab's import or release) must not appear
 * under their name. Its id gets the next free one when another tab took it meanwhile; when that tab
 * froze the very same state already, there is nothing to add. `onAdded` learns the Datenstand as
 * stored (its id may differ).
 */
export function releaseChange(
	release: Release,
	frozenFrom: RingData,
	onAdded: (added: Release) => void = () => undefined
): RingChange {
	const states = memberReleasesCsv(release.member_releases ?? []);
	const same = (r: Release) =>
		r.hash === release.hash &&
		r.authorities_csv === release.authorities_csv &&
		memberReleasesCsv(r.member_releases ?? []) === states;
	return (data) => {
		if (memberReleasesCsv(data.extras.member_releases) !== states) return null;
		if (
			data.ring !== frozenFrom.ring &&
			(baseValuesCsv(data.ring.values) !== release.values_csv ||
				authoritiesCsv(data.ring.authorities) !== release.authorities_csv)
		)
			return null;
		const releases = data.extras.releases;
		if (releases.some(same)) return null;
		const taken = releases.some((r) => r.id === release.id);
		const added = taken ? { ...release, id: nextReleaseId(data) } : release;
		onAdded(added);
		return { ...data, extras: { ...data.extras, releases: [...releases, added] } };
	};
}
