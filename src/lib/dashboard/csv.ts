/**
 * Table data of the overview for the CSV download (raw numbers; labels from the catalogue and
 * messages). A fehlerhaft value carries its mark and finding, proportion KPIs n and the 95 %
 * interval, survey KPIs the respondents, and every row the status the page shows — and whether the
 * own value and the group's values rest on unreleased data („vorläufig“, issue 29).
 */
import type { Catalogue } from '../catalogue/schema.ts';
import { t } from '../i18n/translate.ts';
import type { CsvValue } from '../charts/export.ts';
import { directionText, positionBadge } from './labels.ts';
import type { OverviewField } from './overview.ts';
import { errorText, statusText } from './quality.ts';
import type { ViewProvisional } from '../moderation/release-state.ts';

/** `context`: who, when and against whom (repeated on every row so that each row stands alone). */
export function overviewCsv(
	fields: readonly OverviewField[],
	context: { authority: string; period: number; group: string },
	catalogue: Pick<Catalogue, 'base_counts'>,
	provisional: ViewProvisional = { own: false, group: 0, of: 0 }
): { header: string[]; rows: CsvValue[][] } {
	const header = [
		t('chart.col_authority'),
		t('dash.col_period'),
		t('dash.picker_peers'),
		'field',
		'kpi_id',
		t('dash.col_kpi'),
		'unit',
		t('dash.col_own'),
		t('dash.col_n'),
		t('dash.col_min'),
		t('dash.col_q1'),
		t('dash.col_median'),
		t('dash.col_q3'),
		t('dash.col_max'),
		t('dash.col_position'),
		t('dash.col_rank'),
		t('dash.col_direction'),
		'prev_period',
		'prev_value',
		t('unc.erroneous'),
		t('unc.col_finding'),
		t('unc.col_n'),
		t('unc.col_ci_low'),
		t('unc.col_ci_high'),
		t('unc.col_respondents'),
		t('unc.col_status'),
		t('prov.col_own'),
		t('prov.col_group')
	];
	const rows: CsvValue[][] = [];
	for (const f of fields)
		for (const r of f.rows)
			rows.push([
				context.authority,
				context.period,
				context.group,
				f.field.label,
				r.kpi.id,
				r.kpi.label,
				r.kpi.unit,
				r.own_value,
				r.n,
				r.min,
				r.q1,
				r.median,
				r.q3,
				r.max,
				positionBadge(r).text,
				r.rank,
				directionText(r).text,
				r.prev_period,
				r.prev_value,
				r.erroneous && r.own_value !== null ? t('chart.yes') : '',
				r.erroneous && r.own_value !== null ? errorText(r.erroneous, catalogue) : '',
				r.ci_n,
				r.ci_low,
				r.ci_high,
				r.respondents,
				r.own_value === null
					? ''
					: statusText(r.kpi, { erroneous: r.erroneous !== null, respondents: r.respondents }),
				provisional.own && r.own_value !== null ? t('chart.yes') : '',
				provisional.group > 0 && r.median !== null ? t('chart.yes') : ''
			]);
	return { header, rows };
}
