/**
 * The downloads' pictures and a chart text as SVG files (issue #19), beside charts-svg.test.ts and in
 * its form (tests/unit/__snapshots__/charts/<name>.svg, see support/svg-text.ts): the ranking of a
 * group whose own authority has no value (its row stays, empty, with the reason), and a chart framed
 * for download — title, who/when/against whom, the drawing, legend, Datenstand and date.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { framedSvg } from '../../src/lib/charts/image-frame.ts';
import { rankingChart, type RankingDatum } from '../../src/lib/charts/ranking.ts';
import { formatTick, formatUnit } from '../../src/lib/format/index.ts';
import { file } from './support/svg-text.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const doc = document as unknown as Document;
const WIDTH = 720;
const days = (v: number) => formatUnit(v, 'Tage');
const tick = (v: number, ticks: readonly number[]) => formatTick(v, 'Tage', ticks);

/** The ranking fixture of charts-svg.test.ts. */
const RANKING: RankingDatum[] = [
	{ label: 'Behörde A', value: 31.4, own: false },
	{ label: 'Behörde B', value: 42.0, own: false },
	{ label: 'Behörde C', value: 55.5, own: false },
	{ label: 'Behörde D', value: 55.5, own: false },
	{ label: 'Landkreis Musterstadt-Nord', value: 48.25, own: true },
	{ label: 'Behörde F', value: 63.9, own: false },
	{ label: 'Behörde G', value: 27.1, own: false },
	{ label: 'Behörde H', value: 70.2, own: false },
	{ label: 'Behörde I', value: 39.75, own: false }
];

describe('charts as SVG: the own row without a value, the download frame', () => {
	it('ranking without an own value: the own row stays, empty, and says why', async () => {
		const chart = rankingChart(
			RANKING.filter((d) => !d.own),
			{
				polarity: 'down',
				format: days,
				tick,
				unit: 'Tage',
				width: WIDTH,
				document: doc,
				quartiles: { q1: 35.6, median: 48.75, q3: 57.6 },
				medianLabel: 'Median',
				gap: { label: 'Landkreis Musterstadt-Nord', text: 'kein Wert – Nenner ist 0' }
			}
		);
		await expect(file(chart)).toMatchFileSnapshot('__snapshots__/charts/ranking-gap.svg');
	});

	it('download picture: title, who/when/against whom, the chart, legend, Datenstand and date', async () => {
		const chart = rankingChart(RANKING, {
			polarity: 'down',
			format: days,
			tick,
			unit: 'Tage',
			width: WIDTH,
			document: doc,
			quartiles: { q1: 39.75, median: 48.25, q3: 55.5 },
			medianLabel: 'Median'
		});
		const framed = framedSvg(chart as Element, {
			title: 'Rangfolge in der Vergleichsgruppe 2024',
			context:
				'Mein Amt: Landkreis Musterstadt-Nord · Erhebungsjahr 2024 · Vergleichsgruppe: Größenklasse GK2 (n = 9)',
			legend:
				'◆ dunkler Balken mit Umrandung: eigene Behörde · helle Balken: Vergleichsgruppe · gestrichelte Linie: Median · hinterlegte Fläche: mittlere Hälfte (1. bis 3. Quartil)',
			footer: 'Datenstand 2024-1 vom 12.03.2025 · e7c75142 · erstellt am 03.12.2026'
		});
		const text = file(framed as SVGSVGElement);
		// Nothing of the chart is lost, and no line is wider than the picture (at DejaVu Sans's width).
		expect(framed.querySelectorAll('svg svg *').length).toBe((chart as Element).querySelectorAll('*').length);
		for (const line of framed.querySelectorAll(':scope > text'))
			expect((line.textContent ?? '').length * Number(line.getAttribute('font-size')) * 0.58).toBeLessThan(
				WIDTH
			);
		await expect(text).toMatchFileSnapshot('__snapshots__/charts/download-frame.svg');
	});
});
