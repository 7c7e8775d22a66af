/**
 * Vite plugin serving `virtual:first-view`: URLs of the demo ring's first view (types.ts), computed
 * at build time by compute.ts and emitted as JSON assets with content hashes.
 *
 * Only in `vite build`: the dev server answers `null` (no preview; the engine paints the first
 * view), so editing the demo ring or the catalogue never shows stale numbers while developing.
 * The build reads the demo ring with the same package reader the browser's worker uses, and a
 * demo ring with errors fails the build.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { loadCatalogue } from '../catalogue/node-loader.ts';
import { openNodeConnector } from '../engine/node-connector.ts';
import { formatProblem } from '../ingest/problems.ts';
import type { PackageFile } from '../ring/package/types.ts';
import { openRingPackage } from '../ring/package/open.ts';
import { computeFirstView, type FirstView } from './compute.ts';

export const VIRTUAL_ID = 'virtual:first-view';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

async function packageFiles(dir: string): Promise<PackageFile[]> {
	const files: PackageFile[] = [];
	for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !/\.(csv|json)$/.test(entry.name)) continue;
		const full = path.join(entry.parentPath, entry.name);
		files.push({
			path: path.relative(dir, full).split(path.sep).join('/'),
			bytes: new Uint8Array(await readFile(full))
		});
	}
	return files;
}

async function compute(dir: string): Promise<FirstView> {
	const catalogue = loadCatalogue();
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	const opened = await openRingPackage(await packageFiles(dir), specs, { name: 'Demo-Ring' });
	if (!opened.data)
		throw new Error(`Demo-Ring fehlerhaft:\n${opened.problems.slice(0, 5).map(formatProblem).join('\n')}`);
	const conn = await openNodeConnector();
	try {
		return await computeFirstView(conn, catalogue, opened.data);
	} finally {
		await conn.close();
	}
}

export function firstView(options: { demoDir?: string } = {}): Plugin {
	const dir = path.resolve(options.demoDir ?? 'data-samples/demo-ring');
	let build = false;
	let computed: Promise<FirstView> | undefined; // shared by the client and the server build
	return {
		name: 'vergleichsring-first-view',
		configResolved(config) {
			build = config.command === 'build' && !config.build.ssr;
		},
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
		},
		async load(id) {
			if (id !== RESOLVED_ID) return undefined;
			if (!build) return 'export const overviewUrl = null;\nexport const kpiUrls = {};\n';
			const view = await (computed ??= compute(dir));
			const emit = (name: string, value: unknown) =>
				`import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name, source: JSON.stringify(value) })}`;
			const kpis = view.kpis.map(
				(k) => `\t${JSON.stringify(k.kpiId)}: ${emit(`first-view-${k.kpiId}.json`, k)}`
			);
			return [
				`export const overviewUrl = ${emit('first-view.json', view.overview)};`,
				`export const kpiUrls = {\n${kpis.join(',\n')}\n};`
			].join('\n');
		}
	};
}
