/**
 * The full pass: data records → base values with provenance, or problems.
 *
 * One linear pass over the text. Rows below the header are checked for shape (empty, sum row, ragged),
 * keys (authority, period) and values (number, kind). Numbers whose reading depends on the file's
 * convention (`1.234`) are kept pending and resolved once all cells have been seen (`values.ts`).
 */
import type { RawRecord } from './csv-tokenizer.ts';
import { findCount, normaliseHeader, suggestTargets, type SpecIndex } from './headers.ts';
import type { Message } from '../i18n/messages.ts';
import { m, shorten, type ProblemSink } from './problems.ts';
import { parsePeriod } from './periods.ts';
import { profileCountName, type MappingProfile } from './profile.ts';
import type { RecordStream } from './records.ts';
import type { KeyDefaults } from './columns.ts';
import type { CountSpec, Detection, PreviewRow } from './types.ts';
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

/** A 4- or 7-digit key: a spreadsheet may have dropped its leading zero (warned about once per key). */
const mayLackLeadingZero = (id: string) => (id.length === 4 || id.length === 7) && /^\d+$/.test(id);

/**
 * Whether the pass takes this cell as a row's authority key as it is, without a problem or a remark
 * (and the row for no sum row): for readers of files this app wrote (ring/package/canonical-counts.ts).
 */
export function plainAuthorityCell(raw: string): boolean {
	return (
		raw !== '' &&
		raw.trim() === raw &&
		raw.length <= MAX_ID &&
		!hasControl(raw) &&
		isSumRow([raw]) === null &&
		!mayLackLeadingZero(raw)
	);
}

/** The full pass over the file's records. */
export function readRows(input: RowPassInput): RowPassResult {
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
	// Period and count cells repeat a few texts over and over: each is read once.
	const periodCache = new Map<string, number | Message>();
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
	const warnedIds = new Set<string>();
	const validAuthority = (id: string) => id.length <= MAX_ID && !hasControl(id);
	/** A 4- or 7-digit key not warned about yet: a spreadsheet may have dropped its leading zero. */
	const lacksLeadingZero = (id: string) => !warnedIds.has(id) && mayLackLeadingZero(id);

	const lineOf = (record: RawRecord, column: number) => record.fieldLines?.[column - 1] ?? record.line;

	const countCache = new Map<string, CountSpec | null>();
	/** The base count a long file's count cell names (the profile's name for it first), or null. */
	const resolveCount = (raw: string): CountSpec | null => {
		let spec = countCache.get(raw);
		if (spec === undefined) {
			const fromProfile = profile ? profileCountName(raw, profile, index) : null;
			spec = fromProfile
				? (index.byId.get(fromProfile.toLowerCase()) ?? null)
				: (findCount(raw, index)?.spec ?? null);
			countCache.set(raw, spec);
		}
		return spec;
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
			const read = readPeriod(raw);
			if (typeof read !== 'number') {
				sink.error('bad_period', lineOf(record, periodCol), periodCol, raw, read);
				return;
			}
			period = read;
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
		maxProblemRows === 0
			? onRecord
			: (record: RawRecord): void => {
					const before = sink.problems.length;
					const shown = preview.length;
					onRecord(record);
					if (sink.problems.length === before || preview.length !== shown) return;
					if (problemRows.length < maxProblemRows)
						problemRows.push({ line: record.line, cells: [...record.fields] });
				};

	const onProgress = input.onProgress;
	const end = records(watched, {
		reuse: true,
		...(onProgress
			? { onProgress: (at: number, total: number) => onProgress(total > 0 ? at / total : 1) }
			: {})
	});
	if (end.unterminatedQuoteLine > 0)
		sink.error(
			'unterminated_quote',
			end.unterminatedQuoteLine,
			end.unterminatedQuoteColumn,
			'"',
			m('ingest.unterminated_quote')
		);
	return { preview, problemRows, dataRows, sumRowsDropped };
}
