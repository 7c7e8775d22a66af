/**
 * The report's field sections: one table of the field's KPIs, and for every chosen KPI the ranking
 * and the trend — each chart with caption, alt text and its table (WCAG: every chart has a table).
 */
import type { Catalogue, FieldDef, KpiDef } from '../catalogue/schema.ts';
import { rankingData, trendData, type Namer } from '../dashboard/kpi-view.ts';
import { kpiViewFrom, type KpiViewData } from '../engine/views.ts';
import { t } from '../i18n/translate.ts';
import { rankingBlocks, trendBlocks } from './build-charts.ts';
import type { ReportData } from './data.ts';
import type { KpiFacts } from './facts.ts';
import type { Block, TableBlock } from './model.ts';

/** Running figure numbers across the document. */
export interface Counter {
	figure: number;
	table: number;
}

export function markText(f: KpiFacts): string {
	return `${f.mark.symbol}\u00a0${f.mark.text}`; // the symbol never ends a line without its word
}

/**
 * The field's table: own value, median, quartiles, position, rank, change per KPI — and the 95 %
 * interval with its n when a KPI of the field has one (proportion KPIs, as the overview shows it).
 */
export function fieldTable(field: FieldDef, facts: readonly KpiFacts[], counter: Counter): Block[] {
	counter.table += 1;
	const intervals = facts.some((f) => f.interval);
	const table: TableBlock = {
		kind: 'table',
		title: t('report.field_table_title', { n: counter.table, field: field.label }),
		columns: [
			{ text: t('dash.col_kpi'), align: 'left', width: 3.1 },
			{ text: t('dash.col_own'), align: 'right', width: 1.5 },
			...(intervals ? [{ text: t('unc.col_interval'), align: 'right' as const, width: 1.9 }] : []),
			{ text: t('report.col_median'), align: 'right', width: 1.4 },
			{ text: t('dash.col_q1'), align: 'right', width: 1.4 },
			{ text: t('dash.col_q3'), align: 'right', width: 1.4 },
			{ text: t('dash.col_position'), align: 'left', width: 1.6 },
			{ text: t('dash.col_rank'), align: 'right', width: 1.1 },
			{ text: t('report.col_change'), align: 'left', width: 2.1 }
		],
		rows: facts.map((f) => [
			{ text: f.kpi.label },
			{ text: f.own, bold: true },
			...(intervals ? [{ text: f.interval || '–' }] : []),
			{ text: f.median },
			{ text: f.q1 },
			{ text: f.q3 },
			{ text: markText(f) },
			{ text: f.rank },
			{ text: f.change }
		])
	};
	const notes = facts
		.filter((f) => f.mark.note)
		.map((f) => t('report.value_note', { kpi: f.kpi.label, mark: f.mark.text, note: f.mark.note }));
	const excluded = facts
		.filter((f) => f.excluded)
		.map((f) => t('report.excluded_line', { kpi: f.kpi.label, text: f.excluded }));
	return [
		{ kind: 'paragraph', text: table.title, style: 'small' },
		table,
		...(notes.length || excluded.length ? [{ kind: 'list' as const, items: [...notes, ...excluded] }] : [])
	];
}

export interface KpiSectionInput {
	facts: KpiFacts;
	/** The KPI's view as the KPI page computes it (views.ts `kpiViewFrom`, `kpiView` below). */
	view: KpiViewData;
	authorityId: string;
	authorityName: string;
	period: number;
	name: Namer;
	comment: string;
	catalogue: Pick<Catalogue, 'base_counts'>;
}

/** The view of one KPI for the own authority and group: the KPI page's, from the same data. */
export function kpiView(data: ReportData, kpi: KpiDef, kpis: ReadonlyMap<string, KpiDef>): KpiViewData {
	return kpiViewFrom(
		{
			authorityId: data.authorityId,
			period: data.period,
			members: data.group.members,
			kpiId: kpi.id,
			otherKpiId: null,
			inputs: kpi.inputs
		},
		data.series.filter((v) => v.kpi_id === kpi.id),
		data.baseValues,
		{ errors: data.errors, kpi: (id) => kpis.get(id) }
	);
}

/** One chosen KPI: heading, the department's comment, ranking and trend with their tables. */
export function kpiSection(input: KpiSectionInput, counter: Counter): Block[] {
	const { facts: f, period, name } = input;
	const { kpi } = f;
	const blocks: Block[] = [
		{ kind: 'heading', level: 3, text: kpi.label, id: `kpi-${kpi.id}`, bookmark: true },
		{
			kind: 'paragraph',
			text: [
				t('report.kpi_standing', {
					own: f.own,
					median: f.median,
					mark: markText(f),
					rank: f.rank,
					change: f.change
				}),
				f.intervalWords && `${f.intervalWords}.`,
				f.excluded && t('report.excluded', { text: f.excluded })
			]
				.filter(Boolean)
				.join(' ')
		}
	];
	if (f.mark.note) blocks.push({ kind: 'paragraph', text: f.mark.note, style: 'small' });
	if (input.comment.trim())
		blocks.push({
			kind: 'paragraph',
			text: t('report.comment', { text: input.comment.trim() }),
			style: 'quote'
		});
	const ranking = rankingData(input.view, kpi, period, input.authorityId, name);
	blocks.push(...rankingBlocks(input, ranking, counter));
	blocks.push(...trendBlocks(input, trendData(input.view, kpi.id, input.authorityId), counter));
	return blocks;
}
