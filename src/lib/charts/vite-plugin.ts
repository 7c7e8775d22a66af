/**
 * Vite plugin: Plot without maps, named colour schemes, colour ramps and time formats in the browser
 * build.
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
 * Build only: the dev server and the unit tests keep the real modules.
 */
import type { Plugin } from 'vite';

export const LEFT_OUT = ['d3-geo', 'd3-scale-chromatic', 'd3-axis', 'd3-time-format'] as const;
const PREFIX = '\0left-out:';

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

/** Source of a stand-in for `module`, whose real export names are `names`. */
export function standInSource(module: string, names: string[]): string {
	const kept = KEPT[module] ?? {};
	const message = `${module} ist in diesem Build nicht enthalten (Diagramme ohne Karten, Farbschemata, Farblegenden und Zeitachsen; siehe src/lib/charts/vite-plugin.ts).`;
	const lines = [
		`const fail = (name) => () => { throw new Error(${JSON.stringify(message)} + ' Aufgerufen: ' + name); };`,
		'const standIn = (name) => new Proxy(function () {}, { get: fail(name), apply: fail(name), construct: fail(name) });'
	];
	for (const name of names)
		lines.push(kept[name] ?? `export const ${name} = /* @__PURE__ */ standIn(${JSON.stringify(name)});`);
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
			return standInSource(module, Object.keys(real));
		}
	};
}
