/**
 * The report's hypothetical section (issue #28): the chosen what-if scenarios of the own authority,
 * each as the what-if page computes it (scenario/compare.ts `scenarioComparison`, the object marked
 * `hypothetical: true`), clearly set off from the real figures — a heading of its own, a boxed notice
 * that these are not real data, „(hypothetisch)“ in every scenario's heading and table title.
 *
 * Per scenario: its description, the changed base counts (actual → scenario), and the KPIs whose
 * value, position or rank change, each side with the dashboard's one badge per value and rank
 * (marks.ts `valueMark`: a value the scenario makes fehlerhaft shows „fehlerhaft“ and no rank), and
 * the plausibility findings the scenario brings. Only the own authority is named: the comparison
 * holds the group's statistics, never another member's value.
 */
import type { BaseCountKind, Catalogue, Unit } from '../catalogue/schema.ts';
import { fmt, groupName } from '../dashboard/labels.ts';
import { formatBaseCount, formatPercent, formatPeriod, formatUnit } from '../format/index.ts';
import { baseCountLabel, kpiLabel } from '../i18n/catalogue.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { t } from '../i18n/translate.ts';
import { findingMessage } from '../i18n/words.ts';
import type { Authority } from '../ring/types.ts';
import type { CountRow, KpiCompareRow, ScenarioComparison } from '../scenario/compare.ts';
import type { Change, ChangeProblem } from '../scenario/model.ts';
import type { Counter } from './build-kpi.ts';
import { paragraphs } from './build-notes.ts';
import { valueMark } from './marks.ts';
import type { Block, TableBlock } from './model.ts';

export interface ScenarioSectionInput {
	comparisons: readonly ScenarioComparison[];
	/** The own authority's name (the only one the section names). */
	own: string;
	period: number;
	authorities: readonly Authority[];
	catalogue: Pick<Catalogue, 'base_counts' | 'kpis'>;
}

const MINUS = '\u2212';
const PROBLEM: Record<ChangeProblem, MessageKey> = {
	no_base: 'scenario.problem_no_base',
	negative: 'scenario.problem_negative',
	not_number: 'scenario.problem_not_number',
	unknown_count: 'scenario.problem_unknown_count'
};
const signed = (value: number, text: string) => `${value < 0 ? MINUS : '+'}${text}`;

/** A change as a person reads it: „+2,0“ VZÄ, „−500“, „+10,0 %“, „neuer Wert 12.000“. */
export function changeText(change: Change, kind: BaseCountKind): string {
	if (change.mode === 'set') return t('rscn.change_set', { value: formatBaseCount(change.value, kind) });
	if (change.mode === 'percent') return signed(change.value, formatPercent(Math.abs(change.value)));
	return signed(change.value, formatBaseCount(Math.abs(change.value), kind));
}

function countsTable(c: ScenarioComparison, input: ScenarioSectionInput, counter: Counter): Block[] {
	const rows = c.counts.filter((r) => r.change !== null);
	// Labels worded here, in the report's language (the comparison may be computed once for both).
	const counts = new Map(input.catalogue.base_counts.map((b) => [b.id, b]));
	const label = (r: CountRow) => {
		const def = counts.get(r.id);
		return def ? baseCountLabel(def) : r.label;
	};
	if (!rows.length) return [{ kind: 'paragraph', text: t('rscn.no_changes') }];
	counter.table += 1;
	const cell = (r: CountRow) =>
		r.problem
			? t('rscn.not_applied', { reason: t(PROBLEM[r.problem]) })
			: formatBaseCount(r.scenario, r.kind);
	const table: TableBlock = {
		kind: 'table',
		title: t('rscn.counts_title', { n: counter.table, name: c.scenario.name }),
		columns: [
			{ text: t('rscn.col_count'), align: 'left', width: 3.4 },
			{ text: t('rscn.col_change'), align: 'right', width: 1.6 },
			{ text: t('rscn.col_actual'), align: 'right', width: 1.6 },
			{ text: t('rscn.col_scenario'), align: 'right', width: 1.9 }
		],
		rows: rows.map((r) => [
			{ text: label(r) },
			{ text: changeText(r.change!, r.kind) },
			{ text: formatBaseCount(r.actual, r.kind) },
			{ text: cell(r), bold: true }
		])
	};
	return [{ kind: 'paragraph', text: table.title, style: 'small' }, table];
}

