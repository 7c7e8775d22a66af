/**
 * Plot without maps, colour schemes, colour ramps and time formats (charts/vite-plugin.ts): the
 * stand-ins for d3-geo, d3-scale-chromatic, d3-axis and d3-time-format export every name of the real
 * modules, can be stored in tables (as Plot does at load) and fail with a German error as soon as
 * anything uses them. That every chart still draws with them is shown by the Chromium tests, which run
 * against the production build.
 */
import { describe, expect, it } from 'vitest';
import { LEFT_OUT, plotWithoutMaps, standInSource } from '../../src/lib/charts/vite-plugin.ts';

async function standIn(module: string): Promise<Record<string, unknown>> {
	const plugin = plotWithoutMaps();
	const resolveId = plugin.resolveId as (source: string) => string | undefined;
	const load = plugin.load as (id: string) => Promise<string>;
	const id = resolveId(module);
	expect(id).toBeDefined();
	const source = await load(id!);
	return (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as Record<string, unknown>;
}

describe('plotWithoutMaps', () => {
	it('applies to the build only and leaves every other module alone', () => {
		const plugin = plotWithoutMaps();
		expect(plugin.apply).toBe('build');
		const resolveId = plugin.resolveId as (source: string) => string | undefined;
		for (const other of ['d3', 'd3-shape', 'd3-geo-projection', '@observablehq/plot'])
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
		['d3-time-format', 'utcFormat', (f: never) => (f as (s: string) => unknown)('%Y')]
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

	it('writes one export per name', () => {
		const source = standInSource('m', ['a', 'b']);
		expect(source.match(/^export const /gm)).toHaveLength(2);
		expect(source).toContain('export const a = /* @__PURE__ */ standIn("a");');
	});
});
