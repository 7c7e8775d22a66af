/**
 * A chosen KPI's two charts in the report — the ranking of the group and the trend over the periods —
 * each with caption, alt text and its table (WCAG: every chart has a table). The data are the KPI
 * page's (dashboard/kpi-view.ts `rankingData`, `trendData`), with its order, ranks and statuses, so a
 * fehlerhaft value comes last without rank, a survey under 50 respondents is shown without rank, and a
 * proportion KPI carries its 95 % interval and n — in the chart, the alt text and the table alike.
 */
import { rankingOrder, sharedRanks } from '../charts/ranking.ts';
import type { RankingRow, TrendPoint } from '../dashboard/kpi-view.ts';
import { fmt } from '../dashboard/labels.ts';
import { errorText, excludedText, intervalText, statusText } from '../dashboard/quality.ts';
import { formatInteger, formatPeriod } from '../format/index.ts';
import { t } from '../i18n/translate.ts';
import type { Counter, KpiSectionInput } from './build-kpi.ts';
import { rankingScene } from './chart-ranking.ts';
import { trendScene } from './chart-trend.ts';
import type { Block, TableBlock } from './model.ts';

type Column = TableBlock['columns'][number];

export function rankingBlocks(
	input: KpiSectionInput,
	ranking: readonly RankingRow[],
	counter: Counter
): Block[] {
	const { facts: f, period } = input;
	const { kpi, row } = f;
	const format = (v: number) => fmt(v, kpi.unit);
	const ordered = rankingOrder(ranking, kpi.polarity);
	const ranks = sharedRanks(ordered, kpi.polarity);
	// The own fehlerhaft value carries its finding into the table (the others only the word, as on screen).
	const status = (d: RankingRow) => {
		const text = statusText(kpi, d);
		return d.own && d.erroneous && row.erroneous
			? `${text}: ${errorText(row.erroneous, input.catalogue)}`
			: text;
	};
	const proportion = Boolean(kpi.proportion);
	const survey = kpi.sample !== undefined;
	const withStatus = ordered.some((d) => status(d));
	const excluded = excludedText(ordered.filter((d) => d.erroneous).length);
	counter.figure += 1;
	const figure: Block = {
		kind: 'figure',
		scene: rankingScene(
			ordered.map((d) => ({
				label: d.label,
				value: d.value,
				own: d.own,
				unrated: d.unrated,
				low: d.low,
				high: d.high,
				status: statusText(kpi, d)
			})),
			{
				format,
				unit: kpi.unit,
				medianLabel: t('report.median'),
				quartiles: { q1: row.q1, median: row.median, q3: row.q3 }
			}
		),
		caption: t('report.ranking_caption', { n: counter.figure, kpi: kpi.label, period: formatPeriod(period) }),
		alt: [
			t('report.ranking_alt', {
				kpi: kpi.label,
				period: formatPeriod(period),
				n: ordered.filter((d) => !d.erroneous).length,
				order: kpi.polarity === 'none' ? t('report.order_high_first') : t('report.order_best_first'),
				own: input.authorityName,
				value: f.own,
				rank: f.rank,
				median: f.median,
				q1: f.q1,
				q3: f.q3
			}),
			f.intervalWords && `${f.intervalWords}.`,
			f.mark.note,
			excluded && `${excluded}.`,
			proportion || ordered.some((d) => d.unrated) ? t('report.ranking_alt_marks') : '',
			t('report.alt_table')
		]
			.filter(Boolean)
			.join(' ')
	};
	counter.table += 1;
	const title = t('report.ranking_table_title', { n: counter.table, kpi: kpi.label });
	const columns: Column[] = [
		{ text: t('chart.col_authority'), align: 'left', width: 3 },
		{ text: t('chart.col_value'), align: 'right', width: 1.5 },
		{ text: t('chart.col_rank'), align: 'right', width: 0.9 },
		...(proportion
			? [
					{ text: t('unc.col_n'), align: 'right' as const, width: 1.2 },
					{ text: t('unc.col_interval'), align: 'right' as const, width: 2.2 }
				]
			: []),
		...(survey ? [{ text: t('unc.col_respondents'), align: 'right' as const, width: 1.2 }] : []),
		...(withStatus ? [{ text: t('unc.col_status'), align: 'left' as const, width: 2.6 }] : [])
	];
	const table: TableBlock = {
		kind: 'table',
		title,
		columns,
		rows: ordered.map((d, i) => {
			const cells = [
				{ text: d.own ? `◆ ${d.label} ${t('chart.own_marker')}` : d.label },
				{ text: format(d.value) },
				{ text: ranks[i] || '–' },
				...(proportion
					? [
							{ text: d.n === null ? '–' : formatInteger(d.n) },
							{ text: intervalText(d.low, d.high, kpi.unit) || '–' }
						]
					: []),
				...(survey ? [{ text: d.respondents === null ? '–' : formatInteger(d.respondents) }] : []),
				...(withStatus ? [{ text: status(d) }] : [])
			];
			return d.own ? cells.map((c) => ({ ...c, bold: true })) : cells;
		}),
		highlight: ordered.findIndex((d) => d.own)
	};
	return [figure, { kind: 'paragraph', text: title, style: 'small' }, table];
}

