/**
 * Download size of the production build, read from the files adapter-static wrote (`.gz` and `.br`
 * next to each file), so the figures are exactly what scripts/serve.ts or nginx `gzip_static` /
 * `brotli_static` send — no recompression with other settings.
 *
 * Groups: app JS and CSS (everything under `_app/` ending .js/.css, except the DuckDB worker), the
 * DuckDB worker script, the WASM. A missing .gz/.br (adapter-static skips files that do not shrink)
 * counts with its raw size, as a server would then send it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface SizeTriple {
	files: number;
	raw: number;
	gzip: number;
	brotli: number;
}

export interface BuildSizes {
	appJs: SizeTriple;
	appCss: SizeTriple;
	/** appJs + appCss: the figure with the 250 kB gzip target (target applies to JS). */
	app: SizeTriple;
	worker: SizeTriple;
	wasm: SizeTriple;
	/** The largest app JS files (gzip), to say where the budget goes. */
	largestJs: { file: string; raw: number; gzip: number }[];
}

function walk(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile())
		.map((e) => path.join(e.parentPath, e.name));
}

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : undefined);

function triple(files: string[]): SizeTriple {
	const t: SizeTriple = { files: files.length, raw: 0, gzip: 0, brotli: 0 };
	for (const f of files) {
		const raw = statSync(f).size;
		t.raw += raw;
		t.gzip += sizeOf(`${f}.gz`) ?? raw;
		t.brotli += sizeOf(`${f}.br`) ?? raw;
	}
	return t;
}

const add = (a: SizeTriple, b: SizeTriple): SizeTriple => ({
	files: a.files + b.files,
	raw: a.raw + b.raw,
	gzip: a.gzip + b.gzip,
	brotli: a.brotli + b.brotli
});

export function buildSizes(buildDir: string): BuildSizes {
	const app = path.join(buildDir, '_app');
	const files = walk(app);
	const isWorker = (f: string) => /duckdb-.*worker.*\.js$/.test(path.basename(f));
	const js = files.filter((f) => f.endsWith('.js') && !isWorker(f));
	const css = files.filter((f) => f.endsWith('.css'));
	const appJs = triple(js);
	const appCss = triple(css);
	return {
		appJs,
		appCss,
		app: add(appJs, appCss),
		worker: triple(files.filter((f) => f.endsWith('.js') && isWorker(f))),
		wasm: triple(files.filter((f) => f.endsWith('.wasm'))),
		largestJs: js
			.map((f) => ({
				file: path.relative(buildDir, f),
				raw: statSync(f).size,
				gzip: sizeOf(`${f}.gz`) ?? statSync(f).size
			}))
			.sort((a, b) => b.gzip - a.gzip)
			.slice(0, 5)
	};
}
