/**
 * The catalogue attribute `proportion` (issue #27): exactly the nine proportion KPIs of
 * catalogue.md carry it, numerator and denominator are read off the formula, and a KPI that is no
 * share of units cannot be marked as one.
 */
import { describe, expect, it } from 'vitest';
import { formulaText } from '../../src/lib/catalogue/formula.ts';
import { loadCatalogue, readDefinitionFiles } from '../../src/lib/catalogue/node-loader.ts';
import { proportionTerms } from '../../src/lib/catalogue/proportion.ts';
import { formatCatalogueError } from '../../src/lib/catalogue/schema.ts';
import { validateCatalogue } from '../../src/lib/catalogue/validate.ts';

const shipped = readDefinitionFiles();
const catalogue = loadCatalogue();

/** catalogue.md, "Survey proportions and sample size". */
const PROPORTIONS = [
	'customer_satisfaction',
	'first_visit_resolution',
	'staff_satisfaction',
	'phone_reachability',
	'overdue_share',
	'legal_remedy_loss_rate',
	'external_hiring_success',
	'rejection_rate',
	'digital_intake_share'
];

function errorsWith(kpi: string): string[] {
	const text = `kpis:\n${kpi
		.trim()
		.split('\n')
		.map((l) => `  ${l}`)
		.join('\n')}\n`;
	const result = validateCatalogue([...shipped, { path: 'ring/extra.yaml', text }]);
	return result.ok ? [] : result.errors.map(formatCatalogueError);
}

const entry = (formula: string, extra = '') => `
- id: probe
  field: quality
  label: Probe
  formula: ${formula}
  unit: '%'
  polarity: up
  help: Eine Kennzahl zum Prüfen der Validierung.
  proportion: true${extra}`;

describe('catalogue attribute proportion', () => {
	it('marks exactly the nine proportion KPIs of catalogue.md', () => {
		expect(
			catalogue.kpis
				.filter((k) => k.proportion)
				.map((k) => k.id)
				.sort()
		).toEqual([...PROPORTIONS].sort());
		// Tiny denominators and mixed cohorts: their interval is an approximation (catalogue.md).
		expect(catalogue.kpis.filter((k) => k.proportion === 'approximate').map((k) => k.id)).toEqual([
			'legal_remedy_loss_rate',
			'external_hiring_success'
		]);
	});

	it('reads numerator and denominator off the resolved formula, derived terms substituted', () => {
		const terms = (id: string) => {
			const t = proportionTerms(catalogue.kpis.find((k) => k.id === id)!.resolved)!;
			return [formulaText(t.numerator), formulaText(t.denominator)];
		};
		expect(terms('phone_reachability')).toEqual(['calls_answered', 'calls_received']);
		expect(terms('rejection_rate')).toEqual([
			'title_applications_rejected',
			'(titles_granted + title_applications_rejected)'
		]);
		expect(terms('digital_intake_share')).toEqual(['digital_submissions', '(visits + digital_submissions)']);
		expect(proportionTerms(catalogue.kpis.find((k) => k.id === 'backlog_months')!.resolved)).toBeNull();
		expect(proportionTerms(catalogue.kpis.find((k) => k.id === 'completion_rate')!.resolved)).not.toBeNull();
	});

	it('accepts a share whose part is a summand of the denominator or checked by part_of_whole', () => {
		expect(errorsWith(entry('calls_answered / calls_received * 100'))).toEqual([]);
		expect(errorsWith(entry('calls_answered / calls_received * 100').replace('true', 'approximate'))).toEqual(
			[]
		);
		expect(errorsWith(entry('titles_granted / decided * 100'))).toEqual([]);
	});

	it('refuses what is no share of units, naming file, id and reason', () => {
		const cases: [string, string][] = [
			[
				entry('calls_answered / calls_received * 1000'),
				'die Formel muss die Form „Zähler / Nenner * 100“ haben'
			],
			[entry('100 * calls_answered / calls_received'), 'die Formel muss die Form'],
			[entry('fte_case_officers / fte_total * 100'), 'müssen Anzahlen (kind: count) sein'],
			[entry('decided / title_applications_received * 100'), 'der Zähler muss eine Grundzahl sein'],
			[entry('visits / calls_received * 100'), '„visits“ ist nicht als Teil des Nenners belegt'],
			[entry('calls_received / calls_answered * 100'), 'nicht als Teil des Nenners belegt'],
			[entry('calls_answered / (calls_received - visits) * 100'), 'der Nenner eine Grundzahl oder eine Summe']
		];
		for (const [text, message] of cases) {
			const errors = errorsWith(text);
			expect(errors.length, text).toBeGreaterThan(0);
			expect(errors.join('\n'), text).toContain('ring/extra.yaml [probe]: proportion: ');
			expect(errors.join('\n'), text).toContain(message);
		}
		expect(
			errorsWith(entry('calls_answered / calls_received * 100').replace("'%'", 'Tage')).join()
		).toContain('Einheit muss „%“ sein');
		expect(errorsWith(entry('calls_answered / calls_received * 100').replace('true', 'ja')).join()).toContain(
			'[probe]: proportion:'
		);
	});

	it('stays off every KPI that does not say it', () => {
		const text = entry('calls_answered / calls_received * 100').replace('  proportion: true', '');
		const result = validateCatalogue([
			...shipped,
			{ path: 'ring/extra.yaml', text: `kpis:\n${text.replace(/^/gm, '  ')}` }
		]);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.catalogue.kpis.find((k) => k.id === 'probe')?.proportion).toBeUndefined();
	});
});
