/**
 * Reading a large text file in two parts, by two workers at once (the machine's two cores; the
 * import is JavaScript on one thread per worker), with exactly the result of one pass.
 *
 * Both workers decode and detect the whole file the same way (deterministic; detection reads only
 * the start) and find the same split point: the first line end after the middle with an even number
 * of quotes before it (quote parity: outside any quoted field in an RFC 4180 file). The worker of
 * the start (`parseImportFileSplit`) reads the records up to the split; the helper (`readTail`)
 * reads the rest with its own problem sink and value collector, and sends them over (plain data,
 * typed arrays). The start then absorbs the part as if it had read it itself: values appended,
 * problems replayed in file order under the same cap, the number convention counts added.
 *
 * Why this is exact: a record pass carries nothing from record to record but a few things the
 * absorb step settles — the line number (counted up to the split), the preview (full before the
 * split), one leading-zero warning per authority, the problem cap and the rows shown with problems
 * (replayed), the keys seen (a key of the part that the start has too would have been a duplicate
 * with the start's line in its message). Whenever the part cannot be absorbed exactly — the split
 * was not a record boundary after all (a quote inside an unquoted field fools the parity), a key
 * repeats across the split, the part hit the problem cap, the helper decided differently — the
 * start simply reads the rest itself: slower, never different.
 */
import { SPLIT_MIN_CHARS, type CountSpec, type ImportResult } from './types.ts';
import { startImport, type ImportOptions, type StartedImport } from './parse-import.ts';
import type { RowPart } from './rows.ts';
import type { CollectorPart } from './values.ts';
import { looksLikeZip } from './xlsx.ts';

export interface SplitPoint {
	/** Character offset where the later part starts (the start of a record, if quoting is regular). */
	offset: number;
	/** Its line number (1-based, line breaks before it counted as the tokenizer counts them). */
	line: number;
}

/** Occurrences of `ch` in text[from, to), by native search (fast for the sparse characters here). */
function count(text: string, ch: string, from: number, to: number): number {
	let n = 0;
	for (let i = text.indexOf(ch, from); i !== -1 && i < to; i = text.indexOf(ch, i + 1)) n++;
	return n;
}

/**
 * The split point of a text: after the first `\n` at or after `from` (default the middle) that has
 * an even number of quotes before it (any `\n` when `quotes` is off); null when there is none.
 */
export function findSplit(text: string, quotes: boolean, from = text.length >> 1): SplitPoint | null {
	let quotesBefore = quotes ? count(text, '"', 0, from) : 0;
	let at = from;
	for (;;) {
		const lf = text.indexOf('\n', at);
		if (lf === -1) return null;
		if (quotes) quotesBefore += count(text, '"', at, lf);
		at = lf + 1;
		if (quotesBefore % 2 === 0) break;
	}
	if (at >= text.length) return null;
	// Lines as the tokenizer counts them: LF, CRLF (once) and a lone CR each end a line.
	const lf = count(text, '\n', 0, at);
	const cr = count(text, '\r', 0, at);
	const crlf = cr === 0 ? 0 : count(text, '\r\n', 0, at);
	return { offset: at, line: 1 + lf + cr - crlf };
}

/** When to split; both workers must be given the same (tests split small texts at chosen places). */
export interface SplitOptions {
	/** Texts shorter than this are read in one part (default SPLIT_MIN_CHARS). */
	minChars?: number;
	/** Where the search for the split point starts, as a share of the text (default 0.5). */
	at?: number;
}

/** Where `started` is split, or null when it is read in one part (both workers decide alike). */
export function splitOf(started: StartedImport, options: SplitOptions = {}): SplitPoint | null {
	const { text, pass, detection } = started;
	if (text === null || pass === null || text.length < (options.minChars ?? SPLIT_MIN_CHARS)) return null;
	return findSplit(text, detection.quotes, Math.floor(text.length * (options.at ?? 0.5)));
}

/** The later part of a split file, as the helper worker sends it. */
export interface TailPart extends SplitPoint {
	/** The helper's detection (JSON), compared with the start's. */
	detection: string;
	rows: RowPart;
	values: CollectorPart;
}

/** Buffers of a part, to transfer instead of copy. */
export function tailTransferables(part: TailPart): ArrayBuffer[] {
	const v = part.values;
	return [
		v.authority,
		v.count,
		v.period,
		v.value,
		v.line,
		v.column,
		v.keyStart,
		v.keys,
		v.marks.de,
		v.marks.en,
		v.removed
	].map((a) => a.buffer as ArrayBuffer);
}

/**
 * The helper's work: the same detection as the start, then the records from the split point on.
 * Null when this file is not split. `options` must be the start's (progress apart).
 */
export function readTail(
	name: string,
	bytes: Uint8Array,
	specs: CountSpec[],
	options: ImportOptions = {},
	splitting: SplitOptions = {}
): TailPart | null {
	// A workbook is never split; not reading it here spares the helper unzipping it for nothing.
	if (looksLikeZip(bytes)) return null;
	const started = startImport(name, bytes, specs, options, true);
	if (!('finish' in started)) return null;
	const split = splitOf(started, splitting);
	if (!split || !started.pass) return null;
	started.pass.run({ start: split.offset, startLine: split.line });
	return {
		...split,
		detection: JSON.stringify(started.detection),
		rows: started.pass.part(),
		values: started.collector.part()
	};
}

/**
 * `parseImportFile` with the later part of a large file read elsewhere: `tail()` asks for it (the
 * helper has been reading it meanwhile) once this worker has read up to the split. The result is
 * the same as `parseImportFile`'s, whatever `tail()` brings (null, or a part that does not fit).
 * `tail` null: there is no helper; the file is read in one pass.
 */
export async function parseImportFileSplit(
	name: string,
	bytes: Uint8Array,
	specs: CountSpec[],
	options: ImportOptions,
	tail: (() => Promise<TailPart | null>) | null,
	splitting: SplitOptions = {}
): Promise<ImportResult & { split: boolean }> {
	// Progress: the start is the first half of the file; read alone, the rest is the second half.
	const progress = options.onProgress;
	let share = { from: 0, size: 1 };
	const started = startImport(name, bytes, specs, {
		...options,
		...(progress ? { onProgress: (f: number) => progress(share.from + share.size * f) } : {})
	});
	if (!('finish' in started)) return { ...started, split: false };
	const { pass, collector, index } = started;
	const split = tail && splitOf(started, splitting);
	if (!tail || !split || !pass) {
		pass?.run();
		return { ...started.finish(), split: false };
	}
	share = { from: 0, size: 0.5 };
	const end = pass.run({ start: 0, startLine: 1, end: split.offset });
	const part = await tail();
	const fits =
		part !== null &&
		end.offset === part.offset &&
		end.line === part.line &&
		part.detection === JSON.stringify(started.detection) &&
		pass.absorbable(part.rows) &&
		collector.absorb(part.values, (id) => index.byId.get(id.toLowerCase()));
	if (fits) pass.absorb(part.rows);
	else {
		share = { from: 0.5, size: 0.5 };
		pass.run({ start: end.offset, startLine: end.line });
	}
	return { ...started.finish(), split: fits };
}
