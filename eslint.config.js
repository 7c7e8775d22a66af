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
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// zod is for the catalogue (build time, Node); browser code checks JSON with the hand-written
		// readers of src/lib/ingest/json-check.ts (JS budget, German messages).
		files: ['src/**'],
		ignores: ['src/lib/catalogue/**', 'src/cli/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['zod', 'zod/*'],
							message: 'Browser code checks JSON with src/lib/ingest/json-check.ts; zod is for the catalogue.'
						}
					]
				}
			]
		}
	},
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
