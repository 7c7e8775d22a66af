/**
 * The Datenstand of the ring on display, for the header and the downloads. Hashing the values file
 * takes a moment on a large ring (550 × 10 × 42 values: some 300–700 ms of a loaded machine's CPU;
 * 5,000 × 10: seconds), so it runs once per ring state (RingData object), in the ingest worker (the
 * values copied to it), once the first view is on screen — before, it took the page's thread and a
 * core from the engine on the way to the first chart — and downloads wait for it rather than go
 * without. The code that hashes is loaded then too, not with the first view.
 */
import { t } from '../i18n/translate.ts';
import type { DatenstandStatus } from '../ring/datenstand.ts';
import type { RingData } from '../ring/package/types.ts';
import { datenstandStamp } from './labels.ts';

const cache = new WeakMap<RingData, Promise<DatenstandStatus>>();

/** The status of `data`, computed once per RingData object (in the page when no worker can). */
export function statusOf(data: RingData): Promise<DatenstandStatus> {
	let status = cache.get(data);
	if (!status)
		cache.set(
			data,
			(status = Promise.all([import('../ring/datenstand.ts'), import('../ring/worker-client.ts')]).then(
				([m, w]) =>
					m.datenstandStatus(data, (values) => w.valuesHashInWorker(values).catch(() => m.valuesHash(values)))
			))
		);
	return status;
}

/**
 * Settles when a view has shown its first figures (`viewShown`) or, on a page without one, FIRST_VIEW_MS
 * after its ring is there. Counted from the ring, not from the page's start: a large ring's first
 * chart comes seconds after the start, and a hash started before it copied the values to the worker
 * (~0.15 s of the page's thread at 550 × 10) right on its way.
 */
const FIRST_VIEW_MS = 3000;
let shown: () => void = () => undefined;
const firstView = new Promise<void>((resolve) => (shown = resolve));
/** Dashboard views on the page that will say when their figures are shown. */
let views = 0;
let waiting = false;
function fallback(): void {
	if (waiting) return;
	waiting = true;
	setTimeout(() => {
		waiting = false;
		if (views) fallback();
		else shown();
	}, FIRST_VIEW_MS);
}

/** A view shows its first figures: the values can be hashed now without delaying them. */
export function viewShown(): void {
	shown();
}

/** A dashboard view is on the page and will call `viewShown`; returns what its removal calls. */
export function viewMounted(): () => void {
	views++;
	return () => views--;
}

const afterPaint = () =>
	firstView.then(
		() =>
			new Promise<void>((resolve) =>
				typeof requestIdleCallback === 'function'
					? requestIdleCallback(() => resolve(), { timeout: 2000 })
					: setTimeout(resolve, 50)
			)
	);

class Datenstand {
	/** The status of the ring last followed; null until it is known. */
	status = $state.raw<DatenstandStatus | null>(null);
	#data: RingData | null = null;

	/** Follow the ring on display (called with each new RingData). */
	follow(data: RingData | null | undefined): void {
		if ((data ?? null) === this.#data) return;
		this.#data = data ?? null;
		this.status = null;
		if (!data) return;
		fallback();
		void afterPaint()
			.then(() => statusOf(data))
			.then((status) => {
				if (this.#data === data) this.status = status;
			})
			.catch(() => undefined); // no Web Crypto (not a secure context): the header says nothing
	}
}

export const datenstand = new Datenstand();

/** The stamp a download of `data` carries: a CSV column and the caption of an image. */
export async function downloadStamp(data: RingData): Promise<{ label: string; value: string }> {
	return { label: t('release.column'), value: datenstandStamp(await statusOf(data)) };
}
