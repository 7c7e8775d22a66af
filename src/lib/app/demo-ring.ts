/**
 * The demo ring's files, bundled from `data-samples/demo-ring/` as hashed assets of the build
 * (Vite `?url`), so they are served from the app's own origin like everything else and are fetched
 * only when the demo ring is actually opened.
 */
import type { PackageFile } from '../ring/package/types.ts';

const PREFIX = '/data-samples/demo-ring/';

const urls = import.meta.glob('/data-samples/demo-ring/**/*.{csv,json}', {
	query: '?url',
	import: 'default',
	eager: true
}) as Record<string, string>;

export async function fetchDemoRingFiles(): Promise<PackageFile[]> {
	return Promise.all(
		Object.entries(urls).map(async ([key, url]) => {
			const response = await fetch(url);
			if (!response.ok) throw new Error(`Demo-Ring: ${key} nicht ladbar (HTTP ${response.status}).`);
			return { path: key.slice(PREFIX.length), bytes: new Uint8Array(await response.arrayBuffer()) };
		})
	);
}
