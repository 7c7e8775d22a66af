/**
 * No import cycle between folders of src/lib, module by module, counting `import type` and lazy
 * `import()` too (support/import-graph.ts) — what the ESLint arrows (arrows.test.ts) cannot see:
 * a cycle that closes through a third folder, or through a dynamic import. Such a cycle is how the
 * app ↔ dashboard ↔ first-view circle stood: the dashboard read the app's session, the app's session
 * held the first view's preview, and the preview read the dashboard.
 *
 * Cycles inside one folder (two modules of a folder that know each other) are that folder's own
 * business and not counted here.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderOf, importCycles, importGraph, type ImportGraph } from './support/import-graph.ts';

const graph = importGraph(path.resolve('src/lib'));

describe('import cycles in src/lib', () => {
	it('reads the graph: every import of our own resolves to a module of src/lib', () => {
		expect(graph.size).toBeGreaterThan(200);
		expect(graph.get('dashboard/DashboardShell.svelte')).toContain('dashboard/source.ts');
		expect(graph.get('app/preview.ts')).toContain('first-view/last-view.ts'); // a dynamic import
		const unresolved = [...graph].flatMap(([m, deps]) =>
			deps.filter((d) => !graph.has(d)).map((d) => `${m} → ${d}`)
		);
		expect(unresolved).toEqual([]);
	});

	it('finds a cycle across folders, also one closed by a type import or a lazy import', () => {
		const circle: ImportGraph = new Map([
			['dashboard/context.ts', ['app/session.ts']],
			['app/session.ts', ['first-view/preview.ts']],
			['first-view/preview.ts', ['dashboard/context.ts', 'ring/store.ts']],
			['ring/store.ts', []]
		]);
		expect(importCycles(circle)).toEqual([
			['app/session.ts', 'dashboard/context.ts', 'first-view/preview.ts']
		]);
		circle.set('first-view/preview.ts', ['ring/store.ts']);
		expect(importCycles(circle)).toEqual([]);
	});

	it('has no cycle that spans two folders', () => {
		const across = importCycles(graph).filter((c) => new Set(c.map(folderOf)).size > 1);
		expect(across).toEqual([]);
	});

	it('among app, dashboard and first-view, folders point one way: app → first-view → dashboard', () => {
		const order = ['app', 'first-view', 'dashboard'];
		const backward = [...graph].flatMap(([module, deps]) =>
			deps
				.filter((d) => {
					const [from, to] = [order.indexOf(folderOf(module)), order.indexOf(folderOf(d))];
					return from >= 0 && to >= 0 && to < from;
				})
				.map((d) => `${module} → ${d}`)
		);
		expect(backward).toEqual([]);
	});
});
