/**
 * The staffing calculation (engine/staffing.ts): FTE the own caseload needs at the group's median
 * and quartiles of decisions per FTE, against current and planned FTE, and the caseload the current
 * FTE would carry — by hand on round numbers.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { ErrorMark } from '../../src/lib/engine/erroneous.ts';
import { caseloadOf, fteIsErroneous, staffingFrom } from '../../src/lib/engine/staffing.ts';

const catalogue = loadCatalogue();
const counts = new Map([
	['titles_granted', 1600],
	['title_applications_rejected', 200],
	['fte_case_officers', 10],
	['fte_case_officers_planned', 12.5]
]);
const get = (id: string) => counts.get(id);
const quartiles = { q1: 120, median: 150, q3: 200, erroneous: null };

describe('staffing', () => {
	it('computes needed FTE, the range, the gaps and the caseload at the median', () => {
		const caseload = caseloadOf(catalogue, get);
		expect(caseload).toBe(1800);
		const s = staffingFrom(quartiles, caseload, get);
		expect(s).toMatchObject({
			caseload: 1800,
			fte: 10,
			planned: 12.5,
			needed: 12,
			neededLow: 9,
			neededHigh: 15,
			gapCurrent: 2,
			gapPlanned: -0.5,
			caseloadAtMedian: 1500,
			fteErroneous: false
		});
	});

	it('leaves out what cannot be computed', () => {
		const s = staffingFrom({ q1: 0, median: null, q3: 200, erroneous: null }, 1800, () => undefined);
		expect(s).toMatchObject({
			needed: null,
			neededLow: 9,
			neededHigh: null,
			gapCurrent: null,
			gapPlanned: null
		});
		expect(caseloadOf(catalogue, (id) => (id === 'titles_granted' ? 5 : undefined))).toBeNull();
		expect(staffingFrom(undefined, 1800, get).needed).toBeNull();
	});

	it('does not compare with a current FTE that an error finding names', () => {
		// decisions_per_fte's statistics row carries the error findings behind A's value (erroneous.ts).
		const fte: ErrorMark = {
			rule: 'part_exceeds_whole',
			ids: ['fte_case_officers', 'fte_total'],
			values: [12, 10]
		};
		const s = staffingFrom({ ...quartiles, erroneous: [fte] }, 1800, get);
		expect(s).toMatchObject({
			fte: null,
			gapCurrent: null,
			caseloadAtMedian: null,
			needed: 12,
			gapPlanned: -0.5,
			fteErroneous: true
		});
		// A finding that names another count of the KPI leaves the FTE alone.
		const other: ErrorMark = { rule: 'part_exceeds_whole', ids: ['titles_granted', 'x'], values: [2, 1] };
		expect(fteIsErroneous({ erroneous: [other] })).toBe(false);
		expect(fteIsErroneous({ erroneous: [other, fte] })).toBe(true);
		expect(fteIsErroneous({ erroneous: null })).toBe(false);
		expect(fteIsErroneous(undefined)).toBe(false);
	});
});
