/**
 * The `check` command's core (formats.md, command-line interface), without process or file system:
 * the caller passes the arguments after `check` and a function that reads a file.
 *
 * Exit codes: 0 importable (one-line German summary on stdout, then warnings), 1 not importable (each
 * problem as `file:line:column: message` on stdout, then a summary line), 2 the file (or the mapping
 * profile) cannot be read at all, or the arguments are wrong (message on stderr). Warnings are printed
 * as `file:line:column: Warnung: message`. No exception escapes: anything unexpected becomes exit 2.
 */
import { encodingLabel, formatLabel, separatorLabel } from './labels.ts';
import { parseImportFile } from './parse-import.ts';
import { formatInteger } from '../format/number.ts';
import { german, word } from '../i18n/messages.ts';
import { formatProblem } from '../i18n/problem-text.ts';
import { parseProfile, type MappingProfile } from './profile.ts';
import type { CountSpec, ImportResult } from './types.ts';

export interface CheckResult {
	exitCode: 0 | 1 | 2;
	stdout: string;
	stderr: string;
}

export type ReadFile = (path: string) => Promise<Uint8Array> | Uint8Array;

const USAGE = 'Aufruf: check <datei.csv|datei.xlsx> [--mapping <profil.json>]';

const de = { format: (n: number) => formatInteger(n, { locale: 'de' }) };

function parseArgs(argv: string[]): { file: string; mapping: string | null } | string {
	let file: string | null = null;
	let mapping: string | null = null;
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i] ?? '';
		if (arg === '--mapping') {
			const next = argv[++i];
			if (next === undefined) return `--mapping braucht den Pfad eines Mapping-Profils.\n${USAGE}`;
			mapping = next;
		} else if (arg.startsWith('--mapping=')) mapping = arg.slice('--mapping='.length);
		else if (arg.startsWith('--')) return `Unbekannte Option „${arg}“.\n${USAGE}`;
		else if (file === null) file = arg;
		else return `Nur eine Datei pro Aufruf („${arg}“ ist zu viel).\n${USAGE}`;
	}
	if (file === null) return `Keine Datei angegeben.\n${USAGE}`;
	return { file, mapping };
}

/** The distinct numbers of a column. */
function distinct(column: ArrayLike<number>): number[] {
	const seen = new Set<number>();
	let last = NaN;
	for (let i = 0; i < column.length; i++) {
		const v = column[i]!;
		if (v !== last) seen.add((last = v));
	}
	return [...seen];
}

function summary(result: ImportResult): string {
	const d = result.detected;
	// The values as columns (read so, a million values cost no objects): dictionaries may name
	// authorities or counts whose every value was rejected, so the used indices are counted.
	const columns = result.columns;
	const values = columns?.value.length ?? 0;
	const authorities = columns ? distinct(columns.authority).length : 0;
	const counts = columns ? distinct(columns.count).length : 0;
	const periods = columns ? distinct(columns.period).sort((a, b) => a - b) : [];
	const warnings = result.problems.filter((p) => p.severity === 'warning').length;
	const years =
		periods.length === 0
			? 'keine Jahre'
			: periods.length === 1
				? `Jahr ${periods[0]}`
				: `Jahre ${periods[0]}–${periods[periods.length - 1]}`;
	const how = d
		? [
				d.layout === 'long' ? 'Langformat' : 'Breitformat',
				...(d.format === 'xlsx'
					? [`Excel-Arbeitsmappe, Blatt „${d.sheet ?? ''}“`]
					: [
							`Trennzeichen ${separatorLabel(d.separator, german)}`,
							encodingLabel(d.encoding, d.bom, german)
						]),
				`Zahlen ${formatLabel(d.numberFormat, german)}`,
				...(d.profile ? [`Profil „${d.profile}“`] : [])
			].join(', ')
		: '';
	const warn = warnings > 0 ? `, ${de.format(warnings)} ${warnings === 1 ? 'Warnung' : 'Warnungen'}` : '';
	return `${result.file}: importierbar – ${de.format(values)} Werte, ${de.format(authorities)} ${authorities === 1 ? 'Behörde' : 'Behörden'}, ${years}, ${counts} Grundzahlen (${how})${warn}.`;
}

function lines(items: string[]): string {
	return items.length === 0 ? '' : `${items.join('\n')}\n`;
}

async function read(readFile: ReadFile, path: string): Promise<Uint8Array | string> {
	try {
		return await readFile(path);
	} catch (error) {
		const code = (error as { code?: string }).code;
		if (code === 'ENOENT') return `Datei nicht gefunden.`;
		if (code === 'EISDIR') return `Das ist ein Ordner, keine Datei.`;
		return `Die Datei kann nicht gelesen werden${code ? ` (${code})` : ''}.`;
	}
}

export async function runCheck(argv: string[], specs: CountSpec[], readFile: ReadFile): Promise<CheckResult> {
	try {
		const args = parseArgs(argv);
		if (typeof args === 'string') return { exitCode: 2, stdout: '', stderr: `${args}\n` };
		let profile: MappingProfile | null = null;
		if (args.mapping !== null) {
			const bytes = await read(readFile, args.mapping);
			if (typeof bytes === 'string')
				return { exitCode: 2, stdout: '', stderr: `${args.mapping}: ${bytes}\n` };
			const text = new TextDecoder('utf-8').decode(bytes);
			const parsed = parseProfile(text, specs);
			if (!parsed.ok)
				return {
					exitCode: 2,
					stdout: '',
					stderr: lines(parsed.messages.map((m) => `${args.mapping}: ${word(m)}`))
				};
			profile = parsed.profile;
		}
		const bytes = await read(readFile, args.file);
		if (typeof bytes === 'string') return { exitCode: 2, stdout: '', stderr: `${args.file}: ${bytes}\n` };
		const result = parseImportFile(args.file, bytes, specs, { profile, columnar: true });
		if (result.unreadable)
			return { exitCode: 2, stdout: '', stderr: lines(result.problems.map((p) => formatProblem(p))) };
		const errors = result.problems.filter((p) => p.severity === 'error');
		if (errors.length > 0) {
			const warnings = result.problems.length - errors.length;
			const closing = `${args.file}: nicht importierbar – ${de.format(errors.length)} Fehler, ${de.format(warnings)} ${warnings === 1 ? 'Warnung' : 'Warnungen'}.`;
			return {
				exitCode: 1,
				stdout: lines([...result.problems.map((p) => formatProblem(p)), closing]),
				stderr: ''
			};
		}
		return {
			exitCode: 0,
			stdout: lines([summary(result), ...result.problems.map((p) => formatProblem(p))]),
			stderr: ''
		};
	} catch {
		return {
			exitCode: 2,
			stdout: '',
			stderr: 'Die Datei kann nicht gelesen werden (interner Fehler beim Lesen).\n'
		};
	}
}
