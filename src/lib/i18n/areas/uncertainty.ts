/**
 * Messages of erroneous values, survey sample sizes, confidence intervals and the funnel plot
 * (issues #19 and #27). German; English with the same keys in ../en/uncertainty.ts.
 */
export const de = {
	'unc.erroneous': 'fehlerhaft',
	'unc.erroneous_part_exceeds_whole':
		'Teil größer als Ganzes: {part} ({partValue}) ist größer als {whole} ({wholeValue}).',
	'unc.erroneous_other': 'Fehler bei {ids}.',
	'unc.erroneous_peer': 'Fehler bei {ids} (Werte anderer Behörden werden nicht gezeigt).',
	'unc.position_erroneous': 'fehlerhaft',
	'unc.position_small_sample': 'unter 50 Befragten',
	'unc.position_indistinct': 'nicht unterscheidbar vom Median',
	'unc.note_low_sample': 'unter 100 Befragten (KGSt-Mindestzahl)',
	'unc.small_sample': 'unter 50 Befragten',
	'unc.rank_erroneous': 'kein Rang (fehlerhaft)',
	'unc.rank_small_sample': 'kein Rang (unter 50 Befragten)',
	'unc.direction_erroneous': 'nicht bewertet (fehlerhaft)',
	'unc.interval': '95-%-KI',
	'unc.range': '{low} – {high}',
	'unc.interval_n': 'n = {n}',
	'unc.interval_label': '95-%-Konfidenzintervall (Wilson): {low} bis {high}, n = {n}',
	'unc.interval_none': 'kein Konfidenzintervall (n = {n})',
	'unc.approximate':
		'Näherung: kleine Fallzahlen, und die Fälle im Zähler stammen nicht unbedingt aus demselben Jahrgang wie der Nenner. Das Intervall zeigt vor allem, wie wenig ein kleiner Wert aussagt.',
	'unc.approx_short': 'Näherung',
	'unc.respondents': '{n} Befragte',
	'unc.excluded_one': '1 fehlerhafter Wert ausgelassen',
	'unc.excluded_many': '{n} fehlerhafte Werte ausgelassen',
	'unc.method_note':
		'Fehlerhafte Werte (ein Teil ist größer als sein Ganzes, siehe Plausibilitätshinweise) sind mit „fehlerhaft“ gekennzeichnet: kein Rang, keine Lage, keine Farbe, und sie bleiben aus allen Werten der Gruppe heraus (n, Median, Quartile, Rang der anderen). Bei Anteilskennzahlen steht beim Wert das 95-%-Konfidenzintervall (Wilson) mit n; liegt der Median der Gruppe darin, lautet die Lage „nicht unterscheidbar vom Median“. Befragungswerte mit weniger als 50 Befragten werden gezeigt, aber nicht bewertet; unter 100 Befragten steht ein Hinweis (KGSt-Mindestzahl).',
	'unc.col_status': 'Hinweis',
	'unc.col_n': 'n (Nenner)',
	'unc.col_ci_low': 'KI untere Grenze',
	'unc.col_ci_high': 'KI obere Grenze',
	'unc.col_respondents': 'Befragte',
	'unc.col_interval': '95-%-KI',
	'unc.col_finding': 'Befund',
	'unc.ranking_legend':
		'Strich mit Enden: 95-%-Konfidenzintervall · weißer, gestrichelter Balken: ohne Bewertung (fehlerhaft oder unter 50 Befragten), fehlerhafte Werte stehen am Ende und zählen nicht zur Gruppe',
	'unc.ranking_legend_dense':
		'Strich: 95-%-Konfidenzintervall · weißer, gestrichelter Balken: ohne Bewertung (fehlerhaft oder unter 50 Befragten), fehlerhafte Werte stehen am Ende und zählen nicht zur Gruppe',
	'unc.funnel_title': 'Trichterdiagramm: Wert nach Fallzahl ({period})',
	'unc.funnel_desc':
		'Punktdiagramm: {count} Behörden der Vergleichsgruppe mit ihrem Wert über ihrer Fallzahl n. Waagerechte Linie: Zielwert der Gruppe {target} (alle Fälle zusammengenommen); der Trichter zeigt, wie weit ein Wert bei dieser Fallzahl allein durch Zufall vom Zielwert abweichen kann (95 % und 99,8 %). Außerhalb 95 %: auffällig, außerhalb 99,8 %: deutlich auffällig. Fehlerhafte Werte sind nicht enthalten.',
	'unc.funnel_legend':
		'◆ eigene Behörde · ○ Vergleichsgruppe · durchgezogene Linie: Zielwert · gestrichelt: 95-%-Grenzen · gepunktet: 99,8-%-Grenzen',
	'unc.funnel_x': 'n (Fallzahl)',
	'unc.funnel_target': 'Zielwert {value}',
	'unc.funnel_list_title': 'Auffällig in der Gruppe ({n})',
	'unc.funnel_list_none': 'Keine Behörde liegt außerhalb der 95-%-Grenzen.',
	'unc.funnel_list_item': '{flag}, {side} ({value}, n\u00a0=\u00a0{n})',
	'unc.funnel_empty': 'In der Gruppe hat keine Behörde einen verwertbaren Wert mit Fallzahl.',
	'unc.funnel_title_ring': 'Trichterdiagramm: {kpi} nach Fallzahl ({period})',
	'unc.funnel_desc_ring':
		'Punktdiagramm: {count} Mitglieder des Rings mit ihrem Wert über ihrer Fallzahl n. Waagerechte Linie: Zielwert des Rings {target} (alle Fälle zusammengenommen); der Trichter zeigt, wie weit ein Wert bei dieser Fallzahl allein durch Zufall vom Zielwert abweichen kann (95 % und 99,8 %). Außerhalb 95 %: auffällig, außerhalb 99,8 %: deutlich auffällig. Fehlerhafte Werte sind nicht enthalten.',
	'unc.funnel_legend_ring':
		'○ Mitglied · dicker Rand: auffällig (größer: deutlich auffällig), mit Namen, wo er Platz hat · durchgezogene Linie: Zielwert · gestrichelt: 95-%-Grenzen · gepunktet: 99,8-%-Grenzen',
	'unc.funnel_list_title_ring': 'Auffällig im Ring ({n})',
	'unc.funnel_list_none_ring': 'Kein Mitglied liegt außerhalb der 95-%-Grenzen.',
	'unc.funnel_empty_ring': 'Kein Mitglied hat in diesem Jahr einen verwertbaren Wert mit Fallzahl.',
	'unc.flag_alert': 'auffällig',
	'unc.flag_alarm': 'deutlich auffällig',
	'unc.flag_none': 'unauffällig',
	'unc.side_above': 'über dem Zielwert',
	'unc.side_below': 'unter dem Zielwert',
	'unc.side_on': 'auf dem Zielwert',
	'unc.col_target': 'Zielwert',
	'unc.col_low95': '95 % untere Grenze',
	'unc.col_high95': '95 % obere Grenze',
	'unc.col_low998': '99,8 % untere Grenze',
	'unc.col_high998': '99,8 % obere Grenze',
	'unc.col_flag': 'Einordnung',
	'unc.col_side': 'Lage zum Zielwert'
};
