/**
 * The report's ranking chart as a vector scene (chart-scene.ts), drawn like the screen's
 * (charts/ranking.ts): best first, the own authority dark with an outline, a ◆ before its label and
 * its value at the bar, the group's middle half as a light band, the median dashed. Issue #27's marks
 * too: a 95 % interval is a whisker with caps across its bar; a value without rating (fehlerhaft, or
 * a survey under 50 respondents) is a white bar with a dashed outline, its status written at the bar's
 * end; fehlerhaft values come last (the caller passes the bars in `rankingOrder`).
 */
import { BAND_COLOUR, MEDIAN_COLOUR, OWN_COLOUR, PEER_COLOUR } from '../charts/style.ts';
import { approxWidth, niceDomain, niceTicks, type ChartScene, type Shape } from './chart-scene.ts';

export interface RankingBar {
	label: string;
	value: number;
	own: boolean;
	/** No rank and no colour (fehlerhaft or under 50 respondents). */
	unrated: boolean;
	/** 95 % interval on the KPI's scale, or null. */
	low: number | null;
	high: number | null;
	/** Short status written at an unrated bar („fehlerhaft“), or ''. */
	status: string;
}

export interface RankingSceneOptions {
	format: (v: number) => string;
	unit: string;
	medianLabel: string;
	quartiles: { q1: number | null; median: number | null; q3: number | null };
	width?: number;
}

const SIZE = 7.5;
const BAR = 10;
const GAP = 3;
const TOP = 26;

/** Bars of the group, already in drawing order (best first, fehlerhaft last). */
export function rankingScene(bars: readonly RankingBar[], o: RankingSceneOptions): ChartScene {
	const width = o.width ?? 480;
	const labelW = Math.min(170, Math.max(60, ...bars.map((b) => approxWidth(`◆ ${b.label}`, SIZE) + 8)));
	const statusW = Math.max(0, ...bars.map((b) => approxWidth(b.own ? `${b.status} 0000,0` : b.status, SIZE)));
	const right = Math.max(56, Math.min(150, statusW + 16));
	const plotW = width - labelW - right;
	const interval = (b: RankingBar) => b.low !== null && b.high !== null;
	const values = [
		...bars.flatMap((b) => (interval(b) ? [b.value, b.low!, b.high!] : [b.value])),
		...[o.quartiles.q1, o.quartiles.q3].filter((v): v is number => v !== null)
	];
	const [d0, d1] = niceDomain(Math.min(0, ...values), Math.max(0, ...values));
	const x = (v: number) => labelW + ((v - d0) / (d1 - d0 || 1)) * plotW;
	const plotH = bars.length * (BAR + GAP);
	const shapes: Shape[] = [];
	const q = o.quartiles;
	if (q.q1 !== null && q.q3 !== null)
		shapes.push({
			t: 'rect',
			x: x(q.q1),
			y: TOP - 4,
			w: Math.max(0.5, x(q.q3) - x(q.q1)),
			h: plotH + 4,
			fill: BAND_COLOUR,
			opacity: 0.18
		});
	for (const v of niceTicks(d0, d1, 5)) {
		shapes.push({
			t: 'line',
			x1: x(v),
			y1: TOP - 4,
			x2: x(v),
			y2: TOP + plotH,
			stroke: '#d0d4da',
			width: 0.5
		});
		shapes.push({
			t: 'text',
			x: x(v),
			y: TOP + plotH + 11,
			text: o.format(v),
			size: 7,
			anchor: 'middle',
			fill: '#333'
		});
	}
	shapes.push({
		t: 'text',
		x: labelW + plotW,
		y: TOP + plotH + 23,
		text: o.unit,
		size: 7,
		anchor: 'end',
		fill: '#333'
	});
	bars.forEach((b, i) => shapes.push(...barShapes(b, TOP + i * (BAR + GAP), x, labelW, o.format)));
	shapes.push({ t: 'line', x1: x(0), y1: TOP - 4, x2: x(0), y2: TOP + plotH, stroke: '#000', width: 0.8 });
	if (q.median !== null)
		shapes.push(
			{
				t: 'line',
				x1: x(q.median),
				y1: TOP - 6,
				x2: x(q.median),
				y2: TOP + plotH,
				stroke: MEDIAN_COLOUR,
				width: 1.5,
				dash: [4, 2]
			},
			{
				t: 'text',
				x: Math.min(Math.max(x(q.median), labelW + 40), labelW + plotW - 40),
				y: TOP - 10,
				text: `${o.medianLabel}: ${o.format(q.median)}`,
				size: SIZE,
				anchor: 'middle',
				fill: '#000'
			}
		);
	return { width, height: TOP + plotH + 30, shapes };
}

/** One bar: the bar (dashed white when unrated), its label, its interval and what is written at it. */
function barShapes(
	b: RankingBar,
	y: number,
	x: (v: number) => number,
	labelW: number,
	format: (v: number) => string
): Shape[] {
	const out: Shape[] = [];
	const fill = b.unrated ? '#fff' : b.own ? OWN_COLOUR : PEER_COLOUR;
	const stroke = b.own ? '#000' : b.unrated ? MEDIAN_COLOUR : undefined;
	out.push({
		t: 'rect',
		x: x(Math.min(0, b.value)),
		y,
		w: Math.max(0.5, Math.abs(x(b.value) - x(0))),
		h: BAR,
		fill,
		...(stroke ? { stroke, width: b.own ? 1.2 : 0.8 } : {}),
		...(b.unrated ? { dash: [3, 1.5] } : {})
	});
	out.push({
		t: 'text',
		x: labelW - 4,
		y: y + BAR - 2,
		text: b.own ? `◆ ${b.label}` : b.label,
		size: SIZE,
		bold: b.own,
		anchor: 'end',
		fill: '#000'
	});
	if (b.low !== null && b.high !== null) {
		const mid = y + BAR / 2;
		out.push(
			{ t: 'line', x1: x(b.low), y1: mid, x2: x(b.high), y2: mid, stroke: '#000', width: 0.9 },
			{ t: 'line', x1: x(b.low), y1: y + 1.5, x2: x(b.low), y2: y + BAR - 1.5, stroke: '#000', width: 0.9 },
			{ t: 'line', x1: x(b.high), y1: y + 1.5, x2: x(b.high), y2: y + BAR - 1.5, stroke: '#000', width: 0.9 }
		);
	}
	const text = b.own ? (b.status ? `${format(b.value)} – ${b.status}` : format(b.value)) : b.status;
	if (text)
		out.push({
			t: 'text',
			x: x(Math.max(0, b.value, b.high ?? b.value)) + 4,
			y: y + BAR - 2,
			text,
			size: SIZE,
			bold: b.own,
			anchor: 'start',
			fill: b.own ? '#000' : MEDIAN_COLOUR
		});
	return out;
}
