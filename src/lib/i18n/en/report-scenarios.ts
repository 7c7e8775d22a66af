/** English messages of the report's hypothetical section: every key of the German catalogue, nothing else (a type error otherwise). */
import type { de } from '../areas/report-scenarios.ts';

export const en: Record<keyof typeof de, string> = {
	'rscn.choose': 'Hypothetical scenarios in the report',
	'rscn.choose_hint':
		'Saved scenarios of {own} for {period} (“What if”). A chosen scenario appears as a section of its own, clearly marked as hypothetical.',
	'rscn.choose_none': 'No scenario is saved for {own} in {period}. Scenarios are made under “What if”.',
	'rscn.choose_item_one': '{name} (1 change)',
	'rscn.choose_item_many': '{name} ({n} changes)',
	'rscn.heading': 'Hypothetical scenarios',
	'rscn.note':
		'Hypothetical – not real data. Each of the following scenarios changes base counts of {own} for {period} as saved under “What if” and computes with them on the same engine as the rest of this report, against the unchanged values of the peer group. The scenarios are not data of the ring: they enter no statistics and change no figure in the other sections of this report.',
	'rscn.tp_item_one': 'With one hypothetical scenario (section “Hypothetical scenarios”, not real data)',
	'rscn.tp_item_many': 'With {n} hypothetical scenarios (section “Hypothetical scenarios”, not real data)',
	'rscn.summary_line_one':
		'This report contains one hypothetical scenario (section “Hypothetical scenarios”): changed base counts, not real data.',
	'rscn.summary_line_many':
		'This report contains {n} hypothetical scenarios (section “Hypothetical scenarios”): changed base counts, not real data.',
	'rscn.scenario_heading': 'Scenario “{name}” (hypothetical)',
	'rscn.scenario_intro':
		'Survey year {period}; compared with the peer group {group} (n = {n}), whose values stay unchanged. {changed} of {total} KPIs change.',
	'rscn.description': 'Description: {text}',
	'rscn.counts_title': 'Table {n}: scenario “{name}” (hypothetical) – changed base counts',
	'rscn.kpis_title': 'Table {n}: scenario “{name}” (hypothetical) – KPIs that change',
	'rscn.col_count': 'Base count',
	'rscn.col_change': 'Change',
	'rscn.col_actual': 'Actual',
	'rscn.col_scenario': 'Scenario',
	'rscn.col_kpi': 'KPI',
	'rscn.col_delta': 'Change',
	'rscn.col_standing_actual': 'Position and rank, actual',
	'rscn.col_standing_scenario': 'Position and rank, scenario',
	'rscn.change_set': 'new value {value}',
	'rscn.not_applied': 'not applied: {reason}',
	'rscn.standing': '{mark}; rank: {rank}',
	'rscn.no_changes': 'The scenario changes no base count.',
	'rscn.no_kpi_changes': 'No KPI changes its value, position or rank.',
	'rscn.findings': 'New plausibility findings in the scenario',
	'rscn.error_unknown': 'A chosen scenario “{name}” is no longer stored in the ring.',
	'rscn.error_other':
		'The scenario “{name}” belongs to {authority} and {period}; this report is for {own} and {report}.'
};
