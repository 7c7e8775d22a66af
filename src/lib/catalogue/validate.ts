/**
 * Pure validation of the definition files: `{path, text}[]` in, a `Catalogue` or a list of errors
 * out — as data, never thrown, so the Vite plugin, the CLI and the tests all report the same
 * messages (file + id + German text).
 *
 * Checked: YAML syntax, each entry against its schema, duplicate ids (base counts, derived terms
 * and KPIs share one namespace), formula syntax, unknown identifiers, cycles among derived
 * terms, unknown fields, check rules naming unknown base counts, proportion KPIs (`proportion.ts`:
 * `x / n * 100` over counts, x a part of n), both languages (German and English label of every
 * field, KPI and base count, and of every help text). Derived terms are then
 * substituted so every KPI knows the base counts it reads and all its denominators.
 */
import { parse as parseYaml } from 'yaml';
import {
	denominatorsOf,
	FormulaSyntaxError,
	parseFormula,
	refsOf,
	substitute,
	type Expr
} from './formula.ts';
import { proportionProblems } from './proportion.ts';
import {
	SCALAR_SECTIONS,
	SECTIONS,
	type BaseCountDef,
	type Catalogue,
	type CatalogueError,
	type Checks,
	type DerivedDef,
	type FieldDef,
	type KpiDef,
	type PartOfWhole,
	type SizeClassDef
} from './schema.ts';
import type { z } from 'zod';

export interface DefinitionFile {
	path: string;
	text: string;
}

export type CatalogueResult = { ok: true; catalogue: Catalogue } | { ok: false; errors: CatalogueError[] };

type Entry<T> = T & { file: string; fileIndex: number; position: number };

function issuesText(error: z.ZodError): string {
	return error.issues
		.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
		.join('; ');
}

