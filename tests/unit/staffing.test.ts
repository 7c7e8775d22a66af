/**
 * The staffing calculation (engine/staffing.ts): FTE the own caseload needs at the group's median
 * and quartiles of decisions per FTE, against current and planned FTE, and the caseload the current
 * FTE would carry — by hand on round numbers.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { caseloadOf, fteFlagged, staffingFrom } from '../../src/lib/engine/staffing.ts';

const catalogue = loadCatalogue();
const counts = new Map([
	['titles_granted', 1600],
	['title_applications_rejected', 200],
	['fte_case_officers', 10],
	['fte_case_officers_planned', 12.5]
]);
const get = (id: string) => counts.get(id);

describe('staffing', () => {
	it('computes needed FTE, the range, the gaps and the caseload at the median', () => {
		const caseload = caseloadOf(catalogue, get);
		expect(caseload).toBe(1800);
		const s = staffingFrom({ q1: 120, median: 150, q3: 200 }, caseload, get, false);
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
		const s = staffingFrom({ q1: 0, median: null, q3: 200 }, 1800, () => undefined, false);
		expect(s).toMatchObject({
			needed: null,
			neededLow: 9,
			neededHigh: null,
			gapCurrent: null,
			gapPlanned: null
		});
		expect(caseloadOf(catalogue, (id) => (id === 'titles_granted' ? 5 : undefined))).toBeNull();
		expect(staffingFrom(undefined, 1800, get, false).needed).toBeNull();
	});

	it('does not compare with a current FTE that an error finding flags', () => {
		const s = staffingFrom({ q1: 120, median: 150, q3: 200 }, 1800, get, true);
		expect(s).toMatchObject({
			fte: null,
			gapCurrent: null,
			caseloadAtMedian: null,
			needed: 12,
			gapPlanned: -0.5
		});
		const flagged = [
			{ authority_id: 'A', period: 2024, kpi_id: 'decisions_per_fte', flagged_inputs: ['fte_case_officers'] },
			{ authority_id: 'A', period: 2024, kpi_id: 'phone_reachability', flagged_inputs: ['calls_answered'] }
		];
		expect(fteFlagged(flagged, 'A', 2024)).toBe(true);
		expect(fteFlagged(flagged, 'A', 2023)).toBe(false);
		expect(fteFlagged(flagged.slice(1), 'A', 2024)).toBe(false);
	});
});
