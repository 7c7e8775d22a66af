/**
 * The session slide's chart (issue 30): one KPI across a group as columns, best first, read from the
 * back of a room — large type, thick marks, high contrast, nothing to hover. A pure function (data +
 * options → SVG), drawn once per slide when the session is prepared and scaled by the page (a fixed
 * viewBox), so a slide change only swaps finished SVGs.
 *
 * Columns and not the dashboard's horizontal bars: a projector is wide, and a ring of 550 members
 * still gets a column of about three pixels each, while 48 members leave room for their pseudonyms
 * under the columns. Median (thick dashed line) and the middle half (band with its quartile lines) lie
 * across all columns and are labelled at the right. A highlighted member is the one dark column with
 * an outline and a ◆ label naming it and its value — more than colour. A fehlerhaft value is a white
 * dashed column after all others, without rank; an unrated survey value is white dashed in its place.
 *
 * The columns of each kind (peers, unrated, highlighted) are ONE path, not a rect per column: every
 * element of a slide costs the slide change its style, layout and paint, and a ring of 550 members
 * would have 550 of them (issue 30: p95 < 50 ms at 550 × 10). So the chart is one image for
 * assistive technology — `role="img"` with `ariaLabel` summing it up (what, how many, median and
 * quartiles, the highlighted member) — and its table, drawn with it (deck.ts), lists every column.
 * The columns have crisp edges: an anti-aliased path of hundreds of columns takes the browser tens of
 * milliseconds to rasterise on every change, and upright rectangles gain nothing from smoothing.
 * Columns too narrow for a gap (a few pixels each) cannot carry a dashed outline — hundreds of them
 * were a flicker of dashes, as costly to rasterise as all the rest of the slide — so an unrated one
 * is filled with the same dashes lying across it (a pattern: white, a black dash every 9 units) under
 * a black line at its value.
 */
import * as Plot from '@observablehq/plot';
import type { RenderFunction } from '@observablehq/plot';
import { BAND_COLOUR, OWN_COLOUR } from './style.ts';

/** Peers on a projector: darker than the dashboard's light blue, ≥ 3:1 against white (WCAG 1.4.11). */
export const SLIDE_PEER_COLOUR = '#5f7fb3';
/** Quartile lines: the band's orange, dark enough to read as a line. */
const QUARTILE_LINE = '#a85d00';

export interface SlideBarDatum {
	label: string;
	/** The label under the column when there is room (a pseudonym's code, or the name). */
	short: string;
	value: number;
	highlight: boolean;
	erroneous: boolean;
	unrated: boolean;
}

export interface SlideChartOptions {
	/** Already in `rankingOrder` (best first, fehlerhaft last): the chart keeps the order. */
	format: (value: number) => string;
	/** The value axis' ticks: the number alone (the unit is the axis' label). */
	formatTick: (value: number) => string;
	/** The value axis' label (the KPI's unit). */
	unit: string;
	quartiles: { q1: number | null; median: number | null; q3: number | null };
	/** „Median“, „25 %“, „75 %“ in the page's language. */
	labels: { median: string; q1: string; q3: string };
	/** The chart's accessible name: what it shows; the figures at the right and the highlight are added. */
	ariaLabel: string;
	/** Prefix of the ids inside the SVG (the narrow columns' pattern): unique in the page. */
	id?: string;
	width?: number;
	height?: number;
	document?: Document;
}

export const SLIDE_CHART_WIDTH = 1600;
export const SLIDE_CHART_HEIGHT = 620;
const FONT = 28;

