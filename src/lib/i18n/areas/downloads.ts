/**
 * Messages of the downloads (CSV, Excel, framed SVG/PNG) and of the chart texts that say why a value
 * is missing or unchanged (issue #19), German first; English with the same keys.
 */
export const de = {
	'dl.xlsx': 'Excel',
	'dl.overview_xlsx': 'Übersicht als Excel-Datei herunterladen',
	'dl.overview_title': 'Übersicht {period}',
	'dl.info_sheet': 'Info',
	'dl.about_title': 'Tabelle',
	'dl.about_ring': 'Vergleichsring',
	'dl.about_own': 'Mein Amt',
	'dl.about_period': 'Erhebungsjahr',
	'dl.about_group': 'Vergleichsgruppe',
	'dl.about_created': 'Erstellt am',
	'dl.group_n': '{group} (n = {n})',
	'dl.created': 'erstellt am {date}',
	'dl.col_field': 'Handlungsfeld',
	'dl.col_kpi_id': 'Kennzahl-ID',
	'dl.col_unit': 'Einheit',
	'dl.col_prev_period': 'Vorjahr',
	'dl.col_prev_value': 'Vorjahreswert',
	'dl.col_count_id': 'Grundzahl-ID',
	'dl.col_kpi_ids': 'Kennzahl-IDs',
	'dl.col_reason': 'Grund ohne Wert',
	'dl.table_of': 'Tabelle: {what}',
	'ct.no_current': 'kein aktueller Wert',
	'ct.gap_label': 'kein Wert – {reason}',
	'ct.gap_desc': 'Eigene Behörde ({own}) ohne Wert: {reason}.'
};
