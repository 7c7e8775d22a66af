/**
 * One asynchronous value that follows the view's state — the pattern every dashboard view needs:
 * request it whenever the state changes, keep showing the previous value until the new one arrives
 * (the view marks itself aria-busy meanwhile), and drop an answer for a state the user has already
 * left, so a slow query can never overwrite a newer view.
 *
 * `request` runs in an effect and is tracked: it reads the reactive state and returns the key of
 * what it wants and how to load it (or null while there is nothing to load). The load itself runs
 * untracked, so what the loader reads (caches, the session) does not re-run the effect. `onValue`
 * runs only for the answer that is still current (prefetch, noting the view).
 *
 * A request with `delayMs` waits that long before loading, and a newer request meanwhile replaces
 * it: for a costly computation that follows typing (a scenario, the report), several changes in a row
 * cost one load.
 */
import { untrack } from 'svelte';

export interface Loaded<T> {
	key: string;
	value: T;
}

export interface Resource<T> {
	/** The latest answer that arrived for a current request, with its key; null before the first. */
	readonly current: Loaded<T> | null;
	/** Why the latest current request failed (cleared by the next answer); worded where shown. */
	readonly error: unknown;
}

export interface Request<T> {
	key: string;
	load: () => Promise<T>;
	/** Wait this long (ms) before loading; a newer request within it replaces this one. */
	delayMs?: number;
}

export function resource<T>(
	request: () => Request<T> | null,
	onValue?: (loaded: Loaded<T>) => void
): Resource<T> {
	let current = $state.raw<Loaded<T> | null>(null);
	let error = $state.raw<unknown>(null);
	$effect(() => {
		const wanted = request();
		if (!wanted) return;
		let stale = false;
		const start = () => {
			let loading: Promise<T>;
			try {
				loading = untrack(wanted.load);
			} catch (e) {
				loading = Promise.reject(e);
			}
			loading.then(
				(value) => {
					if (stale) return;
					current = { key: wanted.key, value };
					error = null;
					onValue?.(current);
				},
				(e: unknown) => {
					if (!stale) error = e ?? new Error(String(e));
				}
			);
		};
		let timer: ReturnType<typeof setTimeout> | undefined;
		if (wanted.delayMs === undefined) start();
		else timer = setTimeout(start, wanted.delayMs);
		return () => {
			stale = true;
			clearTimeout(timer);
		};
	});
	return {
		get current() {
			return current;
		},
		get error() {
			return error;
		}
	};
}