export function slideChart(
	data: readonly SlideBarDatum[],
	options: SlideChartOptions
): SVGSVGElement | HTMLElement {
	const width = options.width ?? SLIDE_CHART_WIDTH;
	const height = options.height ?? SLIDE_CHART_HEIGHT;
	const rows = data.map((d, i) => ({ ...d, key: i }));
	const q = options.quartiles;
	const midHalf = q.q1 !== null && q.q3 !== null ? [{ q1: q.q1, q3: q.q3 }] : [];
	const quartileLines = [
		...(q.q1 !== null ? [{ y: q.q1, text: `${options.labels.q1}: ${options.format(q.q1)}` }] : []),
		...(q.q3 !== null ? [{ y: q.q3, text: `${options.labels.q3}: ${options.format(q.q3)}` }] : [])
	];
	const median =
		q.median !== null ? [{ y: q.median, text: `${options.labels.median}: ${options.format(q.median)}` }] : [];
	const marginLeft = 130;
	// The figures' labels at the right get the room they need (Plot sizes text by characters too).
	const widest = [...quartileLines, ...median].reduce((m, l) => Math.max(m, l.text.length), 0);
	const marginRight = Math.max(120, Math.round(30 + widest * FONT * 0.66));
	const band = (width - marginLeft - marginRight) / Math.max(1, rows.length);
	const longest = rows.reduce((m, d) => Math.max(m, d.short.length), 0);
	// Labels under the columns only when each column is wide enough for a line of type. Short codes
	// (a pseudonym's letters) stand upright — in two staggered rows when neighbours would touch —;
	// longer names are turned.
	const labelled = band >= FONT * 0.6;
	const fits = (room: number) => Math.max(1, longest) * FONT * 0.62 <= room * 0.9;
	const rowsOfLabels = longest > 3 ? 0 : fits(band) ? 1 : fits(band * 2) ? 2 : 0;
	const upright = labelled && rowsOfLabels > 0;
	const marginBottom = !labelled
		? 50
		: upright
			? 30 + rowsOfLabels * FONT * 1.15
			: Math.min(220, 30 + longest * FONT * 0.55);
	// The median's and quartiles' labels at the right, moved apart where their lines lie close together
	// (the lines themselves stay where they are).
	const yMax = Math.max(0, ...rows.map((d) => d.value));
	const yMin = Math.min(0, ...rows.map((d) => d.value));
	const perPixel = (yMax - yMin || 1) / Math.max(1, height - 60 - marginBottom);
	const figureLabels = dodge(
		[...quartileLines.map((l) => ({ ...l, bold: false })), ...median.map((l) => ({ ...l, bold: true }))],
		FONT * 1.25 * perPixel
	);
	const rated = rows.filter((d) => !d.unrated && !d.erroneous && !d.highlight);
	const unrated = rows.filter((d) => (d.unrated || d.erroneous) && !d.highlight);
	const highlight = rows.filter((d) => d.highlight);
	// The chart's name says what a sighted reader takes from it at a glance; the table has every value.
	const summary = [
		options.ariaLabel,
		...[...median, ...quartileLines].map((l) => l.text),
		...highlight.map((d) => `◆ ${d.label}: ${options.format(d.value)}`)
	].join('. ');
	const gap = band >= 6 ? 0.15 : 0;
	const hatch = `${options.id ?? 'slide-chart'}-unrated`;
	const hatched = gap === 0 && unrated.length > 0;
	const at = highlight[0]?.key ?? 0;
	const anchor = at < rows.length * 0.25 ? 'start' : at > rows.length * 0.75 ? 'end' : 'middle';
	const chart = Plot.plot({
		document: options.document,
		ariaLabel: summary,
		width,
		height,
		marginTop: 60,
		marginLeft,
		marginRight,
		marginBottom,
		style: { fontSize: `${FONT}px`, color: '#000', background: '#fff' },
		x: {
			type: 'band',
			domain: rows.map((d) => d.key),
			padding: gap,
			label: null,
			axis: null
		},
		y: {
			label: options.unit,
			grid: true,
			nice: true,
			ticks: 5,
			tickFormat: (v: number) => options.formatTick(v)
		},
		marks: [
			...(!labelled
				? []
				: upright
					? Array.from({ length: rowsOfLabels }, (_, r) =>
							Plot.axisX(
								rows.filter((d) => d.key % rowsOfLabels === r).map((d) => d.key),
								{ tickSize: 0, dy: r * FONT * 1.15, tickFormat: (k: number) => rows[k]!.short, label: null }
							)
						)
					: [
							Plot.axisX({
								tickSize: 0,
								tickRotate: -60,
								tickFormat: (k: number) => rows[k]!.short,
								label: null
							})
						]),
			Plot.rectY(midHalf, {
				y1: 'q1',
				y2: 'q3',
				fill: BAND_COLOUR,
				fillOpacity: 0.28,
				className: 'quartile-band'
			}),
			...(hatched ? [dashPattern(hatch)] : []),
			Plot.barY(rated, {
				x: 'key',
				y: 'value',
				fill: SLIDE_PEER_COLOUR,
				shapeRendering: 'crispEdges',
				className: 'peer-bar',
				render: onePath
			}),
			Plot.barY(unrated, {
				x: 'key',
				y: 'value',
				...(hatched
					? { fill: `url(#${hatch})`, render: columnsPath(true) }
					: { fill: '#fff', stroke: '#000', strokeWidth: 2, strokeDasharray: '6,3', render: onePath }),
				shapeRendering: 'crispEdges',
				className: 'unrated-bar'
			}),
			Plot.barY(highlight, {
				x: 'key',
				y: 'value',
				fill: highlight.some((d) => d.unrated || d.erroneous) ? '#fff' : OWN_COLOUR,
				stroke: '#000',
				strokeWidth: 3,
				shapeRendering: 'crispEdges',
				className: 'own-bar',
				render: onePath
			}),
			Plot.ruleY([0], { stroke: '#000', strokeWidth: 2 }),
			Plot.ruleY(quartileLines, {
				y: 'y',
				stroke: QUARTILE_LINE,
				strokeWidth: 3,
				className: 'quartile-line'
			}),
			Plot.ruleY(median, {
				y: 'y',
				stroke: '#000',
				strokeWidth: 6,
				strokeDasharray: '14,7',
				className: 'median-line'
			}),
			...[false, true].map((bold) =>
				Plot.text(
					figureLabels.filter((l) => l.bold === bold),
					{
						y: 'at',
						text: 'text',
						frameAnchor: 'right',
						textAnchor: 'start',
						dx: 14,
						fontWeight: bold ? 'bold' : 'normal',
						className: 'figure-label'
					}
				)
			),
			Plot.text(highlight, {
				x: 'key',
				// Above the frame, clear of the median and quartile lines whatever the value.
				frameAnchor: 'top',
				text: (d: SlideBarDatum) => `◆ ${d.label}: ${options.format(d.value)}`,
				dy: -36,
				// Near an edge the label runs inwards, so it is never cut off.
				textAnchor: anchor,
				fontWeight: 'bold',
				fontSize: FONT + 4,
				fill: '#000',
				stroke: '#fff',
				strokeWidth: 6,
				paintOrder: 'stroke',
				className: 'own-value'
			})
		]
	});
	chart.setAttribute('role', 'img');
	return chart;
}

