/**
 * A `ZipProblem` as a message of the catalogue (key and parameters, i18n/areas/zip.ts) and a stable
 * code (`ingest/zip-problem.ts` makes it a problem of the file). Worded where shown: the page in its language, the
 * CLI in German; counts get the language's thousands separators there (`{ integer }`).
 */
import { m } from '../i18n/fill.ts';
import type { Message } from '../i18n/messages.ts';
import type { ZipLimits } from './limits.ts';
import type { ZipProblem } from './read.ts';

const MiB = 1024 * 1024;
const int = (n: number) => ({ integer: Math.round(n) });

export function zipMessage(problem: ZipProblem, limits: ZipLimits): Message {
	const what = m(`zip.what.${limits.kind}`);
	const entry = problem.entry;
	switch (problem.code) {
		case 'damaged':
			return entry ? m('zip.damaged_entry', { what, entry }) : m(`zip.damaged.${limits.kind}`);
		case 'entries':
			return m('zip.entries', { what, found: int(problem.found), max: int(limits.maxEntries) });
		case 'total':
			return m('zip.total', {
				what,
				entry,
				found: int(problem.found / MiB),
				max: int(limits.maxTotal / MiB),
				hint: m(`zip.total_hint.${limits.kind}`)
			});
		case 'ratio':
			return m('zip.ratio', { entry, found: int(problem.found), max: int(limits.maxRatio) });
		case 'size':
			return m('zip.size', { entry });
		case 'unsupported':
			return m('zip.unsupported', { entry });
	}
}

/** Stable codes: a damaged zip keeps the readers' former codes (`bad_zip`, `bad_xlsx`). */
export function zipProblemCode(problem: ZipProblem, limits: ZipLimits): string {
	if (problem.code === 'damaged') return limits.kind === 'ring' ? 'bad_zip' : 'bad_xlsx';
	return `zip_${problem.code}`;
}
