/**
 * The part of PDFKit 0.20 the report uses, typed after its source (`@types/pdfkit` lags behind:
 * no `subset: 'PDF/UA'`, no structure closures, no `scope`/`placement`).
 */
declare module 'pdfkit' {
	export interface StructureOptions {
		title?: string;
		lang?: string;
		alt?: string;
		actual?: string;
		bbox?: [number, number, number, number];
		placement?: 'Block' | 'Inline';
		scope?: 'Row' | 'Column' | 'Both';
	}
	type Child = PDFStructureElement | (() => void);
	export interface PDFStructureElement {
		add(child: Child): this;
		end(): void;
	}
	export interface PDFOutline {
		addItem(title: string): PDFOutline;
	}
	export interface TextOptions {
		width?: number;
		align?: 'left' | 'right' | 'center';
		lineGap?: number;
		lineBreak?: boolean;
		ellipsis?: boolean;
		baseline?: 'alphabetic' | 'top';
	}
	export interface DocumentOptions {
		size?: string;
		margins?: { top: number; bottom: number; left: number; right: number };
		pdfVersion?: '1.7';
		subset?: 'PDF/UA';
		tagged?: boolean;
		lang?: string;
		displayTitle?: boolean;
		font?: Uint8Array;
		info?: Record<string, string | Date>;
	}
	export default class PDFDocument {
		constructor(options?: DocumentOptions);
		outline: PDFOutline;
		on(event: 'data', listener: (chunk: Uint8Array) => void): this;
		on(event: 'end', listener: () => void): this;
		on(event: 'error', listener: (error: Error) => void): this;
		addPage(options?: Pick<DocumentOptions, 'size' | 'margins'>): this;
		end(): void;
		registerFont(name: string, src: Uint8Array): this;
		font(name: string): this;
		fontSize(size: number): this;
		fillColor(colour: string): this;
		fillOpacity(opacity: number): this;
		text(text: string, x: number, y: number, options?: TextOptions): this;
		widthOfString(text: string): number;
		heightOfString(text: string, options?: TextOptions): number;
		save(): this;
		restore(): this;
		rect(x: number, y: number, w: number, h: number): this;
		circle(x: number, y: number, r: number): this;
		moveTo(x: number, y: number): this;
		lineTo(x: number, y: number): this;
		closePath(): this;
		lineWidth(w: number): this;
		lineJoin(join: 'round'): this;
		dash(length: number, options: { space: number }): this;
		fill(colour: string): this;
		stroke(colour: string): this;
		fillAndStroke(fill: string, stroke: string): this;
		struct(
			type: string,
			options?: StructureOptions | Child | Child[],
			children?: Child | Child[]
		): PDFStructureElement;
		addStructure(element: PDFStructureElement): this;
		markContent(tag: 'Artifact', options?: { type?: 'Pagination' | 'Layout' | 'Page' }): this;
		endMarkedContent(): this;
		addNamedDestination(name: string, type: 'XYZ', x: number, y: number, zoom: null): void;
		goTo(
			x: number,
			y: number,
			w: number,
			h: number,
			name: string,
			// eslint-disable-next-line @typescript-eslint/no-wrapper-object-types -- PDFKit writes a String object as a PDF string
			options: { structParent: PDFStructureElement; Contents: String }
		): this;
	}
}
