/** English messages of the scenario area: every key of the German catalogue, nothing else (a type error otherwise). */
import type { de } from '../areas/scenario.ts';

export const en: Record<keyof typeof de, string> = {
	'nav.scenario': 'What if',

	'scenario.change_more': 'more',
	'scenario.change_fewer': 'fewer',
	'scenario.change_less': 'less',
	'scenario.same_generic': 'with “{label}” unchanged',
	'scenario.term_generic': '“{label}” {n} {change}',

	'scenario.targets_title': 'What it would take – targets in own units',
	'scenario.targets_intro':
		'Computed on the own base counts of {period}: how far one figure would have to change, all else equal, to reach the peer group’s median or the boundary of the best quarter. Only figures the authority influences itself are shown; rounded up to whole cases, days and euros and to one decimal for FTE.',
	'scenario.targets_caption': 'Targets for “{kpi}”',
	'scenario.col_target': 'Target',
	'scenario.col_target_value': 'Target value',
	'scenario.col_needed': 'What it would take',
	'scenario.target_median': 'Group median',
	'scenario.target_best_up': 'Boundary of the best quarter (3rd quartile)',
	'scenario.target_best_down': 'Boundary of the best quarter (1st quartile)',
	'scenario.target_met': 'already reached',
	'scenario.target_unreachable': '{same}: cannot be reached through “{label}”',
	'scenario.targets_erroneous':
		'The own value is erroneous (a plausibility error concerns one of its base counts): no targets until it is resolved.',
	'scenario.targets_no_value': 'No own value in {period}: no targets.',
	'scenario.targets_no_target': 'The peer group has no values: no targets.',
	'scenario.targets_no_lever':
		'Both sides of this KPI are demand, population or sample figures that the authority does not control: no targets in own units.',
	'scenario.targets_staffing_note':
		'How many FTE the own caseload needs is shown by the staffing calculation below.',

	'scenario.staffing_title': 'Staff needed for the own caseload',
	'scenario.staffing_intro':
		'How many case-officer FTE would the own caseload – {caseload} decided title applications in {period} – need if the authority decided as many cases per FTE as its peer group?',
	'scenario.staffing_caption': 'Case-officer staffing {period}',
	'scenario.staffing_col_what': 'Figure',
	'scenario.staffing_col_value': 'FTE or cases',
	'scenario.staffing_col_note': 'Comparison',
	'scenario.staffing_needed': 'Needed at the group median ({rate} cases per FTE)',
	'scenario.staffing_range':
		'Range: at the 3rd quartile ({q3} cases per FTE) to the 1st quartile ({q1} cases per FTE)',
	'scenario.staffing_range_value': '{low} to {high}',
	'scenario.staffing_needed_short': 'Needed at the group median',
	'scenario.staffing_range_short': 'Range (3rd to 1st quartile of the group)',
	'scenario.staffing_compare_caption': 'Case-officer staffing {period}: actual and scenario',
	'scenario.staffing_compare_intro':
		'How many case-officer FTE would the caseload need if the authority decided as many cases per FTE as its peer group – with the actual and with the changed base counts?',
	'scenario.staffing_row_caseload': 'Caseload: decided title applications',
	'scenario.staffing_row_rate': 'Decisions per FTE in the group (median)',
	'scenario.staffing_current': 'Actual case-officer FTE',
	'scenario.staffing_planned': 'Planned FTE (establishment plan)',
	'scenario.staffing_caseload': 'Cases the actual FTE would decide at the median',
	'scenario.staffing_gap_more': 'need at the median is {n} higher',
	'scenario.staffing_gap_less': 'need at the median is {n} lower',
	'scenario.staffing_gap_none': 'equals the need at the median',
	'scenario.staffing_caseload_gap_more': '{n} more than actually decided',
	'scenario.staffing_caseload_gap_less': '{n} fewer than actually decided',
	'scenario.staffing_fte_erroneous':
		'The actual FTE are erroneous (plausibility error): comparisons with them are left out.',
	'scenario.staffing_unavailable':
		'Without decided title applications or without values of the peer group the staffing cannot be computed.',
	'scenario.staffing_method':
		'Method and assumptions: the period’s caseload stays as it is; the own case officers would decide as many cases per FTE as the peer group (median, 1st and 3rd quartile of decisions per FTE); cases are alike in effort. Not considered: backlogs, other tasks (tolerations, enforced departures, advice), training and absences beyond the group’s average. An orientation for the discussion, not a staffing assessment.',
	'scenario.page_title': 'What if',
	'scenario.page_intro':
		'Change the own base counts of a period – e.g. +2 FTE, −500 applications, +10 % calls answered – and see how every KPI, its position and its rank change in the unchanged peer group. Computed by the same engine as the dashboard, on a copy: the ring’s data stays unchanged.',
	'scenario.hypothetical': 'Hypothetical: a scenario, not real data.',
	'scenario.waiting_engine': 'Loading the engine; computing starts once it is ready …',
	'scenario.computing': 'Computing the scenario …',
	'scenario.failed': 'The scenario could not be computed: {reason}',
	'scenario.no_data': 'There are no base counts for {own} in {period}.',
	'scenario.group_fixed':
		'The comparison is with the actual peer group ({group}, n = {n}); a changed population does not move the authority into another group.',

	'scenario.editor_title': 'Change base counts',
	'scenario.editor_caption': 'Base counts of {own} in {period}: actual and scenario',
	'scenario.col_count': 'Base count',
	'scenario.col_actual': 'Actual',
	'scenario.col_change': 'Change',
	'scenario.col_scenario': 'Scenario',
	'scenario.mode_label': 'Kind of change: {count}',
	'scenario.value_label': 'Amount of change: {count}',
	'scenario.mode_none': 'none',
	'scenario.mode_add': '± absolute',
	'scenario.mode_percent': '± %',
	'scenario.mode_set': 'new value',
	'scenario.changed': 'changed',
	'scenario.reset': 'Undo all changes',
	'scenario.changes_summary': '{n} changes',
	'scenario.problem_no_base': 'No actual value: only “new value” is possible.',
	'scenario.problem_negative': 'The result would be negative; the change is not applied.',
	'scenario.problem_not_number': 'Please enter a number.',
	'scenario.problem_unknown_count': 'Unknown base count.',

	'scenario.results_title': 'KPIs: actual and scenario',
	'scenario.results_caption': '{field}: actual and scenario {period}',
	'scenario.col_kpi': 'KPI',
	'scenario.col_value_actual': 'Actual',
	'scenario.col_value_scenario': 'Scenario',
	'scenario.col_delta': 'Change',
	'scenario.col_median': 'Median (scenario)',
	'scenario.col_standing_actual': 'Position and rank actual',
	'scenario.col_standing_scenario': 'Position and rank scenario',
	'scenario.rank': 'rank {rank}',
	'scenario.changed_rows': '{n} of {total} KPIs change.',
	'scenario.findings_title': 'New plausibility findings in the scenario',

	'scenario.saved_title': 'Saved scenarios',
	'scenario.saved_none': 'No scenario saved for {own} yet.',
	'scenario.saved_item': '{name} – {period}, {n} changes',
	'scenario.load': 'Open',
	'scenario.delete': 'Delete',
	'scenario.delete_confirm': 'Really delete: {name}',
	'scenario.save_title': 'Save scenario',
	'scenario.save_name': 'Name of the scenario',
	'scenario.save_description': 'Description (optional)',
	'scenario.save': 'Save with the ring',
	'scenario.save_need_name': 'Please give a name.',
	'scenario.save_need_changes': 'The scenario has no change yet.',
	'scenario.saved': 'Scenario “{name}” saved with the ring.',
	'scenario.saved_demo':
		'Scenario “{name}” saved – with a copy of the demo ring as a new ring (the demo ring stays unchanged).',
	'scenario.not_saved': 'Scenario “{name}” lasts only until the page is closed (saving not possible).',
	'scenario.deleted': 'Scenario “{name}” deleted.',
	'scenario.save_hint':
		'Scenarios are stored with the ring but never as data: they are not imported, not exported as base counts and not counted in any statistic.'
};
