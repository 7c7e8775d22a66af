/**
 * A `ZipProblem` in German words, and as the ingest's `Problem` (file, entry, code), so the ring package
 * reader and the XLSX reader report a refused zip like any other problem of the file.
 *
 * Numbers are written with `toLocaleString('de-DE')` here, not through `format/`: this runs in the
 * import worker, whose JS counts against the app budget (issue #7), and format/'s unit tables are not
 * needed for two integers (the output is the same `1.234`).
 */
import { de } from '../i18n/areas/zip.ts';
import { fill } from '../i18n/fill.ts';
import type { Problem } from '../ingest/types.ts';
import type { ZipLimits } from './limits.ts';
import type { ZipProblem } from './read.ts';

const MiB = 1024 * 1024;
const int = (n: number) => Math.round(n).toLocaleString('de-DE');

export function zipMessage(problem: ZipProblem, limits: ZipLimits): string {
	const what = de[`zip.what.${limits.kind}`];
	const entry = problem.entry;
	switch (problem.code) {
		case 'damaged':
			return entry ? fill(de['zip.damaged_entry'], { what, entry }) : de[`zip.damaged.${limits.kind}`];
		case 'entries':
			return fill(de['zip.entries'], { what, found: int(problem.found), max: int(limits.maxEntries) });
		case 'total':
			return `${fill(de['zip.total'], {
				what,
				entry,
				found: int(problem.found / MiB),
				max: int(limits.maxTotal / MiB)
			})} ${de[`zip.total_hint.${limits.kind}`]}`;
		case 'ratio':
			return fill(de['zip.ratio'], { entry, found: int(problem.found), max: int(limits.maxRatio) });
		case 'size':
			return fill(de['zip.size'], { entry });
		case 'unsupported':
			return fill(de['zip.unsupported'], { entry });
	}
}

/** Stable codes: a damaged zip keeps the readers' former codes (`bad_zip`, `bad_xlsx`). */
export function zipProblemCode(problem: ZipProblem, limits: ZipLimits): string {
	if (problem.code === 'damaged') return limits.kind === 'ring' ? 'bad_zip' : 'bad_xlsx';
	return `zip_${problem.code}`;
}

/** The problem as the ingest reports it for `file` (the package or workbook). */
export function zipIngestProblem(problem: ZipProblem, limits: ZipLimits, file: string): Problem {
	return {
		file,
		line: 1,
		column: 1,
		text: problem.entry,
		message: zipMessage(problem, limits),
		severity: 'error',
		code: zipProblemCode(problem, limits)
	};
}
