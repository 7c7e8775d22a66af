/** English messages of the downloads area: every key of the German catalogue, nothing else (a type error otherwise). */
import type { de } from '../areas/downloads.ts';

export const en: Record<keyof typeof de, string> = {
	'dl.xlsx': 'Excel',
	'dl.overview_xlsx': 'Download overview as Excel file',
	'dl.overview_title': 'Overview {period}',
	'dl.info_sheet': 'Info',
	'dl.about_title': 'Table',
	'dl.about_ring': 'Benchmarking ring',
	'dl.about_own': 'My authority',
	'dl.about_period': 'Period',
	'dl.about_group': 'Peer group',
	'dl.about_created': 'Created on',
	'dl.group_n': '{group} (n = {n})',
	'dl.created': 'created on {date}',
	'dl.col_field': 'Field',
	'dl.col_kpi_id': 'KPI id',
	'dl.col_unit': 'Unit',
	'dl.col_prev_period': 'Previous year',
	'dl.col_prev_value': 'Previous value',
	'dl.col_count_id': 'Base count id',
	'dl.col_kpi_ids': 'KPI ids',
	'dl.col_reason': 'Why no value',
	'dl.table_of': 'Table: {what}',
	'ct.no_current': 'no current value',
	'ct.gap_label': 'no value – {reason}',
	'ct.gap_desc': 'Own authority ({own}) without a value: {reason}.'
};
