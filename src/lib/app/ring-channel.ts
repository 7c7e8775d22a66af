/**
 * Telling the other open tabs of this app, at once, that a ring was saved or deleted, so they show the
 * new state (or say why they cannot) instead of finding out when their own save is refused.
 *
 * `BroadcastChannel` where there is one (every target browser: Chromium, Firefox, Safari ≥ 15.4);
 * otherwise the note is written to a `localStorage` key, and the other tabs of the origin get a
 * `storage` event for it (older Safari, some embedded browsers). Where neither works (site data
 * blocked), tabs are not told — the revision check in the store still refuses every stale write, so
 * nothing is lost, it is only noticed later. A tab never receives its own notes (neither mechanism
 * delivers to the sender).
 */
import type { StoredChange } from '../ring/store.ts';

const NAME = 'vergleichsring-rings';
const KEY = 'vergleichsring:ring-change';

export interface RingChannel {
	kind: 'broadcast' | 'storage' | 'none';
	post(change: StoredChange): void;
	close(): void;
}

/** What the channel needs from the page (the window; injectable for tests). */
export interface ChannelHost {
	BroadcastChannel?: typeof BroadcastChannel;
	localStorage?: Storage;
	addEventListener?: (type: 'storage', listener: (event: StorageEvent) => void) => void;
	removeEventListener?: (type: 'storage', listener: (event: StorageEvent) => void) => void;
}

function isChange(value: unknown): value is StoredChange {
	const v = value as StoredChange | null;
	return (
		typeof v === 'object' &&
		v !== null &&
		typeof v.id === 'string' &&
		(v.revision === null || (typeof v.revision === 'number' && Number.isInteger(v.revision)))
	);
}

export function openRingChannel(
	listen: (change: StoredChange) => void,
	host: ChannelHost = globalThis as ChannelHost
): RingChannel {
	try {
		if (typeof host.BroadcastChannel === 'function') {
			const channel = new host.BroadcastChannel(NAME);
			channel.onmessage = (event: MessageEvent) => {
				if (isChange(event.data)) listen(event.data);
			};
			return {
				kind: 'broadcast',
				post: (change) => channel.postMessage({ id: change.id, revision: change.revision }),
				close: () => channel.close()
			};
		}
	} catch {
		// fall back to storage events
	}
	let storage: Storage | undefined;
	try {
		storage = host.localStorage; // throws where site data is blocked
	} catch {
		storage = undefined;
	}
	if (!storage || !host.addEventListener || !host.removeEventListener) return none;
	const local = storage;
	let sent = 0;
	const onStorage = (event: StorageEvent) => {
		if (event.key !== KEY || !event.newValue) return;
		try {
			const note = (JSON.parse(event.newValue) as { change?: unknown }).change;
			if (isChange(note)) listen(note);
		} catch {
			// not ours
		}
	};
	host.addEventListener('storage', onStorage);
	return {
		kind: 'storage',
		post: (change) => {
			try {
				// `n` makes every note a new value: an unchanged value fires no event.
				local.setItem(
					KEY,
					JSON.stringify({ change: { id: change.id, revision: change.revision }, n: ++sent, at: Date.now() })
				);
			} catch {
				// quota or blocked: the other tabs find out at their next save
			}
		},
		close: () => host.removeEventListener?.('storage', onStorage)
	};
}

const none: RingChannel = { kind: 'none', post: () => undefined, close: () => undefined };
