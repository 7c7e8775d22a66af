/**
 * Wilson intervals and funnel limits against published values (issue #27).
 *
 * Wilson: Newcombe RG (1998), "Two-sided confidence intervals for the single proportion:
 * comparison of seven methods", Statistics in Medicine 17:857–872, Table II, method 3 (score
 * method without continuity correction), to the four decimals printed there; 81/100 from the issue.
 * Funnel: Spiegelhalter DJ (2005), "Funnel plots for comparing institutional performance",
 * Statistics in Medicine 24:1185–1202 — limits p0 ± z·√(p0(1−p0)/n) with z = 1.96 and 3.09.
 */
import { describe, expect, it } from 'vitest';
import {
	contains,
	funnel,
	funnelCurve,
	funnelLimits,
	funnelTarget,
	percent,
	wilson,
	Z95,
	Z998
} from '../../src/lib/engine/uncertainty.ts';

describe('Wilson score interval (95 %)', () => {
	it.each([
		// x, n, low, high (Newcombe 1998, Table II, method 3)
		[81, 263, 0.2553, 0.3662],
		[15, 148, 0.0624, 0.1605],
		[0, 20, 0.0, 0.1611],
		[1, 29, 0.0061, 0.1718],
		[29, 29, 0.883, 1.0],
		// issue #27
		[81, 100, 0.7222, 0.8749],
		// x = 0 and x = n: the closed forms z²/(n+z²) and n/(n+z²)
		[0, 10, 0, 0.2775],
		[10, 10, 0.7225, 1],
		[5, 10, 0.2366, 0.7634]
	])('%i of %i → %f – %f', (x, n, low, high) => {
		const w = wilson(x, n)!;
		expect(w.low).toBeCloseTo(low, 4);
		expect(w.high).toBeCloseTo(high, 4);
	});

	it('puts 81 of 100 at 72.2 % – 87.5 % on the KPI scale', () => {
		const w = percent(wilson(81, 100)!);
		expect(w.low.toFixed(1)).toBe('72.2');
		expect(w.high.toFixed(1)).toBe('87.5');
	});

	it('has the closed forms at x = 0 and x = n, exactly 0 and 1 at the ends', () => {
		for (const n of [1, 3, 50, 1000]) {
			const z2 = Z95 * Z95;
			expect(wilson(0, n)!.low).toBe(0);
			expect(wilson(0, n)!.high).toBeCloseTo(z2 / (n + z2), 12);
			expect(wilson(n, n)!.high).toBe(1);
			expect(wilson(n, n)!.low).toBeCloseTo(n / (n + z2), 12);
		}
	});

	it('is symmetric (x ↔ n − x), contains p̂ and narrows with n', () => {
		for (const [x, n] of [
			[3, 7],
			[40, 90],
			[1, 1000]
		] as const) {
			const a = wilson(x, n)!;
			const b = wilson(n - x, n)!;
			expect(a.low).toBeCloseTo(1 - b.high, 12);
			expect(a.low).toBeLessThanOrEqual(x / n);
			expect(a.high).toBeGreaterThanOrEqual(x / n);
		}
		const width = (n: number) => {
			const w = wilson(n * 0.7, n)!;
			return w.high - w.low;
		};
		expect(width(10)).toBeGreaterThan(width(100));
		expect(width(100)).toBeGreaterThan(width(1000));
	});

	it('is undefined where x of n is no proportion', () => {
		for (const [x, n] of [
			[1, 0],
			[0, 0],
			[5, 4],
			[-1, 4],
			[Number.NaN, 4],
			[2, Number.POSITIVE_INFINITY]
		] as const)
			expect(wilson(x, n), `${x}/${n}`).toBeNull();
	});

	it('uses z = 1.96 unless told otherwise', () => {
		expect(wilson(81, 100)).toEqual(wilson(81, 100, Z95));
		const wide = wilson(81, 100, Z998)!;
		expect(wide.low).toBeLessThan(wilson(81, 100)!.low);
	});

	it('contains a value with its bounds', () => {
		const w = { low: 40, high: 60 };
		expect(contains(w, 40)).toBe(true);
		expect(contains(w, 60)).toBe(true);
		expect(contains(w, 60.0001)).toBe(false);
		expect(contains(null, 50)).toBe(false);
		expect(contains(w, null)).toBe(false);
	});
});

