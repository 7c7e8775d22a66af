/**
 * The dashboard's view state and its URL form: `?authority=<id>&period=<yyyy>&peers=<group>`
 * (both views) and `&vs=<kpi_id>` (second KPI of the scatter, KPI view only).
 *
 * Why here and pure: the overview and the KPI view read and write the same parameters, the pickers
 * stay put across views because every link carries them, and a test can check parsing without a
 * browser. Invalid or unknown values fall back to defaults instead of failing: an old link to a
 * ring without that period still opens.
 *
 * Peer group keys: `ring`, `size` (default), `kind`, `state`, `kind_size`, `nearest` (N = 10) or
 * `nearest:<N>`, and `custom:<name>` for a group stored with the ring.
 */
import { customKey, FIXED_PEER_TYPES, MAX_NEAREST, peerSpec } from '../ring/peer-keys.ts';

export { customKey, FIXED_PEER_TYPES, MAX_NEAREST, peerSpec };
import type { CustomPeerGroup } from '../ring/package/types.ts';

export const DEFAULT_PEERS = 'size';
/** A KPI with fewer values in the group is flagged as too small to compare. */
export const MIN_GROUP = 5;

export interface ViewState {
	authorityId: string;
	period: number;
	/** Peer group key as in the URL. */
	peers: string;
}

export interface StateContext {
	authorityIds: readonly string[];
	/** Ascending. */
	periods: readonly number[];
	customGroups: readonly CustomPeerGroup[];
}

/** The state a URL asks for, with defaults for whatever is missing or invalid. */
export function readState(
	params: { get(name: string): string | null },
	ctx: StateContext,
	remembered?: Partial<ViewState>
): ViewState | null {
	const pick = (name: keyof ViewState, param: string): string | null =>
		params.get(param) ?? (remembered?.[name] === undefined ? null : String(remembered[name]));
	const wantedAuthority = pick('authorityId', 'authority');
	const authorityId =
		wantedAuthority && ctx.authorityIds.includes(wantedAuthority) ? wantedAuthority : ctx.authorityIds[0];
	const wantedPeriod = Number(pick('period', 'period'));
	const period = ctx.periods.includes(wantedPeriod) ? wantedPeriod : ctx.periods.at(-1);
	if (authorityId === undefined || period === undefined) return null;
	const wantedPeers = pick('peers', 'peers') ?? DEFAULT_PEERS;
	const peers = peerSpec(wantedPeers, ctx.customGroups) ? wantedPeers : DEFAULT_PEERS;
	return { authorityId, period, peers };
}

/** The query string of a state (plus extras such as `vs`), parameters in a fixed order. */
export function stateQuery(state: ViewState, extra: Record<string, string | undefined> = {}): string {
	const entries: [string, string][] = [
		['authority', state.authorityId],
		['period', String(state.period)],
		['peers', state.peers]
	];
	for (const [k, v] of Object.entries(extra)) if (v !== undefined) entries.push([k, v]);
	return entries.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/**
 * A cache key that changes whenever the group's definition changes (a custom group edited under
 * the same name gets a new key).
 */
export function stateKey(state: ViewState, custom: readonly CustomPeerGroup[]): string {
	const spec = peerSpec(state.peers, custom);
	const members = spec?.type === 'custom' ? `=${spec.members.join(',')}` : '';
	return `${state.authorityId}|${state.period}|${state.peers}${members}`;
}

/** Default second KPI of the scatter: the classic pair, otherwise the first other KPI. */
export function defaultOtherKpi(kpiId: string, kpiIds: readonly string[]): string | undefined {
	const preferred = ['avg_processing_days', 'cost_per_decision', 'decisions_per_fte'];
	return preferred.find((id) => id !== kpiId && kpiIds.includes(id)) ?? kpiIds.find((id) => id !== kpiId);
}

/** Store a custom group: replaces a group of the same name, members de-duplicated in the chosen order. */
export function withCustomGroup(
	groups: readonly CustomPeerGroup[],
	group: CustomPeerGroup
): CustomPeerGroup[] {
	const clean = { name: group.name.trim(), members: [...new Set(group.members)] };
	const rest = groups.filter((g) => g.name !== clean.name);
	return [...rest, clean];
}
