/**
 * Which values are „vorläufig“ (issue 29): a KPI value rests on one member-period (authority × survey
 * year); it is provisional while the moderator has not released that member-period (Entwurf). A
 * group's median, quartiles, rank and position rest on every member-period of the group, so they are
 * provisional when any of them is.
 *
 * A ring in which no member-period has a release state at all does not use the release step (every
 * ring before issue 29, the demo ring, a member's own ring): nothing in it is marked. As soon as the
 * moderator sets one state, the step is in use and every member-period not released is Entwurf —
 * including later imports and earlier years. So a ring never shows „vorläufig“ on every figure just
 * because nobody moderates it, and a moderated ring never shows a draft as final.
 *
 * The view models carry codes (`provisional: true`, counts); the words come from the message catalogue
 * (`provisionalNote`, `provisionalMark`), never from here.
 */
import type { MemberRelease } from './package/types.ts';

export interface ReleaseState {
	/** The ring uses the release step: at least one member-period has a state. */
	active: boolean;
	/** `authority\0period` of every released member-period. */
	released: ReadonlySet<string>;
}

const key = (authority: string, period: number) => `${authority}\u0000${period}`;

export const NO_RELEASE_STEP: ReleaseState = { active: false, released: new Set() };

const cache = new WeakMap<readonly MemberRelease[], ReleaseState>();

/** The ring's release state; computed once per list (every view of a ring asks for it). */
export function releaseState(releases: readonly MemberRelease[]): ReleaseState {
	if (releases.length === 0) return NO_RELEASE_STEP;
	let state = cache.get(releases);
	if (!state) {
		state = {
			active: true,
			released: new Set(
				releases.filter((r) => r.state === 'freigegeben').map((r) => key(r.authority_id, r.period))
			)
		};
		cache.set(releases, state);
	}
	return state;
}

/** Does a value of `authority` in `period` rest on unreleased data? */
export function isProvisional(state: ReleaseState, authority: string, period: number): boolean {
	return state.active && !state.released.has(key(authority, period));
}

/** The members whose member-period is not released (in the order given). */
export function provisionalMembers(
	state: ReleaseState,
	members: readonly string[],
	period: number
): string[] {
	return state.active ? members.filter((id) => isProvisional(state, id, period)) : [];
}

/** What a view shows about one authority against its group in one period. */
export interface ViewProvisional {
	/** The own member-period is not released. */
	own: boolean;
	/** Members of the group (the own one included when in it) whose member-period is not released. */
	group: number;
	/** Size of the group. */
	of: number;
}

export function viewProvisional(
	state: ReleaseState,
	authority: string,
	period: number,
	members: readonly string[]
): ViewProvisional {
	return {
		own: isProvisional(state, authority, period),
		group: provisionalMembers(state, members, period).length,
		of: members.length
	};
}

/** Anything to mark in the view? */
export const anyProvisional = (v: ViewProvisional) => v.own || v.group > 0;

/** Release counts of a Datenstand or a period: how many member-periods are released of how many. */
export interface ReleaseCount {
	period: number;
	released: number;
	total: number;
}

/**
 * Per survey year: the member-periods with values and how many of them `releases` marks released —
 * what a Datenstand holds as released, or the ring now.
 */
export function releaseCounts(
	memberPeriods: readonly { authority_id: string; period: number }[],
	releases: readonly MemberRelease[]
): ReleaseCount[] {
	const state = releaseState(releases);
	const byPeriod = new Map<number, { released: number; total: number; seen: Set<string> }>();
	for (const mp of memberPeriods) {
		let c = byPeriod.get(mp.period);
		if (!c) byPeriod.set(mp.period, (c = { released: 0, total: 0, seen: new Set() }));
		if (c.seen.has(mp.authority_id)) continue;
		c.seen.add(mp.authority_id);
		c.total++;
		if (state.released.has(key(mp.authority_id, mp.period))) c.released++;
	}
	return [...byPeriod.entries()]
		.sort(([a], [b]) => a - b)
		.map(([period, c]) => ({ period, released: c.released, total: c.total }));
}