describe('funnel limits', () => {
	it.each([
		// p0, n, z, low, high
		[0.5, 100, Z95, 0.402, 0.598],
		[0.5, 100, Z998, 0.3455, 0.6545],
		[0.1, 400, Z95, 0.0706, 0.1294],
		[0.1, 400, Z998, 0.05365, 0.14635]
	])('p0 = %f, n = %i, z = %f → %f – %f', (p0, n, z, low, high) => {
		const l = funnelLimits(p0, n, z);
		expect(l.low).toBeCloseTo(low, 4);
		expect(l.high).toBeCloseTo(high, 4);
	});

	it('clips to [0, 1] and has zero width at p0 = 0 or 1', () => {
		expect(funnelLimits(0.95, 10, Z95)).toEqual({ low: expect.closeTo(0.8149, 4), high: 1 });
		expect(funnelLimits(0.02, 5, Z998).low).toBe(0);
		expect(funnelLimits(0, 50, Z95)).toEqual({ low: 0, high: 0 });
		expect(funnelLimits(1, 50, Z95)).toEqual({ low: 1, high: 1 });
	});

	it('pools the target over the group (Σx / Σn), ignoring what is no proportion', () => {
		expect(
			funnelTarget([
				{ x: 10, n: 100 },
				{ x: 90, n: 100 },
				{ x: 0, n: 800 }
			])
		).toBeCloseTo(100 / 1000, 15);
		expect(
			funnelTarget([
				{ x: 5, n: 4 },
				{ x: 1, n: 0 }
			])
		).toBeNull();
	});

	it('flags points outside 95 % as alert and outside 99.8 % as alarm, on the KPI scale', () => {
		// Pooled over n = 3 · 100 + 1000 + 2 · 100; the two broken points do not count.
		const f = funnel([
			{ authority_id: 'a', x: 50, n: 100 },
			{ authority_id: 'b', x: 50, n: 100 },
			{ authority_id: 'c', x: 50, n: 100 },
			{ authority_id: 'big', x: 500, n: 1000 },
			{ authority_id: 'alert', x: 60, n: 100 },
			{ authority_id: 'alarm', x: 20, n: 100 },
			{ authority_id: 'zero', x: 0, n: 0 },
			{ authority_id: 'broken', x: 7, n: 5 }
		]);
		const p0 = (150 + 500 + 60 + 20) / 1500;
		expect(f.target).toBeCloseTo(p0 * 100, 12);
		expect(f.rows.map((r) => r.authority_id)).toEqual(['a', 'b', 'c', 'big', 'alert', 'alarm']);
		const by = new Map(f.rows.map((r) => [r.authority_id, r]));
		const l95 = funnelLimits(p0, 100, Z95);
		expect(by.get('a')!.low95).toBeCloseTo(l95.low * 100, 12);
		expect(by.get('a')!.high95).toBeCloseTo(l95.high * 100, 12);
		expect(by.get('a')!.flag).toBeNull();
		expect(by.get('alert')!.flag).toBe('alert');
		expect(by.get('alert')!.side).toBe('above');
		expect(by.get('alarm')!.flag).toBe('alarm');
		expect(by.get('alarm')!.side).toBe('below');
		expect(by.get('alarm')!.value).toBe((20 / 100) * 100);
	});

	it('draws the limits as curves over n that narrow towards the target', () => {
		const curve = funnelCurve(0.3, 4, 400, 10);
		expect(curve).toHaveLength(11);
		expect(curve[0]!.n).toBeCloseTo(4, 12);
		expect(curve.at(-1)!.n).toBeCloseTo(400, 9);
		for (let i = 1; i < curve.length; i++) {
			expect(curve[i]!.high95).toBeLessThanOrEqual(curve[i - 1]!.high95);
			expect(curve[i]!.low998).toBeGreaterThanOrEqual(curve[i - 1]!.low998);
			expect(curve[i]!.high998).toBeGreaterThanOrEqual(curve[i]!.high95);
		}
		expect(curve[0]!.low998).toBe(0); // clipped at small n
	});
});
