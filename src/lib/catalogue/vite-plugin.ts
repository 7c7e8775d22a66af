/**
 * Vite plugin serving `virtual:kpi-definitions`: the validated catalogue as JSON (default export).
 *
 * Why at build time: the browser app must not parse YAML or ship invalid definitions. An invalid
 * definition fails `vite build` (and shows the error overlay in dev) with file, id and message;
 * editing a definition file reloads the module in dev.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatCatalogueError, type Catalogue } from './schema.ts';
import { DEFAULT_DEFINITIONS_DIR, readDefinitionFiles } from './node-loader.ts';
import { validateCatalogue } from './validate.ts';

export const VIRTUAL_ID = 'virtual:kpi-definitions';

/**
 * The catalogue as the browser gets it: without what no page shows, since it ships in the app's
 * JavaScript (budget: README, Benchmark) — the English labels (no page can switch to English yet;
 * add them back with the switch) and the help texts of base counts and derived quantities (only
 * KPIs show theirs). The CLI and the tests read the full catalogue (node-loader.ts).
 */
export function forBrowser(catalogue: Catalogue): Catalogue {
	const bare = <T extends { label_en?: string; help?: string }>(entry: T, keepHelp: boolean): T => {
		const { label_en: _, help, ...rest } = entry;
		return (keepHelp && help !== undefined ? { ...rest, help } : rest) as T;
	};
	return {
		...catalogue,
		fields: catalogue.fields.map((f) => bare(f, false)),
		base_counts: catalogue.base_counts.map((b) => bare(b, false)),
		derived: catalogue.derived.map((d) => bare(d, false)),
		kpis: catalogue.kpis.map((k) => bare(k, true))
	};
}
const RESOLVED_ID = '\0' + VIRTUAL_ID;

export function kpiDefinitions(options: { dir?: string } = {}): Plugin {
	const dir = path.resolve(options.dir ?? DEFAULT_DEFINITIONS_DIR);
	return {
		name: 'vergleichsring-kpi-definitions',
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
		},
		load(id) {
			if (id !== RESOLVED_ID) return undefined;
			const files = readDefinitionFiles(dir);
			// Files only: in dev, Vite resolves watched paths like imports, and a directory breaks that.
			// New definition files are caught by `handleHotUpdate` below, which watches the whole folder.
			for (const f of files) this.addWatchFile(path.join(dir, f.path));
			const result = validateCatalogue(files);
			if (!result.ok)
				this.error(`Ungültige Kennzahl-Definitionen:\n${result.errors.map(formatCatalogueError).join('\n')}`);
			return `export default ${JSON.stringify(forBrowser(result.catalogue))};\n`;
		},
		handleHotUpdate(ctx) {
			if (!ctx.file.startsWith(dir + path.sep)) return;
			const mod = ctx.server.moduleGraph.getModuleById(RESOLVED_ID);
			if (mod) {
				ctx.server.moduleGraph.invalidateModule(mod);
				ctx.server.ws.send({ type: 'full-reload' });
			}
			return [];
		}
	};
}
