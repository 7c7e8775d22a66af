/**
 * Targets in the authority's own units (issue #28): what it would take to reach the group's median
 * or the boundary of the best quarter, said in the base counts a KPI is made of.
 *
 * Every KPI of the catalogue with a target is a ratio m · N / D — N and D the formula's numerator and
 * denominator terms (a base count, a derived term, a sum), m its factor (100, 1000, 12 …). For a target
 * T, holding D fixed N must become T · D / m; holding N fixed D must become m · N / T. The shape is read
 * off the formula as written in the catalogue (`decided / fte_case_officers`, `open_applications /
 * (title_applications_received / 12)`), so a KPI added by YAML gets its targets without code.
 *
 * Pure functions over the engine's results — the group statistics (stats.ts, whose rows also say
 * whether the own value is fehlerhaft, erroneous.ts) and the own base counts (views.ts): numbers and
 * codes, no prose. The KPI
 * view and the CLI `scenario` both call `kpiTargets`, so they show the same figures.
 *
 * Definitions chosen here:
 * - the target of `best` is q3 for polarity up and q1 for down; `median` the group median; context
 *   KPIs (polarity none) have no targets;
 * - already met means value ≥ T (up) or value ≤ T (down): the required cell stays empty;
 * - a side whose required value cannot be reached by a finite positive count — the denominator of a
 *   KPI whose target is 0, or a denominator shrunk to 0 because the numerator is 0 — is `unreachable`;
 * - a side is a lever when every base count it reads (through derived terms too) is marked
 *   `lever: true` in the catalogue;
 * - "holding D fixed" is literal even where D contains N (digital_intake_share = digital /
 *   (visits + digital)): D keeps its value, so the rest of D gives way — a shift between channels.
 */
import {
	denominatorsOf,
	evaluate,
	parseFormula,
	refsOf,
	substitute,
	type Expr
} from '../catalogue/formula.ts';
import type { BaseCountKind, Catalogue, KpiDef } from '../catalogue/schema.ts';
import type { StatsRow } from './stats.ts';

export type TargetKind = 'median' | 'best';
export const TARGET_KINDS: readonly TargetKind[] = ['median', 'best'];
export type Side = 'numerator' | 'denominator';

/** A formula as m · N / D with m = factorNum / factorDen, kept as a fraction so 1 / (1/12) stays 12. */
export interface RatioShape {
	factorNum: number;
	factorDen: number;
	/** The sides as written in the catalogue (derived terms not substituted). */
	numerator: Expr;
	denominator: Expr;
}

interface Parts {
	num: number;
	den: number;
	n: Expr | null;
	d: Expr | null;
}

const one = (a: Expr | null, b: Expr | null): Expr | null | undefined => (a && b ? undefined : (a ?? b));

function parts(e: Expr): Parts | null {
	if (e.type === 'number') return { num: e.value, den: 1, n: null, d: null };
	if (e.type === 'binary' && (e.op === '*' || e.op === '/')) {
		const l = parts(e.left);
		const r = parts(e.right);
		if (!l || !r) return null;
		// A product or quotient of two terms (a · b, a / b / c) is no ratio of two sides.
		const n = e.op === '*' ? one(l.n, r.n) : one(l.n, r.d);
		const d = e.op === '*' ? one(l.d, r.d) : one(l.d, r.n);
		if (n === undefined || d === undefined) return null;
		return e.op === '*'
			? { num: l.num * r.num, den: l.den * r.den, n, d }
			: { num: l.num * r.den, den: l.den * r.num, n, d };
	}
	// A term: a base count, a derived term, a sum or difference — anything without a division inside.
	return denominatorsOf(e).length ? null : { num: 1, den: 1, n: e, d: null };
}

/** The formula as m · N / D, or null when it is not such a ratio (then it has no targets). */
export function ratioShape(formula: Expr): RatioShape | null {
	const p = parts(formula);
	if (!p || !p.n || !p.d || p.num === 0 || p.den === 0) return null;
	return { factorNum: p.num, factorDen: p.den, numerator: p.n, denominator: p.d };
}

/** The term as written: `decided`, `visits + digital_submissions` (parentheses only where needed). */
export function termText(e: Expr): string {
	const wrap = (x: Expr, when: boolean) => (when ? `(${termText(x)})` : termText(x));
	switch (e.type) {
		case 'number':
			return String(e.value);
		case 'ref':
			return e.id;
		case 'neg':
			return `-${wrap(e.arg, e.arg.type === 'binary')}`;
		case 'binary': {
			const additive = (x: Expr) => x.type === 'binary' && (x.op === '+' || x.op === '-');
			const tight = e.op === '*' || e.op === '/';
			const left = wrap(e.left, tight && additive(e.left));
			const right = wrap(
				e.right,
				(tight && e.right.type === 'binary') || (e.op === '-' && additive(e.right))
			);
			return `${left} ${e.op} ${right}`;
		}
	}
}

/** One side of a KPI as the targets need it. */
export interface SideInfo {
	side: Side;
	/** As written in the catalogue. */
	term: string;
	/** The base count or derived term when the side is exactly one (wording in the views), else null. */
	termId: string | null;
	/** The side with derived terms substituted: what is evaluated on the own base counts. */
	resolved: Expr;
	/** Base counts the side reads. */
	inputs: string[];
	lever: boolean;
	/** The kind of its base counts when they agree (the unit of `current` and `required`), else null. */
	kind: BaseCountKind | null;
}

export interface KpiSides {
	kpi: KpiDef;
	shape: RatioShape;
	numerator: SideInfo;
	denominator: SideInfo;
}

