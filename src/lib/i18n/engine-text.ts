/**
 * The one place where the engine's codes become sentences: plausibility findings, why a value is
 * fehlerhaft, peer group names and why a group is empty. The engine returns rules, ids and numbers
 * (engine/plausibility.ts, engine/erroneous.ts, engine/peers.ts); this module words them with the
 * message catalogue, in the language of the `Wording` it is given — the page's `t` and its catalogue
 * labels, or German for the CLI.
 */
import {
	formatBaseCount,
	formatNumber,
	formatPeriod,
	formatUnit,
	type LocaleInput,
	type Unit
} from '../format/index.ts';
import type { ErrorMark } from '../engine/erroneous.ts';
import type { Finding } from '../engine/plausibility.ts';
import { DEFAULT_NEAREST_N, type GroupReason, type NearestProblem, type PeerGroup } from '../engine/peers.ts';
import type { Authority, AuthorityKind } from '../ring/types.ts';
import type { BaseCountKind, Catalogue } from '../catalogue/schema.ts';
import { german, type MessageKey, type Translate } from './messages.ts';

export interface Wording {
	t: Translate;
	/** The label of a base count or KPI by id, in the same language. */
	label: (id: string) => string;
	/** A KPI's unit by id ('' for a base count). */
	unit: (id: string) => Unit;
	/** A base count's kind by id (how its values are written); undefined for a KPI. */
	kind: (id: string) => BaseCountKind | undefined;
	/** Locale of the numbers; unset: the interface language (format/ `followLocale`). */
	locale?: LocaleInput;
}

/** German with the catalogue's German labels: the CLI's and other Node output. */
export function germanWording(catalogue: Pick<Catalogue, 'base_counts' | 'kpis'>): Wording {
	const labels = new Map([...catalogue.base_counts, ...catalogue.kpis].map((e) => [e.id, e.label]));
	const units = new Map(catalogue.kpis.map((k) => [k.id, k.unit]));
	const kinds = new Map(catalogue.base_counts.map((b) => [b.id, b.kind]));
	return {
		t: german,
		label: (id) => labels.get(id) ?? id,
		unit: (id) => units.get(id) ?? '',
		kind: (id) => kinds.get(id),
		locale: 'de'
	};
}

export function findingText(f: Finding, w: Wording): string {
	const locale = w.locale;
	const num = (v: number | null | undefined) => formatNumber(v, { locale });
	const [id0 = '', id1 = ''] = f.ids;
	const [v0 = null, v1 = null] = f.values;
	switch (f.rule) {
		case 'part_exceeds_whole':
			return w.t('finding.part_exceeds_whole', {
				part: w.label(id0),
				part_value: num(v0),
				whole: w.label(id1),
				whole_value: num(v1)
			});
		case 'large_change': {
			const change = v0 ? ((Number(v1) - v0) / v0) * 100 : 0;
			const limit = (f.limit ?? 0) * 100;
			return w.t('finding.large_change', {
				count: w.label(id0),
				previous: formatPeriod(f.previous_period),
				change: formatUnit(change, '%', { decimals: 1, locale }),
				from: num(v0),
				to: num(v1),
				limit: formatUnit(limit, '%', { decimals: Number.isInteger(limit) ? 0 : 1, locale })
			});
		}
		case 'kpi_above_limit': {
			const unit = w.unit(id0);
			return w.t('finding.kpi_above_limit', {
				kpi: w.label(id0),
				value: formatUnit(v0, unit, { locale }),
				limit: formatUnit(f.limit, unit, { locale })
			});
		}
		case 'low_sample':
			return w.t('finding.low_sample', {
				n: num(v0),
				count: w.label(id0),
				min: num(f.limit),
				kpis: f.ids.slice(1).map(w.label).join(', ')
			});
	}
}

/**
 * Why a value is fehlerhaft: the error findings behind it (engine/erroneous.ts `ErrorMark`), with the
 * values — the own authority's, which it may see.
 */
export function errorMarksText(marks: readonly ErrorMark[], w: Wording): string {
	const value = (id: string, v: number | null | undefined) =>
		formatBaseCount(v, w.kind(id) ?? 'count', { locale: w.locale });
	return marks
		.map((m) => {
			const [part = '', whole = ''] = m.ids;
			return m.rule === 'part_exceeds_whole'
				? w.t('unc.erroneous_part_exceeds_whole', {
						part: w.label(part),
						partValue: value(part, m.values[0]),
						whole: w.label(whole),
						wholeValue: value(whole, m.values[1])
					})
				: w.t('unc.erroneous_other', { ids: m.ids.map(w.label).join(', ') });
		})
		.join(' ');
}

/** The same for another member: which counts, never their values (they could identify it). */
export function peerErrorText(ids: readonly string[], w: Wording): string {
	return w.t('unc.erroneous_peer', { ids: ids.map(w.label).join(', ') });
}

const REASON_KEYS: Record<string, MessageKey> = {
	missing_input: 'dash.own_missing_reason_missing_input',
	zero_denominator: 'dash.own_missing_reason_zero_denominator'
};

function problemText(p: NearestProblem, w: Wording): string {
	if (p.code === 'population_missing') return w.t('group.population_missing');
	if (p.code === 'population_zero') return w.t('group.population_zero');
	const key = REASON_KEYS[p.reason];
	return w.t('group.feature_missing', { kpi: w.label(p.kpi_id), reason: key ? w.t(key) : p.reason });
}

/** Why the group is empty or the authority is not in it. */
export function groupReasonText(group: PeerGroup & { reason: GroupReason }, w: Wording): string {
	const params = { authority: group.authority_id, period: formatPeriod(group.period) };
	const reason = group.reason;
	if (reason.code === 'no_data') return w.t('group.no_data', params);
	if (reason.code === 'no_population') return w.t('group.no_population', params);
	const problems = reason.problems.map((p) => problemText(p, w)).join('; ');
	return w.t('group.nearest_unavailable', { ...params, problems });
}

const KIND_KEYS: Record<AuthorityKind, MessageKey> = {
	kreisfreie_stadt: 'dash.kind_kreisfreie_stadt',
	landkreis: 'dash.kind_landkreis',
	grosse_kreisstadt: 'dash.kind_grosse_kreisstadt',
	region: 'dash.kind_region'
};

/** The group's name: „Größenklasse GK2“, „Gleiche Art: Landkreise“, a custom group's own name, … */
export function groupNameText(group: PeerGroup, authorities: readonly Authority[], t: Translate): string {
	const own = authorities.find((a) => a.authority_id === group.authority_id);
	const kind = own ? t(KIND_KEYS[own.kind]) : '';
	const cls = group.size_class ?? '';
	switch (group.type) {
		case 'ring':
			return t('dash.peers_ring');
		case 'size':
			return cls ? t('dash.group_size', { class: cls }) : t('dash.peers_size');
		case 'kind':
			return own ? t('dash.group_kind', { kind }) : t('dash.peers_kind');
		case 'state':
			return own ? t('dash.group_state', { state: own.state }) : t('dash.peers_state');
		case 'kind_size':
			return own && cls ? t('dash.group_kind_size', { kind, class: cls }) : t('dash.peers_kind_size');
		case 'nearest':
			// As many as were found (fewer than asked when few have all three features).
			return t('dash.peers_nearest', {
				n: group.members.length > 1 ? group.members.length - 1 : (group.n ?? DEFAULT_NEAREST_N)
			});
		case 'custom':
			return group.name ?? '';
	}
}
