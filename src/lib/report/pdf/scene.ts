/**
 * A chart scene drawn with PDFKit's own operators: vector paths and real text (in the embedded
 * DejaVu Sans), scaled into the box the layout gives it. Called inside the Figure's marked content.
 */
import type PDFDocument from 'pdfkit';
import type { ChartScene } from '../chart-scene.ts';
import { FONT_BOLD, FONT_REGULAR } from './fonts.ts';

export function drawScene(doc: PDFDocument, scene: ChartScene, x0: number, y0: number, scale: number): void {
	const X = (x: number) => x0 + x * scale;
	const Y = (y: number) => y0 + y * scale;
	for (const s of scene.shapes) {
		doc.save();
		switch (s.t) {
			case 'rect':
				doc.rect(X(s.x), Y(s.y), s.w * scale, s.h * scale);
				if (s.opacity !== undefined) doc.fillOpacity(s.opacity);
				if (s.dash) doc.dash(s.dash[0]! * scale, { space: (s.dash[1] ?? s.dash[0]!) * scale });
				if (s.stroke) doc.lineWidth((s.width ?? 1) * scale).fillAndStroke(s.fill, s.stroke);
				else doc.fill(s.fill);
				break;
			case 'line':
				doc
					.moveTo(X(s.x1), Y(s.y1))
					.lineTo(X(s.x2), Y(s.y2))
					.lineWidth(s.width * scale);
				if (s.dash) doc.dash(s.dash[0]! * scale, { space: (s.dash[1] ?? s.dash[0]!) * scale });
				doc.stroke(s.stroke);
				break;
			case 'poly': {
				const [first, ...rest] = s.points;
				if (!first) break;
				doc.moveTo(X(first[0]), Y(first[1]));
				for (const [x, y] of rest) doc.lineTo(X(x), Y(y));
				if (s.closed) doc.closePath();
				doc.lineJoin('round');
				if (s.dash) doc.dash(s.dash[0]! * scale, { space: (s.dash[1] ?? s.dash[0]!) * scale });
				if (s.opacity !== undefined) doc.fillOpacity(s.opacity);
				if (s.fill && s.stroke) doc.lineWidth((s.width ?? 1) * scale).fillAndStroke(s.fill, s.stroke);
				else if (s.fill) doc.fill(s.fill);
				else if (s.stroke) doc.lineWidth((s.width ?? 1) * scale).stroke(s.stroke);
				break;
			}
			case 'circle':
				doc
					.circle(X(s.cx), Y(s.cy), s.r * scale)
					.lineWidth(s.width * scale)
					.fillAndStroke(s.fill, s.stroke);
				break;
			case 'text': {
				const size = s.size * scale;
				doc.font(s.bold ? FONT_BOLD : FONT_REGULAR).fontSize(size);
				const w = doc.widthOfString(s.text);
				const x = s.anchor === 'start' ? X(s.x) : s.anchor === 'middle' ? X(s.x) - w / 2 : X(s.x) - w;
				doc.fillColor(s.fill).text(s.text, x, Y(s.y), { baseline: 'alphabetic', lineBreak: false });
				break;
			}
		}
		doc.restore();
	}
}
