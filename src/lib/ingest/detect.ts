/**
 * Detection: everything that can be decided from the start of a file, before the full parse.
 *
 * Encoding (whole file), separator (sample), header row below any title lines, column roles, layout,
 * mapping profile. Kept apart from the row pass so that a later fast path can hand the same decisions
 * to DuckDB `read_csv` (delim, skip, all columns VARCHAR) for very large files, and so that the import
 * page can show the detection before anything is parsed.
 */
import { checkPlan, knownCells, planColumns, type KeyDefaults } from './columns.ts';
import type { RawRecord } from './csv-tokenizer.ts';
import { decodeAs, decodeBytes, type DecodeResult } from './decode.ts';
import { detectSeparator, sampleOf } from './dialect.ts';
import { indexSpecs, type SpecIndex } from './headers.ts';
import { ProblemSink, q } from './problems.ts';
import { recogniseProfile, type MappingProfile } from './profile.ts';
import { textRecords, xlsxRecords, type RecordStream } from './records.ts';
import type { CountSpec, Detection, EncodingName, Separator } from './types.ts';
import { looksLikeZip, readXlsx } from './xlsx.ts';

export interface DetectOptions {
	/** Apply this profile (the user chose it). */
	profile?: MappingProfile | null;
	/** Saved profiles; the one whose signature or headers fit is applied automatically. */
	profiles?: MappingProfile[];
	/** Authority and period for files without those columns (also taken from the profile). */
	defaults?: KeyDefaults;
	/** Cap per severity of individually reported problems. */
	maxProblems?: number;
	/** Corrections of the detection by the user (import page): each replaces the guess. */
	encoding?: EncodingName;
	separator?: Separator;
	/** `false`: read `"` as ordinary data. */
	quotes?: boolean;
	/** Line (row) of the header; the lines above are title lines. */
	headerLine?: number;
	/** XLSX: the worksheet to read (default: the first visible one). */
	sheet?: string;
}

export type DetectOutcome =
	| {
			ok: true;
			/** The file's records (tokenized on demand for text, the worksheet's rows for XLSX). */
			records: RecordStream;
			/** The decoded text of a text table (null for XLSX). */
			text: string | null;
			detection: Detection;
			sink: ProblemSink;
			index: SpecIndex;
			profile: MappingProfile | null;
	  }
	| { ok: false; unreadable: boolean; sink: ProblemSink };

/** How many records from the top are searched for the header row. */
const HEADER_SEARCH = 30;

function isBlank(record: RawRecord): boolean {
	return record.fields.every((f) => f.trim() === '');
}

export function defaultsOf(options: DetectOptions, profile: MappingProfile | null): KeyDefaults {
	return {
		authority_id: options.defaults?.authority_id ?? profile?.authority_id,
		period: options.defaults?.period ?? profile?.period
	};
}

export function detectImport(
	file: string,
	bytes: Uint8Array,
	specs: CountSpec[],
	options: DetectOptions = {}
): DetectOutcome {
	const sink = new ProblemSink(file, options.maxProblems);
	let records: RecordStream;
	let sampleRecords: RecordStream;
	let text: string | null = null;
	let source: Pick<Detection, 'format' | 'sheet' | 'encoding' | 'bom' | 'separator' | 'quotes'>;
	if (looksLikeZip(bytes)) {
		const book = readXlsx(bytes, options.sheet);
		if (!book.ok) {
			sink.error(book.code, 1, 1, '', book.message);
			return { ok: false, unreadable: true, sink };
		}
		if (book.rows.length === 0) {
			sink.error(
				'empty_file',
				1,
				1,
				'',
				`Das Tabellenblatt „${book.sheet}“ ist leer: keine Kopfzeile und keine Daten.`
			);
			return { ok: false, unreadable: false, sink };
		}
		records = sampleRecords = xlsxRecords(book.rows);
		source = {
			format: 'xlsx',
			sheet: book.sheet,
			encoding: 'utf-8',
			bom: false,
			separator: ',',
			quotes: false
		};
	} else {
		const decoded: DecodeResult = options.encoding ? decodeAs(bytes, options.encoding) : decodeBytes(bytes);
		if (!decoded.ok) {
			sink.error(decoded.code, 1, 1, '', decoded.message);
			return { ok: false, unreadable: true, sink };
		}
		text = decoded.text;
		if (text.trim() === '') {
			sink.error('empty_file', 1, 1, '', 'Die Datei ist leer: keine Kopfzeile und keine Daten.');
			return { ok: false, unreadable: false, sink };
		}
		const sample = sampleOf(text);
		const separator = options.separator ?? detectSeparator(sample);
		const quotes = options.quotes ?? true;
		records = textRecords(text, separator, quotes);
		sampleRecords = textRecords(sample, separator, quotes);
		source = { format: 'csv', sheet: null, encoding: decoded.encoding, bom: decoded.bom, separator, quotes };
	}
	const index = indexSpecs(specs);

	const candidates: RawRecord[] = [];
	sampleRecords(
		(record) => {
			if (!isBlank(record)) candidates.push(record);
		},
		{ maxRecords: HEADER_SEARCH * 4, maxFields: 10_000 }
	);
	const top = candidates.slice(0, HEADER_SEARCH);

	// Profile: the one given, else one recognised from a candidate header row.
	let profile = options.profile ?? null;
	let header: RawRecord | undefined =
		options.headerLine !== undefined ? candidates.find((r) => r.line === options.headerLine) : undefined;
	if (!header && !profile && options.profiles && options.profiles.length > 0) {
		for (const record of top) {
			const found = recogniseProfile(record.fields, options.profiles);
			if (found) {
				profile = found;
				header = record;
				break;
			}
		}
	}
	if (!header) {
		let bestScore = 0;
		for (const record of top) {
			const score = knownCells(planColumns(record.fields, index, profile));
			if (score > bestScore) {
				bestScore = score;
				header = record;
			}
		}
	}
	// Nothing recognised: the first row with at least two filled cells is the header (and will be reported).
	header ??= top.find((r) => r.fields.filter((f) => f.trim() !== '').length >= 2) ?? top[0];
	if (!header) {
		sink.error('empty_file', 1, 1, '', 'Die Datei enthält keine Zeilen.');
		return { ok: false, unreadable: false, sink };
	}
	const headerLine = header.line;
	if (header.fieldCount > header.fields.length)
		sink.error(
			'too_many_columns',
			headerLine,
			header.fields.length + 1,
			'',
			`Die Kopfzeile hat ${header.fieldCount} Spalten; mehr als ${header.fields.length} werden nicht gelesen.`
		);
	const headers = header.fields.map((h) => h.trim());
	const columns = planColumns(headers, index, profile);
	const layout = checkPlan(columns, index, defaultsOf(options, profile), headerLine, sink);
	const titleLines = candidates
		.filter((r) => r.line < headerLine)
		.map((r) => ({ line: r.line, text: r.fields.filter((f) => f.trim() !== '').join(' ') }));
	for (const title of titleLines)
		sink.warn(
			'title_line',
			title.line,
			1,
			title.text,
			`Zeile über der Kopfzeile übersprungen (Titelzeile): ${q(title.text)}.`
		);
	const detection: Detection = {
		...source,
		headerLine,
		titleLines,
		headers,
		columns,
		layout,
		profile: profile?.name ?? null
	};
	return { ok: true, records, text, detection, sink, index, profile };
}
