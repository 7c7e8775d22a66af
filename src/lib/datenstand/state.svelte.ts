/**
 * The Datenstand of the ring on display, for the header and the downloads. Hashing the values file
 * takes a moment on a large ring (550 × 10 × 42 values: some 100–300 ms), so it runs once per ring
 * state (RingData object), after the first paint, and downloads wait for it rather than go without.
 * The code that hashes is loaded then too, not with the first view.
 */
import { t } from '../i18n/translate.ts';
import type { DatenstandStatus } from '../ring/datenstand.ts';
import type { RingData } from '../ring/package/types.ts';
import { datenstandStamp } from './labels.ts';

const cache = new WeakMap<RingData, Promise<DatenstandStatus>>();

/** The status of `data`, computed once per RingData object. */
export function statusOf(data: RingData): Promise<DatenstandStatus> {
	let status = cache.get(data);
	if (!status)
		cache.set(data, (status = import('../ring/datenstand.ts').then((m) => m.datenstandStatus(data))));
	return status;
}

const afterPaint = () =>
	new Promise<void>((resolve) =>
		typeof requestIdleCallback === 'function'
			? requestIdleCallback(() => resolve(), { timeout: 2000 })
			: setTimeout(resolve, 50)
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
