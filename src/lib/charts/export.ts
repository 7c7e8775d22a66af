/**
 * Downloads of a chart: CSV (the table equivalent), SVG and PNG.
 *
 * CSV is for spreadsheets, so it is safe against formula injection (OWASP "CSV injection"): a text
 * cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'` so that
 * Excel and LibreOffice show it as text instead of evaluating it. Numbers are written as plain
 * decimals (format/plain.ts: full precision, `.` decimal point, never exponent notation); they are
 * never neutralised, only text is. UTF-8 with BOM and CRLF, as Excel expects.
 */
import { MessageError } from '../i18n/messages.ts';
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

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
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

/** Standalone SVG markup of a rendered chart (the first `<svg>` of it), with its title. */
export function svgMarkup(chart: Element, title: string): string {
	const svg = chart.tagName.toLowerCase() === 'svg' ? chart : chart.querySelector('svg');
	if (!svg) throw new MessageError({ key: 'chart.no_svg' });
	const copy = svg.cloneNode(true) as Element;
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.removeAttribute('aria-describedby');
	const doc = copy.ownerDocument;
	const t = doc.createElementNS('http://www.w3.org/2000/svg', 'title');
	t.textContent = title;
	copy.insertBefore(t, copy.firstChild);
	// A white background: viewers show transparent areas as black or chequered.
	const bg = doc.createElementNS('http://www.w3.org/2000/svg', 'rect');
	for (const [k, v] of Object.entries({ width: '100%', height: '100%', fill: '#fff' })) bg.setAttribute(k, v);
	copy.insertBefore(bg, t.nextSibling);
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
