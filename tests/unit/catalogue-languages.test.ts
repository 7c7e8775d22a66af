/**
 * The catalogue in both languages (issue #20): every text a page shows has its English, and the
 * validation refuses a definition that lacks a language — naming file and id like every other error.
 */
import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../src/lib/catalogue/validate.ts';
import type { CatalogueError } from '../../src/lib/catalogue/schema.ts';
import { loadCatalogue, readDefinitionFiles } from '../../src/lib/catalogue/node-loader.ts';

const shipped = readDefinitionFiles();
const errorsOf = (files: Parameters<typeof validateCatalogue>[0]): CatalogueError[] => {
	const result = validateCatalogue(files);
	return result.ok ? [] : result.errors;
};

describe('shipped definitions (kpi-definitions/)', () => {
	const catalogue = loadCatalogue();
	it('say everything a page shows in German and in English', () => {
		for (const e of [...catalogue.fields, ...catalogue.base_counts, ...catalogue.kpis]) {
			expect(e.label_en?.length, e.id).toBeGreaterThan(2);
			expect(e.label_en, e.id).not.toBe(e.label);
		}
		for (const e of [...catalogue.base_counts, ...catalogue.kpis]) {
			expect(e.help_en?.length, e.id).toBeGreaterThan(10);
			expect(e.help_en, e.id).not.toBe(e.help);
		}
	});
});

describe('both languages are required', () => {
	it('a field, base count or KPI without English, or a help text in one language only', () => {
		const errors = errorsOf([
			...shipped,
			{
				path: 'languages.yaml',
				text: [
					'fields:',
					'  - {id: extra_field, label: Zusatz}',
					'base_counts:',
					'  - {id: only_german, kind: count, lever: true, label: Nur deutsch, help: Nur deutsche Hilfe.}',
					'  - {id: only_english_help, kind: count, lever: true, label: Hilfe, label_en: Help, help_en: English only.}',
					'kpis:',
					'  - {id: no_english, field: quality, label: Ohne Englisch, formula: calls_answered / calls_received * 100, unit: "%", polarity: up, help: Nur deutsch.}',
					'  - {id: no_english_help, field: quality, label: Ohne Hilfe, label_en: Without help, formula: calls_answered / calls_received * 100, unit: "%", polarity: up, help: Nur deutsch.}'
				].join('\n')
			}
		]);
		expect(errors.map((e) => [e.id, e.message])).toEqual([
			['extra_field', 'englische Bezeichnung (label_en) fehlt'],
			['only_german', 'englische Bezeichnung (label_en) fehlt'],
			['only_german', 'englischer Hilfetext (help_en) fehlt'],
			['only_english_help', 'deutscher Hilfetext (help) fehlt'],
			['no_english', 'englische Bezeichnung (label_en) fehlt'],
			['no_english', 'englischer Hilfetext (help_en) fehlt'],
			['no_english_help', 'englischer Hilfetext (help_en) fehlt']
		]);
		expect(errors.every((e) => e.file === 'languages.yaml')).toBe(true);
	});
});
