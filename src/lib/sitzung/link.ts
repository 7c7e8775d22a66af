/** A session's links and what its windows tell each other (issue 30). */

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
