/**
 * The full pass: data records → base values with provenance, or problems.
 *
 * One linear pass over the text. Rows below the header are checked for shape (empty, sum row, ragged),
 * keys (authority, period) and values (number, kind). Numbers whose reading depends on the file's
 * convention (`1.234`) are kept pending and resolved once all cells have been seen (`values.ts`).
 */
import type { RawRecord } from './csv-tokenizer.ts';
import { findCount, normaliseHeader, suggestTargets, type SpecIndex } from './headers.ts';
import { q, type ProblemSink } from './problems.ts';
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
	const periodCache = new Map<string, number | string>();
	/** The year of a period cell, or the message why it has none. */
	const readPeriod = (raw: string): number | string => {
		let cached = periodCache.get(raw);
		if (cached === undefined) {
			const parsed =
				raw.trim() === '' ? { ok: false as const, message: 'Erhebungsjahr fehlt.' } : parsePeriod(raw);
			cached = parsed.ok ? parsed.year : parsed.message;
			periodCache.set(raw, cached);
		}
		return cached;
	};
	const warnedIds = new Set<string>();
	const validAuthority = (id: string) => id.length <= MAX_ID && !hasControl(id);
	/** A 4- or 7-digit key not warned about yet: a spreadsheet may have dropped its leading zero. */
	const lacksLeadingZero = (id: string) =>
		(id.length === 4 || id.length === 7) && !warnedIds.has(id) && /^\d+$/.test(id);

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
			sink.warn('sum_row', record.line, 1, sum, `Summenzeile ${q(sum)} wird nicht importiert.`);
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
				'Text nach einem schließenden Anführungszeichen; das Feld wurde trotzdem gelesen.'
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
					`Die Zeile hat ${record.fieldCount} Felder, die Kopfzeile nur ${width}: ${q(extra)} in Spalte ${c + 1} gehört zu keiner Spalte.`
				);
				break;
			}
			if (record.fieldCount > fields.length)
				sink.error(
					'too_many_columns',
					record.line,
					fields.length + 1,
					'',
					`Die Zeile hat ${record.fieldCount} Felder; mehr als ${fields.length} werden nicht gelesen.`
				);
		} else if (record.fieldCount < width) {
			sink.warn(
				'short_row',
				record.line,
				record.fieldCount,
				'',
				`Die Zeile hat nur ${record.fieldCount} von ${width} Feldern; die fehlenden gelten als leer.`
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
					'Behördenschlüssel fehlt.'
				);
				return;
			}
			if (!validAuthority(authority)) {
				sink.error(
					'bad_authority',
					lineOf(record, authorityCol),
					authorityCol,
					raw,
					`Ungültiger Behördenschlüssel ${q(raw)}.`
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
					`Behördenschlüssel ${q(authority)} hat ${authority.length} Stellen – fehlt eine führende Null (z. B. „0${authority}“)? Tabellenprogramme entfernen sie oft.`
				);
			}
		}
		let period = defaults.period ?? 0;
		if (periodCol > 0) {
			const raw = fields[periodCol - 1] ?? '';
			const read = readPeriod(raw);
			if (typeof read === 'string') {
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
				const hint = best && index.byId.has(best.target) ? ` Vorschlag: „${best.target}“.` : '';
				sink.error(
					'unknown_count',
					lineOf(record, countIdCol),
					countIdCol,
					rawCount,
					rawCount.trim() === '' ? 'Grundzahl fehlt.' : `Unbekannte Grundzahl ${q(rawCount)}.${hint}`
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
			'Ein Anführungszeichen wird bis zum Dateiende nicht geschlossen; der Rest der Datei wurde als ein einziges Feld gelesen.'
		);
	return { preview, problemRows, dataRows, sumRowsDropped };
}
