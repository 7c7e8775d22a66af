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
/** The English labels and help texts, a module of their own: only a page that shows English loads them. */
export const ENGLISH_ID = 'virtual:kpi-definitions/en';

/** One language's texts of the catalogue that pages show, by section and id. */
export interface CatalogueTexts {
	fields: Record<string, string>;
	base_counts: Record<string, string>;
	/** Derived terms (the what-if targets name them); a term without `label_en` keeps its label. */
	derived: Record<string, string>;
	kpis: Record<string, { label: string; help: string }>;
}

/**
 * The catalogue as the browser gets it: German only, and without what no page shows, since it ships
 * in the app's JavaScript (budget: README, Benchmark) — no English (`englishTexts`, loaded with the
 * English messages when a page switches to English), no help texts of base counts and derived
 * quantities (only KPIs show theirs). The CLI and the tests read the full catalogue (node-loader.ts).
 */
export function forBrowser(catalogue: Catalogue): Catalogue {
	const bare = <T extends { label_en?: string; help?: string; help_en?: string }>(
		entry: T,
		keepHelp: boolean
	): T => {
		const { label_en: _, help_en: __, help, ...rest } = entry;
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

/** What English pages show of the catalogue (validation guarantees every entry has it). */
export function englishTexts(catalogue: Catalogue): CatalogueTexts {
	const byId = <T extends { id: string }, V>(list: readonly T[], value: (entry: T) => V) =>
		Object.fromEntries(list.map((entry) => [entry.id, value(entry)]));
	return {
		fields: byId(catalogue.fields, (f) => f.label_en ?? f.label),
		base_counts: byId(catalogue.base_counts, (b) => b.label_en ?? b.label),
		derived: byId(catalogue.derived, (d) => d.label_en ?? d.label ?? d.id),
		kpis: byId(catalogue.kpis, (k) => ({ label: k.label_en ?? k.label, help: k.help_en ?? k.help }))
	};
}
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const RESOLVED_ENGLISH = '\0' + ENGLISH_ID;

export function kpiDefinitions(options: { dir?: string } = {}): Plugin {
	const dir = path.resolve(options.dir ?? DEFAULT_DEFINITIONS_DIR);
	return {
		name: 'vergleichsring-kpi-definitions',
		resolveId(id) {
			return id === VIRTUAL_ID ? RESOLVED_ID : id === ENGLISH_ID ? RESOLVED_ENGLISH : undefined;
		},
		load(id) {
			if (id !== RESOLVED_ID && id !== RESOLVED_ENGLISH) return undefined;
			const files = readDefinitionFiles(dir);
			// Files only: in dev, Vite resolves watched paths like imports, and a directory breaks that.
			// New definition files are caught by `handleHotUpdate` below, which watches the whole folder.
			for (const f of files) this.addWatchFile(path.join(dir, f.path));
			const result = validateCatalogue(files);
			if (!result.ok)
				this.error(`Ungültige Kennzahl-Definitionen:\n${result.errors.map(formatCatalogueError).join('\n')}`);
			const value = id === RESOLVED_ID ? forBrowser(result.catalogue) : englishTexts(result.catalogue);
			return `export default ${JSON.stringify(value)};\n`;
		},
		handleHotUpdate(ctx) {
			if (!ctx.file.startsWith(dir + path.sep)) return;
			const mods = [RESOLVED_ID, RESOLVED_ENGLISH].map((m) => ctx.server.moduleGraph.getModuleById(m));
			for (const mod of mods) if (mod) ctx.server.moduleGraph.invalidateModule(mod);
			if (mods.some(Boolean)) ctx.server.ws.send({ type: 'full-reload' });
			return [];
		}
	};
}
