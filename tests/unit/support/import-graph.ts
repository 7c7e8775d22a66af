/**
 * The import graph of src/lib, module by module, as the bundler sees it: static imports, re-exports,
 * `import type` and dynamic `import()` (a lazy import still ties two modules together), in `.ts`,
 * `.svelte.ts` and the `<script>` blocks of `.svelte` files. Only paths of our own (`$lib/…`, `./…`,
 * `../…`) are followed. TypeScript's own pre-processor finds the imports, so no import style is missed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Module (path relative to `root`, `/`-separated) → the modules it imports. */
export type ImportGraph = Map<string, string[]>;

const posix = (p: string) => p.split(path.sep).join('/');

export function importGraph(root: string): ImportGraph {
	const files = readdirSync(root, { recursive: true })
		.map((f) => posix(String(f)))
		.filter((f) => /\.(ts|svelte)$/.test(f) && !f.endsWith('.d.ts'));
	const graph: ImportGraph = new Map();
	for (const file of files) {
		let text = readFileSync(path.join(root, file), 'utf8');
		if (file.endsWith('.svelte'))
			text = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
		const imported = ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
		const targets = imported.flatMap((name) => {
			if (name.startsWith('$lib/')) return [name.slice('$lib/'.length)];
			if (name.startsWith('.')) return [posix(path.join(path.dirname(file), name))];
			return []; // a package or a virtual module
		});
		graph.set(file, [...new Set(targets)]);
	}
	return graph;
}

/** The import cycles: strongly connected sets of two or more modules (Tarjan), each sorted. */
export function importCycles(graph: ImportGraph): string[][] {
	const index = new Map<string, number>();
	const low = new Map<string, number>();
	const stack: string[] = [];
	const onStack = new Set<string>();
	const cycles: string[][] = [];
	const visit = (v: string): void => {
		index.set(v, index.size);
		low.set(v, index.get(v)!);
		stack.push(v);
		onStack.add(v);
		for (const w of graph.get(v) ?? []) {
			if (!graph.has(w)) continue;
			if (!index.has(w)) {
				visit(w);
				low.set(v, Math.min(low.get(v)!, low.get(w)!));
			} else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
		}
		if (low.get(v) !== index.get(v)) return;
		const cycle: string[] = [];
		let w: string;
		do {
			w = stack.pop()!;
			onStack.delete(w);
			cycle.push(w);
		} while (w !== v);
		if (cycle.length > 1) cycles.push(cycle.sort());
	};
	for (const v of graph.keys()) if (!index.has(v)) visit(v);
	return cycles;
}

/** The folder of src/lib a module is in (`dashboard` for `dashboard/state.ts`). */
export const folderOf = (module: string): string => module.split('/')[0]!;
