/**
 * Managing rings on „Ringe“ (create, rename, members), finding „Mein Amt“, the active-ring bar and
 * pages that do not exist.
 */
export const de = {
	'manage.create_heading': 'Neuen Ring anlegen',
	'manage.create_hint':
		'Ein leerer Ring ohne Mitglieder und Werte. Mitglieder legen Sie danach hier an oder bringen sie mit einem Import mit.',
	'manage.create_name': 'Name des neuen Rings',
	'manage.create': 'Ring anlegen',
	'manage.created': 'Ring „{name}“ angelegt und geöffnet.',
	'manage.rename': 'Umbenennen',
	'manage.rename_label': 'Neuer Name für „{name}“',
	'manage.rename_save': 'Namen speichern',
	'manage.cancel': 'Abbrechen',
	'manage.renamed': 'Ring „{old}“ heißt jetzt „{name}“.',
	'manage.name_missing': 'Bitte einen Namen für den Ring eingeben.',
	'manage.name_long': 'Der Name ist zu lang: höchstens {max} Zeichen.',
	'manage.name_control': 'Der Name enthält Steuerzeichen; bitte nur sichtbare Zeichen verwenden.',
	'manage.name_taken':
		'Einen Ring „{name}“ gibt es in diesem Browser schon. Bitte einen anderen Namen wählen.',
	'manage.copy_suffix': 'eigene Kopie',
	'manage.copy_made':
		'Der Demo-Ring bleibt unverändert: Ihre Änderung wurde in einer Kopie gespeichert – im Ring „{name}“, der jetzt geöffnet ist.',
	'manage.name_changed':
		'Einen Ring „{wanted}“ gibt es in diesem Browser schon; der neue Ring heißt „{name}“.',
	'manage.not_stored':
		'Nicht dauerhaft gespeichert: Der Browser kann gerade nicht speichern (siehe Hinweis oben). Die Änderung gilt bis zum Schließen der Seite.',
	'manage.empty_ring':
		'Der Ring „{name}“ hat noch keine Werte, es gibt also noch nichts zu vergleichen. Legen Sie unter „Ringe“ die Mitglieder an und bringen Sie ihre Grundzahlen mit einem Import.',
	'manage.to_rings': 'Zu „Ringe“',
	'manage.to_import': 'Zum Import',
	'members.heading': 'Mitglieder des aktiven Rings',
	'members.summary': 'Mitglieder von „{name}“ bearbeiten ({n})',
	'members.intro':
		'Mitglieder hinzufügen, Name, Art und Land ändern oder ein Mitglied ohne Werte entfernen. Gespeichert wird erst, wenn Sie bestätigen, und dann der ganze Ring auf einmal. Der Schlüssel eines Mitglieds bleibt: Werte, Pseudonyme und Datenstände hängen an ihm.',
	'members.demo_hint':
		'Der Demo-Ring selbst bleibt unverändert: Die erste Änderung legt eine Kopie als eigenen Ring an.',
	'members.private_hint':
		'Diese Liste nennt die Namen aller Mitglieder, weil sie sie bearbeitet; sie wird nicht gedruckt. In Auswertungen, Downloads und Ausdrucken bleiben die anderen Mitglieder pseudonym.',
	'members.filter': 'Mitglieder filtern (Name oder Schlüssel)',
	'members.col_id': 'Schlüssel',
	'members.col_name': 'Name',
	'members.col_kind': 'Art',
	'members.col_state': 'Land',
	'members.col_values': 'Werte',
	'members.col_actions': 'Aktionen',
	'members.edit': 'Bearbeiten',
	'members.remove': 'Entfernen',
	'members.save': 'Speichern',
	'members.cancel': 'Abbrechen',
	'members.more': '{n} weitere Mitglieder – bitte den Filter verfeinern.',
	'members.none': 'Der Ring hat noch keine Mitglieder.',
	'members.no_match': 'Kein Mitglied passt zu „{query}“.',
	'members.add_heading': 'Mitglied hinzufügen',
	'members.field_id': 'Schlüssel',
	'members.field_id_hint':
		'Amtlicher Kreisschlüssel (5 Ziffern) oder Gemeindeschlüssel (8 Ziffern) mit führender Null, z. B. 01002. Ohne amtlichen Schlüssel: Buchstaben, Ziffern, Punkt, Binde- und Unterstrich.',
	'members.field_name': 'Name',
	'members.field_kind': 'Art',
	'members.field_state': 'Land',
	'members.add': 'Hinzufügen',
	'members.added': '„{name}“ ({id}) ist jetzt Mitglied von „{ring}“.',
	'members.changed': 'Mitglied {id} gespeichert: „{name}“.',
	'members.removed': 'Mitglied {id} aus „{ring}“ entfernt.',
	'members.invalid': 'Nicht gespeichert – bitte die markierten Angaben korrigieren.',
	'members.confirm_title': 'Mitglied entfernen?',
	'members.confirm_text':
		'„{name}“ ({id}) wird aus dem Ring entfernt. Es hat keine Werte. Sein Pseudonym wird nicht wieder vergeben, und aus eigenen Vergleichsgruppen wird es herausgenommen.',
	'members.confirm_remove': 'Mitglied entfernen',
	'members.problem.id_missing': 'Der Schlüssel fehlt.',
	'members.problem.id_chars':
		'Der Schlüssel „{id}“ enthält Zeichen, die nicht gehen: nur Buchstaben, Ziffern, Punkt, Binde- und Unterstrich, ohne Leerzeichen, höchstens 32 Zeichen.',
	'members.problem.id_digits':
		'Der Schlüssel „{id}“ hat {digits} Ziffern; ein amtlicher Schlüssel hat 5 (Kreisschlüssel) oder 8 (Gemeindeschlüssel). Fehlt eine führende Null?',
	'members.problem.id_land':
		'Der Schlüssel „{id}“ beginnt mit „{prefix}“; amtliche Schlüssel beginnen mit der Nummer des Landes, 01 bis 16.',
	'members.problem.id_taken': 'Den Schlüssel „{id}“ hat schon ein Mitglied dieses Rings.',
	'members.problem.name_missing': 'Der Name fehlt.',
	'members.problem.name_long': 'Der Name ist zu lang: höchstens {max} Zeichen.',
	'members.problem.name_control': 'Der Name enthält Steuerzeichen; bitte nur sichtbare Zeichen verwenden.',
	'members.problem.name_taken':
		'Ein Mitglied derselben Art heißt schon „{name}“: {id}. Bitte den Namen unterscheidbar machen.',
	'members.problem.kind_unknown': 'Die Art „{kind}“ gibt es nicht.',
	'members.problem.state_unknown': 'Das Land „{state}“ gibt es nicht.',
	'members.problem.state_key':
		'Der Schlüssel {id} gehört zu {land}, gewählt ist {state}. Bitte Land oder Schlüssel korrigieren.',
	'members.problem.not_member': '{id} ist kein Mitglied dieses Rings (mehr).',
	'members.problem.has_values':
		'Mitglied {id} hat {values} Werte ({periods}) und wird deshalb nicht entfernt: Die Werte sind Teil des Vergleichs, der Datenstände und der Befunde. Nur ein Mitglied ohne Werte lässt sich entfernen.',
	'land.BW': 'Baden-Württemberg',
	'land.BY': 'Bayern',
	'land.BE': 'Berlin',
	'land.BB': 'Brandenburg',
	'land.HB': 'Bremen',
	'land.HH': 'Hamburg',
	'land.HE': 'Hessen',
	'land.MV': 'Mecklenburg-Vorpommern',
	'land.NI': 'Niedersachsen',
	'land.NW': 'Nordrhein-Westfalen',
	'land.RP': 'Rheinland-Pfalz',
	'land.SL': 'Saarland',
	'land.SN': 'Sachsen',
	'land.ST': 'Sachsen-Anhalt',
	'land.SH': 'Schleswig-Holstein',
	'land.TH': 'Thüringen',
	'own.hint': 'Name oder Schlüssel eintippen, mit den Pfeiltasten wählen, mit der Eingabetaste übernehmen.',
	'own.hint_pseudonymous':
		'Name oder Schlüssel eintippen. Andere Mitglieder zeigt dieser pseudonyme Ring nur mit ihrem Schlüssel.',
	'own.open': 'Liste der Mitglieder öffnen',
	'own.listbox': 'Gefundene Behörden',
	'own.results': '{n} Treffer',
	'own.no_results': 'Keine Behörde passt zu „{query}“.',
	'own.more': '{n} weitere – bitte weiter tippen.',
	'own.chosen': 'Mein Amt: {name}',
	'ring.loading': 'Aktiver Ring wird geladen …',
	'ring.not_loaded': 'Kein Ring geladen',
	'error.not_found_title': 'Seite nicht gefunden',
	'error.not_found': 'Die Adresse „{path}“ gibt es in dieser Anwendung nicht.',
	'error.other_title': 'Die Seite konnte nicht angezeigt werden',
	'error.other': 'Fehler {status}: {message}',
	'error.back': 'Zur Übersicht',
	'dash.kpi_unknown_hint':
		'Vielleicht ist der Link veraltet oder unvollständig. Alle Kennzahlen des Katalogs stehen in der Übersicht.'
} as const;
