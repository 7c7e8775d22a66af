/**
 * Reading `agendas.json` (`agendas.ts`): strict like every format-2 part. Each problem names the file
 * and the key path in German („agendas.json: Feld „agendas.0.slides.2.period“ ist ungültig (…)“); an
 * unknown key anywhere, an unknown slide type or group, a name twice, or a text over its limit is an
 * error and the package is not read. KPI and field ids are checked for form only: the catalogue is
 * the app's, not the package's, so a slide on a KPI this app does not know is shown as such.
 */
import {
	arrayOf,
	check,
	integer,
	object,
	oneOf,
	string,
	type Issue,
	type Path,
	type Reader
} from '../../../ingest/json-check.ts';
import type { Agenda, AgendaSlide, SlideGroup } from '../types.ts';
import { AGENDA_LIMITS as L, AGENDAS_JSON } from './agendas.ts';
import { unknownKeys } from './json-key.ts';
import type { PartReader } from './part.ts';

const ID = /^[a-z][a-z0-9_]*$/;

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string of at most `max` characters (`nonEmpty`: with a character that is not blank). */
function limited(max: number, nonEmpty = false): Reader<string> {
	return (value, path, issues) => {
		const s = string(value, path, issues);
		if (typeof s !== 'string') return s;
		if (s.length > max) issues.push({ path, message: `höchstens ${max} Zeichen, gefunden: ${s.length}` });
		else if (nonEmpty && s.trim() === '') issues.push({ path, message: 'darf nicht leer sein' });
		return s;
	};
}

function listOf<T>(reader: Reader<T>, max: number): Reader<T[]> {
	return (value, path, issues) => {
		const list = arrayOf(reader)(value, path, issues);
		if (Array.isArray(list) && list.length > max)
			issues.push({ path, message: `höchstens ${max} Einträge, gefunden: ${list.length}` });
		return list;
	};
}

const id: Reader<string> = (value, path, issues) => {
	const s = string(value, path, issues);
	if (typeof s === 'string' && !ID.test(s))
		issues.push({ path, message: `erwartet: Kennung aus Kleinbuchstaben, Ziffern und _, gefunden: „${s}“` });
	return s;
};

/** A year (1950–2100), or null for „the ring's latest period“. */
const period: Reader<number | null> = (value, path, issues) => {
	if (value === null) return null;
	const y = integer(value, path, issues);
	if (typeof y === 'number' && (y < 1950 || y > 2100))
		issues.push({ path, message: `erwartet: Jahr zwischen 1950 und 2100 oder null, gefunden: ${y}` });
	return y;
};

const group: Reader<SlideGroup> = (value, path, issues) => {
	if (!isObject(value)) return object<{ type: string }>({ type: string })(value, path, issues) as never;
	const type = oneOf('ring', 'size', 'kind', 'state', 'custom')(value.type, [...path, 'type'], issues);
	if (type === 'ring') return object<{ type: 'ring' }>({ type: oneOf('ring') })(value, path, issues);
	if (type === 'custom')
		return object<{ type: 'custom'; name: string }>({ type: oneOf('custom'), name: limited(L.name, true) })(
			value,
			path,
			issues
		);
	if (type === 'size' || type === 'kind' || type === 'state')
		return object<{ type: typeof type; value: string }>({
			type: oneOf(type),
			value: limited(L.name, true)
		})(value, path, issues);
	return undefined as never;
};

const textSlide = (type: 'title' | 'text') =>
	object<{ type: typeof type; heading: string; lines: string[]; notes: string }>({
		type: oneOf(type),
		heading: limited(L.heading),
		lines: listOf(limited(L.line), L.lines),
		notes: limited(L.notes)
	});

const slide: Reader<AgendaSlide> = (value, path, issues) => {
	if (!isObject(value)) return object<{ type: string }>({ type: string })(value, path, issues) as never;
	const type = oneOf('title', 'text', 'kpi', 'field')(value.type, [...path, 'type'], issues);
	switch (type) {
		case 'title':
		case 'text':
			return textSlide(type)(value, path, issues);
		case 'kpi':
			return object<Extract<AgendaSlide, { type: 'kpi' }>>({
				type: oneOf('kpi'),
				kpi: id,
				period,
				group,
				notes: limited(L.notes)
			})(value, path, issues);
		case 'field':
			return object<Extract<AgendaSlide, { type: 'field' }>>({
				type: oneOf('field'),
				field: id,
				period,
				group,
				notes: limited(L.notes)
			})(value, path, issues);
	}
	return undefined as never;
};

const agenda = object<Agenda>({ name: limited(L.name, true), slides: listOf(slide, L.slides) });
const file = object<{ agendas: Agenda[] }>({ agendas: listOf(agenda, L.agendas) });

/** Problems of the agendas as a whole: a name twice (names identify agendas in links). */
function duplicateNames(agendas: readonly Agenda[]): Issue[] {
	const seen = new Map<string, number>();
	const issues: Issue[] = [];
	agendas.forEach((a, i) => {
		const first = seen.get(a.name);
		if (first !== undefined)
			issues.push({
				path: ['agendas', i, 'name'],
				message: `„${a.name}“ heißt schon Tagesordnung ${first + 1}`
			});
		else seen.set(a.name, i);
	});
	return issues;
}

const where = (path: Path) => path.join('.');

export const readAgendas: PartReader<'agendas'> = (input) => {
	const bytes = input.files.get(AGENDAS_JSON);
	if (!bytes) return [];
	const sink = input.sink(AGENDAS_JSON);
	let doc: unknown;
	try {
		doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, ''));
	} catch (e) {
		sink.error(
			'bad_agendas',
			1,
			1,
			'',
			`agendas.json ist kein gültiges JSON in UTF-8 (${e instanceof Error ? e.message : String(e)}); das Paket wurde nicht gelesen.`
		);
		return null;
	}
	const read = check(file, doc);
	const issues = read.ok ? duplicateNames(read.value.agendas) : read.issues;
	for (const issue of issues)
		sink.error(
			'bad_agendas',
			1,
			1,
			where(issue.path),
			`agendas.json: Feld „${where(issue.path)}“ ist ungültig (${issue.message}); das Paket wurde nicht gelesen.`
		);
	if (!read.ok || issues.length) return null;
	const unknown = unknownKeys(doc, read.value);
	for (const path of unknown)
		sink.error(
			'unknown_key',
			1,
			1,
			where(path),
			`agendas.json: Schlüssel „${where(path)}“ gibt es in format_version 2 nicht (von einer neueren App?); das Paket wurde nicht gelesen.`
		);
	return unknown.length ? null : read.value.agendas;
};
