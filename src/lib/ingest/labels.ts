/**
 * Names of what the import detected — encoding, separator, number format — for the import page's
 * detection panel (in its language) and the CLI's summary (German): `tr` is the page's `t` or
 * `german`. Apart from the modules that detect them, so that the page does not load the decoder's,
 * the dialect's and the number reader's code for three labels.
 */
import type { Translate } from '../i18n/messages.ts';
import type { EncodingName, NumberFormat, Separator } from './types.ts';

/** An encoding for summaries: `UTF-8 mit BOM`. */
export function encodingLabel(encoding: EncodingName, bom: boolean, tr: Translate): string {
	const name = {
		'utf-8': 'UTF-8',
		'utf-16le': 'UTF-16 LE',
		'utf-16be': 'UTF-16 BE',
		'windows-1252': 'Windows-1252'
	}[encoding];
	return bom ? tr('ingest.encoding_bom', { name }) : name;
}

/** A separator (the tab spelled out). */
export function separatorLabel(sep: Separator, tr: Translate): string {
	return sep === '\t' ? tr('ingest.separator_tab') : tr('ingest.separator', { separator: sep });
}

/** A number convention: `deutsch (1.234,5)`. */
export function formatLabel(format: NumberFormat, tr: Translate): string {
	return tr(`ingest.format_${format}`);
}
