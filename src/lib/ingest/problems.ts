/**
 * Collecting problems for one file.
 *
 * Why a collector with a cap: a 50 MB file of garbage would otherwise produce millions of problem
 * objects and a report nobody can read. After `limit` problems per severity the rest are counted,
 * and one closing problem says how many more there were — nothing disappears silently.
 */
import { m } from '../i18n/fill.ts';
import type { Message } from '../i18n/messages.ts';
import type { Problem, Severity } from './types.ts';

const MAX_TEXT = 80;

/** Shorten an offending text for display (keeps the start, marks the cut). */
export function shorten(text: string, max = MAX_TEXT): string {
	const flat = text.length > max * 4 ? text.slice(0, max * 4) : text;
	const oneLine = flat.replace(/[\r\n]+/g, '⏎');
	return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

export { m };

export class ProblemSink {
	readonly file: string;
	readonly limit: number;
	readonly problems: Problem[] = [];
	errors = 0;
	warnings = 0;
	#dropped = { error: 0, warning: 0 };

	constructor(file: string, limit = 500) {
		this.file = file;
		this.limit = limit;
	}

	add(severity: Severity, code: string, line: number, column: number, text: string, message: Message): void {
		if (severity === 'error') this.errors++;
		else this.warnings++;
		const count = severity === 'error' ? this.errors : this.warnings;
		if (count > this.limit) {
			this.#dropped[severity]++;
			return;
		}
		this.problems.push({ file: this.file, line, column, text: shorten(text), message, severity, code });
	}

	error(code: string, line: number, column: number, text: string, message: Message): void {
		this.add('error', code, line, column, text, message);
	}

	warn(code: string, line: number, column: number, text: string, message: Message): void {
		this.add('warning', code, line, column, text, message);
	}

	/** The problems in file order, plus a closing note for each severity that hit the cap. */
	finish(): Problem[] {
		const out = [...this.problems].sort((a, b) => a.line - b.line || a.column - b.column);
		for (const severity of ['error', 'warning'] as const) {
			const dropped = this.#dropped[severity];
			if (dropped === 0) continue;
			out.push({
				file: this.file,
				line: 1,
				column: 1,
				text: '',
				message: m(severity === 'error' ? 'ingest.more_errors' : 'ingest.more_warnings', {
					n: dropped,
					limit: this.limit
				}),
				severity,
				code: 'more_problems'
			});
		}
		return out;
	}
}