function standing(
	r: KpiCompareRow,
	side: 'actual' | 'scenario',
	catalogue: ScenarioSectionInput['catalogue']
) {
	const mark = valueMark(r[side], r.kpi, catalogue);
	const text = `${mark.symbol}\u00a0${mark.text}`;
	return mark.rank === '–' ? text : t('rscn.standing', { mark: text, rank: mark.rank });
}

function delta(r: KpiCompareRow): string {
	if (r.delta === null) return '–';
	if (r.delta === 0) return '±0';
	return signed(r.delta, formatUnit(Math.abs(r.delta), r.kpi.unit as Unit));
}

function kpiTable(c: ScenarioComparison, input: ScenarioSectionInput, counter: Counter): Block[] {
	const rows = c.fields.flatMap((f) => f.rows).filter((r) => r.changed);
	if (!rows.length) return [{ kind: 'paragraph', text: t('rscn.no_kpi_changes') }];
	counter.table += 1;
	const table: TableBlock = {
		kind: 'table',
		title: t('rscn.kpis_title', { n: counter.table, name: c.scenario.name }),
		columns: [
			{ text: t('rscn.col_kpi'), align: 'left', width: 2.8 },
			{ text: t('rscn.col_actual'), align: 'right', width: 1.3 },
			{ text: t('rscn.col_scenario'), align: 'right', width: 1.3 },
			{ text: t('rscn.col_delta'), align: 'right', width: 1.3 },
			{ text: t('rscn.col_standing_actual'), align: 'left', width: 2.6 },
			{ text: t('rscn.col_standing_scenario'), align: 'left', width: 2.6 }
		],
		rows: rows.map((r) => [
			{ text: kpiLabel(r.kpi) },
			{ text: fmt(r.actual.own_value, r.kpi.unit) },
			{ text: fmt(r.scenario.own_value, r.kpi.unit), bold: true },
			{ text: delta(r) },
			{ text: standing(r, 'actual', input.catalogue) },
			{ text: standing(r, 'scenario', input.catalogue) }
		])
	};
	return [{ kind: 'paragraph', text: table.title, style: 'small' }, table];
}

/** The section, or nothing when no scenario is chosen. Starts on a page of its own. */
export function scenarioBlocks(input: ScenarioSectionInput, counter: Counter): Block[] {
	if (!input.comparisons.length) return [];
	const blocks: Block[] = [
		{ kind: 'pagebreak' },
		{ kind: 'heading', level: 2, text: t('rscn.heading'), id: 'scenarios', bookmark: true },
		{
			kind: 'paragraph',
			text: t('rscn.note', { own: input.own, period: formatPeriod(input.period) }),
			style: 'hypothetical'
		}
	];
	input.comparisons.forEach((c, i) => {
		const all = c.fields.flatMap((f) => f.rows);
		blocks.push(
			{
				kind: 'heading',
				level: 3,
				text: t('rscn.scenario_heading', { name: c.scenario.name }),
				id: `scenario-${i + 1}`,
				bookmark: true
			},
			{
				kind: 'paragraph',
				text: t('rscn.scenario_intro', {
					period: formatPeriod(c.scenario.period),
					group: groupName(c.group, input.authorities),
					n: c.group.members.length,
					changed: all.filter((r) => r.changed).length,
					total: all.length
				})
			},
			...(c.scenario.description?.trim()
				? paragraphs(t('rscn.description', { text: c.scenario.description.trim() }), 'quote')
				: []),
			...countsTable(c, input, counter),
			...kpiTable(c, input, counter)
		);
		if (c.newFindings.length)
			blocks.push(
				{ kind: 'paragraph', text: t('rscn.findings'), style: 'lead' },
				{ kind: 'list', items: c.newFindings.map((f) => findingMessage(f, input.catalogue)) }
			);
	});
	return blocks;
}
