/**
 * Datenstände (ring releases): the label on every output, the section on Ringe, the change list.
 * German; English with the same keys in ../en/releases.ts.
 */
export const de = {
	'release.label': 'Datenstand {name} vom {date} · {hash}',
	'release.changed_since': 'geändert seit {release}',
	'release.none': 'kein Datenstand eingefroren',
	'release.current_values': 'aktuelle Werte · {hash}',
	'release.with_values': '{text} ({values})',
	'release.column': 'Datenstand',
	'release.pending': 'Datenstand wird geprüft …',
	'releases.heading': 'Datenstände',
	'releases.intro':
		'Ein Datenstand friert die Mitglieder und Grundzahlen des Rings unter einem Namen und Datum ein, mit einer Prüfsumme (SHA-256) seiner Werte. Jede Ausgabe nennt den Datenstand, auf dem sie beruht; ein Bericht auf einem Datenstand lässt sich später genau so wiederholen. Ändern sich Werte danach, zeigt die App „geändert seit Datenstand …“, bis ein neuer eingefroren wird.',
	'releases.status_changed': 'Die Werte wurden seit dem letzten Datenstand geändert.',
	'releases.col_name': 'Name',
	'releases.col_id': 'Kennung',
	'releases.col_created': 'Eingefroren',
	'releases.col_hash': 'Prüfsumme',
	'releases.col_member_periods': 'Mitglied-Jahre',
	'releases.col_released': 'Davon freigegeben',
	'releases.released_year': '{period}: {n} von {of}',
	'releases.released_none': 'ohne Freigabestand',
	'releases.drafts': 'Entwurf ({n})',
	'releases.frozen_released': 'Er hält als freigegeben: {counts}.',
	'releases.frozen_no_states':
		'Der Ring hat keinen Freigabestand; der Datenstand hält keine Werte als vorläufig.',
	'releases.none': 'Dieser Ring hat noch keinen Datenstand.',
	'releases.freeze_name': 'Name des neuen Datenstands',
	'releases.freeze': 'Datenstand einfrieren',
	'releases.frozen': 'Datenstand „{name}“ ({id}) eingefroren, Prüfsumme {hash}.',
	'releases.frozen_demo':
		'Der Demo-Ring bleibt unverändert; der Datenstand wurde mit einer Kopie als neuer Ring gespeichert.',
	'releases.unchanged': 'Keine Änderung seit {release} – ein neuer Datenstand wäre derselbe.',
	'releases.not_frozen': 'Der Datenstand wurde nicht angelegt; der Hinweis oben sagt, warum.',
	'releases.changed_elsewhere':
		'Der Ring „{name}“ wurde in einem anderen Tab geändert: Seine Mitglieder oder Werte sind nicht mehr die eingefrorenen, oder derselbe Stand wurde dort schon eingefroren. Der Datenstand wurde nicht angelegt; angezeigt wird der aktuelle Stand – bitte prüfen und bei Bedarf erneut einfrieren.',
	'releases.empty_name': 'Bitte einen Namen für den Datenstand angeben.',
	'releases.long_name': 'Der Name darf höchstens {max} Zeichen lang sein.',
	'changes.heading': 'Änderungen zwischen Datenständen',
	'changes.intro':
		'Die Liste nennt jeden Wert, der hinzukam, wegfiel oder sich änderte, mit den Kennzahlen, deren Formel ihn verwendet – als Korrekturliste für Mitglieder und Gremien.',
	'changes.from': 'Von',
	'changes.to': 'Bis',
	'changes.current': 'aktuelle Werte',
	'changes.col_member': 'Mitglied',
	'changes.col_period': 'Erhebungsjahr',
	'changes.col_count': 'Grundzahl',
	'changes.col_before': 'Vorher',
	'changes.col_after': 'Nachher',
	'changes.col_kpis': 'Betroffene Kennzahlen',
	'changes.caption': 'Änderungen von {from} bis {to}: {n}',
	'changes.none': 'Keine Änderungen: Die Werte sind gleich.',
	'changes.more': '… und {n} weitere Änderungen (vollständig in der CSV-Datei).',
	'changes.csv': 'Änderungsliste als CSV herunterladen',
	'changes.missing': 'fehlt',
	'changes.loading': 'Änderungen werden berechnet …'
} as const;
