/**
 * Public API of the import core. Pure modules only: safe in a browser Web Worker and in Node.
 * The ring package (ring.json, authorities.csv, counts/, the format-2 parts) is read and written in
 * `src/lib/ring/package/`, which uses this core for its counts files.
 */
export type {
	ColumnPlan,
	ColumnRole,
	CountKind,
	CountSpec,
	Detected,
	Detection,
	EncodingName,
	ImportResult,
	Layout,
	NumberFormat,
	PreviewRow,
	Problem,
	Separator,
	Severity
} from './types.ts';
export { decodeBytes, type DecodeResult } from './decode.ts';
export { tokenize, type RawRecord } from './csv-tokenizer.ts';
export { detectSeparator } from './dialect.ts';
export { encodingLabel, formatLabel, separatorLabel } from './labels.ts';
export { parseNumberCell, type NumberClass } from './numbers.ts';
export { parsePeriod } from './periods.ts';
export { indexSpecs, matchHeader, normaliseHeader, suggestTargets, type Suggestion } from './headers.ts';
export {
	buildProfile,
	headerSignature,
	parseProfile,
	readMappingProfile,
	recogniseProfile,
	validateProfile,
	type MappingProfile
} from './profile.ts';
export { detectImport, type DetectOptions, type DetectOutcome } from './detect.ts';
export { isImportable, parseImportFile, type ImportOptions } from './parse-import.ts';
export { suggestMapping, type HeaderSuggestion } from './suggest.ts';
export { formatProblem } from './problems.ts';
export { parseAuthorities } from './authorities.ts';
export { runCheck, type CheckResult, type ReadFile } from './check.ts';
