/**
 * Public API of the import core. Pure modules only: safe in a browser Web Worker and in Node.
 * The Node-only disk reader is `./node-ring.ts` (import it directly, never from browser code).
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
export { parseAuthorities } from './authorities.ts';
export { parseRingMeta, RING_FORMAT_VERSION } from './ring-meta.ts';
export {
	readRingPackage,
	readRingZip,
	type PackageFile,
	type RingReadOptions,
	type RingReadResult
} from './ring-package.ts';
export { runCheck, type CheckResult, type ReadFile } from './check.ts';
