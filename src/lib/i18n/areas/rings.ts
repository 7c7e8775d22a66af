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
	'rings.saved': 'Ring „{name}“ gespeichert.'
} as const;
