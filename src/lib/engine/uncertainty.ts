/**
 * How uncertain a proportion KPI is (issue #27): the 95 % Wilson score interval of one value and
 * the funnel plot of a group (Spiegelhalter 2005). Pure functions of counts; the engine, the
 * dashboard's view models and the CLI all call these, so the figures agree everywhere.
 *
 * Why Wilson and not p̂ ± z·√(p̂(1−p̂)/n) (Wald): at x = 0 or x = n Wald gives a zero-width
 * interval, and for small n it leaves [0, 1]; Wilson stays inside [0, 1] and keeps its coverage
 * near 95 % even for the tiny denominators of `legal_remedy_loss_rate` (Newcombe 1998, Brown, Cai
 * and DasGupta 2001).
 *
 * Funnel: the group's target p0 = Σx / Σn (pooled, so a large authority weighs as much as its
 * cases), limits p0 ± z·√(p0(1−p0)/n) at z for 95 % („auffällig“, alert) and 99.8 % („deutlich
 * auffällig“, alarm), clipped to [0, 1]. A point exactly on a limit is inside.
 *
 * Proportions are 0…1 here; `percent` puts them on the KPI's scale (× 100) for output.
 */

/** Two-sided 95 %: the 97.5 % quantile of the standard normal distribution. */
export const Z95 = 1.959963984540054;
/** Two-sided 99.8 %: the 99.9 % quantile. */
export const Z998 = 3.090232306167813;

export interface Interval {
	low: number;
	high: number;
}

/** x of n as a proportion is defined: n > 0 and 0 ≤ x ≤ n, both finite. */
export function isProportion(x: number, n: number): boolean {
	return Number.isFinite(x) && Number.isFinite(n) && n > 0 && x >= 0 && x <= n;
}

/** Wilson score interval of x successes in n trials (0…1), or null when x of n is no proportion. */
export function wilson(x: number, n: number, z = Z95): Interval | null {
	if (!isProportion(x, n)) return null;
	const p = x / n;
	const z2 = z * z;
	const denominator = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denominator;
	const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
	// At x = 0 and x = n the bounds are 0 and 1 exactly (rounding would leave 1e-17 outside).
	return {
		low: x === 0 ? 0 : Math.max(0, centre - half),
		high: x === n ? 1 : Math.min(1, centre + half)
	};
}

/** An interval on the KPI's scale (× 100). */
export function percent(interval: Interval): Interval {
	return { low: interval.low * 100, high: interval.high * 100 };
}

/** Does the interval contain `value` (both on the same scale, bounds included)? */
export function contains(interval: Interval | null, value: number | null): boolean {
	return interval !== null && value !== null && interval.low <= value && value <= interval.high;
}

/** Pooled target Σx / Σn of the points that are proportions, or null when there are none. */
export function funnelTarget(points: readonly { x: number; n: number }[]): number | null {
	let x = 0;
	let n = 0;
	for (const p of points)
		if (isProportion(p.x, p.n)) {
			x += p.x;
			n += p.n;
		}
	return n > 0 ? x / n : null;
}

/** Control limits p0 ± z·√(p0(1−p0)/n), clipped to [0, 1]. */
export function funnelLimits(p0: number, n: number, z: number): Interval {
	const half = z * Math.sqrt((p0 * (1 - p0)) / n);
	return { low: Math.max(0, p0 - half), high: Math.min(1, p0 + half) };
}

export type FunnelFlag = 'alert' | 'alarm';

export interface FunnelRow {
	authority_id: string;
	/** KPI value (× 100), computed as (x / n) × 100 like the engine's SQL. */
	value: number;
	n: number;
	x: number;
	/** Target and limits on the KPI's scale (× 100). */
	target: number;
	low95: number;
	high95: number;
	low998: number;
	high998: number;
	/** Outside the 99.8 % limits: alarm; outside the 95 % limits only: alert; else null. */
	flag: FunnelFlag | null;
	/** Above or below the target (for the list beside the chart). */
	side: 'above' | 'below' | 'on';
}

export interface Funnel {
	/** Target on the KPI's scale, null without points. */
	target: number | null;
	rows: FunnelRow[];
}

/**
 * The funnel of a group: one row per point that is a proportion, in the given order. The caller
 * leaves out what must not count (erroneous values: catalogue.md).
 */
export function funnel(points: readonly { authority_id: string; x: number; n: number }[]): Funnel {
	const usable = points.filter((p) => isProportion(p.x, p.n));
	const p0 = funnelTarget(usable);
	if (p0 === null) return { target: null, rows: [] };
	const rows = usable.map(({ authority_id, x, n }): FunnelRow => {
		const p = x / n;
		const l95 = funnelLimits(p0, n, Z95);
		const l998 = funnelLimits(p0, n, Z998);
		const outside = (l: Interval) => p < l.low || p > l.high;
		return {
			authority_id,
			value: (x / n) * 100,
			n,
			x,
			target: p0 * 100,
			low95: l95.low * 100,
			high95: l95.high * 100,
			low998: l998.low * 100,
			high998: l998.high * 100,
			flag: outside(l998) ? 'alarm' : outside(l95) ? 'alert' : null,
			side: p > p0 ? 'above' : p < p0 ? 'below' : 'on'
		};
	});
	return { target: p0 * 100, rows };
}

export interface FunnelCurvePoint {
	n: number;
	low95: number;
	high95: number;
	low998: number;
	high998: number;
}

/**
 * The limits as curves over n (KPI scale) for drawing: `steps` points from `from` to `to`, spaced
 * evenly in √n so that the steep part at small n is drawn as finely as the flat tail.
 */
export function funnelCurve(p0: number, from: number, to: number, steps = 80): FunnelCurvePoint[] {
	const a = Math.sqrt(Math.max(from, 1e-9));
	const b = Math.sqrt(Math.max(to, from));
	const out: FunnelCurvePoint[] = [];
	for (let i = 0; i <= steps; i++) {
		const n = (a + ((b - a) * i) / steps) ** 2;
		const l95 = funnelLimits(p0, n, Z95);
		const l998 = funnelLimits(p0, n, Z998);
		out.push({
			n,
			low95: l95.low * 100,
			high95: l95.high * 100,
			low998: l998.low * 100,
			high998: l998.high * 100
		});
	}
	return out;
}
