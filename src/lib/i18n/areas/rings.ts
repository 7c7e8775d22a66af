/** Messages of the ring management page (Ringe): list, open, export, delete, packages, demo. English: ../en/rings.ts. */
export const de = {
	'rings.heading': 'Vergleichsringe in diesem Browser',
	'rings.intro':
		'Jeder Ring wird in diesem Browser gespeichert (IndexedDB) und bleibt nach Neuladen und Neustart erhalten. Als Ringpaket (.zip) geben Sie einen Ring an andere Mitglieder weiter.',
	'rings.col_name': 'Ring',
	'rings.col_members': 'Mitglieder',
	'rings.col_periods': 'Erhebungsjahre',
	'rings.col_updated': 'Gespeichert',
	'rings.col_actions': 'Aktionen',
	'rings.active_marker': '(aktiv)',
	'rings.demo_marker': 'Demo',
	'rings.open': 'Öffnen',
	'rings.export': 'Ringpaket exportieren',
	'rings.delete': 'Löschen',
	'rings.restore_demo': 'Demo-Ring wiederherstellen',
	'rings.open_package': 'Ringpaket öffnen (.zip)',
	'rings.open_package_hint':
		'Das Paket wird geprüft und erst dann als neuer Ring gespeichert; vorhandene Ringe bleiben unverändert.',
	'rings.package_opened':
		'Ringpaket „{name}“ geöffnet und gespeichert: {members} Mitglieder, {values} Werte.',
	'rings.package_in_memory':
		'Ringpaket „{name}“ geöffnet – nur im Arbeitsspeicher, weil der Browser nicht speichern kann.',
	'rings.package_failed': 'Das Ringpaket „{file}“ wurde nicht geöffnet. Es wurde nichts gespeichert.',
	'rings.confirm_title': 'Ring löschen?',
	'rings.confirm_text':
		'„{name}“ wird mit allen Werten, Mapping-Profilen und Vergleichsgruppen aus diesem Browser gelöscht. Exportieren Sie ihn vorher als Ringpaket, wenn Sie ihn noch brauchen.',
	'rings.confirm_delete': 'Endgültig löschen',
	'rings.cancel': 'Abbrechen',
	'rings.deleted': 'Ring „{name}“ gelöscht.',
	'rings.exported': 'Ring „{name}“ als Ringpaket heruntergeladen.',
	'rings.not_found': 'Ring „{name}“ ist nicht mehr in diesem Browser gespeichert.',
	'rings.failed': 'Das hat nicht geklappt: {reason} Bitte die Seite neu laden und es noch einmal versuchen.',
	'rings.demo_restored': 'Demo-Ring wiederhergestellt.',
	'rings.no_storage':
		'Dieser Browser kann nichts speichern. Ringe bleiben nur bis zum Schließen des Tabs erhalten; sichern Sie sie als Ringpaket.',
	'rings.export_current': 'Aktiven Ring als Ringpaket exportieren',
	'rings.unsaved': 'Der aktive Ring „{name}“ ist nur im Arbeitsspeicher geöffnet.',
	'rings.save_current': 'Im Browser speichern',
	'rings.open_failed': '{what} konnte nicht geöffnet werden: {problem}',
	'rings.open_failed_more': '{what} konnte nicht geöffnet werden: {problem} (und {n} weitere Fehler)',
	'rings.problem_at': '{file}:{line}:{column}: {text}',
	'rings.what_demo': 'Der Demo-Ring',
	'rings.what_package': 'Das Ringpaket {name}',
	'rings.foreign_origin': 'Ringpakete werden nur vom eigenen Server geöffnet, nicht von {origin}.',
	'rings.http_failed': 'Ringpaket {url} nicht ladbar (HTTP {status}).',
	'rings.demo_http_failed': 'Demo-Ring: {file} nicht ladbar (HTTP {status}).',
	'rings.worker_died': 'Der Worker ist abgebrochen (Speicher erschöpft?).',
	'rings.worker_unexpected': 'Unerwartete Antwort des Workers ({type}).',
	'rings.saved': 'Ring „{name}“ gespeichert.',
	'sync.updated':
		'Der Ring „{name}“ wurde in einem anderen Tab geändert; angezeigt wird jetzt der gespeicherte Stand.',
	'sync.deleted':
		'Der Ring „{name}“ wurde in einem anderen Tab gelöscht und ist hier nur noch im Arbeitsspeicher; unter „Ringe“ lässt er sich neu speichern.',
	'sync.reapplied':
		'Der Ring „{name}“ war inzwischen in einem anderen Tab geändert worden; Ihre Änderung wurde auf diesen Stand angewandt und gespeichert.',
	'sync.not_applicable':
		'Der Ring „{name}“ wurde in einem anderen Tab so geändert, dass Ihre Änderung nicht mehr passt; sie wurde nicht gespeichert. Angezeigt wird der aktuelle Stand.',
	'sync.busy':
		'Der Ring „{name}“ wird gerade in einem anderen Tab laufend geändert; Ihre Änderung wurde nicht gespeichert. Bitte gleich noch einmal versuchen.',
	'sync.dismiss': 'Hinweis schließen',
	'sync.not_saved': '„{name}“ wurde nicht gespeichert; der Hinweis oben sagt, warum.',
	'sync.import_stale':
		'Der Ring wurde nach dieser Prüfung in einem anderen Tab geändert. Das Ergebnis beruht auf dem alten Stand und wird so nicht gespeichert, sonst ginge die andere Änderung verloren.',
	'sync.import_recheck': 'Gegen den aktuellen Ring neu prüfen',
	'sync.import_discard': 'Import verwerfen',
	'sync.import_discarded': 'Import verworfen; der gespeicherte Ring ist unverändert.',
	'rings.progress_label': 'Fortschritt beim Öffnen des Rings',
	'rings.progress_read': 'Ringpaket wird gelesen …',
	'rings.progress_stored': 'Gespeicherter Ring wird gelesen …',
	'rings.progress_save': 'Ring wird gespeichert …',
	'rings.progress_load': 'Ring wird in die Datenbank geladen …'
} as const;
