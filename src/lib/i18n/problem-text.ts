/**
 * Import problems (ingest/, the import worker, the ring package reader) as text: the message a problem
 * carries as key and parameters, in the language of `tr` — the page's `t`, or German for the CLI and
 * other Node output (the default).
 */
import type { Problem } from '../ingest/types.ts';
import { german, word, type Translate } from './messages.ts';

export function problemText(p: Pick<Problem, 'message'>, tr: Translate = german): string {
	return word(p.message, tr);
}

/** `file:line:column: message` — the format of the `check` command (warnings say so). */
export function formatProblem(p: Problem, tr: Translate = german): string {
	const prefix = p.severity === 'warning' ? tr('ingest.warning_prefix') : '';
	return `${p.file}:${p.line}:${p.column}: ${prefix}${problemText(p, tr)}`;
}
