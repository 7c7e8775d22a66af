/**
 * Reading `report-texts.json` (`report-texts.ts`): strict like every format-2 part — an unknown key
 * anywhere, a value of the wrong kind or an authority and period given twice is an error naming the
 * file and the key, and nothing is opened. The layout is not checked byte for byte (indent, key order):
 * the texts are prose a department may well edit by hand, and what is read is written back canonically.
 */
import { arrayOf, check, object, recordOf, string, year } from '../../../ingest/json-check.ts';
import type { ReportText } from '../types.ts';
import { unknownKeys } from './json-key.ts';
import type { PartReader } from './part.ts';
import { normaliseReportTexts, REPORT_TEXTS_JSON } from './report-texts.ts';

const entry = object<ReportText>({
	authority_id: (value, path, issues) => {
		const id = string(value, path, issues);
		if (typeof id === 'string' && id.trim() === '') issues.push({ path, message: 'darf nicht leer sein' });
		return id;
	},
	period: year,
	addressee: (value, path, issues) => (value === undefined ? '' : string(value, path, issues)),
	summary: (value, path, issues) => (value === undefined ? '' : string(value, path, issues)),
	comments: (value, path, issues) => (value === undefined ? {} : recordOf(string)(value, path, issues))
});
const file = object<{ texts: ReportText[] }>({ texts: arrayOf(entry) });

export const readReportTexts: PartReader<'report_texts'> = (input) => {
	const name = REPORT_TEXTS_JSON;
	const bytes = input.files.get(name);
	if (!bytes) return [];
	const sink = input.sink(name);
	const fail = (where: string, message: string) => {
		sink.error('bad_report_texts', 1, 1, where, `${name}: ${message}; das Paket wurde nicht gelesen.`);
		return null;
	};
	let parsed: unknown;
	try {
		parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes));
	} catch (error) {
		return error instanceof SyntaxError
			? fail('', `kein gültiges JSON (${error.message})`)
			: fail('', 'keine UTF-8-Datei');
	}
	const read = check(file, parsed);
	if (!read.ok) {
		for (const issue of read.issues) {
			const where = issue.path.join('.') || '(Wurzel)';
			fail(where, `Feld „${where}“ ist ungültig (${issue.message})`);
		}
		return null;
	}
	const unknown = unknownKeys(parsed, read.value);
	for (const path of unknown) {
		const where = path.join('.');
		fail(where, `Schlüssel „${where}“ gibt es in format_version 2 nicht (von einer neueren App?)`);
	}
	if (unknown.length) return null;
	const seen = new Map<string, number>();
	for (const [i, e] of read.value.texts.entries()) {
		const key = `${e.authority_id}|${e.period}`;
		const first = seen.get(key);
		if (first !== undefined)
			return fail(
				`texts.${i}`,
				`Behörde „${e.authority_id}“ und Jahr ${e.period} stehen schon in texts.${first}; je Behörde und Jahr gibt es einen Text`
			);
		seen.set(key, i);
	}
	return normaliseReportTexts(read.value.texts);
};
