/**
 * The message catalogue: every user-visible string of the interface, German first.
 *
 * Why one file of plain objects: components never contain prose, so English (or any other
 * language) is added here without touching a component, and a missing key is a type error.
 * KPI and base-count labels are not here: they belong to the ring's definitions (kpi-definitions/).
 */
const de = {
	'app.title': 'Vergleichsring Ausländerbehörden',
	'app.skip': 'Zum Inhalt springen',
	'app.nav': 'Hauptnavigation',
	'nav.overview': 'Übersicht',
	'status.loading_engine': 'Rechenkern (DuckDB) wird geladen …',
	'status.loading_ring': 'Vergleichsring wird geladen …',
	'status.error': 'Fehler',
	'ring.demo_notice':
		'Demo-Ring mit synthetischen Werten – reale Namen und Einwohnerzahlen, alle anderen Zahlen erfunden.',
	'ring.members': '{n} Mitglieder',
	'home.heading': 'Wo stehen wir im Vergleich?',
	'home.ranking_title': '{kpi} {period}: Rangfolge im Ring',
	'home.ranking_desc':
		'Balkendiagramm: {n} Behörden mit Wert, sortiert von gut nach weniger gut. Eigene Behörde ({own}) hervorgehoben: {value}.',
	'home.own_value': 'Eigener Wert',
	'home.own_missing': 'Für {own} liegt in {period} kein Wert vor.',
	'pickers.authority': 'Mein Amt',
	'pickers.period': 'Erhebungsjahr',
	'pickers.kpi': 'Kennzahl',
	'chart.show_table': 'Als Tabelle anzeigen',
	'chart.show_chart': 'Als Diagramm anzeigen',
	'chart.col_authority': 'Behörde',
	'chart.col_value': 'Wert',
	'chart.col_rank': 'Rang',
	'chart.own_marker': '(eigene Behörde)',
	'pseudonym.prefix': 'Behörde'
} as const;

export type MessageKey = keyof typeof de;
export type Messages = Record<MessageKey, string>;

const en: Messages = {
	'app.title': 'Comparison ring of immigration offices',
	'app.skip': 'Skip to content',
	'app.nav': 'Main navigation',
	'nav.overview': 'Overview',
	'status.loading_engine': 'Loading the engine (DuckDB) …',
	'status.loading_ring': 'Loading the ring …',
	'status.error': 'Error',
	'ring.demo_notice':
		'Demo ring with synthetic values – real names and populations, all other figures invented.',
	'ring.members': '{n} members',
	'home.heading': 'Where do we stand?',
	'home.ranking_title': '{kpi} {period}: ranking in the ring',
	'home.ranking_desc':
		'Bar chart: {n} authorities with a value, sorted from good to less good. Own authority ({own}) highlighted: {value}.',
	'home.own_value': 'Own value',
	'home.own_missing': 'No value for {own} in {period}.',
	'pickers.authority': 'My authority',
	'pickers.period': 'Period',
	'pickers.kpi': 'KPI',
	'chart.show_table': 'Show as table',
	'chart.show_chart': 'Show as chart',
	'chart.col_authority': 'Authority',
	'chart.col_value': 'Value',
	'chart.col_rank': 'Rank',
	'chart.own_marker': '(own authority)',
	'pseudonym.prefix': 'Authority'
};

export const CATALOGUES = { de, en } satisfies Record<string, Messages>;
export type Locale = keyof typeof CATALOGUES;
