/** Messages of the ring management page (Ringe): list, open, export, delete, packages, demo. */
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
	'sync.import_discarded': 'Import verworfen; der gespeicherte Ring ist unverändert.'
} as const;

export const en: Record<keyof typeof de, string> = {
	'rings.heading': 'Comparison rings in this browser',
	'rings.intro':
		'Every ring is stored in this browser (IndexedDB) and survives reloads and restarts. Share a ring with other members as a ring package (.zip).',
	'rings.col_name': 'Ring',
	'rings.col_members': 'Members',
	'rings.col_periods': 'Periods',
	'rings.col_updated': 'Saved',
	'rings.col_actions': 'Actions',
	'rings.active_marker': '(active)',
	'rings.demo_marker': 'Demo',
	'rings.open': 'Open',
	'rings.export': 'Export ring package',
	'rings.delete': 'Delete',
	'rings.restore_demo': 'Restore demo ring',
	'rings.open_package': 'Open ring package (.zip)',
	'rings.open_package_hint':
		'The package is checked first and then saved as a new ring; existing rings stay unchanged.',
	'rings.package_opened': 'Ring package “{name}” opened and saved: {members} members, {values} values.',
	'rings.package_in_memory':
		'Ring package “{name}” opened – in memory only, because this browser cannot store data.',
	'rings.package_failed': 'The ring package “{file}” was not opened. Nothing was stored.',
	'rings.confirm_title': 'Delete ring?',
	'rings.confirm_text':
		'“{name}” and all its values, mapping profiles and peer groups will be deleted from this browser. Export it as a ring package first if you still need it.',
	'rings.confirm_delete': 'Delete for good',
	'rings.cancel': 'Cancel',
	'rings.deleted': 'Ring “{name}” deleted.',
	'rings.exported': 'Ring “{name}” downloaded as a ring package.',
	'rings.not_found': 'Ring “{name}” is no longer stored in this browser.',
	'rings.failed': 'That did not work: {reason} Please reload the page and try again.',
	'rings.demo_restored': 'Demo ring restored.',
	'rings.no_storage':
		'This browser cannot store anything. Rings last only until the tab is closed; save them as ring packages.',
	'rings.export_current': 'Export the active ring as a ring package',
	'rings.unsaved': 'The active ring “{name}” is open in memory only.',
	'rings.save_current': 'Save in this browser',
	'rings.saved': 'Ring “{name}” saved.',
	'sync.updated': 'The ring “{name}” was changed in another tab; the stored state is shown now.',
	'sync.deleted':
		'The ring “{name}” was deleted in another tab and is only in memory here; it can be saved again under “Rings”.',
	'sync.reapplied':
		'The ring “{name}” had been changed in another tab meanwhile; your change was applied to that state and saved.',
	'sync.not_applicable':
		'The ring “{name}” was changed in another tab so that your change no longer fits; it was not saved. The current state is shown.',
	'sync.busy':
		'The ring “{name}” is being changed continuously in another tab; your change was not saved. Please try again in a moment.',
	'sync.dismiss': 'Close notice',
	'sync.not_saved': '“{name}” was not saved; the notice above says why.',
	'sync.import_stale':
		'The ring was changed in another tab after this check. The result is based on the old state and is not stored like this, or the other change would be lost.',
	'sync.import_recheck': 'Check again against the current ring',
	'sync.import_discard': 'Discard import',
	'sync.import_discarded': 'Import discarded; the stored ring is unchanged.'
};
