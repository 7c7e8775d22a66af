/**
 * The session agendas (format 2, issue 30): `agendas.json` at the package's root,
 * `{"agendas": [{"name": …, "slides": [ … ]}]}` — the moderator's named agendas in their order, each a
 * list of slides (title, free text, one KPI, a field's overview) with period, group and speaker notes.
 *
 * A file of its own and not a `ring.json` key: agendas carry free text of any length (notes, lines) and
 * a moderator may keep many; ring.json stays the short description of the ring. JSON and not CSV: a
 * slide is a small tree (lines, group). An empty list writes no file, so a ring without agendas has the
 * files it had before (a file with an empty list is therefore not canonical, but read). Canonical:
 * two-space indent like ring.json, keys in the order of `canonicalSlide`, a final `\n`.
 * Read in `agendas-reader.ts`.
 */
import { BEFORE } from '../complete.ts';
import type { Agenda, AgendaSlide, SlideGroup } from '../types.ts';
import type { RingPart } from './part.ts';

export const AGENDAS_JSON = 'agendas.json';

/** Limits a reader enforces and the editor keeps to (a slide is read from the back of a room). */
export const AGENDA_LIMITS = {
	agendas: 100,
	slides: 300,
	name: 100,
	heading: 200,
	lines: 12,
	line: 300,
	notes: 5000
} as const;

function canonicalGroup(g: SlideGroup): SlideGroup {
	if (g.type === 'ring') return { type: 'ring' };
	if (g.type === 'custom') return { type: 'custom', name: g.name };
	return { type: g.type, value: g.value };
}

/** The slide with its keys in canonical order (and nothing else). */
export function canonicalSlide(s: AgendaSlide): AgendaSlide {
	switch (s.type) {
		case 'title':
		case 'text':
			return { type: s.type, heading: s.heading, lines: [...s.lines], notes: s.notes };
		case 'kpi':
			return { type: 'kpi', kpi: s.kpi, period: s.period, group: canonicalGroup(s.group), notes: s.notes };
		case 'field':
			return {
				type: 'field',
				field: s.field,
				period: s.period,
				group: canonicalGroup(s.group),
				notes: s.notes
			};
	}
}

export function agendasJson(agendas: readonly Agenda[]): string {
	const doc = { agendas: agendas.map((a) => ({ name: a.name, slides: a.slides.map(canonicalSlide) })) };
	return `${JSON.stringify(doc, null, 2)}\n`;
}

export const agendasPart: RingPart<'agendas'> = {
	slot: 'agendas',
	since: 2,
	keys: [],
	owns: (path) => path === AGENDAS_JSON,
	before: (ring, version) => BEFORE.agendas(ring, version),
	write: (agendas) => ({
		files: agendas.length
			? [{ path: AGENDAS_JSON, bytes: new TextEncoder().encode(agendasJson(agendas)) }]
			: []
	})
};
