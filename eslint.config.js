import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const NATIVE_PACKAGES = {
	group: ['@duckdb/node-api', '@duckdb/node-api/*', '@duckdb/node-bindings', '@duckdb/node-bindings*'],
	message:
		'Native DuckDB only through src/lib/engine/node-connector.ts (openNodeEngine); never in browser code.'
};
const NATIVE_MODULES = {
	group: ['**/engine/native-connector*', '**/engine/native-arrow*', './native-connector*', './native-arrow*'],
	message: 'The native connector is Node-only: open it with openNodeEngine from node-connector.ts.'
};

function nativeDuckdbRules() {
	const rule = (patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });
	const nodeConnector = 'src/lib/engine/node-connector.ts';
	const native = ['src/lib/engine/native-connector.ts', 'src/lib/engine/native-arrow.ts'];
	return [
		{
			files: ['src/**'],
			ignores: [nodeConnector, ...native],
			rules: rule([NATIVE_PACKAGES, NATIVE_MODULES])
		},
		{ files: [nodeConnector], rules: rule([NATIVE_PACKAGES]) }
	];
}

/**
 * Folders of src/lib and what each must never import. Why each row:
 * - catalogue: the ring's definitions, read by everything, so it reads nothing of the app.
 * - format: the one formatter (and the one CSV quoter), below every page; only the catalogue.
 * - i18n: the message catalogue and the one place where the engine's codes, the import's problems and
 *   the store's problems become sentences — so it reads their types and codes, but no page layer.
 * - engine: SQL and numbers; results are codes, worded by i18n where shown, so no i18n, no Svelte,
 *   nothing above it, and of format only the CSV quoter its load files are written with.
 * - ingest, zip: bytes → values; they know the ring's types but never its store or a page; zip
 *   (the bytes of an archive) knows nothing of the ingest that reads its entries.
 * - ring: the ring as data, its package and its store; never a page or the engine.
 * - charts: pure functions of view-model rows (and the tables of their downloads); never the app's
 *   state or the store.
 * - downloads: handing bytes to the browser; shared by charts and pages, so it imports neither.
 * - dashboard: works on its own interface (dashboard/source.ts) that the app implements and the root
 *   layout hands in, so it never imports the app — nor the first view, which is built on it.
 * - first-view: the dashboard's data layer turned into records at build time and back into a
 *   preview source in the browser; it knows the dashboard's modules, never its components or the app.
 * - app: the session and its ring operations; it implements the dashboard's interface (types, the
 *   data layer), but the dashboard's components are the pages' to place, not the app's.
 */
const LAYERS = ['app', 'dashboard', 'import', 'moderation', 'datenstand', 'first-view'];
const ARROWS = {
	catalogue: ['engine', 'ring', 'ingest', 'zip', 'format', 'i18n', 'charts', ...LAYERS],
	format: ['engine', 'ring', 'ingest', 'zip', 'charts', ...LAYERS],
	i18n: ['zip', 'charts', ...LAYERS],
	engine: ['format', 'i18n', 'ingest', 'zip', 'charts', ...LAYERS],
	ingest: ['ring/store', 'ring/idb', 'engine', 'charts', ...LAYERS],
	zip: ['ring', 'ingest', 'engine', 'charts', ...LAYERS],
	ring: ['engine', 'charts', ...LAYERS],
	charts: ['ring/store', 'ring/idb', 'ingest', ...LAYERS],
	downloads: ['engine', 'ring', 'ingest', 'charts', ...LAYERS],
	dashboard: ['app', 'first-view'],
	'first-view': ['app', 'dashboard/*.svelte'],
	app: ['dashboard/*.svelte']
};
const ZOD = {
	group: ['zod', 'zod/*'],
	message: 'Browser code checks JSON with src/lib/ingest/json-check.ts; zod is for the catalogue.'
};
const SVELTE = {
	group: ['svelte', 'svelte/*', '*.svelte', '$app/*'],
	message: 'The engine knows nothing of Svelte.'
};

/** Single modules a folder may use from a folder it must not otherwise import (why: see above). */
const EXCEPT = { engine: ['format/csv'] };

function arrowRules() {
	const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
	const bases = ['$lib/', '../', '../../', '../../../'];
	// A folder with an excepted module is matched file by file (gitignore semantics: a file cannot be
	// re-included once its folder is excluded), so `!` can let that one module through. A target that
	// is a pattern itself (`dashboard/*.svelte`: a folder's components) is used as it is.
	const paths = (t, except) =>
		t.includes('*') ? [t] : except ? [`${t}.*`, `${t}/*`, `${t}/*/**`] : [t, `${t}.*`, `${t}/**`];
	const forbid = (folder, targets) => {
		const except = EXCEPT[folder] ?? [];
		const excepted = (t) => except.some((e) => e.startsWith(`${t}/`));
		return {
			group: [
				...targets.flatMap((t) => bases.flatMap((base) => paths(t, excepted(t)).map((p) => `${base}${p}`))),
				...except.flatMap((e) => bases.map((base) => `!${base}${e}.ts`))
			],
			message: `src/lib/${folder}/ must not import ${targets.join(', ')} (README, "Architecture": arrows point one way).`
		};
	};
	const folders = Object.entries(ARROWS).map(([folder, targets]) => {
		const patterns = [forbid(folder, targets)];
		if (folder !== 'catalogue') patterns.push(ZOD);
		if (folder === 'engine') patterns.push(SVELTE);
		return { files: [`src/lib/${folder}/**`], rules: rule(patterns) };
	});
	return [
		// zod: every browser file (the catalogue and the CLI run at build time or in Node).
		{ files: ['src/**'], ignores: ['src/lib/catalogue/**', 'src/cli/**'], rules: rule([ZOD]) },
		...folders,
		{
			// Pages reach the engine through view models and the session, never directly.
			files: ['src/routes/**'],
			rules: rule([
				ZOD,
				{
					group: ['$lib/engine', '$lib/engine/*'],
					message:
						'Pages never import the engine: take its results from a view model (README, "Architecture").'
				}
			])
		}
	];
}

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'bench/results/',
			'test-results/',
			'playwright-report/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{ languageOptions: { globals: { ...globals.browser, ...globals.node } } },
	{
		files: ['**/*.svelte', '**/*.svelte.ts'],
		// No rule here needs type information (svelte-check does the typing), so no `projectService`:
		// building a TypeScript program for every Svelte file was half of the lint step's time.
		languageOptions: {
			parserOptions: {
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	// The one-way arrows (README, "Architecture"): files → ingest → ring → engine → view models →
	// charts and pages. Each folder lists the folders it must never import; the table is the rule set.
	...arrowRules(),
	// Native DuckDB is a Node library with a binary: only the engine's native connector may load it,
	// and only the Node connector may load that (dynamically, when asked for), so no browser page,
	// component or shared module can pull it into the build. The TypeScript variant of
	// no-restricted-imports, so these patterns add to the folder rules above instead of replacing them.
	...nativeDuckdbRules(),
	{
		rules: {
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	}
);
