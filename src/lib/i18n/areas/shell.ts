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
	'storage.cause.quota': 'Der Speicherplatz, den der Browser dieser Seite zugesteht, ist voll.',
	'storage.cause.unavailable':
		'Der Browser stellt dieser Seite keinen dauerhaften Speicher zur Verfügung (zum Beispiel in einem privaten Fenster oder wenn Website-Daten gesperrt sind).',
	'storage.cause.blocked':
		'Der Speicher ist durch einen anderen geöffneten Tab dieser Anwendung blockiert oder wurde dort von einer neueren Version geändert. Bitte die anderen Tabs schließen und diese Seite neu laden.',
	'storage.cause.reserved':
		'Der Demo-Ring ist reserviert und kann nicht mit eigenen Daten überschrieben werden.',
	'storage.cause.corrupt':
		'Der gespeicherte Ring ist unvollständig oder stammt aus einer neueren Version der Anwendung.',
	'storage.cause.conflict':
		'Der Ring wurde inzwischen in einem anderen Tab oder Fenster geändert oder gelöscht.',
	'storage.cause.unknown': 'Der Browser-Speicher hat einen unerwarteten Fehler gemeldet.',
	'storage.then.write':
		'Die Änderung wurde nicht gespeichert; der zuletzt gespeicherte Stand ist unverändert. Die Daten sind noch im Arbeitsspeicher: Bitte den Ring jetzt als Ringpaket (.zip) herunterladen, damit nichts verloren geht.',
	'storage.then.read':
		'Gespeicherte Ringe können gerade nicht gelesen werden; sie werden dadurch nicht verändert.',
	'storage.then.open':
		'Ringe können in diesem Browser nicht dauerhaft gespeichert werden. Daten bleiben nur bis zum Schließen des Tabs erhalten – bitte Ringe als Ringpaket (.zip) herunterladen.',
	'storage.then.reserved': 'Bitte den Ring unter einem eigenen Namen als neuen Ring speichern.',
	'storage.then.conflict':
		'Diese Änderung wurde deshalb nicht gespeichert, damit die andere nicht überschrieben wird; der dort gespeicherte Stand bleibt.',
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
	'storage.cause.quota': 'The storage space the browser allows this page is full.',
	'storage.cause.unavailable':
		'The browser gives this page no permanent storage (for example in a private window or when site data is blocked).',
	'storage.cause.blocked':
		'Storage is blocked by another open tab of this application or was changed there by a newer version. Please close the other tabs and reload this page.',
	'storage.cause.reserved': 'The demo ring is reserved and cannot be overwritten with your own data.',
	'storage.cause.corrupt': 'The stored ring is incomplete or comes from a newer version of the application.',
	'storage.cause.conflict': 'The ring has been changed or deleted in another tab or window meanwhile.',
	'storage.cause.unknown': 'The browser storage reported an unexpected error.',
	'storage.then.write':
		'The change was not stored; the last stored state is unchanged. The data is still in memory: please download the ring as a ring package (.zip) now so that nothing is lost.',
	'storage.then.read': 'Stored rings cannot be read right now; they are not changed by this.',
	'storage.then.open':
		'Rings cannot be stored permanently in this browser. Data is kept only until the tab is closed – please download rings as ring packages (.zip).',
	'storage.then.reserved': 'Please store the ring under a name of your own as a new ring.',
	'storage.then.conflict':
		'So this change was not stored, so as not to overwrite the other one; the state stored there stays.',
	'storage.problem': 'Storage problem',
	'storage.rescue': 'Download the data as a ring package',
	'storage.rescue_failed':
		'The ring package could not be created: {reason} Please free memory (close other tabs) and try again; the data stays until the page is closed.'
};
