/**
 * Plot without maps, colour schemes, colour ramps, time formats and the curves and symbols we do not
 * draw (charts/vite-plugin.ts): the stand-ins for d3-geo, d3-scale-chromatic, d3-axis, d3-time-format
 * and (in part) d3-shape export every name of the real modules, can be stored in tables (as Plot does
 * at load) and fail with a German error as soon as anything uses them; the exports kept are the real
 * ones. That every chart still draws with them is shown by the Chromium tests, which run against the
 * production build.
 */
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LEFT_OUT, PARTLY, plotWithoutMaps, standInSource } from '../../src/lib/charts/vite-plugin.ts';

async function standIn(module: string): Promise<Record<string, unknown>> {
	const plugin = plotWithoutMaps();
	const resolveId = plugin.resolveId as (source: string) => string | undefined;
	const load = plugin.load as (id: string) => Promise<string>;
	const id = resolveId(module);
	expect(id).toBeDefined();
	// Re-exports of the real module name its file; a data: module imports it by URL.
	const source = (await load(id!)).replace(
		/from "(\/[^"]+)"/g,
		(_, file: string) => `from "${pathToFileURL(file).href}"`
	);
	return (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as Record<string, unknown>;
}

describe('plotWithoutMaps', () => {
	it('applies to the build only and leaves every other module alone', () => {
		const plugin = plotWithoutMaps();
		expect(plugin.apply).toBe('build');
		const resolveId = plugin.resolveId as (source: string) => string | undefined;
		for (const other of ['d3', 'd3-path', 'd3-geo-projection', '@observablehq/plot'])
			expect(resolveId(other)).toBeUndefined();
	});

	it.each(LEFT_OUT)('%s: same export names as the real module', async (module) => {
		const real = (await import(module)) as Record<string, unknown>;
		const fake = await standIn(module);
		expect(Object.keys(fake).sort()).toEqual(Object.keys(real).sort());
	});

	it.each([
		['d3-geo', 'geoPath', (f: never) => (f as () => unknown)()],
		['d3-geo', 'geoMercator', (f: never) => new (f as new () => unknown)()],
		['d3-scale-chromatic', 'schemeTableau10', (f: never) => (f as string[])[0]],
		['d3-scale-chromatic', 'schemeBlues', (f: never) => (f as string[]).length],
		['d3-scale-chromatic', 'interpolateTurbo', (f: never) => (f as (t: number) => string)(0.5)],
		['d3-axis', 'axisBottom', (f: never) => (f as () => unknown)()],
		['d3-time-format', 'utcFormat', (f: never) => (f as (s: string) => unknown)('%Y')],
		['d3-shape', 'curveBasis', (f: never) => (f as (c: unknown) => unknown)({})],
		['d3-shape', 'symbolStar', (f: never) => (f as { draw: unknown }).draw],
		['d3-shape', 'arc', (f: never) => (f as () => unknown)()]
	] as const)('%s %s: fails in German when used', async (module, name, use) => {
		const fake = await standIn(module);
		const table = new Map([[name, fake[name]]]); // what Plot does at load: no error
		expect(() => use(table.get(name) as never)).toThrow(
			new RegExp(`^${module} ist in diesem Build nicht enthalten .* Aufgerufen: ${name}$`)
		);
	});

	it('d3-geo: geoTransform, which Plot calls at load, is the real one', async () => {
		type Stream = Record<string, (...args: number[]) => void>;
		type Geo = { geoTransform(methods: object): { stream(sink: object): Stream } };
		const real = (await import('d3-geo' as string)) as Geo;
		const fake = (await standIn('d3-geo')) as unknown as Geo;
		const run = (geo: Geo) => {
			const calls: unknown[][] = [];
			const sink = new Proxy(
				{},
				{
					get:
						(_, name) =>
						(...args: unknown[]) =>
							calls.push([name, ...args])
				}
			);
			const flip = geo.geoTransform({
				point(this: { stream: Stream }, x: number, y: number) {
					this.stream.point!(x, -y);
				}
			});
			const s = flip.stream(sink);
			for (const [method, ...args] of [
				['lineStart'],
				['point', 1, 2],
				['point', 3, -4],
				['lineEnd'],
				['polygonStart'],
				['sphere'],
				['polygonEnd']
			] as const)
				s[method]!(...(args as number[]));
			return calls;
		};
		expect(run(fake)).toEqual(run(real));
		expect(run(fake)).toContainEqual(['point', 3, 4]);
	});

	it('d3-shape: the line and area generators, the linear curve and our two symbols are the real ones', async () => {
		const real = (await import('d3-shape' as string)) as Record<string, unknown>;
		const fake = await standIn('d3-shape');
		for (const name of PARTLY['d3-shape']!) expect(fake[name], name).toBe(real[name]);
		type Line = () => { curve(c: unknown): (points: [number, number][]) => string };
		const path = (m: Record<string, unknown>) =>
			(m.line as Line)().curve(m.curveLinear)([
				[0, 0],
				[1, 2]
			]);
		expect(path(fake)).toBe('M0,0L1,2');
	});

	it('a partly left-out module needs the path of the real one', () => {
		expect(() => standInSource('d3-shape', ['line'])).toThrow(/real path/);
		expect(standInSource('d3-shape', ['line', 'arc'], '/x/d3-shape.mjs')).toContain(
			'export { line } from "/x/d3-shape.mjs";'
		);
	});

	it('writes one export per name', () => {
		const source = standInSource('m', ['a', 'b']);
		expect(source.match(/^export const /gm)).toHaveLength(2);
		expect(source).toContain('export const a = /* @__PURE__ */ standIn("a");');
	});
});
