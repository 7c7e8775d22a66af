/**
 * Messages of the council report's hypothetical section (issue #28): the saved what-if scenarios of
 * the own authority, chosen on /bericht or with the CLI's `report --scenario`, clearly marked as not
 * real data. German; English with the same keys in ../en/report-scenarios.ts.
 */
export const de = {
	'rscn.choose': 'Hypothetische Szenarien im Bericht',
	'rscn.choose_hint':
		'Gespeicherte Szenarien von {own} für {period} („Was wäre wenn“). Ein gewähltes Szenario erscheint als eigener, deutlich als hypothetisch gekennzeichneter Abschnitt.',
	'rscn.choose_none':
		'Für {own} ist für {period} kein Szenario gespeichert. Szenarien legen Sie unter „Was wäre wenn“ an.',
	'rscn.choose_item_one': '{name} (1 Änderung)',
	'rscn.choose_item_many': '{name} ({n} Änderungen)',
	'rscn.heading': 'Hypothetische Szenarien',
	'rscn.note':
		'Hypothetisch – keine echten Daten. Jedes der folgenden Szenarien ändert Grundzahlen von {own} für {period}, wie unter „Was wäre wenn“ gespeichert, und rechnet damit im selben Rechenkern wie der übrige Bericht gegen die unveränderten Werte der Vergleichsgruppe. Die Szenarien sind keine Daten des Rings: Sie gehen in keine Statistik ein und ändern keine Zahl in den anderen Abschnitten dieses Berichts.',
	'rscn.tp_item_one':
		'Mit einem hypothetischen Szenario (Abschnitt „Hypothetische Szenarien“, keine echten Daten)',
	'rscn.tp_item_many':
		'Mit {n} hypothetischen Szenarien (Abschnitt „Hypothetische Szenarien“, keine echten Daten)',
	'rscn.summary_line_one':
		'Dieser Bericht enthält ein hypothetisches Szenario (Abschnitt „Hypothetische Szenarien“): geänderte Grundzahlen, keine echten Daten.',
	'rscn.summary_line_many':
		'Dieser Bericht enthält {n} hypothetische Szenarien (Abschnitt „Hypothetische Szenarien“): geänderte Grundzahlen, keine echten Daten.',
	'rscn.scenario_heading': 'Szenario „{name}“ (hypothetisch)',
	'rscn.scenario_intro':
		'Erhebungsjahr {period}; verglichen mit der Vergleichsgruppe {group} (n = {n}), deren Werte unverändert bleiben. {changed} von {total} Kennzahlen ändern sich.',
	'rscn.description': 'Beschreibung: {text}',
	'rscn.counts_title': 'Tabelle {n}: Szenario „{name}“ (hypothetisch) – geänderte Grundzahlen',
	'rscn.kpis_title': 'Tabelle {n}: Szenario „{name}“ (hypothetisch) – Kennzahlen, die sich ändern',
	'rscn.col_count': 'Grundzahl',
	'rscn.col_change': 'Änderung',
	'rscn.col_actual': 'Ist',
	'rscn.col_scenario': 'Szenario',
	'rscn.col_kpi': 'Kennzahl',
	'rscn.col_delta': 'Veränderung',
	'rscn.col_standing_actual': 'Lage und Rang Ist',
	'rscn.col_standing_scenario': 'Lage und Rang Szenario',
	'rscn.change_set': 'neuer Wert {value}',
	'rscn.not_applied': 'nicht übernommen: {reason}',
	'rscn.standing': '{mark}; Rang: {rank}',
	'rscn.no_changes': 'Das Szenario ändert keine Grundzahl.',
	'rscn.no_kpi_changes': 'Keine Kennzahl ändert ihren Wert, ihre Lage oder ihren Rang.',
	'rscn.findings': 'Neue Plausibilitätsbefunde im Szenario',
	'rscn.error_unknown': 'Ein gewähltes Szenario „{name}“ ist im Ring nicht (mehr) gespeichert.',
	'rscn.error_other':
		'Das Szenario „{name}“ gehört zu {authority} und {period}; dieser Bericht ist für {own} und {report}.'
};
