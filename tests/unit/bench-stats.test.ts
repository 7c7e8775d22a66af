/**
 * The benchmark's statistics helpers: every reported figure and every PASS/MISS depends on them.
 */
import { describe, expect, it } from 'vitest';
import {
	formatBytes,
	formatMs,
	formatRatio,
	median,
	percentile,
	ratio,
	summarize
} from '../../bench/stats.ts';

describe('median', () => {
	it('takes the middle sample of an odd count, unsorted input', () => {
		expect(median([5, 1, 3])).toBe(3);
	});
	it('averages the two middle samples of an even count', () => {
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});
	it('of one sample is that sample; does not reorder the caller’s array', () => {
		const samples = [9, 2, 7];
		expect(median([42])).toBe(42);
		median(samples);
		expect(samples).toEqual([9, 2, 7]);
	});
	it('refuses an empty list instead of returning NaN', () => {
		expect(() => median([])).toThrow();
		expect(() => median([Number.NaN])).toThrow();
	});
});

describe('percentile (type 7, linear interpolation)', () => {
	const ten = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
	it('p50 equals the median', () => {
		expect(percentile(ten, 50)).toBe(median(ten));
		expect(percentile([3, 1, 2], 50)).toBe(2);
	});
	it('p95 interpolates between the two highest ranks', () => {
		// h = 9 × 0.95 = 8.55 → 9 + 0.55 × (10 − 9)
		expect(percentile(ten, 95)).toBeCloseTo(9.55, 10);
		// R: quantile(c(10, 20, 30, 40, 1000), 0.95) = 808
		expect(percentile([1000, 10, 30, 20, 40], 95)).toBeCloseTo(808, 10);
	});
	it('p0 and p100 are min and max', () => {
		expect(percentile(ten, 0)).toBe(1);
		expect(percentile(ten, 100)).toBe(10);
	});
	it('rejects percentiles outside 0–100', () => {
		expect(() => percentile(ten, 101)).toThrow();
		expect(() => percentile(ten, -1)).toThrow();
	});
});

describe('summarize', () => {
	it('gives n, median, min, max, p50, p95', () => {
		expect(summarize([30, 10, 20])).toEqual({ n: 3, median: 20, min: 10, max: 30, p50: 20, p95: 29 });
	});
});

describe('ratio and formatting', () => {
	it('divides figure by floor, none without a positive floor', () => {
		expect(ratio(150, 100)).toBe(1.5);
		expect(ratio(1, 0)).toBeNull();
		expect(ratio(null, 100)).toBeNull();
		expect(ratio(100, undefined)).toBeNull();
	});
	it('formats ratios with two, one or no decimals', () => {
		expect(formatRatio(1.234)).toBe('1.23×');
		expect(formatRatio(12.34)).toBe('12.3×');
		expect(formatRatio(123.4)).toBe('123×');
		expect(formatRatio(null)).toBe('–');
	});
	it('formats milliseconds and bytes', () => {
		expect(formatMs(0.123)).toBe('0.12 ms');
		expect(formatMs(12.34)).toBe('12.3 ms');
		expect(formatMs(1234.5)).toBe('1235 ms');
		expect(formatBytes(999)).toBe('999 B');
		expect(formatBytes(249_999)).toBe('250.0 kB');
		expect(formatBytes(8_123_456)).toBe('8.12 MB');
	});
});
