/**
 * Messages of issue #28: targets in own units on the KPI view, the staffing calculation and the
 * what-if page „Was wäre wenn“ (German first; English with the same keys).
 *
 * The base counts' own words for the targets are in scenario-terms.ts; a base count or derived term
 * without phrases there (a ring's own KPI) is worded with its catalogue label (`scenario.same_generic`,
 * `scenario.term_generic`).
 */
export const de = {
	'nav.scenario': 'Was wäre wenn',

	'scenario.change_more': 'mehr',
	'scenario.change_fewer': 'weniger',
	'scenario.change_less': 'weniger',
	'scenario.same_generic': 'bei unverändertem Wert „{label}“',
	'scenario.term_generic': '„{label}“ {n} {change}',

	'scenario.targets_title': 'Was es bräuchte – Ziele in eigenen Einheiten',
	'scenario.targets_intro':
		'Gerechnet mit den eigenen Grundzahlen {period}: wie weit sich eine Größe bei sonst gleichen Werten ändern müsste, um den Median der Vergleichsgruppe oder die Grenze zum besten Viertel zu erreichen. Gezeigt werden nur Größen, die die Behörde selbst beeinflusst; aufgerundet auf ganze Fälle, Tage und Euro und auf eine Nachkommastelle bei VZÄ.',
	'scenario.targets_caption': 'Ziele für „{kpi}“',
	'scenario.col_target': 'Ziel',
	'scenario.col_target_value': 'Zielwert',
	'scenario.col_needed': 'Was es bräuchte',
	'scenario.target_median': 'Median der Gruppe',
	'scenario.target_best_up': 'Grenze zum besten Viertel (3. Quartil)',
	'scenario.target_best_down': 'Grenze zum besten Viertel (1. Quartil)',
	'scenario.target_met': 'bereits erreicht',
	'scenario.target_unreachable': '{same}: über „{label}“ nicht erreichbar',
	'scenario.targets_erroneous':
		'Der eigene Wert ist fehlerhaft (ein Plausibilitätsfehler betrifft eine seiner Grundzahlen): keine Ziele, bis der Wert geklärt ist.',
	'scenario.targets_no_value': 'Kein eigener Wert im Jahr {period}: keine Ziele.',
	'scenario.targets_no_target': 'Die Vergleichsgruppe hat keine Werte: keine Ziele.',
	'scenario.targets_no_lever':
		'Beide Seiten dieser Kennzahl sind Nachfrage-, Bevölkerungs- oder Stichprobengrößen, die die Behörde nicht selbst steuert: keine Ziele in eigenen Einheiten.',
	'scenario.targets_staffing_note':
		'Wie viele VZÄ die eigene Fallzahl braucht, zeigt der Personalbedarf darunter.',

	'scenario.staffing_title': 'Personalbedarf für die eigene Fallzahl',
	'scenario.staffing_intro':
		'Wie viele VZÄ Sachbearbeitung bräuchte die eigene Fallzahl – {caseload} erledigte Titelanträge im Jahr {period} –, wenn die Behörde je VZÄ so viele Fälle erledigte wie ihre Vergleichsgruppe?',
	'scenario.staffing_caption': 'Personalbedarf Sachbearbeitung {period}',
	'scenario.staffing_col_what': 'Größe',
	'scenario.staffing_col_value': 'VZÄ bzw. Fälle',
	'scenario.staffing_col_note': 'Vergleich',
	'scenario.staffing_needed': 'Bedarf beim Median der Gruppe ({rate} Fälle je VZÄ)',
	'scenario.staffing_range':
		'Spanne: beim 3. Quartil ({q3} Fälle je VZÄ) bis beim 1. Quartil ({q1} Fälle je VZÄ)',
	'scenario.staffing_range_value': '{low} bis {high}',
	'scenario.staffing_needed_short': 'Bedarf beim Median der Gruppe',
	'scenario.staffing_range_short': 'Spanne (3. bis 1. Quartil der Gruppe)',
	'scenario.staffing_compare_caption': 'Personalbedarf Sachbearbeitung {period}: Ist und Szenario',
	'scenario.staffing_compare_intro':
		'Wie viele VZÄ Sachbearbeitung bräuchte die Fallzahl, wenn die Behörde je VZÄ so viele Fälle erledigte wie ihre Vergleichsgruppe – mit den tatsächlichen und mit den geänderten Grundzahlen?',
	'scenario.staffing_row_caseload': 'Fallzahl: erledigte Titelanträge',
	'scenario.staffing_row_rate': 'Erledigte Titelanträge je VZÄ in der Gruppe (Median)',
	'scenario.staffing_current': 'Ist-VZÄ Sachbearbeitung',
	'scenario.staffing_planned': 'Soll-VZÄ laut Stellenplan',
	'scenario.staffing_caseload': 'Fälle, die die Ist-VZÄ beim Median erledigen würden',
	'scenario.staffing_gap_more': 'Bedarf beim Median liegt {n} darüber',
	'scenario.staffing_gap_less': 'Bedarf beim Median liegt {n} darunter',
	'scenario.staffing_gap_none': 'entspricht dem Bedarf beim Median',
	'scenario.staffing_caseload_gap_more': '{n} mehr als tatsächlich erledigt',
	'scenario.staffing_caseload_gap_less': '{n} weniger als tatsächlich erledigt',
	'scenario.staffing_fte_erroneous':
		'Die Ist-VZÄ sind fehlerhaft (Plausibilitätsfehler): Vergleiche mit ihnen entfallen.',
	'scenario.staffing_unavailable':
		'Ohne erledigte Titelanträge oder ohne Werte der Vergleichsgruppe lässt sich der Personalbedarf nicht rechnen.',
	'scenario.staffing_method':
		'Methode und Annahmen: Die Fallzahl des Jahres bleibt, wie sie ist; die eigene Sachbearbeitung erledigte je VZÄ so viele Fälle wie die Vergleichsgruppe (Median, 1. und 3. Quartil der erledigten Titelanträge je VZÄ); die Fälle sind im Aufwand vergleichbar. Nicht berücksichtigt: Rückstände, andere Aufgaben (Duldungen, Aufenthaltsbeendigungen, Beratung), Einarbeitung und Ausfallzeiten über den Gruppenschnitt hinaus. Eine Orientierung für das Gespräch, keine Personalbemessung.',
	'scenario.page_title': 'Was wäre wenn',
	'scenario.page_intro':
		'Die eigenen Grundzahlen eines Jahres ändern – etwa +2 VZÄ, −500 Anträge, +10 % angenommene Anrufe – und sehen, wie sich jede Kennzahl, ihre Lage und ihr Rang in der unveränderten Vergleichsgruppe ändern. Gerechnet wird mit demselben Rechenkern wie im Dashboard, auf einer Kopie: die Daten des Rings bleiben unverändert.',
	'scenario.hypothetical': 'Hypothetisch: Szenario, keine echten Daten.',
	'scenario.waiting_engine': 'Der Rechenkern wird geladen; danach lässt sich rechnen …',
	'scenario.computing': 'Szenario wird berechnet …',
	'scenario.failed': 'Das Szenario konnte nicht berechnet werden: {reason}',
	'scenario.no_data': 'Für {own} liegen im Jahr {period} keine Grundzahlen vor.',
	'scenario.group_fixed':
		'Verglichen wird mit der tatsächlichen Vergleichsgruppe ({group}, n = {n}); eine geänderte Einwohnerzahl verschiebt die Behörde nicht in eine andere Gruppe.',

	'scenario.editor_title': 'Grundzahlen ändern',
	'scenario.editor_caption': 'Grundzahlen von {own} im Jahr {period}: Ist und Szenario',
	'scenario.col_count': 'Grundzahl',
	'scenario.col_actual': 'Ist',
	'scenario.col_change': 'Änderung',
	'scenario.col_scenario': 'Szenario',
	'scenario.mode_label': 'Art der Änderung: {count}',
	'scenario.value_label': 'Betrag der Änderung: {count}',
	'scenario.mode_none': 'keine',
	'scenario.mode_add': '± absolut',
	'scenario.mode_percent': '± %',
	'scenario.mode_set': 'neuer Wert',
	'scenario.changed': 'geändert',
	'scenario.reset': 'Alle Änderungen zurücknehmen',
	'scenario.changes_summary': '{n} Änderungen',
	'scenario.problem_no_base': 'Kein Ist-Wert: nur „neuer Wert“ ist möglich.',
	'scenario.problem_negative': 'Das Ergebnis wäre negativ; die Änderung wird nicht übernommen.',
	'scenario.problem_not_number': 'Bitte eine Zahl eingeben (Dezimaltrennzeichen Komma oder Punkt).',
	'scenario.problem_unknown_count': 'Unbekannte Grundzahl.',

	'scenario.results_title': 'Kennzahlen: Ist und Szenario',
	'scenario.results_caption': '{field}: Ist und Szenario {period}',
	'scenario.col_kpi': 'Kennzahl',
	'scenario.col_value_actual': 'Ist',
	'scenario.col_value_scenario': 'Szenario',
	'scenario.col_delta': 'Veränderung',
	'scenario.col_median': 'Median (Szenario)',
	'scenario.col_standing_actual': 'Lage und Rang Ist',
	'scenario.col_standing_scenario': 'Lage und Rang Szenario',
	'scenario.rank': 'Rang {rank}',
	'scenario.changed_rows': '{n} von {total} Kennzahlen ändern sich.',
	'scenario.findings_title': 'Neue Plausibilitätsbefunde im Szenario',

	'scenario.saved_title': 'Gespeicherte Szenarien',
	'scenario.saved_none': 'Für {own} ist noch kein Szenario gespeichert.',
	'scenario.saved_item': '{name} – {period}, {n} Änderungen',
	'scenario.load': 'Öffnen',
	'scenario.delete': 'Löschen',
	'scenario.delete_confirm': 'Wirklich löschen: {name}',
	'scenario.save_title': 'Szenario speichern',
	'scenario.save_name': 'Name des Szenarios',
	'scenario.save_description': 'Beschreibung (optional)',
	'scenario.save': 'Mit dem Ring speichern',
	'scenario.save_need_name': 'Bitte einen Namen angeben.',
	'scenario.save_need_changes': 'Das Szenario hat noch keine Änderung.',
	'scenario.saved': 'Szenario „{name}“ mit dem Ring gespeichert.',
	'scenario.saved_demo':
		'Szenario „{name}“ gespeichert – mit einer Kopie des Demo-Rings als neuem Ring (der Demo-Ring bleibt unverändert).',
	'scenario.not_saved': 'Szenario „{name}“ gilt nur bis zum Schließen der Seite (Speichern nicht möglich).',
	'scenario.deleted': 'Szenario „{name}“ gelöscht.',
	'scenario.save_hint':
		'Szenarien werden mit dem Ring gespeichert, aber nie als Daten: sie werden nicht importiert, nicht als Grundzahlen exportiert und zählen in keiner Statistik.'
} as const;

