/**
 * The JS budget applies per route: what a page loads before its first paint, not every lazy chunk
 * of the build (the report generator or a worker must not count against the dashboard's budget).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeJs } from '../../bench/sizes.ts';

function build(files: Record<string, string>): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'route-js-'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		writeFileSync(path.join(dir, name), text);
	}
	return dir;
}

const page = (prefix: string, nodes: string) =>
	`<script>Promise.all([import("${prefix}_app/immutable/entry/start.A.js"), import("${prefix}_app/immutable/entry/app.B.js")]).then(([kit, app]) => kit.start(app, e, { node_ids: [${nodes}], data: [] }));</script>`;

describe('JS per route before first paint', () => {
	it('follows static imports from the entries and the page nodes, and lists the rest as lazy', () => {
		const dir = build({
			'index.html': page('./', '0, 2'),
			'kpi/a.html': page('../', '0, 3'),
			'kpi/b.html': page('../', '0, 3'),
			'_app/immutable/entry/start.A.js': 'import{a}from"../chunks/shared.js";' + 'x'.repeat(100),
			'_app/immutable/entry/app.B.js': 'const n=[()=>import("../nodes/0.N.js")];' + 'y'.repeat(100),
			'_app/immutable/nodes/0.N.js': 'import"../chunks/shared.js";',
			'_app/immutable/nodes/2.N.js': 'import{p}from"../chunks/plot.js";',
			'_app/immutable/nodes/3.N.js':
				'import{q}from"../chunks/plot.js";const r=()=>import("../chunks/report.js");',
			'_app/immutable/chunks/shared.js': 's'.repeat(300),
			'_app/immutable/chunks/plot.js': 'p'.repeat(5000),
			'_app/immutable/chunks/report.js': 'import"./pdf.js";r',
			'_app/immutable/chunks/pdf.js': 'import"./shared.js";' + 'f'.repeat(9000),
			'_app/immutable/workers/w.js': 'w'
		});
		const { routes, lazy } = routeJs(dir);
		expect(routes.map((r) => [r.route, r.files])).toEqual([
			['/', 6],
			['/kpi/[id]', 6]
		]);
		// report.js is lazy and brings pdf.js along; shared.js is already loaded by every route.
		expect(lazy.map((l) => l.chunk)).toEqual([
			'_app/immutable/chunks/report.js',
			'_app/immutable/workers/w.js'
		]);
		expect(lazy[0]!.gzip).toBeGreaterThan(9000); // no .gz beside it: raw size, as a server sends it
	});
});
