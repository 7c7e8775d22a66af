/**
 * What the engine's codes say (i18n/engine-text.ts): plausibility findings and why a peer group is
 * empty. German; English with the same keys in ../en/engine.ts.
 */
export const de = {
	'finding.part_exceeds_whole':
		'Teil größer als Ganzes: {part} ({part_value}) ist größer als {whole} ({whole_value}).',
	'finding.large_change':
		'{count} ändert sich gegenüber {previous} um {change} (von {from} auf {to}); mehr als {limit} sind ungewöhnlich.',
	'finding.kpi_above_limit': '{kpi} liegt mit {value} über der Plausibilitätsgrenze von {limit}.',
	'finding.low_sample': 'Nur {n} Befragte ({count}), weniger als {min}: {kpis} mit Vorsicht lesen.',
	'group.no_data': 'Für die Behörde {authority} liegen im Jahr {period} keine Daten vor.',
	'group.no_population':
		'Für die Behörde {authority} fehlt im Jahr {period} die Einwohnerzahl; ohne Größenklasse gehört sie zu keiner Vergleichsgruppe nach Größe.',
	'group.nearest_unavailable':
		'Die ähnlichsten Behörden lassen sich für {authority} im Jahr {period} nicht bestimmen: {problems}.',
	'group.population_missing': 'Einwohnerzahl fehlt',
	'group.population_zero': 'Einwohnerzahl ist 0',
	'group.feature_missing': '{kpi} nicht berechenbar ({reason})',
	'engine.start_failed':
		'Die Datenbank (DuckDB) ist nicht gestartet: {reason}. Ohne sie lassen sich die Kennzahlen nicht prüfen, und der Bericht, die Plausibilitätsprüfung, die Moderation und die Szenarien brauchen sie. Bitte die Seite neu laden. Bleibt es dabei, bitte die IT prüfen lassen, ob der Server die Dateien der Datenbank ausliefert (duckdb-eh.*.wasm mit dem Typ application/wasm).',
	'engine.kpi_check':
		'Die Prüfung der Kennzahlen durch DuckDB ergibt andere Werte als die angezeigten ({where}). Die Anzeige ist nicht verlässlich; bitte den Fehler mit dieser Meldung an die Ringmoderation geben.'
} as const;