export const en: Record<keyof typeof de, string> = {
	'nav.scenario': 'What if',

	'scenario.change_more': 'more',
	'scenario.change_fewer': 'fewer',
	'scenario.change_less': 'less',
	'scenario.same_generic': 'with “{label}” unchanged',
	'scenario.term_generic': '“{label}” {n} {change}',

	'scenario.targets_title': 'What it would take – targets in own units',
	'scenario.targets_intro':
		'Computed on the own base counts of {period}: how far one figure would have to change, all else equal, to reach the peer group’s median or the boundary of the best quarter. Only figures the authority influences itself are shown; rounded up to whole cases, days and euros and to one decimal for FTE.',
	'scenario.targets_caption': 'Targets for “{kpi}”',
	'scenario.col_target': 'Target',
	'scenario.col_target_value': 'Target value',
	'scenario.col_needed': 'What it would take',
	'scenario.target_median': 'Group median',
	'scenario.target_best_up': 'Boundary of the best quarter (3rd quartile)',
	'scenario.target_best_down': 'Boundary of the best quarter (1st quartile)',
	'scenario.target_met': 'already reached',
	'scenario.target_unreachable': '{same}: cannot be reached through “{label}”',
	'scenario.targets_erroneous':
		'The own value is erroneous (a plausibility error concerns one of its base counts): no targets until it is resolved.',
	'scenario.targets_no_value': 'No own value in {period}: no targets.',
	'scenario.targets_no_target': 'The peer group has no values: no targets.',
	'scenario.targets_no_lever':
		'Both sides of this KPI are demand, population or sample figures that the authority does not control: no targets in own units.',
	'scenario.targets_staffing_note':
		'How many FTE the own caseload needs is shown by the staffing calculation below.',

	'scenario.staffing_title': 'Staff needed for the own caseload',
	'scenario.staffing_intro':
		'How many case-officer FTE would the own caseload – {caseload} decided title applications in {period} – need if the authority decided as many cases per FTE as its peer group?',
	'scenario.staffing_caption': 'Case-officer staffing {period}',
	'scenario.staffing_col_what': 'Figure',
	'scenario.staffing_col_value': 'FTE or cases',
	'scenario.staffing_col_note': 'Comparison',
	'scenario.staffing_needed': 'Needed at the group median ({rate} cases per FTE)',
	'scenario.staffing_range':
		'Range: at the 3rd quartile ({q3} cases per FTE) to the 1st quartile ({q1} cases per FTE)',
	'scenario.staffing_range_value': '{low} to {high}',
	'scenario.staffing_needed_short': 'Needed at the group median',
	'scenario.staffing_range_short': 'Range (3rd to 1st quartile of the group)',
	'scenario.staffing_compare_caption': 'Case-officer staffing {period}: actual and scenario',
	'scenario.staffing_compare_intro':
		'How many case-officer FTE would the caseload need if the authority decided as many cases per FTE as its peer group – with the actual and with the changed base counts?',
	'scenario.staffing_row_caseload': 'Caseload: decided title applications',
	'scenario.staffing_row_rate': 'Decisions per FTE in the group (median)',
	'scenario.staffing_current': 'Actual case-officer FTE',
	'scenario.staffing_planned': 'Planned FTE (establishment plan)',
	'scenario.staffing_caseload': 'Cases the actual FTE would decide at the median',
	'scenario.staffing_gap_more': 'need at the median is {n} higher',
	'scenario.staffing_gap_less': 'need at the median is {n} lower',
	'scenario.staffing_gap_none': 'equals the need at the median',
	'scenario.staffing_caseload_gap_more': '{n} more than actually decided',
	'scenario.staffing_caseload_gap_less': '{n} fewer than actually decided',
	'scenario.staffing_fte_erroneous':
		'The actual FTE are erroneous (plausibility error): comparisons with them are left out.',
	'scenario.staffing_unavailable':
		'Without decided title applications or without values of the peer group the staffing cannot be computed.',
	'scenario.staffing_method':
		'Method and assumptions: the period’s caseload stays as it is; the own case officers would decide as many cases per FTE as the peer group (median, 1st and 3rd quartile of decisions per FTE); cases are alike in effort. Not considered: backlogs, other tasks (tolerations, enforced departures, advice), training and absences beyond the group’s average. An orientation for the discussion, not a staffing assessment.',
	'scenario.page_title': 'What if',
	'scenario.page_intro':
		'Change the own base counts of a period – e.g. +2 FTE, −500 applications, +10 % calls answered – and see how every KPI, its position and its rank change in the unchanged peer group. Computed by the same engine as the dashboard, on a copy: the ring’s data stays unchanged.',
	'scenario.hypothetical': 'Hypothetical: a scenario, not real data.',
	'scenario.waiting_engine': 'Loading the engine; computing starts once it is ready …',
	'scenario.computing': 'Computing the scenario …',
	'scenario.failed': 'The scenario could not be computed: {reason}',
	'scenario.no_data': 'There are no base counts for {own} in {period}.',
	'scenario.group_fixed':
		'The comparison is with the actual peer group ({group}, n = {n}); a changed population does not move the authority into another group.',

	'scenario.editor_title': 'Change base counts',
	'scenario.editor_caption': 'Base counts of {own} in {period}: actual and scenario',
	'scenario.col_count': 'Base count',
	'scenario.col_actual': 'Actual',
	'scenario.col_change': 'Change',
	'scenario.col_scenario': 'Scenario',
	'scenario.mode_label': 'Kind of change: {count}',
	'scenario.value_label': 'Amount of change: {count}',
	'scenario.mode_none': 'none',
	'scenario.mode_add': '± absolute',
	'scenario.mode_percent': '± %',
	'scenario.mode_set': 'new value',
	'scenario.changed': 'changed',
	'scenario.reset': 'Undo all changes',
	'scenario.changes_summary': '{n} changes',
	'scenario.problem_no_base': 'No actual value: only “new value” is possible.',
	'scenario.problem_negative': 'The result would be negative; the change is not applied.',
	'scenario.problem_not_number': 'Please enter a number.',
	'scenario.problem_unknown_count': 'Unknown base count.',

	'scenario.results_title': 'KPIs: actual and scenario',
	'scenario.results_caption': '{field}: actual and scenario {period}',
	'scenario.col_kpi': 'KPI',
	'scenario.col_value_actual': 'Actual',
	'scenario.col_value_scenario': 'Scenario',
	'scenario.col_delta': 'Change',
	'scenario.col_median': 'Median (scenario)',
	'scenario.col_standing_actual': 'Position and rank actual',
	'scenario.col_standing_scenario': 'Position and rank scenario',
	'scenario.rank': 'rank {rank}',
	'scenario.changed_rows': '{n} of {total} KPIs change.',
	'scenario.findings_title': 'New plausibility findings in the scenario',

	'scenario.saved_title': 'Saved scenarios',
	'scenario.saved_none': 'No scenario saved for {own} yet.',
	'scenario.saved_item': '{name} – {period}, {n} changes',
	'scenario.load': 'Open',
	'scenario.delete': 'Delete',
	'scenario.delete_confirm': 'Really delete: {name}',
	'scenario.save_title': 'Save scenario',
	'scenario.save_name': 'Name of the scenario',
	'scenario.save_description': 'Description (optional)',
	'scenario.save': 'Save with the ring',
	'scenario.save_need_name': 'Please give a name.',
	'scenario.save_need_changes': 'The scenario has no change yet.',
	'scenario.saved': 'Scenario “{name}” saved with the ring.',
	'scenario.saved_demo':
		'Scenario “{name}” saved – with a copy of the demo ring as a new ring (the demo ring stays unchanged).',
	'scenario.not_saved': 'Scenario “{name}” lasts only until the page is closed (saving not possible).',
	'scenario.deleted': 'Scenario “{name}” deleted.',
	'scenario.save_hint':
		'Scenarios are stored with the ring but never as data: they are not imported, not exported as base counts and not counted in any statistic.'
};
