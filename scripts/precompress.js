/**
 * Precompresses the static build (`.br` and `.gz` beside each text or WASM file) for the intranet web
 * server and `scripts/serve.ts`, like adapter-static's `precompress: true` — with one difference that
 * matters: results are cached by content hash in node_modules/.cache/, so the 34 MB DuckDB WASM is
 * compressed with Brotli 11 (~60 s on 2 cores; 34 → ~5 MB, about 1 MB less than Brotli 9) once per
 * DuckDB version and not on every build. The build says when it pays that once.
 *
 * Plain JavaScript: svelte.config.js imports it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const COMPRESSIBLE = /\.(html|js|mjs|json|css|svg|xml|wasm|csv|txt|ttf)$/i;
const CACHE = path.resolve('node_modules/.cache/vergleichsring-precompress');
const SLOW = 4 * 1024 * 1024; // above this, Brotli 11 takes seconds: worth a line in the build log

/** @param {string} dir @returns {Generator<string>} */
function* files(dir) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const file = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* files(file);
		else if (COMPRESSIBLE.test(entry.name)) yield file;
	}
}

/** @param {string} key @param {() => Promise<Buffer>} make */
async function cached(key, make) {
	const file = path.join(CACHE, key);
	if (existsSync(file)) return readFileSync(file);
	const data = await make();
	mkdirSync(CACHE, { recursive: true });
	const tmp = `${file}.${process.pid}.tmp`;
	writeFileSync(tmp, data);
	renameSync(tmp, file); // atomic: a killed build never leaves a truncated cache entry
	return data;
}

/**
 * Writes `<file>.br` and `<file>.gz` for every compressible file under `dir`.
 * @param {string} dir
 * @param {(line: string) => void} [log]
 */
export async function precompress(dir, log = console.log) {
	const started = Date.now();
	await Promise.all(
		[...files(dir)].map(async (file) => {
			const data = readFileSync(file);
			const hash = createHash('sha256').update(data).digest('hex');
			if (data.length > SLOW && !existsSync(path.join(CACHE, `${hash}.br`)))
				log(
					`Brotli 11 für ${path.basename(file)} (${(data.length / 1e6).toFixed(0)} MB, einmal je Version, dann aus node_modules/.cache) …`
				);
			const [br, gz] = await Promise.all([
				cached(`${hash}.br`, () =>
					brotli(data, {
						params: {
							[zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
							[zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length
						}
					})
				),
				cached(`${hash}.gz`, () => gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION }))
			]);
			writeFileSync(`${file}.br`, br);
			writeFileSync(`${file}.gz`, gz);
		})
	);
	log(`Vorkomprimiert (Brotli, gzip) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
