/** English messages of the engine area: every key of the German catalogue, nothing else (a type error otherwise). */
import type { de } from '../areas/engine.ts';

export const en: Record<keyof typeof de, string> = {
	'finding.part_exceeds_whole':
		'Part larger than whole: {part} ({part_value}) is larger than {whole} ({whole_value}).',
	'finding.large_change':
		'{count} changes by {change} against {previous} (from {from} to {to}); more than {limit} is unusual.',
	'finding.kpi_above_limit': '{kpi} is {value}, above the plausibility limit of {limit}.',
	'finding.low_sample': 'Only {n} respondents ({count}), fewer than {min}: read {kpis} with care.',
	'group.no_data': 'There are no data for authority {authority} in {period}.',
	'group.no_population':
		'The population of authority {authority} is missing in {period}; without a size class it belongs to no size-based peer group.',
	'group.nearest_unavailable':
		'The most similar authorities cannot be determined for {authority} in {period}: {problems}.',
	'group.population_missing': 'population missing',
	'group.population_zero': 'population is 0',
	'group.feature_missing': '{kpi} cannot be computed ({reason})',
	'engine.start_failed':
		'The database (DuckDB) did not start: {reason}. Without it the KPIs cannot be checked, and the report, the plausibility checks, moderation and scenarios need it. Please reload the page. If it persists, ask IT to check that the server delivers the database files (duckdb-eh.*.wasm with the type application/wasm).',
	'engine.kpi_check':
		'DuckDB’s check of the KPIs gives other values than those shown ({where}). The figures shown are not reliable; please pass this message on to the ring moderation.'
};
