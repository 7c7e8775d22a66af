/**
 * The change list as a table and a CSV download: between two Datenstände, or a Datenstand and the
 * current values (`ring/changes.ts` computes it). Members are named as everywhere else — in a
 * pseudonymous ring by their stored pseudonym only, so the list can be sent to members and councils;
 * counts and KPIs by their catalogue labels, in the page's language.
 */
import type { Catalogue } from '../catalogue/schema.ts';
import type { CsvValue } from '../charts/export.ts';
import { formatBaseCount } from '../format/index.ts';
import { baseCountLabel, kpiLabel } from '../i18n/catalogue.ts';
import { t } from '../i18n/translate.ts';
import { affectedKpis, diffValues, type ValueChange } from '../ring/changes.ts';
import { findRelease, releaseAuthorities, releaseValues } from '../ring/datenstand.ts';
import type { RingData } from '../ring/package/types.ts';
import { displayNamer } from '../ring/pseudonyms.ts';
import type { Authority } from '../ring/types.ts';
import type { ValueColumns } from '../ring/value-columns.ts';
import { releaseLabel } from './labels.ts';

/** A Datenstand's id, or `CURRENT` for the ring's values now. */
export const CURRENT = '';

export interface ChangeRow extends ValueChange {
	member: string;
	countLabel: string;
	beforeText: string;
	afterText: string;
	kpiIds: string[];
	kpiLabels: string[];
}

export interface ChangeList {
	from: string;
	to: string;
	rows: ChangeRow[];
}

function side(data: RingData, id: string): { values: ValueColumns; authorities: Authority[]; label: string } {
	const release = id === CURRENT ? null : findRelease(data, id);
	if (!release)
		return { values: data.ring.values, authorities: data.ring.authorities, label: t('changes.current') };
	return {
		values: releaseValues(release),
		authorities: releaseAuthorities(release),
		label: releaseLabel(release)
	};
}

export function changeList(data: RingData, catalogue: Catalogue, fromId: string, toId: string): ChangeList {
	const from = side(data, fromId);
	const to = side(data, toId);
	// Former members are named from the Datenstand that still has them (their pseudonym is kept).
	const authorities = new Map(
		[...from.authorities, ...to.authorities, ...data.ring.authorities].map((a) => [a.authority_id, a])
	);
	const name = displayNamer(
		{ ring: { meta: data.ring.meta, authorities: [...authorities.values()] }, extras: data.extras },
		undefined,
		t('pseudonym.prefix')
	);
	const counts = new Map(catalogue.base_counts.map((c) => [c.id, c]));
	const kpiLabels = new Map(catalogue.kpis.map((k) => [k.id, kpiLabel(k)]));
	const missing = t('changes.missing');
	const rows = diffValues(from.values, to.values).map((c): ChangeRow => {
		const count = counts.get(c.count_id);
		const shown = (v: number | null) =>
			v === null ? missing : count ? formatBaseCount(v, count.kind) : String(v);
		const kpiIds = affectedKpis(catalogue.kpis, c.count_id);
		return {
			...c,
			member: name(c.authority_id),
			countLabel: count ? baseCountLabel(count) : c.count_id,
			beforeText: shown(c.before),
			afterText: shown(c.after),
			kpiIds,
			kpiLabels: kpiIds.map((id) => kpiLabels.get(id) ?? id)
		};
	});
	return { from: from.label, to: to.label, rows };
}

/** The list as CSV rows: raw numbers, ids beside labels, the two Datenstände on every row. */
export function changeListCsv(list: ChangeList): { header: string[]; rows: CsvValue[][] } {
	return {
		header: [
			t('changes.col_member'),
			t('changes.col_period'),
			t('dl.col_count_id'),
			t('changes.col_count'),
			t('changes.col_before'),
			t('changes.col_after'),
			t('dl.col_kpi_ids'),
			t('changes.from'),
			t('changes.to')
		],
		rows: list.rows.map((r) => [
			r.member,
			r.period,
			r.count_id,
			r.countLabel,
			r.before,
			r.after,
			r.kpiIds.join('|'),
			list.from,
			list.to
		])
	};
}
