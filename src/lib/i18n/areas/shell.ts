/** App shell and home: header, navigation, status, pickers shared by views. English: ../en/shell.ts. */
export const de = {
	'app.title': 'Vergleichsring Ausländerbehörden',
	'app.skip': 'Zum Inhalt springen',
	'app.nav': 'Hauptnavigation',
	'nav.overview': 'Übersicht',
	'nav.import': 'Import',
	'nav.rings': 'Ringe',
	'status.loading_engine': 'Rechenkern (DuckDB) wird geladen …',
	'status.loading_ring': 'Vergleichsring wird geladen …',
	'status.error': 'Fehler',
	'ring.demo_notice':
		'Demo-Ring mit synthetischen Werten – reale Namen und Einwohnerzahlen, alle anderen Zahlen erfunden.',
	'ring.members': '{n} Mitglieder',
	'ring.active': 'Aktiver Ring: {name}',
	'ring.in_memory': 'nur im Arbeitsspeicher – nicht gespeichert',
	'pickers.authority': 'Mein Amt',
	'pickers.period': 'Erhebungsjahr',
	'chart.show_table': 'Als Tabelle anzeigen',
	'chart.show_chart': 'Als Diagramm anzeigen',
	'chart.col_authority': 'Behörde',
	'chart.col_value': 'Wert',
	'chart.col_rank': 'Rang',
	'chart.own_marker': '(eigene Behörde)',
	'pseudonym.prefix': 'Behörde',
	'storage.problem': 'Speicherproblem',
	'storage.rescue': 'Daten als Ringpaket herunterladen',
	'lang.label': 'Sprache',
	'unit.percent': '%',
	'unit.per_mille': '‰',
	'unit.months': 'Monate',
	'unit.days': 'Tage',
	'unit.minutes': 'Minuten',
	'unit.cases': 'Fälle',
	'unit.visits': 'Vorsprachen',
	'unit.persons': 'Personen',
	'unit.eur': 'Euro',
	'storage.cause_quota': 'Der Speicherplatz, den der Browser dieser Seite zugesteht, ist voll.',
	'storage.cause_unavailable':
		'Der Browser stellt dieser Seite keinen dauerhaften Speicher zur Verfügung (zum Beispiel in einem privaten Fenster oder wenn Website-Daten gesperrt sind).',
	'storage.cause_blocked':
		'Der Speicher ist durch einen anderen geöffneten Tab dieser Anwendung blockiert oder wurde dort von einer neueren Version geändert. Bitte die anderen Tabs schließen und diese Seite neu laden.',
	'storage.cause_reserved':
		'Der Demo-Ring ist reserviert und kann nicht mit eigenen Daten überschrieben werden.',
	'storage.cause_corrupt':
		'Der gespeicherte Ring ist unvollständig oder stammt aus einer neueren Version der Anwendung.',
	'storage.cause_conflict':
		'Der Ring wurde inzwischen in einem anderen Tab oder Fenster geändert oder gelöscht.',
	'storage.cause_unknown': 'Der Browser-Speicher hat einen unerwarteten Fehler gemeldet.',
	'storage.consequence_write':
		'Die Änderung wurde nicht gespeichert; der zuletzt gespeicherte Stand ist unverändert. Die Daten sind noch im Arbeitsspeicher: Bitte den Ring jetzt als Ringpaket (.zip) herunterladen, damit nichts verloren geht.',
	'storage.consequence_read':
		'Gespeicherte Ringe können gerade nicht gelesen werden; sie werden dadurch nicht verändert.',
	'storage.consequence_open':
		'Ringe können in diesem Browser nicht dauerhaft gespeichert werden. Daten bleiben nur bis zum Schließen des Tabs erhalten – bitte Ringe als Ringpaket (.zip) herunterladen.',
	'storage.consequence_conflict':
		'Diese Änderung wurde deshalb nicht gespeichert, damit die andere nicht überschrieben wird; der dort gespeicherte Stand bleibt.',
	'storage.consequence_reserved': 'Bitte den Ring unter einem eigenen Namen als neuen Ring speichern.',
	'storage.rescue_failed':
		'Das Ringpaket konnte nicht erzeugt werden: {reason} Bitte Arbeitsspeicher freigeben (andere Tabs schließen) und es noch einmal versuchen; die Daten bleiben bis zum Schließen der Seite erhalten.'
} as const;
