/**
 * Table data of the overview for its CSV and Excel downloads (raw numbers; labels from the catalogue
 * and messages). Headers are the page's words; the KPI's id stands in a column of its own next to its
 * label. A fehlerhaft value carries its mark and finding, a missing one why it is missing, proportion
 * KPIs n and the 95 % interval, survey KPIs the respondents, and every row the status the page shows —
 * and whether the own value and the group's values rest on unreleased data („vorläufig“, issue 29).
 * Excel shows each value with the decimals of its KPI's unit (`decimals`), stored unrounded.
 */
import type { Catalogue } from '../catalogue/schema.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { fieldLabel, kpiLabel, unitLabel } from '../i18n/catalogue.ts';
import { t } from '../i18n/translate.ts';
import { errorMarksMessage } from '../i18n/words.ts';
import type { DownloadTable } from '../charts/table-file.ts';
import type { CsvValue } from '../format/csv.ts';
import { displayDecimals, type Unit } from '../format/index.ts';
import { directionText, missingReason, positionBadge } from './labels.ts';
import type { OverviewField } from './overview.ts';
import { statusText } from './quality.ts';
import type { ViewProvisional } from '../ring/release-state.ts';

/**
 * The overview's columns: message key of the header, and whether the value is on the KPI's scale
 * (shown in Excel with the unit's decimals).
 */
const COLUMNS: [MessageKey, boolean?][] = [
	['chart.col_authority'],
	['dash.col_period'],
	['dash.picker_peers'],
	['dl.col_field'],
	['dl.col_kpi_id'],
	['dash.col_kpi'],
	['dl.col_unit'],
	['dash.col_own', true],
	['dl.col_reason'],
	['dash.col_n'],
	['dash.col_min', true],
	['dash.col_q1', true],
	['dash.col_median', true],
	['dash.col_q3', true],
	['dash.col_max', true],
	['dash.col_position'],
	['dash.col_rank'],
	['dash.col_direction'],
	['dl.col_prev_period'],
	['dl.col_prev_value', true],
	['unc.erroneous'],
	['unc.col_finding'],
	['unc.col_n'],
	['unc.col_ci_low', true],
	['unc.col_ci_high', true],
	['unc.col_respondents'],
	['unc.col_status'],
	['prov.col_own'],
	['prov.col_group']
];

/** `context`: who, when and against whom (repeated on every row so that each row stands alone). */
export function overviewCsv(
	fields: readonly OverviewField[],
	context: { authority: string; period: number; group: string },
	catalogue: Pick<Catalogue, 'base_counts' | 'kpis'>,
	provisional: ViewProvisional = { own: false, group: 0, of: 0 }
): Pick<DownloadTable, 'header' | 'rows' | 'decimals'> & { header: string[]; rows: CsvValue[][] } {
	const header = COLUMNS.map(([key]) => t(key));
	const rows: CsvValue[][] = [];
	const units: Unit[] = [];
	for (const f of fields)
		for (const r of f.rows) {
			units.push(r.kpi.unit as Unit);
			rows.push([
				context.authority,
				context.period,
				context.group,
				fieldLabel(f.field),
				r.kpi.id,
				kpiLabel(r.kpi),
				unitLabel(r.kpi.unit),
				r.own_value,
				missingReason(r),
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
				r.erroneous && r.own_value !== null ? errorMarksMessage(r.erroneous, catalogue) : '',
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
		}
	const decimals = (row: number, column: number) => {
		const unit = units[row];
		return COLUMNS[column]?.[1] && unit !== undefined ? displayDecimals(unit) : undefined;
	};
	return { header, rows, decimals };
}
