/** A session's links and what its windows tell each other (issue 30). Every link keeps the language. */
import { LANG_PARAM } from '../i18n/choice.ts';
import { locale } from '../i18n/translate.ts';

/** `/sitzung/…?agenda=…&folie=…&hervorheben=…`: the session's link parameters. */
export interface SessionLink {
	agenda: string | null;
	/** 1-based. */
	slide: number;
	highlight: string | null;
	notes?: boolean;
	/** `?package=` (a ring package on the intranet server): kept, so a reload opens the same ring. */
	package?: string | null;
}

export function readLink(url: URL): SessionLink {
	const slide = Number.parseInt(url.searchParams.get('folie') ?? '1', 10);
	return {
		agenda: url.searchParams.get('agenda'),
		slide: Number.isFinite(slide) && slide >= 1 ? slide : 1,
		highlight: url.searchParams.get('hervorheben'),
		notes: url.searchParams.get('notizen') === '1',
		package: url.searchParams.get('package')
	};
}

export function linkQuery(link: SessionLink): string {
	const q = new URLSearchParams();
	if (link.agenda !== null) q.set('agenda', link.agenda);
	q.set('folie', String(link.slide));
	if (link.highlight) q.set('hervorheben', link.highlight);
	if (link.notes) q.set('notizen', '1');
	if (link.package) q.set('package', link.package);
	q.set(LANG_PARAM, locale());
	return `?${q}`;
}

/** `?agenda=…` back to the agenda editor (none: the editor's first agenda), with the language. */
export function agendaQuery(agenda: string | null): string {
	const q = new URLSearchParams();
	if (agenda !== null) q.set('agenda', agenda);
	q.set(LANG_PARAM, locale());
	return `?${q}`;
}

/** What the windows of one session tell each other (BroadcastChannel): never notes. */
export interface SyncMessage {
	ring: string;
	agenda: string;
	slide: number;
	blank: boolean;
	highlight: string | null;
}

export const SYNC_CHANNEL = 'vergleichsring-sitzung';

/**
 * How long a slide is on screen before the address names it. Writing the address (SvelteKit's
 * `replaceState`, and the browser's work on a new address) is no part of showing the slide, so it
 * runs after the slide is painted, and a run of key presses writes it once; a reload still continues
 * at the slide shown.
 */
export const LINK_DELAY_MS = 250;
