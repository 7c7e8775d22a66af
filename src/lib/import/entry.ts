/**
 * One file of the import page as the page keeps it: the file, the user's corrections, what the worker
 * read (without the values, which stay outside reactive state) and the mapping being edited.
 */
import { t } from '../i18n/translate.ts';
import { buildProfile, type MappingProfile } from '../ingest/profile.ts';
import type { HeaderSuggestion } from '../ingest/suggest.ts';
import { encodeValues, type ValueColumns } from '../ring/value-columns.ts';
import type { FileOptions, FileResult } from './protocol.ts';

export interface Entry {
	id: number;
	file: File;
	options: FileOptions;
	result: FileResult | null;
	/** Number of values read (the values themselves live outside reactive state). */
	valueCount: number;
	/** Mapping targets per header as set in the editor. */
	targets: Record<string, string>;
	/** Headers whose target the user chose (kept when the file is read again). */
	edited: Record<string, boolean>;
	/** Whether the mapping editor is open (opened by itself when a column needs a decision). */
	mappingOpen: boolean | null;
	profileName: string;
}

const EMPTY_COLUMNS = encodeValues([]);

/**
 * A guessed target (fuzzy) below this confidence is offered, not preselected: the user picks it. And
 * in a file that is clearly no base-count export (`foreign_file`), no guess is preselected at all.
 */
export const PRESELECT_MIN = 0.7;

/** The target the mapping editor starts with for a suggestion. */
function preselected(s: HeaderSuggestion, foreign: boolean): string {
	if (s.via === 'fuzzy' && (foreign || s.confidence < PRESELECT_MIN)) return '';
	return s.target ?? '';
}

export function newEntry(id: number, file: File): Entry {
	return {
		id,
		file,
		options: {},
		result: null,
		valueCount: 0,
		targets: {},
		edited: {},
		mappingOpen: null,
		profileName: ''
	};
}

/**
 * Takes one file's result into its entry (targets kept where the user chose them) and returns the
 * values read, as the worker's columns, which the caller keeps outside reactive state (objects are
 * made only when the import is checked: a million of them cost the page seconds).
 */
export function takeResult(entry: Entry, result: FileResult): ValueColumns {
	const values = result.values;
	entry.valueCount = values.value.length;
	entry.result = { ...result, values: EMPTY_COLUMNS };
	const foreign = result.problems.some((p) => p.code === 'foreign_file');
	entry.targets = Object.fromEntries(
		result.suggestions.map((s) => [
			s.header,
			entry.edited[s.header] ? (entry.targets[s.header] ?? '') : preselected(s, foreign)
		])
	);
	entry.profileName ||= result.profile?.name ?? '';
	// Opened by itself where a column needs a decision; not for a foreign file (its one message says why).
	entry.mappingOpen ??= !foreign && result.suggestions.some((s) => s.via === 'fuzzy' || s.via === 'none');
	return values;
}

/** The mapping as edited, as a profile (named after the file when unnamed); null before detection. */
export function entryProfile(entry: Entry): MappingProfile | null {
	const d = entry.result?.detected;
	if (!d) return null;
	const name = entry.profileName.trim() || t('import.unnamed_profile', { file: entry.file.name });
	const targets = Object.fromEntries(
		Object.entries(entry.targets).map(([h, target]) => [h, target === '' ? 'ignore' : target])
	);
	return buildProfile(name, d.headers, targets, {
		...(entry.options.numberFormat ? { number_format: entry.options.numberFormat } : {})
	});
}
