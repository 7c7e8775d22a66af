/**
 * German names of what the import detected — encoding, separator, number format — for the import
 * page's detection panel and the CLI's summary. Apart from the modules that detect them, so that the
 * page does not load the decoder's, the dialect's and the number reader's code for three labels.
 */
import type { EncodingName, NumberFormat, Separator } from './types.ts';

/** German name of an encoding for summaries. */
export function encodingLabel(encoding: EncodingName, bom: boolean): string {
	const name = {
		'utf-8': 'UTF-8',
		'utf-16le': 'UTF-16 LE',
		'utf-16be': 'UTF-16 BE',
		'windows-1252': 'Windows-1252'
	}[encoding];
	return bom ? `${name} mit BOM` : name;
}

/** German name of a separator (the tab spelled out). */
export function separatorLabel(sep: Separator): string {
	return sep === '\t' ? 'Tabulator' : `„${sep}“`;
}

/** German name of a number convention. */
export function formatLabel(format: NumberFormat): string {
	return {
		de: 'deutsch (1.234,5)',
		en: 'englisch (1,234.5)',
		neutral: 'nur ganze Zahlen',
		mixed: 'gemischt'
	}[format];
}
