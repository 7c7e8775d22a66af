/**
 * The session agenda as data (issue 30): what a moderator can do to an agenda, as pure functions on
 * `Agenda` values, so the editor, the tests and a later CLI agree. Stored with the ring as the
 * `agendas` part (`ring/package/parts/agendas.ts`); the editor works on a copy and stores only when
 * the moderator saves.
 *
 * A ring without an agenda offers „Alle Kennzahlen“: every KPI with a polarity in catalogue order,
 * the whole ring, the latest period — so `/sitzung` has a first slide on any ring.
 */
import type { Catalogue } from '../catalogue/schema.ts';
import { AGENDA_LIMITS } from '../ring/package/parts/agendas.ts';
import type { Agenda, AgendaSlide, SlideGroup, SlideType } from '../ring/package/types.ts';

export { AGENDA_LIMITS };

export const RING_GROUP: SlideGroup = { type: 'ring' };

/** „Alle Kennzahlen“: one slide per KPI with polarity (context KPIs have no ranking to discuss). */
export function defaultAgenda(catalogue: Pick<Catalogue, 'kpis'>, name: string): Agenda {
	return {
		name,
		slides: catalogue.kpis
			.filter((k) => k.polarity !== 'none')
			.map((k) => ({ type: 'kpi', kpi: k.id, period: null, group: RING_GROUP, notes: '' }))
	};
}

/** The ring's agendas, or the default one when it has none (what `/sitzung` offers). */
export function agendasOf(stored: readonly Agenda[], fallback: () => Agenda): Agenda[] {
	return stored.length ? [...stored] : [fallback()];
}

/** The agenda named `name`, else the first. */
export function pickAgenda(agendas: readonly Agenda[], name: string | null): Agenda | undefined {
	return agendas.find((a) => a.name === name) ?? agendas[0];
}

/** A name not yet taken: `base`, else `base (2)`, `base (3)`, … (kept within the name limit). */
export function freeName(agendas: readonly Agenda[], base: string): string {
	const taken = new Set(agendas.map((a) => a.name));
	const stem = base.trim().slice(0, AGENDA_LIMITS.name - 5) || '?';
	if (!taken.has(stem)) return stem;
	for (let i = 2; ; i++) if (!taken.has(`${stem} (${i})`)) return `${stem} (${i})`;
}

/** A deep copy of the slides, under a free name: the next session starts from the last one. */
export function duplicateAgenda(agendas: readonly Agenda[], source: Agenda, name: string): Agenda {
	return { name: freeName(agendas, name), slides: structuredClone(source.slides) };
}

/** A new slide of `type`, filled so it can be shown at once. */
export function newSlide(type: SlideType, catalogue: Pick<Catalogue, 'kpis' | 'fields'>): AgendaSlide {
	switch (type) {
		case 'title':
		case 'text':
			return { type, heading: '', lines: [], notes: '' };
		case 'kpi':
			return { type, kpi: catalogue.kpis[0]?.id ?? '', period: null, group: RING_GROUP, notes: '' };
		case 'field':
			return { type, field: catalogue.fields[0]?.id ?? '', period: null, group: RING_GROUP, notes: '' };
	}
}

/** `slides` with the slide at `from` moved to `to` (both clamped). */
export function moveSlide<T>(slides: readonly T[], from: number, to: number): T[] {
	const out = [...slides];
	if (from < 0 || from >= out.length) return out;
	const [item] = out.splice(from, 1);
	out.splice(Math.max(0, Math.min(to, out.length)), 0, item!);
	return out;
}

export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
	return list.map((x, i) => (i === index ? item : x));
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
	return list.filter((_, i) => i !== index);
}

/** Lines of a textarea as slide lines: at most the limit, trailing blank lines dropped. */
export function linesOf(text: string): string[] {
	const lines = text.split(/\r?\n/).map((l) => l.slice(0, AGENDA_LIMITS.line));
	while (lines.length && lines.at(-1)!.trim() === '') lines.pop();
	return lines.slice(0, AGENDA_LIMITS.lines);
}

/** Why a name cannot be used (a message key), or null. */
export function nameProblem(
	agendas: readonly Agenda[],
	name: string,
	self: number | null
): 'session.name_empty' | 'session.name_taken' | 'session.name_long' | null {
	const n = name.trim();
	if (!n) return 'session.name_empty';
	if (n.length > AGENDA_LIMITS.name) return 'session.name_long';
	if (agendas.some((a, i) => i !== self && a.name === n)) return 'session.name_taken';
	return null;
}

/** The period a slide shows: its own, or the ring's latest (null when the ring has none). */
export function slidePeriod(slide: { period: number | null }, periods: readonly number[]): number | null {
	return slide.period ?? periods.at(-1) ?? null;
}

/** The key of a group for a `<select>`: `ring`, `size:GK2`, `custom:Nord`. */
export function groupKey(g: SlideGroup): string {
	return g.type === 'ring' ? 'ring' : g.type === 'custom' ? `custom:${g.name}` : `${g.type}:${g.value}`;
}

export function groupFromKey(key: string): SlideGroup {
	const i = key.indexOf(':');
	const type = i < 0 ? key : key.slice(0, i);
	const value = i < 0 ? '' : key.slice(i + 1);
	if (type === 'custom') return { type, name: value };
	if ((type === 'size' || type === 'kind' || type === 'state') && value) return { type, value };
	return RING_GROUP;
}

/**
 * The agendas after this editor's edits (`mine`, made on `base`) are applied to `current` — the agendas
 * as stored when saving, which another tab may have changed meanwhile: agendas edited or added here are
 * taken as they are here (one edited in both tabs: the later save wins, as for any one item), those
 * deleted here are gone, and every other one stays as `current` has it — changed, deleted or added in
 * the other tab. Order: this editor's, then the agendas the other tab added.
 */
export function mergeAgendas(
	base: readonly Agenda[],
	mine: readonly Agenda[],
	current: readonly Agenda[]
): Agenda[] {
	const before = new Map(base.map((a) => [a.name, JSON.stringify(a)]));
	const stored = new Map(current.map((a) => [a.name, a]));
	const names = new Set(mine.map((a) => a.name));
	const out: Agenda[] = [];
	for (const a of mine) {
		if (before.get(a.name) !== JSON.stringify(a)) out.push(a);
		else if (stored.has(a.name)) out.push(stored.get(a.name)!);
	}
	for (const a of current) if (!before.has(a.name) && !names.has(a.name)) out.push(a);
	return out;
}
