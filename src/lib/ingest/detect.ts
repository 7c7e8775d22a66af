/**
 * Detection: everything that can be decided from the start of a file, before the full parse.
 *
 * Encoding (whole file), separator (sample), header row below any title lines, column roles, layout,
 * mapping profile. Kept apart from the row pass so that a later fast path can hand the same decisions
 * to DuckDB `read_csv` (delim, skip, all columns VARCHAR) for very large files, and so that the import
 * page can show the detection before anything is parsed.
 */
import { checkPlan, knownCells, planColumns, type KeyDefaults } from './columns.ts';
import { tokenize, type RawRecord } from './csv-tokenizer.ts';
import { decodeBytes } from './decode.ts';
import { detectSeparator, sampleOf } from './dialect.ts';
import { indexSpecs, type SpecIndex } from './headers.ts';
import { ProblemSink, q } from './problems.ts';
import { recogniseProfile, type MappingProfile } from './profile.ts';
import type { CountSpec, Detection } from './types.ts';

export interface DetectOptions {
	/** Apply this profile (the user chose it). */
	profile?: MappingProfile | null;
	/** Saved profiles; the one whose signature or headers fit is applied automatically. */
	profiles?: MappingProfile[];
	/** Authority and period for files without those columns (also taken from the profile). */
	defaults?: KeyDefaults;
	/** Cap per severity of individually reported problems. */
	maxProblems?: number;
}

export type DetectOutcome =
	| {
			ok: true;
			text: string;
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
	const decoded = decodeBytes(bytes);
	if (!decoded.ok) {
		sink.error(decoded.code, 1, 1, '', decoded.message);
		return { ok: false, unreadable: true, sink };
	}
	const text = decoded.text;
	if (text.trim() === '') {
		sink.error('empty_file', 1, 1, '', 'Die Datei ist leer: keine Kopfzeile und keine Daten.');
		return { ok: false, unreadable: false, sink };
	}
	const index = indexSpecs(specs);
	const sample = sampleOf(text);
	const separator = detectSeparator(sample);

	const candidates: RawRecord[] = [];
	tokenize(
		sample,
		separator,
		(record) => {
			if (!isBlank(record)) candidates.push(record);
		},
		{ maxRecords: HEADER_SEARCH * 4, maxFields: 10_000 }
	);
	const top = candidates.slice(0, HEADER_SEARCH);

	// Profile: the one given, else one recognised from a candidate header row.
	let profile = options.profile ?? null;
	let header: RawRecord | undefined;
	if (!profile && options.profiles && options.profiles.length > 0) {
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
		encoding: decoded.encoding,
		bom: decoded.bom,
		separator,
		headerLine,
		titleLines,
		headers,
		columns,
		layout,
		profile: profile?.name ?? null
	};
	return { ok: true, text, detection, sink, index, profile };
}
