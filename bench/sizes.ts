/**
 * Download size of the production build, read from the files adapter-static wrote (`.gz` and `.br`
 * next to each file), so the figures are exactly what scripts/serve.ts or nginx `gzip_static` /
 * `brotli_static` send — no recompression with other settings.
 *
 * Groups: app JS and CSS (everything under `_app/` ending .js/.css, except the DuckDB worker), the
 * DuckDB worker script, the WASM. A missing .gz/.br (adapter-static skips files that do not shrink)
 * counts with its raw size, as a server would then send it.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
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
	/** JS each route loads before its first paint (the budget applies per route), and the lazy chunks. */
	routes: RouteJs[];
	lazy: LazyJs[];
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

export function buildSizes(buildDir: string, manifestFile?: string): BuildSizes {
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
			.slice(0, 5),
		...routeJs(buildDir, manifestFile)
	};
}

/** One route's JavaScript before its first paint: the entry, its nodes and their static imports. */
export interface RouteJs {
	/** The route, KPI pages folded into `/kpi/[id]`. */
	route: string;
	files: number;
	gzip: number;
	brotli: number;
}

/** A chunk no route loads before its first paint (a dynamic import or a worker), with its own closure. */
export interface LazyJs {
	chunk: string;
	/** Its source (from Vite's manifest when given), e.g. src/lib/engine/browser-connector.ts. */
	source?: string;
	gzip: number;
	brotli: number;
}

/** `import … from "./x.js"` and `import "./x.js"` — static imports only, not `import("…")`. */
const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{}\s,]+?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

function staticClosure(start: string[], seen = new Set<string>()): Set<string> {
	const stack = [...start];
	while (stack.length) {
		const file = stack.pop()!;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT))
			stack.push(path.resolve(path.dirname(file), m[1]!));
	}
	return seen;
}

function sum(files: Iterable<string>): { files: number; gzip: number; brotli: number } {
	const t = triple([...files]);
	return { files: t.files, gzip: t.gzip, brotli: t.brotli };
}

/**
 * JS per route before first paint, read from the prerendered pages: each names the entry files it
 * imports and its layout and page nodes (`node_ids`); their static imports are followed through the
 * built files. Every other JS file (dynamic imports, workers — the DuckDB worker excepted) is a lazy
 * chunk, reported with what it adds beyond the routes' code.
 */
export function routeJs(buildDir: string, manifestFile?: string): { routes: RouteJs[]; lazy: LazyJs[] } {
	const immutable = path.join(buildDir, '_app', 'immutable');
	const nodeFiles = readdirSync(path.join(immutable, 'nodes'));
	const pages = walk(buildDir).filter((f) => f.endsWith('.html'));
	const byRoute = new Map<string, RouteJs>();
	const loaded = new Set<string>();
	for (const page of pages) {
		const html = readFileSync(page, 'utf8');
		const entries = [...html.matchAll(/import\("(\.[^"]+\.js)"\)/g)].map((m) =>
			path.resolve(path.dirname(page), m[1]!)
		);
		const ids =
			/node_ids: \[([\d, ]*)\]/
				.exec(html)?.[1]
				?.split(',')
				.map((s) => s.trim()) ?? [];
		const nodes = ids.map((id) =>
			path.join(
				immutable,
				'nodes',
				nodeFiles.find((f) => f.startsWith(`${id}.`))!
			)
		);
		const closure = staticClosure([...entries, ...nodes]);
		for (const f of closure) loaded.add(f);
		let route = '/' + path.relative(buildDir, page).replace(/(index)?\.html$/, '');
		route = route.replace(/^\/kpi\/[^/]+$/, '/kpi/[id]');
		if (!byRoute.has(route)) byRoute.set(route, { route, ...sum(closure) });
	}
	const sources = new Map<string, string>();
	if (manifestFile && existsSync(manifestFile)) {
		const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string }>;
		for (const [source, entry] of Object.entries(manifest))
			sources.set(path.resolve(buildDir, entry.file), source);
	}
	const isDuckdbWorker = (f: string) => /duckdb-.*worker.*\.js$/.test(path.basename(f));
	const unloaded = walk(immutable).filter((f) => f.endsWith('.js') && !loaded.has(f) && !isDuckdbWorker(f));
	// Only the roots: a chunk that another lazy chunk imports statically is counted with that one.
	const imported = new Set(unloaded.flatMap((f) => [...staticClosure([f])].filter((x) => x !== f)));
	const lazy = unloaded
		.filter((f) => !imported.has(f))
		.map((f) => {
			const own = [...staticClosure([f])].filter((x) => !loaded.has(x));
			return { chunk: path.relative(buildDir, f), source: sources.get(f), ...sum(own) };
		})
		.sort((a, b) => b.gzip - a.gzip);
	return { routes: [...byRoute.values()].sort((a, b) => a.route.localeCompare(b.route)), lazy };
}
