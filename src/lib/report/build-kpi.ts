/**
 * The report's field sections: one table of the field's KPIs, and for every chosen KPI the ranking
 * and the trend — each chart with caption, alt text and its table (WCAG: every chart has a table).
 */
import type { FieldDef } from '../catalogue/schema.ts';
import { rankingOrder, sharedRanks } from '../charts/ranking.ts';
import { fmt } from '../dashboard/labels.ts';
import type { Namer } from '../dashboard/kpi-view.ts';
import { quartilesOf, type SeriesRow } from '../engine/views.ts';
import { formatPeriod } from '../format/index.ts';
import { t } from '../i18n/translate.ts';
import { rankingScene, trendScene, type TrendPoint } from './chart-scene.ts';
import type { KpiFacts } from './facts.ts';
import type { Block, TableBlock } from './model.ts';

/** Running figure numbers across the document. */
export interface Counter {
	figure: number;
	table: number;
}

export function markText(f: KpiFacts): string {
	return `${f.mark.symbol} ${f.mark.text}`;
}

/** The field's table: own value, median, quartiles, position, rank, change per KPI. */
export function fieldTable(field: FieldDef, facts: readonly KpiFacts[], counter: Counter): Block[] {
	counter.table += 1;
	const table: TableBlock = {
		kind: 'table',
		title: t('report.field_table_title', { n: counter.table, field: field.label }),
		columns: [
			{ text: t('dash.col_kpi'), align: 'left', width: 3.1 },
			{ text: t('dash.col_own'), align: 'right', width: 1.5 },
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
	return [
		{ kind: 'paragraph', text: table.title, style: 'small' },
		table,
		...(notes.length ? [{ kind: 'list' as const, items: notes }] : [])
	];
}

export interface KpiSectionInput {
	facts: KpiFacts;
	series: readonly SeriesRow[];
	members: readonly string[];
	authorityId: string;
	authorityName: string;
	period: number;
	name: Namer;
	comment: string;
}

/** One chosen KPI: heading, the department's comment, ranking and trend with their tables. */
export function kpiSection(input: KpiSectionInput, counter: Counter): Block[] {
	const { facts: f, period, name } = input;
	const { kpi, row } = f;
	const format = (v: number) => fmt(v, kpi.unit);
	const members = new Set(input.members);
	const blocks: Block[] = [
		{ kind: 'heading', level: 3, text: kpi.label, id: `kpi-${kpi.id}`, bookmark: true },
		{
			kind: 'paragraph',
			text: t('report.kpi_standing', {
				own: f.own,
				median: f.median,
				mark: markText(f),
				rank: f.rank,
				change: f.change
			})
		}
	];
	if (f.mark.note) blocks.push({ kind: 'paragraph', text: f.mark.note, style: 'small' });
	if (input.comment.trim())
		blocks.push({
			kind: 'paragraph',
			text: t('report.comment', { text: input.comment.trim() }),
			style: 'quote'
		});

	// Ranking: the group's values in the period, best first (the screen's order and tie rule).
	const bars = rankingOrder(
		input.series
			.filter((v) => v.kpi_id === kpi.id && v.period === period && members.has(v.authority_id))
			.map((v) => ({
				label: name(v.authority_id),
				value: v.value,
				own: v.authority_id === input.authorityId
			})),
		kpi.polarity
	);
	const ranks = sharedRanks(bars, kpi.polarity);
	counter.figure += 1;
	const rankingCaption = t('report.ranking_caption', {
		n: counter.figure,
		kpi: kpi.label,
		period: formatPeriod(period)
	});
	blocks.push({
		kind: 'figure',
		scene: rankingScene(bars, {
			format,
			unit: kpi.unit,
			medianLabel: t('report.median'),
			quartiles: { q1: row.q1, median: row.median, q3: row.q3 }
		}),
		caption: rankingCaption,
		alt: t('report.ranking_alt', {
			kpi: kpi.label,
			period: formatPeriod(period),
			n: bars.length,
			order: kpi.polarity === 'none' ? t('report.order_high_first') : t('report.order_best_first'),
			own: input.authorityName,
			value: f.own,
			rank: f.rank,
			median: f.median,
			q1: f.q1,
			q3: f.q3
		})
	});
	counter.table += 1;
	const ownIndex = bars.findIndex((b) => b.own);
	blocks.push(
		{
			kind: 'paragraph',
			text: t('report.ranking_table_title', { n: counter.table, kpi: kpi.label }),
			style: 'small'
		},
		{
			kind: 'table',
			title: t('report.ranking_table_title', { n: counter.table, kpi: kpi.label }),
			columns: [
				{ text: t('chart.col_authority'), align: 'left', width: 3 },
				{ text: t('chart.col_value'), align: 'right', width: 1.5 },
				{ text: t('chart.col_rank'), align: 'right', width: 1 }
			],
			rows: bars.map((b, i) => [
				{ text: b.own ? `◆ ${b.label} ${t('chart.own_marker')}` : b.label, bold: b.own },
				{ text: format(b.value), bold: b.own },
				{ text: b.own && !f.mark.ranked ? '–' : ranks[i] || '–', bold: b.own }
			]),
			highlight: ownIndex
		}
	);

	// Trend: the members of the period's group followed through every period (as the KPI view).
	const points = trendPoints(input.series, kpi.id, members, input.authorityId);
	counter.figure += 1;
	const first = points[0]?.period;
	const last = points.at(-1)?.period;
	const span =
		first === undefined
			? ''
			: first === last
				? formatPeriod(first)
				: `${formatPeriod(first)}–${formatPeriod(last!)}`;
	const listed = (pick: (p: TrendPoint) => number | null) =>
		points
			.filter((p) => pick(p) !== null)
			.map((p) => `${formatPeriod(p.period)}: ${format(pick(p)!)}`)
			.join('; ') || t('report.no_values');
	blocks.push({
		kind: 'figure',
		scene: trendScene(points, {
			format,
			formatPeriod,
			unit: kpi.unit,
			ownLabel: input.authorityName,
			medianLabel: t('report.median_group'),
			bandLabel: t('report.band')
		}),
		caption: t('report.trend_caption', { n: counter.figure, kpi: kpi.label, span }),
		alt: t('report.trend_alt', {
			kpi: kpi.label,
			span,
			own: input.authorityName,
			values: listed((p) => p.own),
			medians: listed((p) => p.median)
		})
	});
	counter.table += 1;
	blocks.push(
		{
			kind: 'paragraph',
			text: t('report.trend_table_title', { n: counter.table, kpi: kpi.label }),
			style: 'small'
		},
		{
			kind: 'table',
			title: t('report.trend_table_title', { n: counter.table, kpi: kpi.label }),
			columns: [
				{ text: t('pickers.period'), align: 'left', width: 1.2 },
				{ text: input.authorityName, align: 'right', width: 1.8 },
				{ text: t('dash.col_q1'), align: 'right', width: 1.4 },
				{ text: t('report.col_median'), align: 'right', width: 1.4 },
				{ text: t('dash.col_q3'), align: 'right', width: 1.4 },
				{ text: t('dash.col_n'), align: 'right', width: 0.7 }
			],
			rows: points.map((p) => [
				{ text: formatPeriod(p.period) },
				{ text: fmt(p.own, kpi.unit), bold: true },
				{ text: fmt(p.q1, kpi.unit) },
				{ text: fmt(p.median, kpi.unit) },
				{ text: fmt(p.q3, kpi.unit) },
				{ text: String(p.n) }
			])
		}
	);
	return blocks;
}

/** Own value and the group's quartiles in every period with a value (views.ts `kpiViewFrom` rule). */
export function trendPoints(
	series: readonly SeriesRow[],
	kpiId: string,
	members: ReadonlySet<string>,
	ownId: string
): (TrendPoint & { n: number })[] {
	const byPeriod = new Map<number, { own: number | null; values: number[] }>();
	for (const v of series) {
		if (v.kpi_id !== kpiId) continue;
		const inGroup = members.has(v.authority_id);
		if (!inGroup && v.authority_id !== ownId) continue;
		let p = byPeriod.get(v.period);
		if (!p) byPeriod.set(v.period, (p = { own: null, values: [] }));
		if (inGroup) p.values.push(v.value);
		if (v.authority_id === ownId) p.own = v.value;
	}
	return [...byPeriod.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([period, p]) => {
			const q = quartilesOf(p.values);
			return { period, own: p.own, q1: q.q1, median: q.median, q3: q.q3, n: q.n };
		});
}
