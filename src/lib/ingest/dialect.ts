/**
 * Which separator does the file use: `;` (German Excel), `,`, tab or `|`?
 *
 * Each candidate tokenizes a sample of the file with full quote handling (so separators inside quoted
 * fields do not count). The winner is the candidate under which the most records share the same field
 * count (> 1) — a title line above the header or a ragged row does not spoil it. Ties go to the
 * candidate that yields more fields (`01001;2023;12,5` is three fields under `;`, not two under `,`),
 * then to the order `;`, tab, `|`, `,`.
 */
import { tokenize } from './csv-tokenizer.ts';
import type { Separator } from './types.ts';

export const SEPARATORS: readonly Separator[] = [';', '\t', '|', ','];

/** The first `maxChars` of the text, cut at a line end when possible. */
export function sampleOf(text: string, maxChars = 256 * 1024): string {
	if (text.length <= maxChars) return text;
	const cut = text.lastIndexOf('\n', maxChars);
	return cut > 0 ? text.slice(0, cut + 1) : text.slice(0, maxChars);
}

interface Score {
	sep: Separator;
	consistent: number;
	fields: number;
}

function scoreSeparator(sample: string, sep: Separator, maxRecords: number): Score {
	// Two tallies: field counts as they are, and without trailing empty fields (Excel pads rows). A
	// template whose rows are filled up to different columns is consistent only in the first, a
	// padded export with a title line only in the second; the better of the two counts.
	const trimmed = new Map<number, number>();
	const raw = new Map<number, number>();
	tokenize(
		sample,
		sep,
		(record) => {
			if (record.fields.every((f) => f.trim() === '')) return;
			let n = record.fieldCount;
			raw.set(n, (raw.get(n) ?? 0) + 1);
			while (n > 1 && (record.fields[n - 1] ?? '').trim() === '') n--;
			trimmed.set(n, (trimmed.get(n) ?? 0) + 1);
		},
		{ maxRecords, maxFields: 2000 }
	);
	let best: Score = { sep, consistent: 0, fields: 1 };
	for (const counts of [trimmed, raw])
		for (const [fields, consistent] of counts) {
			if (fields < 2) continue;
			if (consistent > best.consistent || (consistent === best.consistent && fields > best.fields))
				best = { sep, consistent, fields };
		}
	return best;
}

/** Detect the separator from a sample; `,` when nothing separates anything (one column). */
export function detectSeparator(sample: string, maxRecords = 200): Separator {
	let best: Score | null = null;
	for (const sep of SEPARATORS) {
		const score = scoreSeparator(sample, sep, maxRecords);
		if (best === null || score.consistent > best.consistent) best = score;
		else if (score.consistent === best.consistent && score.fields > best.fields) best = score;
	}
	return best !== null && best.consistent > 0 ? best.sep : ',';
}
