/**
 * The release step of the moderation (issue 29): „vorläufig“ marks on values that rest on unreleased
 * data, the package export of released data only, and member packages of a pseudonymous ring.
 * German; English with the same keys in ../en/release-step.ts.
 */
export const de = {
	'prov.mark': 'vorläufig',
	'prov.mark_title': 'beruht auf noch nicht freigegebenen Daten (Entwurf)',
	'prov.note_own_group':
		'Vorläufig: Die Daten von {own} für {period} sind noch nicht freigegeben (Entwurf), in der Vergleichsgruppe (eigene eingeschlossen) die von {n} der {of} Mitglieder.',
	'prov.note_own': 'Vorläufig: Die Daten von {own} für {period} sind noch nicht freigegeben (Entwurf).',
	'prov.note_group':
		'Vorläufig: {n} der {of} Mitglieder der Vergleichsgruppe haben für {period} noch nicht freigegebene Daten (Entwurf); Median, Quartile, Rang und Position sind vorläufig.',
	'prov.note_values':
		'Vorläufig: {n} der {of} gezeigten Werte beruhen auf noch nicht freigegebenen Daten (Entwurf).',
	'prov.note_trend': 'Vorläufig: In {periods} beruhen Werte auf noch nicht freigegebenen Daten (Entwurf).',
	'prov.col_own': 'Eigener Wert vorläufig',
	'prov.col_group': 'Gruppenwerte vorläufig',
	'mpkg.heading': 'Mitgliederpakete',
	'mpkg.intro':
		'Ein Ringpaket je Mitglied, in dem nur dieses Mitglied seinen Schlüssel und Namen behält: Alle anderen erscheinen unter ihrem Pseudonym („Behörde K“) und einem zufälligen Pseudonym-Schlüssel, der in jedem Paket des Rings derselbe ist. Art und Land bleiben, die Größenklasse reist mit, eigene Vergleichsgruppen werden umgeschlüsselt.',
	'mpkg.released_only': 'nur freigegebene Daten',
	'mpkg.round': 'Einwohner- und Ausländerzahl auf 1.000 runden',
	'mpkg.identifiable':
		'Was erkennbar bleibt: genaue Grundzahlen wie die Einwohnerzahl lassen sich mit öffentlichen Statistiken abgleichen, und Art, Land und Größenklasse zusammen können in einem kleinen Land auf eine Behörde deuten. Das Runden erschwert den Abgleich, verhindert ihn nicht.',
	'mpkg.member': 'Mitglied',
	'mpkg.one': 'Paket für dieses Mitglied herunterladen',
	'mpkg.all': 'Alle {n} Mitgliederpakete (ein ZIP)',
	'mpkg.progress': 'Paket {n} von {of} …',
	'mpkg.done_one': 'Mitgliederpaket für {member} erstellt.',
	'mpkg.done_all': '{n} Mitgliederpakete erstellt (ein ZIP mit je einem Paket).',
	'mpkg.failed': 'Mitgliederpakete nicht erstellt: {reason}',
	'mpkg.keys_in_memory':
		'Achtung: Der Ring ist nicht gespeichert; seine Pseudonym-Schlüssel sind nur im Arbeitsspeicher. Speichern Sie ihn (Ringe), damit spätere Pakete dieselben Schlüssel tragen.',
	'mpkg.refused_named_ring':
		'Der Ring ist benannt (alle sehen alle Namen); Mitgliederpakete gibt es nur für pseudonyme Ringe.',
	'mpkg.refused_not_member': 'Die Behörde ist nicht Mitglied des Rings.',
	'mpkg.refused_no_keys': 'Der Ring hat noch keine Pseudonym-Schlüssel.',
	'mpkg.rounded_note':
		'Dieses Paket enthält Einwohner- und Ausländerzahl auf 1.000 gerundet: Kennzahlen, die sie verwenden ({kpis}), und die Gruppe „die ähnlichsten Behörden“ beruhen auf gerundeten Werten.',
	'mpkg.nearest_rounded':
		'Einwohner- und Ausländerzahl sind in diesem Paket auf 1.000 gerundet; die Ähnlichkeit beruht auf gerundeten Werten.',
	'mpkg.rounded_kpi': 'gerundete Grundzahl',
	'mpkg.scope_released': 'nur freigegebene Daten',
	'mpkg.scope_member': 'Mitgliederpaket für {member}',
	'mpkg.export_released_only':
		'Beim Exportieren nur freigegebene Daten aufnehmen (Mitglied-Jahre mit Freigabe; ring.json vermerkt es)',
	'mpkg.exported_released':
		'„{name}“ exportiert – nur freigegebene Daten: {kept} von {total} Mitglied-Jahren.',
	'mpkg.exported_nothing':
		'Im Ring „{name}“ ist kein Mitglied-Jahr freigegeben; ein Paket nur mit freigegebenen Daten wäre leer (Freigabe unter Moderation).',
	'mpkg.neutral_group': 'Gruppe {n}',
	'mpkg.neutral_ring': 'Vergleichsring'
};