export function validateCatalogue(files: readonly DefinitionFile[]): CatalogueResult {
	const errors: CatalogueError[] = [];
	const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	const fields: Entry<z.infer<typeof SECTIONS.fields>>[] = [];
	const baseCounts: Entry<z.infer<typeof SECTIONS.base_counts>>[] = [];
	const derivedRaw: Entry<z.infer<typeof SECTIONS.derived>>[] = [];
	const kpisRaw: Entry<z.infer<typeof SECTIONS.kpis>>[] = [];
	const sizeClasses: SizeClassDef[] = [];
	const partOfWhole: Entry<PartOfWhole>[] = [];
	const scalars: Partial<Checks> = {};

	sorted.forEach((file, fileIndex) => {
		let doc: unknown;
		try {
			doc = parseYaml(file.text, { prettyErrors: true });
		} catch (e) {
			errors.push({ file: file.path, message: `YAML nicht lesbar: ${(e as Error).message}` });
			return;
		}
		if (doc === null || doc === undefined) return;
		if (typeof doc !== 'object' || Array.isArray(doc)) {
			errors.push({ file: file.path, message: 'erwartet wird ein Objekt mit Abschnitten wie kpis:' });
			return;
		}
		for (const [key, value] of Object.entries(doc as Record<string, unknown>)) {
			if (key in SCALAR_SECTIONS) {
				const schema = SCALAR_SECTIONS[key as keyof typeof SCALAR_SECTIONS];
				const parsed = schema.safeParse(value);
				if (!parsed.success) errors.push({ file: file.path, id: key, message: issuesText(parsed.error) });
				else if (key in scalars) errors.push({ file: file.path, id: key, message: 'mehrfach definiert' });
				else Object.assign(scalars, { [key]: parsed.data });
				continue;
			}
			if (!(key in SECTIONS)) {
				errors.push({ file: file.path, id: key, message: `unbekannter Abschnitt „${key}“` });
				continue;
			}
			if (!Array.isArray(value)) {
				errors.push({ file: file.path, id: key, message: 'erwartet wird eine Liste' });
				continue;
			}
			const schema = SECTIONS[key as keyof typeof SECTIONS];
			value.forEach((item: unknown, position) => {
				const itemId =
					item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string'
						? (item as { id: string }).id
						: `${key}[${position}]`;
				const parsed = schema.safeParse(item);
				if (!parsed.success) {
					errors.push({ file: file.path, id: itemId, message: issuesText(parsed.error) });
					return;
				}
				const entry = { ...parsed.data, file: file.path, fileIndex, position };
				if (key === 'fields') fields.push(entry as (typeof fields)[number]);
				else if (key === 'base_counts') baseCounts.push(entry as (typeof baseCounts)[number]);
				else if (key === 'derived') derivedRaw.push(entry as (typeof derivedRaw)[number]);
				else if (key === 'kpis') kpisRaw.push(entry as (typeof kpisRaw)[number]);
				else if (key === 'size_classes') sizeClasses.push(parsed.data as SizeClassDef);
				else partOfWhole.push(entry as (typeof partOfWhole)[number]);
			});
		}
	});

	// Duplicate ids. Base counts, derived terms and KPIs share one namespace (CSV columns, URLs).
	const firstFile = new Map<string, string>();
	const dup = (ns: string, id: string, file: string): boolean => {
		const key = `${ns}:${id}`;
		const earlier = firstFile.get(key);
		if (earlier !== undefined) {
			errors.push({ file, id, message: `doppelte Id (schon definiert in ${earlier})` });
			return true;
		}
		firstFile.set(key, file);
		return false;
	};
	const uniqueFields = fields.filter((f) => !dup('field', f.id, f.file));
	const uniqueBase = baseCounts.filter((b) => !dup('id', b.id, b.file));
	const uniqueDerived = derivedRaw.filter((d) => !dup('id', d.id, d.file));
	const uniqueKpis = kpisRaw.filter((k) => !dup('id', k.id, k.file));
	sizeClasses.forEach((s) => dup('size_class', s.id, '(size_classes)'));

	for (const e of [...uniqueFields, ...uniqueBase, ...uniqueKpis]) bothLanguages(e, errors);

	const baseIds = new Set(uniqueBase.map((b) => b.id));
	const fieldIds = new Set(uniqueFields.map((f) => f.id));

	// Formulas: syntax, then identifiers.
	const parsedFormula = (e: { id: string; file: string; formula: string }): Expr | undefined => {
		try {
			return parseFormula(e.formula);
		} catch (err) {
			if (!(err instanceof FormulaSyntaxError)) throw err;
			errors.push({ file: e.file, id: e.id, message: `ungültige Formel „${e.formula}“: ${err.message}` });
			return undefined;
		}
	};
	const derivedExpr = new Map<string, Expr>();
	const derivedIds = new Set(uniqueDerived.map((d) => d.id));
	const checkRefs = (e: { id: string; file: string }, expr: Expr): boolean => {
		const unknown = refsOf(expr).filter((r) => !baseIds.has(r) && !derivedIds.has(r));
		for (const r of unknown)
			errors.push({ file: e.file, id: e.id, message: `unbekannte Grundzahl oder abgeleitete Größe „${r}“` });
		return unknown.length === 0;
	};
	for (const d of uniqueDerived) {
		const expr = parsedFormula(d);
		if (expr && checkRefs(d, expr)) derivedExpr.set(d.id, expr);
	}

	// Cycles among derived terms (depth-first search, colouring).
	const state = new Map<string, 'visiting' | 'done'>();
	const cyclic = new Set<string>();
	const visit = (id: string, trail: string[]): void => {
		if (state.get(id) === 'done') return;
		if (state.get(id) === 'visiting') {
			const cycle = [...trail.slice(trail.indexOf(id)), id];
			const d = uniqueDerived.find((x) => x.id === id);
			if (!cyclic.has(id))
				errors.push({
					file: d?.file ?? '?',
					id,
					message: `Zyklus unter abgeleiteten Größen: ${cycle.join(' → ')}`
				});
			cycle.forEach((c) => cyclic.add(c));
			return;
		}
		state.set(id, 'visiting');
		const expr = derivedExpr.get(id);
		if (expr) for (const r of refsOf(expr)) if (derivedIds.has(r)) visit(r, [...trail, id]);
		state.set(id, 'done');
	};
	for (const d of uniqueDerived) visit(d.id, []);

	const lookup = (id: string): Expr | undefined => derivedExpr.get(id);
	const derived: DerivedDef[] = [];
	if (cyclic.size === 0) {
		for (const d of uniqueDerived) {
			const expr = derivedExpr.get(d.id);
			if (!expr) continue;
			const resolved = substitute(expr, lookup);
			const { fileIndex: _fi, position: _p, file: _f, ...rest } = d;
			derived.push({ ...rest, resolved, inputs: refsOf(resolved) });
		}
	}

	const fieldOrder = new Map(uniqueFields.map((f, i) => [f.id, i]));
	const kinds = new Map(uniqueBase.map((b) => [b.id, b.kind]));
	const kpis: Entry<KpiDef>[] = [];
	for (const k of uniqueKpis) {
		let ok = true;
		if (!fieldIds.has(k.field)) {
			errors.push({ file: k.file, id: k.id, message: `unbekanntes Zielfeld „${k.field}“` });
			ok = false;
		}
		if (k.sample && !baseIds.has(k.sample.count)) {
			errors.push({
				file: k.file,
				id: k.id,
				message: `sample.count: unbekannte Grundzahl „${k.sample.count}“`
			});
			ok = false;
		}
		const expr = parsedFormula(k);
		if (!expr || !checkRefs(k, expr) || !ok || cyclic.size > 0) continue;
		const resolved = substitute(expr, lookup);
		if (k.proportion) {
			const problems = proportionProblems({ resolved, unit: k.unit }, kinds, partOfWhole);
			problems.forEach((message) => errors.push({ file: k.file, id: k.id, message }));
			if (problems.length) continue;
		}
		kpis.push({ ...k, resolved, inputs: refsOf(resolved), denominators: denominatorsOf(resolved) });
	}
	kpis.sort(
		(a, b) =>
			(fieldOrder.get(a.field) ?? 0) - (fieldOrder.get(b.field) ?? 0) ||
			a.fileIndex - b.fileIndex ||
			a.position - b.position
	);

	for (const p of partOfWhole)
		for (const ref of [p.part, p.whole])
			if (!baseIds.has(ref))
				errors.push({ file: p.file, id: `${p.part} ≤ ${p.whole}`, message: `unbekannte Grundzahl „${ref}“` });
	if (kpisRaw.length === 0)
		errors.push({ file: '(kpi-definitions)', message: 'keine Kennzahlen (kpis) definiert' });
	if (sizeClasses.length === 0)
		errors.push({ file: '(kpi-definitions)', message: 'keine Größenklassen (size_classes) definiert' });

	if (errors.length > 0) return { ok: false, errors };
	const strip = <T extends { file: string; fileIndex: number; position: number }>({
		file: _file,
		fileIndex: _f,
		position: _p,
		...rest
	}: T): Omit<T, 'file' | 'fileIndex' | 'position'> => rest;
	return {
		ok: true,
		catalogue: {
			fields: uniqueFields.map(strip) as FieldDef[],
			base_counts: uniqueBase.map(strip) as BaseCountDef[],
			derived,
			kpis: kpis.map(strip) as KpiDef[],
			size_classes: [...sizeClasses].sort((a, b) => b.min_population - a.min_population),
			checks: {
				part_of_whole: partOfWhole.map(({ part, whole }) => ({ part, whole })),
				change: scalars.change ?? { max_relative_change: 0.3, min_value: 20 },
				percent_warn_above: scalars.percent_warn_above ?? 100
			}
		}
	};
}

/**
 * Every text a page shows in both languages (README, Language): the English label of every field,
 * base count and KPI, and a help text in English wherever there is one in German (and vice versa;
 * a KPI's German help is required by its schema). Derived terms need neither: only the what-if
 * targets name them, with `label_en` where it is given (both shipped terms have it).
 */
function bothLanguages(
	e: { id: string; file: string; label_en?: string; help?: string; help_en?: string },
	errors: CatalogueError[]
): void {
	if (e.label_en === undefined)
		errors.push({ file: e.file, id: e.id, message: 'englische Bezeichnung (label_en) fehlt' });
	if (e.help !== undefined && e.help_en === undefined)
		errors.push({ file: e.file, id: e.id, message: 'englischer Hilfetext (help_en) fehlt' });
	if (e.help === undefined && e.help_en !== undefined)
		errors.push({ file: e.file, id: e.id, message: 'deutscher Hilfetext (help) fehlt' });
}
