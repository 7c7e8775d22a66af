/**
 * Downloads of a chart: CSV (the table equivalent), SVG and PNG.
 *
 * CSV is for spreadsheets, so it is safe against formula injection (OWASP "CSV injection"): a text
 * cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` so that
 * Excel and LibreOffice show it as text instead of evaluating it. Numbers are written as plain
 * decimals (format/plain.ts: full precision, `.` decimal point, never exponent notation); they are
 * never neutralised, only text is. UTF-8 with BOM and CRLF, as Excel expects.
 *
 * Every download names the Datenstand it rests on (`datenstand/labels.ts`): a last CSV column with the
 * same text on every row (so each row stands alone, like the overview's context columns, and a
 * spreadsheet filter keeps it), and a caption line under an SVG/PNG.
 */
import { toPlainDecimal } from '../format/plain.ts';

export type CsvValue = string | number | null | undefined;

const DANGEROUS = /^[=+\-@\t\r]/;

/** One CSV cell: neutralised when it could start a formula, quoted when needed. */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? toPlainDecimal(value) : '';
	const text = DANGEROUS.test(value) ? `'${value}` : value;
	return /[",;\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A column with one text on every row: the Datenstand of a download. */
export interface CsvStamp {
	label: string;
	value: string;
}

let stampProvider: () => Promise<CsvStamp | undefined> = async () => undefined;

/**
 * Who says which Datenstand the downloads rest on: the app registers it once (routes/+layout.svelte),
 * so charts neither import the app nor know about rings.
 */
export function setDownloadStamp(provider: () => Promise<CsvStamp | undefined>): void {
	stampProvider = provider;
}

/** The stamp for a download made now (none when it cannot be known, e.g. no Web Crypto). */
export function downloadStamp(): Promise<CsvStamp | undefined> {
	return stampProvider().catch(() => undefined);
}

export function toCsv(
	header: readonly string[],
	rows: readonly (readonly CsvValue[])[],
	stamp?: CsvStamp
): string {
	const table = stamp
		? [[...header, stamp.label], ...rows.map((r) => [...r, stamp.value])]
		: [header, ...rows];
	const lines = table.map((r) => r.map(csvCell).join(','));
	return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A file name from parts: lower case ASCII, digits and `-` only (never an authority name). */
export function fileName(parts: readonly (string | number)[], extension: string): string {
	const stem = parts
		.map((p) =>
			String(p)
				.toLowerCase()
				.normalize('NFKD')
				.replace(/[\u0300-\u036f]/g, '')
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-|-$/g, '')
		)
		.filter(Boolean)
		.join('-');
	return `${stem || 'diagramm'}.${extension}`;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const CAPTION_HEIGHT = 22;

/** Make room under the drawing and write each line there, small and left-aligned. */
function addCaption(svg: Element, lines: readonly { text: string; className: string }[]): void {
	const doc = svg.ownerDocument;
	const width = Number(svg.getAttribute('width')) || 640;
	const height = Number(svg.getAttribute('height')) || 400;
	const box = (svg.getAttribute('viewBox') ?? `0 0 ${width} ${height}`).split(/[\s,]+/).map(Number);
	const [x = 0, y = 0, w = width, h = height] = box;
	const extra = CAPTION_HEIGHT * lines.length;
	svg.setAttribute('height', String(height + extra));
	svg.setAttribute('viewBox', `${x} ${y} ${w} ${h + extra}`);
	lines.forEach((line, i) => {
		const caption = doc.createElementNS(SVG_NS, 'text');
		for (const [k, v] of Object.entries({
			x: String(x + 4),
			y: String(y + h + CAPTION_HEIGHT * (i + 1) - 7),
			'font-size': '11',
			'font-family': 'system-ui, sans-serif',
			'text-anchor': 'start',
			fill: '#3b4350',
			class: line.className
		}))
			caption.setAttribute(k, v);
		caption.textContent = line.text;
		svg.appendChild(caption);
	});
}

/**
 * Standalone SVG markup of a rendered chart (the first `<svg>` of it), with its title and, when given,
 * caption lines under it: the Datenstand, and a note such as „vorläufig“ (issue 29).
 */
export function svgMarkup(chart: Element, title: string, caption?: string, note?: string): string {
	const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
	if (!svg) throw new Error('Kein SVG im Diagramm.');
	const copy = svg.cloneNode(true) as Element;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.removeAttribute('aria-describedby');
	const doc = copy.ownerDocument;
	const t = doc.createElementNS(SVG_NS, 'title');
	t.textContent = title;
	copy.insertBefore(t, copy.firstChild);
	// A white background: viewers show transparent areas as black or chequered.
	const bg = doc.createElementNS(SVG_NS, 'rect');
	for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: '#fff' })) bg.setAttribute(k, v);
	copy.insertBefore(bg, t.nextSibling);
	const lines = [
		...(caption ? [{ text: caption, className: 'datenstand' }] : []),
		...(note ? [{ text: note, className: 'note' }] : [])
	];
	if (lines.length) addCaption(copy, lines);
	return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
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
		if (!ctx) throw new Error('Canvas nicht verfügbar.');
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
		if (!blob) throw new Error('PNG konnte nicht erzeugt werden.');
		return new Uint8Array(await blob.arrayBuffer());
	} finally {
		URL.revokeObjectURL(url);
	}
}
