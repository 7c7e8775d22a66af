/**
 * A chart as a stable SVG text for the snapshot files (tests/unit/__snapshots__/charts/): one element
 * per line, attributes sorted (DOM libraries differ in the order they keep), coordinates to a
 * hundredth of a pixel, text escaped; the root gets the SVG namespace, so each file opens as a picture.
 */
import { expect } from 'vitest';

const escapeText = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const escapeAttr = (s: string) => escapeText(s).replaceAll('"', '&quot;');

/**
 * Coordinates to two decimals (a hundredth of a pixel): d3's scales give 264.960113960114, and the
 * last digits of such a float are not what a chart change is about.
 */
const coordinates = (value: string) =>
	value.replace(/-?\d+\.\d{3,}/g, (n) => String(Math.round(Number(n) * 100) / 100));

/**
 * The element as indented SVG: one element per line, attributes sorted, text escaped; the root
 * gets the SVG namespace (a DOM element carries it implicitly), so each file opens as a picture.
 */
export function svgText(node: Element, depth = 0): string {
	const pad = '\t'.repeat(depth);
	const attributes = new Map([...node.attributes].map((a) => [a.name, coordinates(a.value)]));
	if (depth === 0 && !attributes.has('xmlns')) attributes.set('xmlns', 'http://www.w3.org/2000/svg');
	const attrs = [...attributes]
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`)
		.join('');
	const tag = node.tagName.toLowerCase();
	const children = [...node.childNodes];
	if (children.length === 0) return `${pad}<${tag}${attrs}/>`;
	if (children.every((c) => c.nodeType === 3))
		return `${pad}<${tag}${attrs}>${escapeText(node.textContent ?? '')}</${tag}>`;
	const inner = children
		.map((c) =>
			c.nodeType === 1
				? svgText(c as Element, depth + 1)
				: `${pad}\t${escapeText(c.textContent?.trim() ?? '')}`
		)
		.filter((line) => line.trim() !== '');
	return [`${pad}<${tag}${attrs}>`, ...inner, `${pad}</${tag}>`].join('\n');
}

export function file(chart: SVGSVGElement | HTMLElement): string {
	expect(chart.tagName.toLowerCase()).toBe('svg');
	return `${svgText(chart as Element)}\n`;
}