/**
 * A bar mark drawn as one path of all its columns (Plot's own rects, read once when the chart is
 * drawn): the group keeps its fill, stroke and class; coordinates to a hundredth of a pixel.
 */
function columnsPath(tops = false): RenderFunction {
	return (index, scales, values, dimensions, context, next) => {
		const g = next!(index, scales, values, dimensions, context);
		if (!g) return null;
		const at = (r: Element, name: string) => Math.round(Number(r.getAttribute(name) ?? 0) * 100) / 100;
		const rects = [...g.querySelectorAll('rect')].map((r) =>
			['x', 'y', 'width', 'height'].map((n) => at(r, n))
		);
		if (!rects.length) return g;
		const path = (d: string) => {
			const el = context.document.createElementNS('http://www.w3.org/2000/svg', 'path');
			el.setAttribute('d', d);
			return el;
		};
		g.replaceChildren(path(rects.map(([x, y, w, h]) => `M${x},${y}h${w}v${h}h${-w!}z`).join('')));
		// Where a column's end meets a gap of its dashes, this line still shows its value: at the top,
		// or at the bottom of a column below zero.
		if (tops) {
			const zero = scales.y?.(0) ?? Infinity;
			const end = ([, y, , h]: number[]) => (Math.abs(y! + h! - zero) > Math.abs(y! - zero) ? y! + h! : y!);
			const top = path(rects.map((r) => `M${r[0]},${end(r)}h${r[2]}`).join(''));
			top.setAttribute('stroke', '#000');
			top.setAttribute('stroke-width', '2');
			top.setAttribute('class', 'column-top');
			g.append(top);
		}
		return g;
	};
}
const onePath = columnsPath();

/** White with a black dash every 9 units (3 long), in the chart's coordinates: adjacent columns line up. */
function dashPattern(id: string): RenderFunction {
	return (_index, _scales, _values, _dimensions, context) => {
		const svg = (name: string, attributes: Record<string, string>) => {
			const el = context.document.createElementNS('http://www.w3.org/2000/svg', name);
			for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, value);
			return el;
		};
		const defs = svg('defs', {});
		const pattern = svg('pattern', { id, patternUnits: 'userSpaceOnUse', width: '4', height: '9' });
		pattern.append(
			svg('rect', { width: '4', height: '9', fill: '#fff' }),
			svg('rect', { width: '4', height: '3', fill: '#000' })
		);
		defs.append(pattern);
		return defs;
	};
}

/** Labels at their values, moved apart to at least `gap` (in data units), keeping their order. */
export function dodge<T extends { y: number }>(labels: readonly T[], gap: number): (T & { at: number })[] {
	const sorted = [...labels].sort((a, b) => a.y - b.y).map((l) => ({ ...l, at: l.y }));
	for (let i = 1; i < sorted.length; i++)
		if (sorted[i]!.at - sorted[i - 1]!.at < gap) sorted[i]!.at = sorted[i - 1]!.at + gap;
	// Centre the block again on the middle of the true values, so no label wanders far.
	const shift =
		sorted.length > 1 ? (sorted[0]!.y + sorted.at(-1)!.y) / 2 - (sorted[0]!.at + sorted.at(-1)!.at) / 2 : 0;
	return sorted.map((l) => ({ ...l, at: l.at + shift }));
}
