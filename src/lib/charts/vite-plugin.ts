/**
 * Vite plugin: Plot without maps, named colour schemes, colour ramps, time formats, and curves and
 * symbols we do not draw, in the browser build.
 *
 * Why: Plot's core imports d3-geo (map projections; `plot.js` and `projection.js`), d3-scale-chromatic
 * (the named colour schemes; `scales/schemes.js`), d3-axis (only for the legend of a continuous
 * colour scale; `legends/ramp.js`) and d3-time-format (tick labels of time scales; `time.js`, d3-scale)
 * at module level, so the bundler keeps them although no chart of ours projects anything or has a
 * colour scale — every mark has a fixed colour from `style.ts` — or a time scale: periods are years,
 * and every axis has its tick format from `format/`. Together they are ~21 kB gzip of the 250 kB
 * the app may ship.
 *
 * The plugin replaces these modules with stand-ins exporting the same names (read from the real
 * modules, so a new d3 version cannot make the build miss an export). Each stand-in fails loudly — a
 * German error on any call or property read — so a chart that starts using a projection, a `geo` mark
 * or a colour scheme breaks in the browser tests instead of drawing wrongly. Plot only stores them in
 * its lookup tables at load, which touches neither. The one exception is `geoTransform`, which Plot
 * calls at load (`projection.js`: `reflectY`); it is eight lines, so the stand-in module has d3's own.
 *
 * d3-shape is left out in part (`PARTLY`): Plot's curve and symbol tables name every curve and
 * symbol of d3, but our charts draw straight lines and areas (`curveLinear`, Plot's default) and
 * two symbols (circle, and the diamond of `style.ts`); the other curves and symbols are stand-ins
 * (~4 kB gzip), the rest of d3-shape is the real module.
 *
 * Build only: the dev server and the unit tests keep the real modules.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export const LEFT_OUT = ['d3-geo', 'd3-scale-chromatic', 'd3-axis', 'd3-time-format', 'd3-shape'] as const;
const PREFIX = '\0left-out:';

/**
 * Modules of which only these exports are real (re-exported from the module itself); every other
 * export is a stand-in. A chart that needs another curve or symbol adds it here.
 */
export const PARTLY: Record<string, readonly string[]> = {
	'd3-shape': ['line', 'area', 'curveLinear', 'symbolCircle', 'symbolDiamond']
};

/**
 * Exports kept real, as source: d3-geo's `geoTransform` (d3-geo 3.1, `src/transform.js`, ISC licence,
 * Copyright 2010-2024 Mike Bostock), which Plot calls while its module loads.
 */
const KEPT: Record<string, Record<string, string>> = {
	'd3-geo': {
		geoTransform: `function geoTransform(methods) {
	return { stream: (stream) => { const s = new TransformStream(); for (const key in methods) s[key] = methods[key]; s.stream = stream; return s; } };
}
function TransformStream() {}
TransformStream.prototype = {
	constructor: TransformStream,
	point(x, y) { this.stream.point(x, y); },
	sphere() { this.stream.sphere(); },
	lineStart() { this.stream.lineStart(); },
	lineEnd() { this.stream.lineEnd(); },
	polygonStart() { this.stream.polygonStart(); },
	polygonEnd() { this.stream.polygonEnd(); }
};
export { geoTransform };`
	}
};

/**
 * Source of a stand-in for `module`, whose real export names are `names`; the names in `PARTLY` are
 * re-exported from `real` (the real module's path or URL).
 */
export function standInSource(module: string, names: string[], real?: string): string {
	const kept = KEPT[module] ?? {};
	const partly = PARTLY[module] ?? [];
	if (partly.length > 0 && real === undefined)
		throw new Error(`standInSource: ${module} needs its real path`);
	const message = `${module} ist in diesem Build nicht enthalten (Diagramme ohne Karten, Farbschemata, Farblegenden, Zeitachsen, weitere Kurven und Symbole; siehe src/lib/charts/vite-plugin.ts).`;
	const lines = [
		`const fail = (name) => () => { throw new Error(${JSON.stringify(message)} + ' Aufgerufen: ' + name); };`,
		'const standIn = (name) => new Proxy(function () {}, { get: fail(name), apply: fail(name), construct: fail(name) });'
	];
	for (const name of names)
		lines.push(
			partly.includes(name)
				? `export { ${name} } from ${JSON.stringify(real)};`
				: (kept[name] ?? `export const ${name} = /* @__PURE__ */ standIn(${JSON.stringify(name)});`)
		);
	return lines.join('\n') + '\n';
}

export function plotWithoutMaps(): Plugin {
	return {
		name: 'vergleichsring-plot-without-maps',
		apply: 'build',
		enforce: 'pre',
		resolveId(source) {
			return (LEFT_OUT as readonly string[]).includes(source) ? PREFIX + source : undefined;
		},
		async load(id) {
			if (!id.startsWith(PREFIX)) return undefined;
			const module = id.slice(PREFIX.length);
			const real = (await import(module)) as Record<string, unknown>;
			return standInSource(module, Object.keys(real), fileURLToPath(import.meta.resolve(module)));
		}
	};
}
