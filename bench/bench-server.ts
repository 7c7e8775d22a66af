/**
 * Serving the benchmark: the probe pages (bench/page/*.ts) bundled with the ring zips into the served
 * build's bench/ folder, and scripts/serve.ts started on it (precompressed files, immutable caching).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import type { BrowserOptions } from './browser-types.ts';
import { ROOT } from './rings.ts';

/** Bundle the probe pages and write them, with the ring zips, into <dir>/bench/. */
export async function writeBenchPages(dir: string, rings: BrowserOptions['rings']): Promise<void> {
	const out = path.join(dir, 'bench');
	mkdirSync(out, { recursive: true });
	await build({
		configFile: false,
		root: ROOT,
		logLevel: 'warn',
		publicDir: false,
		build: {
			outDir: out,
			emptyOutDir: false,
			target: 'es2022',
			modulePreload: false,
			copyPublicDir: false,
			rollupOptions: {
				input: {
					floor: path.join(ROOT, 'bench/page/floor.ts'),
					engine: path.join(ROOT, 'bench/page/engine.ts'),
					'import-floor': path.join(ROOT, 'bench/page/import-floor.ts')
				},
				output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' }
			}
		}
	});
	const assets = readdirSync(path.join(dir, '_app/immutable/assets'));
	const worker = assets.find((f) => /^duckdb-browser-eh\.worker\..*\.js$/.test(f));
	const wasm = assets.find((f) => /^duckdb-eh\..*\.wasm$/.test(f));
	if (!worker || !wasm) throw new Error('build has no DuckDB EH worker/WASM in _app/immutable/assets/');
	const html = (script: string) => `<!doctype html>
<html lang="de" data-worker="../_app/immutable/assets/${worker}" data-wasm="../_app/immutable/assets/${wasm}">
<head><meta charset="utf-8"><title>bench ${script}</title><script type="module" src="./${script}.js"></script></head>
<body></body></html>\n`;
	writeFileSync(path.join(out, 'floor.html'), html('floor'));
	writeFileSync(path.join(out, 'engine.html'), html('engine'));
	writeFileSync(path.join(out, 'import-floor.html'), html('import-floor'));
	for (const { ring, zip } of rings) writeFileSync(path.join(out, ring.file), zip);
}

export function startServer(dir: string, port: number): Promise<ChildProcess> {
	const child = spawn(
		process.execPath,
		[path.join(ROOT, 'scripts/serve.ts'), '--port', String(port), '--dir', dir],
		{
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	return new Promise((resolve, reject) => {
		child.once('error', reject);
		child.once('exit', (code) => reject(new Error(`scripts/serve.ts exited with ${code}`)));
		child.stdout!.once('data', () => resolve(child));
	});
}
