/**
 * The what-if comparison as a view model: actual against scenario for every base count and every
 * KPI (value, position, rank), the staffing calculation on both sides, and the scenario's own
 * plausibility findings. Pure; the page renders it and another view (the council report's clearly
 * marked hypothetical section) can take the same object — `hypothetical: true` travels with it.
 */
import type { BaseCountKind, Catalogue, FieldDef, KpiDef } from '../catalogue/schema.ts';
import type { PeerGroup } from '../engine/peers.ts';
import type { Finding } from '../engine/plausibility.ts';
import { caseloadOf, staffingFrom, STAFFING_KPI, type Staffing } from '../engine/staffing.ts';
import type { StatsRow } from '../engine/stats.ts';
import type { ScenarioResult } from './compute.ts';
import { applyChanges, type Change, type ChangeProblem, type Scenario } from './model.ts';

export interface CountRow {
	id: string;
	label: string;
	kind: BaseCountKind;
	actual: number | null;
	scenario: number | null;
	change: Change | null;
	problem: ChangeProblem | null;
	changed: boolean;
}

export interface KpiCompareRow {
	kpi: KpiDef;
	/**
	 * The engine's statistics row on each side. A fehlerhaft value (`erroneous`: an error finding on
	 * one of its base counts, catalogue.md) has no rank and gets the badge „fehlerhaft“ (labels.ts).
	 */
	actual: StatsRow;
	scenario: StatsRow;
	/** Scenario − actual (null when either is missing). */
	delta: number | null;
	/** The value, its position, its rank or its fehlerhaft mark differ. */
	changed: boolean;
}

export interface ScenarioComparison {
	/** Always true: whatever shows this must say it is hypothetical. */
	hypothetical: true;
	scenario: Scenario;
	group: PeerGroup;
	counts: CountRow[];
	fields: { field: FieldDef; rows: KpiCompareRow[] }[];
	staffing: { actual: Staffing; scenario: Staffing };
	/** The scenario's findings of A in the period that the actual values do not have. */
	newFindings: Finding[];
	/** Every finding of A in the period under the scenario. */
	findings: Finding[];
}

export interface ComparisonInput {
	catalogue: Pick<Catalogue, 'base_counts' | 'derived' | 'kpis' | 'fields'>;
	scenario: Scenario;
	/** The dashboard's statistics of the real group and the real plausibility findings. */
	actualRows: readonly StatsRow[];
	actualFindings: readonly Finding[];
	result: ScenarioResult;
}

/**
 * Every base count of the catalogue, actual and after the changes (model.ts `applyChanges`, the
 * function the scenario engine's copy is made with), with each change and its problem.
 */
export function countRows(
	catalogue: Pick<Catalogue, 'base_counts'>,
	before: ReadonlyMap<string, number>,
	changes: readonly Change[]
): CountRow[] {
	const kinds = new Map(catalogue.base_counts.map((b) => [b.id, b.kind]));
	const { values: after, applied } = applyChanges(before, changes, kinds);
	const byId = new Map(changes.map((c) => [c.count_id, c]));
	const problems = new Map(applied.map((a) => [a.count_id, a.problem]));
	return catalogue.base_counts.map((b) => {
		const actual = before.get(b.id) ?? null;
		const next = after.get(b.id) ?? null;
		return {
			id: b.id,
			label: b.label,
			kind: b.kind,
			actual,
			scenario: next,
			change: byId.get(b.id) ?? null,
			problem: problems.get(b.id) ?? null,
			changed: actual !== next
		};
	});
}

const findingKey = (f: Finding) => `${f.rule}|${f.ids.join(',')}|${f.values.join(',')}`;

export function scenarioComparison(input: ComparisonInput): ScenarioComparison {
	const { catalogue, scenario, result } = input;
	const { authorityId, period } = result.request;
	const counts = countRows(catalogue, result.before, scenario.changes);
	const actualBy = new Map(input.actualRows.map((r) => [r.kpi_id, r]));
	const scenarioBy = new Map(result.rows.map((r) => [r.kpi_id, r]));
	const fields = catalogue.fields
		.map((field) => ({
			field,
			rows: catalogue.kpis
				.filter((k) => k.field === field.id && actualBy.has(k.id) && scenarioBy.has(k.id))
				.map((kpi): KpiCompareRow => {
					const a = actualBy.get(kpi.id)!;
					const s = scenarioBy.get(kpi.id)!;
					return {
						kpi,
						actual: a,
						scenario: s,
						delta: a.own_value === null || s.own_value === null ? null : s.own_value - a.own_value,
						changed:
							a.own_value !== s.own_value ||
							a.position !== s.position ||
							a.rank !== s.rank ||
							!a.erroneous !== !s.erroneous
					};
				})
		}))
		.filter((f) => f.rows.length > 0);
	const side = (rows: readonly StatsRow[], values: ReadonlyMap<string, number>) => {
		const get = (id: string) => values.get(id);
		return staffingFrom(
			rows.find((r) => r.kpi_id === STAFFING_KPI),
			caseloadOf(catalogue, get),
			get
		);
	};
	const actualFindings = new Set(
		input.actualFindings.filter((f) => f.authority_id === authorityId && f.period === period).map(findingKey)
	);
	return {
		hypothetical: true,
		scenario,
		group: result.request.group,
		counts,
		fields,
		staffing: {
			actual: side(input.actualRows, result.before),
			scenario: side(result.rows, result.after)
		},
		newFindings: result.findings.filter((f) => !actualFindings.has(findingKey(f))),
		findings: result.findings
	};
}