/** The two sides of a KPI, or null for a KPI that is no ratio m · N / D. */
export function kpiSides(
	catalogue: Pick<Catalogue, 'base_counts' | 'derived'>,
	kpi: KpiDef
): KpiSides | null {
	let written: Expr;
	try {
		written = parseFormula(kpi.formula);
	} catch {
		return null; // the validator has refused such a catalogue already
	}
	const shape = ratioShape(written);
	if (!shape) return null;
	const derived = new Map(catalogue.derived.map((d) => [d.id, d.resolved]));
	const counts = new Map(catalogue.base_counts.map((b) => [b.id, b]));
	const info = (side: Side, e: Expr): SideInfo => {
		const resolved = substitute(e, (id) => derived.get(id));
		const inputs = refsOf(resolved);
		const kinds = new Set(inputs.map((id) => counts.get(id)?.kind));
		const [kind] = kinds;
		return {
			side,
			term: termText(e),
			termId: e.type === 'ref' ? e.id : null,
			resolved,
			inputs,
			lever: inputs.length > 0 && inputs.every((id) => counts.get(id)?.lever === true),
			kind: kinds.size === 1 && kind !== undefined ? kind : null
		};
	};
	return {
		kpi,
		shape,
		numerator: info('numerator', shape.numerator),
		denominator: info('denominator', shape.denominator)
	};
}

export type TargetStatus =
	/** The required value is given. */
	| 'open'
	/** The own value reaches the target already. */
	| 'met'
	/** No own value (missing input, zero denominator). */
	| 'no_value'
	/** The group has no value to set a target. */
	| 'no_target'
	/** The own value is fehlerhaft (an error finding on a base count it reads): no target. */
	| 'erroneous'
	/** This side cannot reach the target with a finite positive count. */
	| 'unreachable';

export interface TargetRow {
	kpi_id: string;
	target: TargetKind;
	/** The group's median or best-quarter boundary; null when undefined or the value is fehlerhaft. */
	target_value: number | null;
	/** A's value of the KPI; null when there is none or it is fehlerhaft. */
	value: number | null;
	side: Side;
	term: string;
	termId: string | null;
	inputs: string[];
	lever: boolean;
	kind: BaseCountKind | null;
	/** The side's current value on A's base counts; null when a count is missing or fehlerhaft. */
	current: number | null;
	/** The value that reaches the target, the other side held fixed; null unless `status` is open. */
	required: number | null;
	status: TargetStatus;
}

/** What the targets read of a statistics row (stats.ts). */
export type TargetStats = Pick<
	StatsRow,
	'kpi_id' | 'polarity' | 'median' | 'q1' | 'q3' | 'own_value' | 'erroneous'
>;

/** The group statistic a target is set at (null for context KPIs and empty groups). */
export function targetValue(row: Pick<StatsRow, 'polarity' | 'median' | 'q1' | 'q3'>, target: TargetKind) {
	if (row.polarity === 'none') return null;
	if (target === 'median') return row.median;
	return row.polarity === 'up' ? row.q3 : row.q1;
}

export interface TargetInput {
	catalogue: Pick<Catalogue, 'base_counts' | 'derived' | 'kpis'>;
	/**
	 * The engine's statistics of A's group (one row per KPI): the group's median and quartiles leave
	 * fehlerhaft values out, and `erroneous` says whether A's own value is one (then: no targets).
	 */
	rows: readonly TargetStats[];
	/** A's base counts in the period (count_id → value; a missing count is absent). */
	counts: (countId: string) => number | undefined;
	targets?: readonly TargetKind[];
	/** Only these KPIs (default: every KPI with polarity up or down). */
	kpiIds?: readonly string[];
}

/**
 * The target rows of every KPI with polarity up or down, in catalogue order: per target, the
 * numerator row, then the denominator row (the CLI's order).
 */
export function kpiTargets(input: TargetInput): TargetRow[] {
	const { catalogue, counts } = input;
	const targets = input.targets ?? TARGET_KINDS;
	const byKpi = new Map(input.rows.map((r) => [r.kpi_id, r]));
	const out: TargetRow[] = [];
	for (const kpi of catalogue.kpis) {
		if (kpi.polarity === 'none' || (input.kpiIds && !input.kpiIds.includes(kpi.id))) continue;
		const sides = kpiSides(catalogue, kpi);
		const row = byKpi.get(kpi.id);
		if (!sides || !row) continue;
		const bad = Boolean(row.erroneous);
		const value = bad ? null : row.own_value;
		const n = bad ? null : evaluate(sides.numerator.resolved, counts);
		const d = bad ? null : evaluate(sides.denominator.resolved, counts);
		const { factorNum, factorDen } = sides.shape;
		for (const target of targets) {
			const t = bad ? null : targetValue(row, target);
			const met = value !== null && t !== null && (kpi.polarity === 'up' ? value >= t : value <= t);
			for (const info of [sides.numerator, sides.denominator]) {
				const current = info.side === 'numerator' ? n : d;
				let status: TargetStatus = bad
					? 'erroneous'
					: value === null
						? 'no_value'
						: t === null
							? 'no_target'
							: met
								? 'met'
								: 'open';
				let required: number | null = null;
				if (status === 'open' && n !== null && d !== null && t !== null) {
					// N = T · D / m and D = m · N / T with m = factorNum / factorDen.
					required =
						info.side === 'numerator' ? (t * d * factorDen) / factorNum : (n * factorNum) / (t * factorDen);
					if (!Number.isFinite(required) || (info.side === 'denominator' && required <= 0)) {
						required = null;
						status = 'unreachable';
					}
				} else if (status === 'open') status = 'no_value';
				const { side, term, termId, inputs, lever, kind } = info;
				out.push({
					kpi_id: kpi.id,
					target,
					target_value: t,
					value,
					side,
					term,
					termId,
					inputs,
					lever,
					kind,
					current,
					required,
					status
				});
			}
		}
	}
	return out;
}
