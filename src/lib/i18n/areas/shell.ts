/** App shell and home: header, navigation, status, pickers shared by views. */
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
	'storage.rescue_failed':
		'Das Ringpaket konnte nicht erzeugt werden: {reason} Bitte Arbeitsspeicher freigeben (andere Tabs schließen) und es noch einmal versuchen; die Daten bleiben bis zum Schließen der Seite erhalten.'
} as const;

export const en: Record<keyof typeof de, string> = {
	'app.title': 'Comparison ring of immigration offices',
	'app.skip': 'Skip to content',
	'app.nav': 'Main navigation',
	'nav.overview': 'Overview',
	'nav.import': 'Import',
	'nav.rings': 'Rings',
	'status.loading_engine': 'Loading the engine (DuckDB) …',
	'status.loading_ring': 'Loading the ring …',
	'status.error': 'Error',
	'ring.demo_notice':
		'Demo ring with synthetic values – real names and populations, all other figures invented.',
	'ring.members': '{n} members',
	'ring.active': 'Active ring: {name}',
	'ring.in_memory': 'in memory only – not saved',
	'pickers.authority': 'My authority',
	'pickers.period': 'Period',
	'chart.show_table': 'Show as table',
	'chart.show_chart': 'Show as chart',
	'chart.col_authority': 'Authority',
	'chart.col_value': 'Value',
	'chart.col_rank': 'Rank',
	'chart.own_marker': '(own authority)',
	'pseudonym.prefix': 'Authority',
	'storage.problem': 'Storage problem',
	'storage.rescue': 'Download the data as a ring package',
	'storage.rescue_failed':
		'The ring package could not be created: {reason} Please free memory (close other tabs) and try again; the data stays until the page is closed.'
};
