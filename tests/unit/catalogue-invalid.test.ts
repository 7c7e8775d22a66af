/**
 * Definition files beyond the shipped ones: invalid definitions are reported as data naming file and id
 * (fixtures in tests/fixtures/catalogue/broken/), and a ring adds its own KPI as data, without code change.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCatalogueError, type CatalogueError } from '../../src/lib/catalogue/schema.ts';
import { validateCatalogue, type DefinitionFile } from '../../src/lib/catalogue/validate.ts';
import { readDefinitionFiles } from '../../src/lib/catalogue/node-loader.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/catalogue');
const shipped = readDefinitionFiles();
const fixture = (name: string): DefinitionFile => ({
	path: `ring/${name}`,
	text: readFileSync(path.join(FIXTURES, name), 'utf8')
});

function errorsOf(files: DefinitionFile[]): CatalogueError[] {
	const result = validateCatalogue(files);
	if (result.ok) throw new Error('expected the definitions to be rejected');
	return result.errors;
}

describe('invalid definitions are reported as data, naming file and id', () => {
	it('unknown base count in a formula', () => {
		const errors = errorsOf([...shipped, fixture('broken/unknown-id.yaml')]);
		expect(errors).toEqual([
			{
				file: 'ring/broken/unknown-id.yaml',
				id: 'backlog_weeks',
				message: 'unbekannte Grundzahl oder abgeleitete Größe „open_aplications“'
			}
		]);
		expect(formatCatalogueError(errors[0] as CatalogueError)).toBe(
			'ring/broken/unknown-id.yaml [backlog_weeks]: unbekannte Grundzahl oder abgeleitete Größe „open_aplications“'
		);
	});

	it('duplicate id', () => {
		const errors = errorsOf([...shipped, fixture('broken/duplicate.yaml')]);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ file: 'ring/broken/duplicate.yaml', id: 'completion_rate' });
		expect(errors[0]?.message).toContain('doppelte Id');
		expect(errors[0]?.message).toContain('kpis/quality.yaml');
	});

	it('a KPI id that is also a base count id is a duplicate too', () => {
		const text =
			'kpis:\n  - {id: visits, field: cost, label: Vorsprachen, formula: visits / 1, unit: Vorsprachen, polarity: none, help: Doppelt mit der Grundzahl.}\n';
		const errors = errorsOf([...shipped, { path: 'x.yaml', text }]);
		expect(errors).toEqual([expect.objectContaining({ file: 'x.yaml', id: 'visits' })]);
	});

	it('cycle among derived terms', () => {
		const errors = errorsOf([...shipped, fixture('broken/cycle.yaml')]);
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ file: 'ring/broken/cycle.yaml', id: 'workload_a' });
		expect(errors[0]?.message).toBe(
			'Zyklus unter abgeleiteten Größen: workload_a → workload_b → workload_c → workload_a'
		);
	});

	it('a derived term referring to itself', () => {
		const errors = errorsOf([
			...shipped,
			{ path: 'self.yaml', text: 'derived:\n  - {id: loop, formula: loop + 1}\n' }
		]);
		expect(errors).toEqual([
			{ file: 'self.yaml', id: 'loop', message: 'Zyklus unter abgeleiteten Größen: loop → loop' }
		]);
	});

	it('invalid formula, unit, polarity and field', () => {
		const errors = errorsOf([...shipped, fixture('broken/bad-formula.yaml')]);
		const byId = new Map(errors.map((e) => [e.id, e]));
		expect([...byId.keys()].sort()).toEqual([
			'broken_field',
			'broken_formula',
			'broken_polarity',
			'broken_unit'
		]);
		for (const e of errors) expect(e.file).toBe('ring/broken/bad-formula.yaml');
		expect(byId.get('broken_formula')?.message).toMatch(
			/^ungültige Formel .*„\)“ erwartet statt Ende der Formel/
		);
		expect(byId.get('broken_unit')?.message).toMatch(/^unit:/);
		expect(byId.get('broken_polarity')?.message).toMatch(/^polarity:/);
		expect(byId.get('broken_field')?.message).toBe('unbekanntes Zielfeld „speed“');
	});

	it('YAML syntax errors, unknown sections and unknown keys', () => {
		const errors = errorsOf([
			...shipped,
			{ path: 'a.yaml', text: 'kpis: [\n' },
			{ path: 'b.yaml', text: 'kennzahlen: []\n' },
			{
				path: 'c.yaml',
				text: 'base_counts:\n  - {id: extra_count, kind: count, label: Extra, colour: red}\n'
			}
		]);
		expect(errors.map((e) => [e.file, e.id])).toEqual([
			['a.yaml', undefined],
			['b.yaml', 'kennzahlen'],
			['c.yaml', 'extra_count']
		]);
	});

	it('checks naming unknown base counts', () => {
		const errors = errorsOf([
			...shipped,
			{ path: 'checks-extra.yaml', text: 'part_of_whole:\n  - {part: calls_lost, whole: calls_received}\n' }
		]);
		expect(errors).toEqual([
			{
				file: 'checks-extra.yaml',
				id: 'calls_lost ≤ calls_received',
				message: 'unbekannte Grundzahl „calls_lost“'
			}
		]);
	});

	it('a catalogue needs KPIs and size classes', () => {
		const errors = errorsOf(
			shipped.filter((f) => !f.path.startsWith('kpis/') && f.path !== 'size-classes.yaml')
		);
		expect(errors.map((e) => e.message)).toEqual([
			'keine Kennzahlen (kpis) definiert',
			'keine Größenklassen (size_classes) definiert'
		]);
	});

	it('the validator never throws, whatever the input', () => {
		for (const text of ['', '42', '- a\n- b', 'kpis: 3', 'kpis:\n  - 17', 'kpis:\n  - {id: 5}', '\t:::']) {
			expect(() => validateCatalogue([...shipped, { path: 'z.yaml', text }]), text).not.toThrow();
		}
	});
});

describe('a ring adds its own KPI as data', () => {
	it('validates and resolves derived terms without code change', () => {
		const result = validateCatalogue([...shipped, fixture('ring-kpi/eat-orders.yaml')]);
		if (!result.ok) throw new Error(result.errors.map(formatCatalogueError).join('\n'));
		const ids = result.catalogue.kpis.map((k) => k.id);
		expect(ids).toHaveLength(30);
		// by field order: the new quality KPI comes after the shipped quality KPIs
		expect(ids.indexOf('eat_orders_per_decision')).toBe(6);
		expect(ids.indexOf('net_cost_per_decision')).toBe(ids.indexOf('cost_recovery_rate') + 1);
		const net = result.catalogue.kpis.find((k) => k.id === 'net_cost_per_decision');
		expect(net?.inputs).toEqual([
			'personnel_costs',
			'operating_costs',
			'overhead_costs',
			'fee_revenue',
			'titles_granted',
			'title_applications_rejected'
		]);
	});
});
