/**
 * A refused or damaged zip (`zip/read.ts`) as the ingest's `Problem` for the file (the ring package or
 * workbook), so the readers report it like any other problem of the file.
 */
import type { ZipLimits } from '../zip/limits.ts';
import { zipMessage, zipProblemCode } from '../zip/messages.ts';
import type { ZipProblem } from '../zip/read.ts';
import type { Problem } from './types.ts';

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
