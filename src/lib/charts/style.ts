/**
 * The charts' shared look: one palette (colour-blind-safe: blue, grey and orange, never red/green)
 * and one way to mark the own authority. The own authority must be recognisable by more than
 * colour (BITV/WCAG 1.4.1), so every chart draws it as the same outlined diamond; change it here and
 * every chart follows.
 */
export const OWN_COLOUR = '#0b3d91';
export const PEER_COLOUR = '#9db4d6';
export const BAND_COLOUR = '#e69f00';
export const MEDIAN_COLOUR = '#3b4350';

/** Plot options of the own authority's dot (scatter, trend, size classes); charts add x, y, size. */
export const OWN_DOT = {
	symbol: 'diamond',
	r: 8,
	fill: OWN_COLOUR,
	stroke: '#000',
	strokeWidth: 1.5,
	className: 'own-dot'
} as const;

/** Formats an axis tick; `ticks` are all ticks of the axis, so they share one number of decimals. */
export type TickFormat = (value: number, ticks: readonly number[]) => string;

/**
 * Plot's `tickFormat` from a chart's formatters: ticks through `tick` when given (format/ `formatTick`:
 * „0 Tage“, „1.300 €“), else through the value formatter. Plot passes the axis's ticks third.
 */
export function plotTicks(format: (value: number) => string, tick?: TickFormat) {
	return (value: number, _index?: number, ticks?: readonly number[]): string =>
		tick ? tick(value, ticks ?? [value]) : format(value);
}

/** Whole-number ticks for an axis of counts from 0 to `max`: 1, 2 or 5 × 10ⁿ apart, about `count` of them. */
export function countTicks(max: number, count = 6): number[] {
	const raw = Math.max(1, max / count);
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
	const ticks: number[] = [];
	for (let v = 0; v <= max; v += step) ticks.push(v);
	return ticks;
}