export function trendBlocks(
	input: KpiSectionInput,
	points: readonly TrendPoint[],
	counter: Counter
): Block[] {
	const { kpi } = input.facts;
	const format = (v: number) => fmt(v, kpi.unit);
	counter.figure += 1;
	const first = points[0]?.period;
	const last = points.at(-1)?.period;
	const span =
		first === undefined
			? ''
			: first === last
				? formatPeriod(first)
				: `${formatPeriod(first)}–${formatPeriod(last!)}`;
	const erroneous = ` (${t('unc.erroneous')})`;
	const listed = (pick: (p: TrendPoint) => number | null, marked: boolean) =>
		points
			.filter((p) => pick(p) !== null)
			.map(
				(p) => `${formatPeriod(p.period)}: ${format(pick(p)!)}${marked && p.ownErroneous ? erroneous : ''}`
			)
			.join('; ') || t('report.no_values');
	const figure: Block = {
		kind: 'figure',
		scene: trendScene(points, {
			format,
			formatPeriod,
			unit: kpi.unit,
			ownLabel: input.authorityName,
			medianLabel: t('report.median_group'),
			bandLabel: t('report.band'),
			erroneousLabel: t('unc.erroneous')
		}),
		caption: t('report.trend_caption', { n: counter.figure, kpi: kpi.label, span }),
		alt: t('report.trend_alt', {
			kpi: kpi.label,
			span,
			own: input.authorityName,
			values: listed((p) => p.own, true),
			medians: listed((p) => p.median, false)
		})
	};
	counter.table += 1;
	const title = t('report.trend_table_title', { n: counter.table, kpi: kpi.label });
	const withStatus = points.some((p) => p.ownErroneous);
	const table: TableBlock = {
		kind: 'table',
		title,
		columns: [
			{ text: t('pickers.period'), align: 'left', width: 1.2 },
			{ text: input.authorityName, align: 'right', width: 1.8 },
			{ text: t('dash.col_q1'), align: 'right', width: 1.4 },
			{ text: t('report.col_median'), align: 'right', width: 1.4 },
			{ text: t('dash.col_q3'), align: 'right', width: 1.4 },
			{ text: t('dash.col_n'), align: 'right', width: 0.7 },
			...(withStatus ? [{ text: t('unc.col_status'), align: 'left' as const, width: 1.4 }] : [])
		],
		rows: points.map((p) => [
			{ text: formatPeriod(p.period) },
			{ text: fmt(p.own, kpi.unit), bold: true },
			{ text: fmt(p.q1, kpi.unit) },
			{ text: fmt(p.median, kpi.unit) },
			{ text: fmt(p.q3, kpi.unit) },
			{ text: String(p.n) },
			...(withStatus ? [{ text: p.ownErroneous ? t('unc.erroneous') : '' }] : [])
		])
	};
	return [figure, { kind: 'paragraph', text: title, style: 'small' }, table];
}
