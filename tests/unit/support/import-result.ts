/**
 * Reading one import file against the shipped specs, and its result in compact text for exact comparison
 * (values and problems with line:column, messages worded as the CLI does) — shared by the ingest-import tests.
 */
import { word, type Message } from '../../../src/lib/i18n/messages.ts';
import { parseImportFile, type ImportOptions } from '../../../src/lib/ingest/parse-import.ts';
import type { ImportResult } from '../../../src/lib/ingest/types.ts';
import { SPECS } from '../../fixtures/ingest/helpers.ts';

/** A problem's message as the CLI words it (German); problems carry keys and parameters. */
export const say = (p: { message: Message } | undefined): string => (p ? word(p.message) : '');

export function parse(name: string, bytes: Uint8Array, options?: ImportOptions): ImportResult {
	return parseImportFile(name, bytes, SPECS, options);
}

/** Values as `authority period count=value @line:column`, compact for exact comparison. */
export function values(result: ImportResult): string[] {
	return result.values.map(
		(v) => `${v.authority_id} ${v.period} ${v.count_id}=${v.value} @${v.source?.line}:${v.source?.column}`
	);
}

/** Problems as `severity code line:column text`. */
export function problems(result: ImportResult): string[] {
	return result.problems.map((p) => `${p.severity} ${p.code} ${p.line}:${p.column} ${p.text}`);
}
