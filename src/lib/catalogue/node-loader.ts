/**
 * Reads `kpi-definitions/` from disk (Node only: CLI, tests, the Vite plugin at build time) and
 * validates it. The browser never reads these files: it gets the validated catalogue through the
 * virtual module `virtual:kpi-definitions` built by `vite-plugin.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCatalogueError, type Catalogue } from './schema.ts';
import { validateCatalogue, type CatalogueResult, type DefinitionFile } from './validate.ts';

/** `kpi-definitions/` of this repository. */
export const DEFAULT_DEFINITIONS_DIR = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	'../../../kpi-definitions'
);

/** All `*.yaml` / `*.yml` files below `dir`, paths relative to `dir` with `/` separators. */
export function readDefinitionFiles(dir: string = DEFAULT_DEFINITIONS_DIR): DefinitionFile[] {
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
		.map((e) => {
			const full = path.join(e.parentPath, e.name);
			return { path: path.relative(dir, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') };
		})
		.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export function loadCatalogueResult(dir: string = DEFAULT_DEFINITIONS_DIR): CatalogueResult {
	return validateCatalogue(readDefinitionFiles(dir));
}

/** Load and validate; throws one Error listing every problem (file [id]: message) when invalid. */
export function loadCatalogue(dir: string = DEFAULT_DEFINITIONS_DIR): Catalogue {
	const result = loadCatalogueResult(dir);
	if (!result.ok)
		throw new Error(
			`Ungültige Kennzahl-Definitionen in ${dir}:\n${result.errors.map(formatCatalogueError).join('\n')}`
		);
	return result.catalogue;
}
