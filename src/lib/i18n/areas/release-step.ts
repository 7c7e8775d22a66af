/**
 * The release step of the moderation (issue 29): „vorläufig“ marks on values that rest on unreleased
 * data, the package export of released data only, and member packages of a pseudonymous ring.
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

export const en: Record<keyof typeof de, string> = {
	'prov.mark': 'provisional',
	'prov.mark_title': 'rests on data not yet released (draft)',
	'prov.note_own_group':
		'Provisional: the data of {own} for {period} are not yet released (draft), in the peer group (own included) those of {n} of the {of} members.',
	'prov.note_own': 'Provisional: the data of {own} for {period} are not yet released (draft).',
	'prov.note_group':
		'Provisional: {n} of the {of} members of the peer group have data for {period} that are not yet released (draft); median, quartiles, rank and position are provisional.',
	'prov.note_values': 'Provisional: {n} of the {of} values shown rest on data not yet released (draft).',
	'prov.note_trend': 'Provisional: in {periods} values rest on data not yet released (draft).',
	'prov.col_own': 'Own value provisional',
	'prov.col_group': 'Group values provisional',
	'mpkg.heading': 'Member packages',
	'mpkg.intro':
		'One ring package per member in which only that member keeps its key and name: every other member appears under its pseudonym (“Authority K”) and a random pseudonym key that is the same in every package of the ring. Kind and Land stay, the size class travels with it, custom peer groups are re-keyed.',
	'mpkg.released_only': 'released data only',
	'mpkg.round': 'round population and foreign population to 1,000',
	'mpkg.identifiable':
		'What stays identifiable: exact base counts such as the population can be matched against public statistics, and kind, Land and size class together may point to one authority in a small Land. Rounding makes matching harder, it does not prevent it.',
	'mpkg.member': 'Member',
	'mpkg.one': 'Download the package for this member',
	'mpkg.all': 'All {n} member packages (one zip)',
	'mpkg.progress': 'Package {n} of {of} …',
	'mpkg.done_one': 'Member package for {member} made.',
	'mpkg.done_all': '{n} member packages made (one zip holding one package each).',
	'mpkg.failed': 'Member packages not made: {reason}',
	'mpkg.keys_in_memory':
		'Note: the ring is not stored; its pseudonym keys are in memory only. Store it (Rings) so that later packages carry the same keys.',
	'mpkg.refused_named_ring':
		'The ring is named (everyone sees every name); member packages exist for pseudonymous rings only.',
	'mpkg.refused_not_member': 'The authority is not a member of the ring.',
	'mpkg.refused_no_keys': 'The ring has no pseudonym keys yet.',
	'mpkg.rounded_note':
		'This package holds population and foreign population rounded to 1,000: KPIs that read them ({kpis}) and the group “most similar authorities” rest on rounded values.',
	'mpkg.nearest_rounded':
		'Population and foreign population are rounded to 1,000 in this package; the similarity rests on rounded values.',
	'mpkg.rounded_kpi': 'rounded base count',
	'mpkg.scope_released': 'released data only',
	'mpkg.scope_member': 'member package for {member}',
	'mpkg.export_released_only':
		'Export released data only (member-years with a release; ring.json records it)',
	'mpkg.exported_released': '“{name}” exported – released data only: {kept} of {total} member-years.',
	'mpkg.exported_nothing':
		'No member-year of the ring “{name}” is released; a package of released data only would be empty (release under Moderation).',
	'mpkg.neutral_group': 'Group {n}',
	'mpkg.neutral_ring': 'Comparison ring'
};
