/**
 * Texts derived from view data (message catalogue + format module), kept out of the components so
 * that they can be tested and every view words things the same way.
 */
import type { Unit } from '../catalogue/schema.ts';
import { formatUnit } from '../format/index.ts';
import { groupNameText } from '../i18n/engine-text.ts';
import { t } from '../i18n/translate.ts';
import type { CustomPeerGroup } from '../ring/package/types.ts';
import type { Direction, OverviewRow, Position } from './overview.ts';
import { customKey, FIXED_PEER_TYPES, peerSpec } from './state.ts';
import { DEFAULT_NEAREST_N, type PeerGroup } from '../engine/peers.ts';
import type { Authority } from '../ring/types.ts';
import { medianInInterval, smallSample } from './quality.ts';

export function peerLabel(key: string, custom: readonly CustomPeerGroup[]): string {
	const spec = peerSpec(key, custom);
	switch (spec?.type) {
		case 'custom':
			return t('dash.peers_custom', { name: spec.name });
		case 'nearest':
			return t('dash.peers_nearest', { n: spec.n ?? DEFAULT_NEAREST_N });
		case 'size':
			return t('dash.peers_size');
		case 'kind_size':
			return t('dash.peers_kind_size');
		case 'kind':
			return t('dash.peers_kind');
		case 'state':
			return t('dash.peers_state');
		case 'ring':
			return t('dash.peers_ring');
		default:
			return key;
	}
}

export function peerOptions(custom: readonly CustomPeerGroup[]): { key: string; label: string }[] {
	const keys = [...FIXED_PEER_TYPES, ...custom.map((g) => customKey(g.name))];
	return keys.map((key) => ({ key, label: peerLabel(key, custom) }));
}

export interface Badge {
	kind: Position | 'too_small' | 'missing' | 'erroneous' | 'small_sample' | 'indistinct';
	symbol: string;
	text: string;
}

export type BadgeRow = Pick<
	OverviewRow,
	| 'position'
	| 'tooSmall'
	| 'n'
	| 'own_value'
	| 'kpi'
	| 'erroneous'
	| 'respondents'
	| 'ci_low'
	| 'ci_high'
	| 'median'
>;

/**
 * The position as symbol + text (never colour alone). One badge per value, in the precedence of
 * catalogue.md: fehlerhaft → unter 50 Befragten → nicht unterscheidbar vom Median (the 95 %
 * interval contains the group median) → the quartile badge; a group too small to compare comes
 * before the last two.
 */
export function positionBadge(row: BadgeRow): Badge {
	if (row.own_value === null) return { kind: 'missing', symbol: '–', text: t('dash.position_missing') };
	if (row.erroneous) return { kind: 'erroneous', symbol: '✖', text: t('unc.position_erroneous') };
	if (row.position === null) return { kind: 'missing', symbol: '–', text: t('dash.position_missing') };
	if (row.kpi.polarity === 'none' || row.position === 'none')
		return { kind: 'none', symbol: '○', text: t('dash.position_none') };
	if (smallSample(row.respondents))
		return { kind: 'small_sample', symbol: '◌', text: t('unc.position_small_sample') };
	if (row.tooSmall)
		return { kind: 'too_small', symbol: '⚠', text: t('dash.position_too_small', { n: row.n }) };
	if (medianInInterval(row)) return { kind: 'indistinct', symbol: '≈', text: t('unc.position_indistinct') };
	if (row.position === 'good') return { kind: 'good', symbol: '▲', text: t('dash.position_good') };
	if (row.position === 'attention')
		return { kind: 'attention', symbol: '▼', text: t('dash.position_attention') };
	return { kind: 'middle', symbol: '●', text: t('dash.position_middle') };
}

export function rankText(rank: number | null, n: number): string {
	return rank === null ? t('dash.no_rank') : t('dash.rank_of', { rank, n });
}

/** The rank as the views show it: none for context KPIs, fehlerhaft values and small surveys. */
export function rankCell(row: Pick<OverviewRow, 'rank' | 'n' | 'kpi' | 'erroneous' | 'respondents'>): string {
	if (row.kpi.polarity === 'none') return '–';
	if (row.erroneous) return t('unc.rank_erroneous');
	if (smallSample(row.respondents)) return t('unc.rank_small_sample');
	return rankText(row.rank, row.n);
}

/** Why the own value is missing, as the views say it („Nenner ist 0“, „Grundzahl fehlt“), or ''. */
export function missingReason(row: Pick<OverviewRow, 'own_value' | 'own_reason'>): string {
	if (row.own_value !== null || !row.own_reason) return '';
	return t(
		row.own_reason === 'zero_denominator'
			? 'dash.own_missing_reason_zero_denominator'
			: 'dash.own_missing_reason_missing_input'
	);
}

/**
 * Direction of travel: judged by polarity (besser/schlechter), for context KPIs only up/down. What is
 * compared is what the page shows: two values that read the same („97,5 %“ and „97,5 %“) are
 * „unverändert“, whatever their unshown digits. Without a value it says which one is missing.
 */
export function directionText(
	row: Pick<
		OverviewRow,
		| 'direction'
		| 'change'
		| 'own_value'
		| 'prev_value'
		| 'prev_period'
		| 'kpi'
		| 'erroneous'
		| 'prev_erroneous'
	>
): { symbol: string; text: string; detail: string; kind: Direction | 'up' | 'down' | 'missing' } {
	const unit = row.kpi.unit as Unit;
	const detail =
		row.prev_value === null || row.prev_period === null
			? ''
			: t('dash.direction_prev', { period: row.prev_period, value: formatUnit(row.prev_value, unit) });
	if (row.own_value === null) return { symbol: '–', text: t('ct.no_current'), detail, kind: 'missing' };
	if (row.direction === null || row.prev_value === null)
		return { symbol: '–', text: t('dash.direction_none'), detail: '', kind: 'missing' };
	// A fehlerhaft value on either side: the change is not a change of the office's work.
	if (row.erroneous || row.prev_erroneous)
		return { symbol: '–', text: t('unc.direction_erroneous'), detail, kind: 'missing' };
	const shownEqual = formatUnit(row.own_value, unit) === formatUnit(row.prev_value, unit);
	if (row.direction === 'none') {
		if (shownEqual || row.change === 'same')
			return { symbol: '→', text: t('dash.change_same'), detail, kind: 'same' };
		if (row.change === 'up') return { symbol: '↑', text: t('dash.change_up'), detail, kind: 'up' };
		return { symbol: '↓', text: t('dash.change_down'), detail, kind: 'down' };
	}
	if (shownEqual || row.direction === 'same')
		return { symbol: '→', text: t('dash.direction_same'), detail, kind: 'same' };
	if (row.direction === 'better')
		return { symbol: '↗', text: t('dash.direction_better'), detail, kind: 'better' };
	return { symbol: '↘', text: t('dash.direction_worse'), detail, kind: 'worse' };
}

export function polarityText(polarity: 'up' | 'down' | 'none'): string {
	return t(
		polarity === 'up' ? 'dash.polarity_up' : polarity === 'down' ? 'dash.polarity_down' : 'dash.polarity_none'
	);
}

/** A KPI value with its catalogue unit. */
export const fmt = (value: number | null | undefined, unit: string): string =>
	formatUnit(value, unit as Unit);

/** The group's name from the message catalogue. */
export const groupName = (group: PeerGroup, authorities: readonly Authority[]): string =>
	groupNameText(group, authorities, t);
