/**
 * The full pass: data records → base values with provenance, or problems.
 *
 * One linear pass over the text. Rows below the header are checked for shape (empty, sum row, ragged),
 * keys (authority, period) and values (number, kind). Numbers whose reading depends on the file's
 * convention (`1.234`) are kept pending and resolved once all cells have been seen (`values.ts`).
 */
import { PROGRESS_EVERY, tokenizeEnd, type RawRecord, type TokenizeEnd } from './csv-tokenizer.ts';
import { createFastLane, type CharCodes } from './fast-rows.ts';
import { findCount, normaliseHeader, suggestTargets, type SpecIndex } from './headers.ts';
import type { Message } from '../i18n/messages.ts';
import { m, shorten, type ProblemSink } from './problems.ts';
import { parsePeriod } from './periods.ts';
import { profileCountName, type MappingProfile } from './profile.ts';
import type { RecordStream } from './records.ts';
import type { KeyDefaults } from './columns.ts';
import type { CountSpec, Detection, PreviewRow, Problem } from './types.ts';
import { ValueCollector } from './values.ts';

export interface RowPassInput {
	records: RecordStream;
	detection: Detection;
	index: SpecIndex;
	profile: MappingProfile | null;
	defaults: KeyDefaults;
	sink: ProblemSink;
	collector: ValueCollector;
	previewRows: number;
	/** Progress of the pass, 0…1 (called now and then, for a progress bar). */
	onProgress?: (fraction: number) => void;
	/** Also keep up to this many rows beyond the preview in which a problem was found (to show them). */
	problemRows?: number;
	/**
	 * This pass reads a later part of a split file (split.ts): it keeps what the pass over the start
	 * needs to absorb it exactly (every record with a problem, leading-zero warnings by authority).
	 * Give it `previewRows: -1` (the preview comes from the start).
	 */
	partOfSplit?: boolean;
	/**
	 * A text file's text and its character codes (fast-rows.ts `charCodes`): ordinary records are
	 * then read by the fast lane, the others by the general path — with the same result. Without
	 * them (XLSX, or the lane switched off to test that both agree) every record takes the general path.
	 */
	text?: { text: string; chars: CharCodes } | null;
}

/** A record with problems in a later part: its problems are `problems[from…to)` of the part. */
export interface LoggedRow extends PreviewRow {
	from: number;
	to: number;
}

/** The row pass's share of a later part of a split file (sent between workers: plain data). */
export interface RowPart {
	dataRows: number;
	sumRowsDropped: number;
	/** Every problem the part found, in the order found. */
	problems: Problem[];
	/** Problems its sink could not keep (over the cap): then the part cannot be absorbed. */
	dropped: number;
	rows: LoggedRow[];
	/** Leading-zero warnings: index in `problems` and the authority. */
	leadingZero: { index: number; authority: string }[];
}

/** A row pass that can read a file in parts (see split.ts) or in one go (`readRows`). */
export interface RowPass {
	/** Read records from `start` (a record start on `startLine`) up to the first record at or after `end`. */
	run(range?: { start: number; startLine: number; end?: number }): TokenizeEnd;
	/** What this pass found, to be absorbed by the pass that read the start of the file. */
	part(): RowPart;
	/** Whether `part` can be absorbed exactly (otherwise the rest is read here). */
	absorbable(part: RowPart): boolean;
	/** Take a later part's rows and problems as if its records had been read by this pass. */
	absorb(part: RowPart): void;
	result(): RowPassResult;
}

export interface RowPassResult {
	preview: PreviewRow[];
	/** Rows below the preview that had a problem (up to `problemRows`). */
	problemRows: PreviewRow[];
	dataRows: number;
	sumRowsDropped: number;
}

const RE_SUM = /^(summe|summen|gesamt|gesamtsumme|insgesamt|total|gesamtergebnis)\b/;
const MAX_ID = 64;

function hasControl(text: string): boolean {
	for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 32) return true;
	return false;
}

function isSumRow(fields: string[]): string | null {
	for (const f of fields) {
		const t = f.trim();
		if (t === '') continue;
		// Cheap pre-check on the first letter (S, G, I, T) before normalising: this runs for every row.
		const c = t.charCodeAt(0) | 0x20;
		if (c !== 0x73 && c !== 0x67 && c !== 0x69 && c !== 0x74) return null;
		return t.length <= 60 && RE_SUM.test(normaliseHeader(t)) ? t : null;
	}
	return null;
}

