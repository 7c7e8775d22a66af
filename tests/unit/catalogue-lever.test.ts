/**
 * The `lever` attribute of base counts (kpi-definitions/README.md, "Levers"): required, boolean, and
 * set as the issue names them — outputs, outcomes, resources and costs are levers; demand, population
 * and sample sizes are not.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue, readDefinitionFiles } from '../../src/lib/catalogue/node-loader.ts';
import { validateCatalogue } from '../../src/lib/catalogue/validate.ts';
import { forBrowser } from '../../src/lib/catalogue/vite-plugin.ts';

const catalogue = loadCatalogue();
const lever = new Map(catalogue.base_counts.map((b) => [b.id, b.lever]));

describe('lever attribute', () => {
	it('marks outputs, outcomes, resources and costs as levers', () => {
		for (const id of [
			'titles_granted',
			'title_applications_rejected',
			'calls_answered',
			'customer_survey_satisfied',
			'staff_survey_satisfied',
			'fte_case_officers',
			'fte_total',
			'personnel_costs',
			'operating_costs',
			'overhead_costs',
			'open_applications',
			'processing_days_total'
		])
			expect(lever.get(id), id).toBe(true);
	});

	it('marks demand, population and sample sizes as no levers', () => {
		for (const id of [
			'title_applications_received',
			'calls_received',
			'visits',
			'customer_survey_respondents',
			'staff_survey_respondents',
			'population',
			'foreign_population',
			'appointments_booked',
			'fte_case_officers_planned'
		])
			expect(lever.get(id), id).toBe(false);
	});

	it('is set on every base count and reaches the browser’s catalogue', () => {
		expect(catalogue.base_counts).toHaveLength(42);
		for (const b of catalogue.base_counts) expect(typeof b.lever, b.id).toBe('boolean');
		expect(forBrowser(catalogue).base_counts.map((b) => b.lever)).toEqual(
			catalogue.base_counts.map((b) => b.lever)
		);
	});

	it('is required and must be true or false, with a German message naming file and id', () => {
		const result = validateCatalogue([
			...readDefinitionFiles(),
			{
				path: 'ring/extra.yaml',
				text: 'base_counts:\n  - {id: extra_a, kind: count, label: A}\n  - {id: extra_b, kind: count, label: B, lever: ja}\n  - {id: extra_c, kind: count, label: C, lever: true}\n'
			}
		]);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.errors.map((e) => [e.file, e.id])).toEqual([
			['ring/extra.yaml', 'extra_a'],
			['ring/extra.yaml', 'extra_b']
		]);
		for (const e of result.errors) expect(e.message).toMatch(/^lever: true \(Stellschraube der Behörde\)/);
	});
});
