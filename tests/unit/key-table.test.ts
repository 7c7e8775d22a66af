/**
 * The collector's key table: a repeated key answers the line of the first cell, whatever the order
 * of authorities and periods (the table keeps the last one at hand), counts beyond its first width,
 * and the keys grouped by authority as a split part sends them.
 */
import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../src/lib/ingest/key-table.ts';

describe('KeyTable', () => {
	it('registers each key once and answers the first line for a repeat', () => {
		const table = new KeyTable();
		expect(table.add(0, 2024, 3, 10)).toBe(0);
		expect(table.add(1, 2024, 3, 11)).toBe(0);
		expect(table.add(0, 2023, 3, 12)).toBe(0);
		expect(table.add(0, 2024, 3, 13)).toBe(10);
		expect(table.add(1, 2024, 3, 14)).toBe(11);
		expect(table.add(0, 2023, 3, 15)).toBe(12);
		expect(table.has(0, 2024, 3)).toBe(true);
		expect(table.has(0, 2024, 4)).toBe(false);
		expect(table.has(2, 2024, 3)).toBe(false);
		expect(table.has(1, 2023, 3)).toBe(false);
		expect(table.size).toBe(3);
	});

	it('takes count indices beyond its first width, keeping what was there', () => {
		const table = new KeyTable();
		expect(table.add(0, 2024, 1, 5)).toBe(0);
		expect(table.add(0, 2024, 4000, 6)).toBe(0);
		expect(table.add(0, 2024, 1, 7)).toBe(5);
		expect(table.add(0, 2024, 4000, 8)).toBe(6);
		expect(table.has(0, 2024, 4001)).toBe(false);
	});

	it('agrees with a Map on 20,000 random keys in random order', () => {
		let seed = 3;
		const rnd = (n: number) => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) % n;
		const table = new KeyTable();
		const map = new Map<string, number>();
		for (let line = 1; line <= 20_000; line++) {
			const [a, p, c] = [rnd(40), 2015 + rnd(10), rnd(90)];
			const k = `${a}|${p}|${c}`;
			expect(table.add(a, p, c, line)).toBe(map.get(k) ?? 0);
			if (!map.has(k)) map.set(k, line);
		}
		expect(table.size).toBe(map.size);
	});
});
