/**
 * A session window's address names the slide on display (and the agenda actually shown), so a reload
 * continues there and the link can be passed on. It is written once the slide has been on screen a
 * moment (LINK_DELAY_MS): paging quickly through the deck does not rewrite the address at every step.
 */
import { replaceState } from '$app/navigation';
import { LINK_DELAY_MS, linkQuery, type SessionLink } from './link.ts';

/** Call in a component's script: keeps the address of `path` (resolved) at `link()`; null: not yet. */
export function followSlideInAddress(path: string, link: () => SessionLink | null): void {
	$effect(() => {
		const current = link();
		if (!current) return;
		const query = linkQuery(current);
		const timer = setTimeout(() => {
			// The address as it is: `page.url` keeps the one navigated to, a replaceState does not change it.
			// eslint-disable-next-line svelte/no-navigation-without-resolve -- a resolved path plus the slide's query
			if (location.search !== query) replaceState(`${path}${query}`, {});
		}, LINK_DELAY_MS);
		return () => clearTimeout(timer);
	});
}
