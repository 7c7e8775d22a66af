/** English messages of the uncertainty area: every key of the German catalogue, nothing else (a type error otherwise). */
import type { de } from '../areas/uncertainty.ts';

export const en: Record<keyof typeof de, string> = {
	'unc.erroneous': 'erroneous',
	'unc.erroneous_part_exceeds_whole':
		'Part larger than whole: {part} ({partValue}) is larger than {whole} ({wholeValue}).',
	'unc.erroneous_other': 'Error in {ids}.',
	'unc.erroneous_peer': 'Error in {ids} (other authorities’ values are not shown).',
	'unc.position_erroneous': 'erroneous',
	'unc.position_small_sample': 'fewer than 50 respondents',
	'unc.position_indistinct': 'not distinguishable from the median',
	'unc.note_low_sample': 'fewer than 100 respondents (KGSt minimum)',
	'unc.small_sample': 'fewer than 50 respondents',
	'unc.rank_erroneous': 'no rank (erroneous)',
	'unc.rank_small_sample': 'no rank (fewer than 50 respondents)',
	'unc.direction_erroneous': 'not rated (erroneous)',
	'unc.interval': '95% CI',
	'unc.range': '{low} – {high}',
	'unc.interval_n': 'n = {n}',
	'unc.interval_label': '95% confidence interval (Wilson): {low} to {high}, n = {n}',
	'unc.interval_none': 'no confidence interval (n = {n})',
	'unc.approximate':
		'Approximation: small counts, and the cases in the numerator need not come from the same year as the denominator. The interval mainly shows how little a small value says.',
	'unc.approx_short': 'approximation',
	'unc.respondents': '{n} respondents',
	'unc.excluded_one': '1 erroneous value left out',
	'unc.excluded_many': '{n} erroneous values left out',
	'unc.method_note':
		'Erroneous values (a part larger than its whole, see plausibility findings) are marked “erroneous”: no rank, no position, no colour, and they are left out of every group figure (n, median, quartiles, the others’ ranks). Proportion KPIs show the 95% confidence interval (Wilson) with n next to the value; where the group median lies inside it, the position reads “not distinguishable from the median”. Survey values with fewer than 50 respondents are shown but not rated; below 100 respondents a note says so (KGSt minimum).',
	'unc.col_status': 'Note',
	'unc.col_n': 'n (denominator)',
	'unc.col_ci_low': 'CI lower limit',
	'unc.col_ci_high': 'CI upper limit',
	'unc.col_respondents': 'Respondents',
	'unc.col_interval': '95% CI',
	'unc.col_finding': 'Finding',
	'unc.ranking_legend':
		'Line with caps: 95% confidence interval · white dashed bar: not rated (erroneous or fewer than 50 respondents); erroneous values come last and do not count for the group',
	'unc.ranking_legend_dense':
		'Line: 95% confidence interval · white dashed bar: not rated (erroneous or fewer than 50 respondents); erroneous values come last and do not count for the group',
	'unc.funnel_title': 'Funnel plot: value by case count ({period})',
	'unc.funnel_desc':
		'Dot chart: {count} authorities of the peer group, each value over its case count n. Horizontal line: the group’s target {target} (all cases pooled); the funnel shows how far a value with that many cases can stray from the target by chance alone (95% and 99.8%). Outside 95%: notable, outside 99.8%: clearly notable. Erroneous values are not included.',
	'unc.funnel_legend':
		'◆ own authority · ○ peer group · solid line: target · dashed: 95% limits · dotted: 99.8% limits',
	'unc.funnel_x': 'n (case count)',
	'unc.funnel_target': 'Target {value}',
	'unc.funnel_list_title': 'Notable in the group ({n})',
	'unc.funnel_list_none': 'No authority lies outside the 95% limits.',
	'unc.funnel_list_item': '{flag}, {side} ({value}, n\u00a0=\u00a0{n})',
	'unc.funnel_empty': 'No authority in the group has a usable value with a case count.',
	'unc.funnel_title_ring': 'Funnel plot: {kpi} by case count ({period})',
	'unc.funnel_desc_ring':
		'Dot chart: {count} members of the ring, each value over its case count n. Horizontal line: the ring’s target {target} (all cases pooled); the funnel shows how far a value with that many cases can stray from the target by chance alone (95% and 99.8%). Outside 95%: notable, outside 99.8%: clearly notable. Erroneous values are not included.',
	'unc.funnel_legend_ring':
		'○ member · thick outline: notable (larger: clearly notable), named where the name fits · solid line: target · dashed: 95% limits · dotted: 99.8% limits',
	'unc.funnel_list_title_ring': 'Notable in the ring ({n})',
	'unc.funnel_list_none_ring': 'No member lies outside the 95% limits.',
	'unc.funnel_empty_ring': 'No member has a usable value with a case count in this year.',
	'unc.flag_alert': 'notable',
	'unc.flag_alarm': 'clearly notable',
	'unc.flag_none': 'not notable',
	'unc.side_above': 'above the target',
	'unc.side_below': 'below the target',
	'unc.side_on': 'on the target',
	'unc.col_target': 'Target',
	'unc.col_low95': '95% lower limit',
	'unc.col_high95': '95% upper limit',
	'unc.col_low998': '99.8% lower limit',
	'unc.col_high998': '99.8% upper limit',
	'unc.col_flag': 'Assessment',
	'unc.col_side': 'Relative to target'
};
