/**
 * The SVG and PNG downloads of a chart: the drawing framed so that a picture pasted into a document
 * explains itself — the chart's title and who, when and against whom above it (own authority, period,
 * peer group; peers appear in the drawing only under their pseudonyms, as on the page), the text
 * legend and the Datenstand with the date of the download under it.
 *
 * The chart's own `<svg>` is kept whole and nested at an offset, so every mark, class and Plot style
 * stays as drawn. Lines are wrapped by character count (no font is measured: the download is built
 * the same way in the browser and in the unit tests, which draw with linkedom in Node); the width per
 * character is that of DejaVu Sans, the app's font and the widest of the usual sans fonts, so a line
 * never runs out of the picture with a narrower one.
 */

import { MessageError } from '../i18n/messages.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const FONT = 'DejaVu Sans, Verdana, system-ui, sans-serif';
const PAD = 8;
/** Average advance of a character in DejaVu Sans, in em (measured ~0.55 on German text; a little more, so a line never runs out). */
const CHAR_EM = 0.58;

export interface ImageFrame {
	/** The chart's heading. */
	title: string;
	/** Own authority, period and peer group in one line (empty: left out). */
	context?: string;
	/** The text legend under the chart (what the marks mean). */
	legend?: string;
	/** A note on the data (e.g. „vorläufig“), under the legend. */
	note?: string;
	/** Datenstand and date of the download. */
	footer?: string;
}

/** `text` in lines of at most `max` characters, broken at spaces (a longer word stands alone). */
export function wrapText(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

interface Line {
	text: string;
	size: number;
	bold?: boolean;
	className: string;
}

function lines(
	text: string | undefined,
	size: number,
	width: number,
	className: string,
	bold = false
): Line[] {
	if (!text) return [];
	const max = Math.max(20, Math.floor((width - 2 * PAD) / (size * CHAR_EM)));
	return wrapText(text, max).map((t) => ({ text: t, size, bold, className }));
}

function setAll(el: Element, attributes: Record<string, string>): void {
	for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
}

/** Writes `block` from `top` down; returns the y below it. */
function writeLines(svg: Element, block: Line[], top: number): number {
	const doc = svg.ownerDocument;
	let y = top;
	for (const l of block) {
		y += Math.round(l.size * 1.35);
		const text = doc.createElementNS(SVG_NS, 'text');
		setAll(text, {
			x: String(PAD),
			y: String(y - Math.round(l.size * 0.3)),
			'font-size': String(l.size),
			'font-family': FONT,
			'font-weight': l.bold ? '700' : '400',
			fill: l.bold ? '#1a1f27' : '#3b4350',
			class: l.className
		});
		text.textContent = l.text;
		svg.appendChild(text);
	}
	return y;
}

/** The first `<svg>` of a rendered chart (Plot returns the svg itself or a figure around it). */
export function chartSvg(chart: Element): Element {
	const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
	if (!svg) throw new MessageError({ key: 'chart.no_svg' });
	return svg;
}

/**
 * A standalone `<svg>` element: white background, `<title>`, the header lines, the chart, then the
 * legend and the footer. Built in the chart's document (the page's, or linkedom's in tests).
 */
export function framedSvg(chart: Element, frame: ImageFrame): Element {
	const drawing = chartSvg(chart).cloneNode(true) as Element;
	drawing.removeAttribute('aria-describedby');
	const doc = drawing.ownerDocument;
	const width = Number(drawing.getAttribute('width')) || 640;
	const height = Number(drawing.getAttribute('height')) || 400;
	const svg = doc.createElementNS(SVG_NS, 'svg');
	setAll(svg, { xmlns: SVG_NS, width: String(width), class: 'chart-download' });
	const title = doc.createElementNS(SVG_NS, 'title');
	title.textContent = frame.title;
	svg.appendChild(title);
	const background = doc.createElementNS(SVG_NS, 'rect');
	setAll(background, { width: '100%', height: '100%', fill: '#fff' });
	svg.appendChild(background);

	let y = writeLines(
		svg,
		[
			...lines(frame.title, 15, width, 'frame-title', true),
			...lines(frame.context, 12, width, 'frame-context')
		],
		PAD / 2
	);
	y += PAD;
	// Plot's own stylesheet sizes its svg `height: auto` (a page's layout); nested, that would stretch
	// the drawing over the whole picture, so its size is pinned inline, which wins over that rule.
	const style = drawing.getAttribute('style') ?? '';
	setAll(drawing, {
		x: '0',
		y: String(y),
		width: String(width),
		height: String(height),
		style: `${style}${style && !style.endsWith(';') ? ';' : ''}width:${width}px;height:${height}px`
	});
	svg.appendChild(drawing);
	y += height + PAD / 2;
	y = writeLines(
		svg,
		[
			...lines(frame.legend, 11, width, 'frame-legend'),
			...lines(frame.note, 11, width, 'note', true),
			...lines(frame.footer, 11, width, 'datenstand')
		],
		y
	);
	const total = Math.ceil(y + PAD);
	setAll(svg, { height: String(total), viewBox: `0 0 ${width} ${total}` });
	return svg;
}

/** The framed chart as an SVG file's text (browser: the page's XMLSerializer). */
export function svgMarkup(chart: Element, frame: ImageFrame): string {
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		new XMLSerializer().serializeToString(framedSvg(chart, frame))
	);
}

/** Rasterise SVG markup to PNG at `scale` × its size (browser only: Image + canvas). */
export async function svgToPng(markup: string, scale = 2): Promise<Uint8Array> {
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(img.naturalWidth * scale);
		canvas.height = Math.ceil(img.naturalHeight * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new MessageError({ key: 'chart.no_canvas' });
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) throw new MessageError({ key: 'chart.png_failed' });
		return new Uint8Array(await blob.arrayBuffer());
	} finally {
		URL.revokeObjectURL(url);
	}
}