export function createRowPass(input: RowPassInput): RowPass {
	const { records, detection, index, profile, defaults, sink, collector } = input;
	const { columns, headerLine } = detection;
	const width = columns.length;
	const col = (kind: string) => columns.find((c) => c.role.kind === kind)?.column ?? 0;
	const authorityCol = col('authority_id');
	const periodCol = col('period');
	const countIdCol = detection.layout === 'long' ? col('count_id') : 0;
	const valueCol = detection.layout === 'long' ? col('value') : 0;
	const wide: { column: number; spec: CountSpec }[] = [];
	if (detection.layout === 'wide')
		for (const c of columns)
			if (c.role.kind === 'count') {
				const spec = index.byId.get(c.role.countId.toLowerCase());
				if (spec) wide.push({ column: c.column, spec });
			}

	const preview: PreviewRow[] = [];
	let dataRows = 0;
	let sumRowsDropped = 0;
	const periodCache = new Map<string, number | Message>();
	const lastPeriod: { raw: string | null; read: number | Message | undefined } = {
		raw: null,
		read: undefined
	};
	/** The year of a period cell, or the message why it has none. */
	const readPeriod = (raw: string): number | Message => {
		let cached = periodCache.get(raw);
		if (cached === undefined) {
			const parsed =
				raw.trim() === '' ? { ok: false as const, message: m('ingest.period_missing') } : parsePeriod(raw);
			cached = parsed.ok ? parsed.year : parsed.message;
			periodCache.set(raw, cached);
		}
		return cached;
	};
	const countCache = new Map<string, number>();
	const warnedIds = new Set<string>();
	const validAuthority = (id: string) => id.length <= MAX_ID && !hasControl(id);
	/** A 4- or 7-digit key not warned about yet: a spreadsheet may have dropped its leading zero. */
	const lacksLeadingZero = (id: string) =>
		(id.length === 4 || id.length === 7) && !warnedIds.has(id) && /^\d+$/.test(id);

	// A later part of a split file keeps every record with a problem and which problems it had, so
	// that the part reading the start can decide, in file order, which of them it shows; and which
	// warnings are about a leading zero, of which authority (the start may have warned already).
	const logging = input.partOfSplit === true;
	// Problems before the pass are the detection's, which the start of the file has as well.
	const first = sink.problems.length;
	const logged: LoggedRow[] = [];
	const leadingZero: { index: number; authority: string }[] = [];

	const lineOf = (record: RawRecord, column: number) => record.fieldLines?.[column - 1] ?? record.line;

	// A long file lists the same counts in the same order for each authority and period: the count
	// that followed the last one is compared first, before hashing the (new) string for the cache.
	const countsInOrder: { raw: string; spec: CountSpec | null }[] = [];
	let lastCount = -1;
	const resolveCount = (raw: string): CountSpec | null => {
		const guess = countsInOrder[lastCount + 1] ?? countsInOrder[0];
		if (guess !== undefined && guess.raw === raw) {
			lastCount = lastCount + 1 < countsInOrder.length ? lastCount + 1 : 0;
			return guess.spec;
		}
		let at = countCache.get(raw);
		if (at === undefined) {
			const fromProfile = profile ? profileCountName(raw, profile, index) : null;
			const spec = fromProfile
				? (index.byId.get(fromProfile.toLowerCase()) ?? null)
				: (findCount(raw, index)?.spec ?? null);
			at = countsInOrder.push({ raw, spec }) - 1;
			countCache.set(raw, at);
		}
		lastCount = at;
		return countsInOrder[at]!.spec;
	};

	const onRecord = (record: RawRecord): void => {
		if (record.line <= headerLine) {
			if (record.line === headerLine && input.previewRows > 0)
				preview.push({ line: record.line, cells: [...record.fields] });
			return;
		}
		const fields = record.fields;
		if (fields.every((f) => f.trim() === '')) return;
		const sum = isSumRow(fields);
		if (sum !== null) {
			sumRowsDropped++;
			sink.warn('sum_row', record.line, 1, sum, m('ingest.sum_row', { text: shorten(sum) }));
			return;
		}
		dataRows++;
		if (preview.length <= input.previewRows) preview.push({ line: record.line, cells: [...fields] });
		if (record.strayQuoteColumn > 0)
			sink.warn(
				'stray_quote',
				lineOf(record, record.strayQuoteColumn),
				record.strayQuoteColumn,
				fields[record.strayQuoteColumn - 1] ?? '',
				m('ingest.stray_quote')
			);
		// Shape: extra non-empty fields are data without a column; fewer fields count as empty cells.
		if (record.fieldCount > width) {
			for (let c = width; c < fields.length; c++) {
				const extra = fields[c] ?? '';
				if (extra.trim() === '') continue;
				sink.error(
					'ragged_row',
					lineOf(record, c + 1),
					c + 1,
					extra,
					m('ingest.ragged_row', {
						fields: record.fieldCount,
						width,
						text: shorten(extra),
						column: c + 1
					})
				);
				break;
			}
			if (record.fieldCount > fields.length)
				sink.error(
					'too_many_columns',
					record.line,
					fields.length + 1,
					'',
					m('ingest.row_too_wide', { fields: record.fieldCount, max: fields.length })
				);
		} else if (record.fieldCount < width) {
			sink.warn(
				'short_row',
				record.line,
				record.fieldCount,
				'',
				m('ingest.short_row', { fields: record.fieldCount, width })
			);
		}

		// Keys.
		let authority = defaults.authority_id ?? '';
		if (authorityCol > 0) {
			const raw = fields[authorityCol - 1] ?? '';
			authority = raw.trim();
			if (authority === '') {
				sink.error(
					'missing_authority',
					lineOf(record, authorityCol),
					authorityCol,
					raw,
					m('ingest.authority_missing')
				);
				return;
			}
			if (!validAuthority(authority)) {
				sink.error(
					'bad_authority',
					lineOf(record, authorityCol),
					authorityCol,
					raw,
					m('ingest.bad_authority', { text: shorten(raw) })
				);
				return;
			}
			if (lacksLeadingZero(authority)) {
				warnedIds.add(authority);
				if (logging) leadingZero.push({ index: sink.problems.length, authority });
				sink.warn(
					'leading_zero',
					lineOf(record, authorityCol),
					authorityCol,
					raw,
					m('ingest.leading_zero', { id: shorten(authority), digits: authority.length })
				);
			}
		}
		let period = defaults.period ?? 0;
		if (periodCol > 0) {
			const raw = fields[periodCol - 1] ?? '';
			// Rows of one period usually follow each other (long layout): compare before hashing.
			const cached = raw === lastPeriod.raw ? lastPeriod.read! : readPeriod(raw);
			lastPeriod.raw = raw;
			lastPeriod.read = cached;
			if (typeof cached !== 'number') {
				sink.error('bad_period', lineOf(record, periodCol), periodCol, raw, cached);
				return;
			}
			period = cached;
		}

		if (countIdCol > 0) {
			const rawCount = fields[countIdCol - 1] ?? '';
			const spec = rawCount.trim() === '' ? null : resolveCount(rawCount);
			if (!spec) {
				const best = rawCount.trim() === '' ? undefined : suggestTargets(rawCount, index, 1)[0];
				const text = shorten(rawCount);
				sink.error(
					'unknown_count',
					lineOf(record, countIdCol),
					countIdCol,
					rawCount,
					rawCount.trim() === ''
						? m('ingest.count_missing')
						: best && index.byId.has(best.target)
							? m('ingest.unknown_count_suggestion', { text, id: best.target })
							: m('ingest.unknown_count', { text })
				);
				return;
			}
			const raw = fields[valueCol - 1] ?? '';
			const typed = record.numbers?.[valueCol - 1];
			if (typed !== undefined) collector.addTyped(authority, period, spec, typed, raw, record.line, valueCol);
			else collector.add(authority, period, spec, raw, lineOf(record, valueCol), valueCol);
			return;
		}
		const numbers = record.numbers;
		for (const { column, spec } of wide) {
			const raw = fields[column - 1];
			if (raw === undefined || raw === '') continue;
			const typed = numbers?.[column - 1];
			if (typed !== undefined) collector.addTyped(authority, period, spec, typed, raw, record.line, column);
			else collector.add(authority, period, spec, raw, lineOf(record, column), column);
		}
	};

	const problemRows: PreviewRow[] = [];
	const maxProblemRows = input.problemRows ?? 0;
	const watched =
		maxProblemRows === 0 && !logging
			? onRecord
			: (record: RawRecord): void => {
					const before = sink.problems.length;
					const shown = preview.length;
					onRecord(record);
					const after = sink.problems.length;
					if (after === before || preview.length !== shown) return;
					if (logging) logged.push({ line: record.line, cells: [...record.fields], from: before, to: after });
					else if (problemRows.length < maxProblemRows)
						problemRows.push({ line: record.line, cells: [...record.fields] });
				};

	type Range = { start: number; startLine: number; end?: number };
	type Progress = ((at: number, total: number) => void) | undefined;

	/** The general path from `range.start` on: every record through `onRecord`. */
	const readGeneral = (range: Range, progress: Progress): TokenizeEnd =>
		records(watched, {
			reuse: true,
			start: range.start,
			startLine: range.startLine,
			...(range.end !== undefined ? { end: range.end } : {}),
			...(progress ? { onProgress: progress } : {})
		});

	const text = input.text?.text ?? null;
	const lane = input.text
		? createFastLane({
				text: input.text.text,
				chars: input.text.chars,
				separator: detection.separator,
				quotes: detection.quotes,
				width,
				authorityCol,
				periodCol,
				countIdCol,
				valueCol,
				wide,
				collector,
				authority: (raw) => {
					const id = raw.trim();
					return id !== '' && validAuthority(id) && !lacksLeadingZero(id) ? id : null;
				},
				period: (raw) => {
					const read = readPeriod(raw);
					return typeof read === 'number' ? read : null;
				},
				count: resolveCount,
				sumRow: (field) => isSumRow([field]) !== null
			})
		: null;

	/**
	 * Ordinary data records through the fast lane, every other record (header, preview, problems)
	 * through the general path one at a time — the same records, in order, as one general pass.
	 */
	const readWithLane = (source: string, range: Range, progress: Progress): TokenizeEnd => {
		const read = lane!.read;
		const stop = Math.min(range.end ?? source.length, source.length);
		const end = tokenizeEnd();
		let i = range.start;
		let line = range.startLine;
		let declined = 0;
		while (i < stop) {
			if (line > headerLine && preview.length > input.previewRows) {
				const next = read(i, line);
				if (next >= 0) {
					dataRows++;
					i = next;
					line = lane!.line;
					if (++end.records % PROGRESS_EVERY === 0) progress?.(i, source.length);
					continue;
				}
				// Mostly declined — a file of another shape: the general path reads the rest in one go.
				if (++declined * 8 > end.records && end.records >= 4096) {
					const rest = readGeneral({ ...range, start: i, startLine: line }, progress);
					rest.records += end.records;
					return rest;
				}
			}
			const one = records(watched, { reuse: true, start: i, startLine: line, maxRecords: 1 });
			i = one.offset;
			line = one.line;
			if (one.unterminatedQuoteLine > 0) {
				end.unterminatedQuoteLine = one.unterminatedQuoteLine;
				end.unterminatedQuoteColumn = one.unterminatedQuoteColumn;
			}
			if (++end.records % PROGRESS_EVERY === 0) progress?.(i, source.length);
		}
		end.offset = i;
		end.line = line;
		return end;
	};

	return {
		run(range: Range = { start: 0, startLine: 1 }) {
			const onProgress = input.onProgress;
			const from = range.start;
			const progress: Progress = onProgress
				? (at, total) => {
						const to = Math.min(range.end ?? total, total);
						onProgress(to > from ? (at - from) / (to - from) : 1);
					}
				: undefined;
			const end = lane && text !== null ? readWithLane(text, range, progress) : readGeneral(range, progress);
			if (end.unterminatedQuoteLine > 0)
				sink.error(
					'unterminated_quote',
					end.unterminatedQuoteLine,
					end.unterminatedQuoteColumn,
					'"',
					m('ingest.unterminated_quote')
				);
			return end;
		},
		part(): RowPart {
			return {
				dataRows,
				sumRowsDropped,
				problems: sink.problems.slice(first),
				dropped: sink.dropped,
				rows: logged.map((row) => ({ ...row, from: row.from - first, to: row.to - first })),
				leadingZero: leadingZero.map((w) => ({ ...w, index: w.index - first }))
			};
		},
		absorbable(part: RowPart): boolean {
			// Its records come after a full preview, and every problem it found is there to replay.
			return part.dropped === 0 && preview.length > input.previewRows;
		},
		absorb(part: RowPart): void {
			dataRows += part.dataRows;
			sumRowsDropped += part.sumRowsDropped;
			const skipped = new Set<number>();
			for (const w of part.leadingZero) {
				if (warnedIds.has(w.authority)) skipped.add(w.index);
				else warnedIds.add(w.authority);
			}
			// Replay in file order: each record's problems, then whether the record is shown.
			let k = 0;
			const replayUpTo = (to: number): boolean => {
				let kept = false;
				for (; k < to; k++) if (!skipped.has(k) && sink.replay(part.problems[k]!)) kept = true;
				return kept;
			};
			for (const row of part.rows) {
				replayUpTo(row.from);
				if (replayUpTo(row.to) && problemRows.length < maxProblemRows)
					problemRows.push({ line: row.line, cells: row.cells });
			}
			replayUpTo(part.problems.length);
		},
		result(): RowPassResult {
			return { preview, problemRows, dataRows, sumRowsDropped };
		}
	};
}

/** The full pass in one go. */
export function readRows(input: RowPassInput): RowPassResult {
	const pass = createRowPass(input);
	pass.run();
	return pass.result();
}
