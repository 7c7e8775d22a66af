/**
 * View model of the KPI view: turns the batched `kpiViewData` (engine/views.ts) into the data of
 * each chart and table. Every authority passes through `name` (pseudonyms.ts displayNamer), so
 * no chart, table or download sees another member's name in a pseudonymous ring.
 *
 * Fehlerhaft values (catalogue.md) are carried as a mark on every point and bar and left out of
 * every median the view computes itself (the scatter's); the funnel leaves them out altogether.
 * Values resting on an unreleased member-period carry `provisional` (issue 29, release-state.ts).
 */
import type { Catalogue, KpiDef } from '../catalogue/schema.ts';
import type { Finding } from '../engine/plausibility.ts';
import { groupFunnel } from '../engine/proportions.ts';
import { baseCountLabel } from '../i18n/catalogue.ts';
import { quantile7 } from '../engine/stats.ts';
import { funnelCurve, percent, wilson, type Funnel, type FunnelRow } from '../engine/uncertainty.ts';
import { type KpiViewData, type PeriodQuartiles, type SizeClassQuartiles } from '../engine/views.ts';
import type { FunnelDatum } from '../charts/funnel.ts';
import type { RankingDatum } from '../charts/ranking.ts';
import { smallSample } from './quality.ts';
import { isProvisional, NO_RELEASE_STEP, type ReleaseState } from '../ring/release-state.ts';

export type Namer = (authorityId: string) => string;

export interface TrendPoint {
	period: number;
	own: number | null;
	/** The own value of that period is fehlerhaft. */
	ownErroneous: boolean;
	/** The own value of that period rests on unreleased data. */
	ownProvisional: boolean;
	/** Members of the group with a value in that period whose member-period is not released. */
	groupProvisional: number;
	n: number;
	q1: number | null;
	median: number | null;
	q3: number | null;
}

export interface ScatterPoint {
	label: string;
	x: number;
	y: number;
	own: boolean;
	/** Either value is fehlerhaft: drawn hollow, left out of the medians. */
	erroneous: boolean;
	provisional: boolean;
}

export interface SizeClassDot {
	label: string;
	sizeClass: string;
	value: number;
	own: boolean;
	erroneous: boolean;
	provisional: boolean;
}

/** A bar of the ranking with what its table and download carry besides the value. */
export interface RankingRow extends RankingDatum {
	erroneous: boolean;
	unrated: boolean;
	/** Proportion KPIs: n and the 95 % interval (null where undefined or fehlerhaft). */
	n: number | null;
	low: number | null;
	high: number | null;
	/** Survey KPIs: respondents. */
	respondents: number | null;
	provisional: boolean;
}

export interface SizeClassBox extends Omit<SizeClassQuartiles, 'size_class'> {
	sizeClass: string;
	own: boolean;
	/** Members of the class whose member-period is not released. */
	provisional: number;
}

export { quantile7 };

/**
 * The group's values of the KPI in the period: the ranking's bars, each with its fehlerhaft mark,
 * whether it is rated, and for proportion KPIs n and the 95 % Wilson interval (survey KPIs: the
 * respondents) — from the counts the view carries (views.ts).
 */
export function rankingData(
	data: KpiViewData,
	kpi: Pick<KpiDef, 'id' | 'proportion'>,
	period: number,
	ownId: string,
	name: Namer,
	release: ReleaseState = NO_RELEASE_STEP
): RankingRow[] {
	const counts = new Map(data.counts.map((c) => [c.authority_id, c]));
	return data.values
		.filter((v) => v.in_group && v.kpi_id === kpi.id && v.period === period)
		.map((v) => {
			const c = counts.get(v.authority_id);
			const n = kpi.proportion ? (c?.n ?? null) : null;
			const x = c?.x ?? null;
			const ci = !v.erroneous && n !== null && x !== null ? wilson(x, n) : null;
			const respondents = c?.respondents ?? null;
			return {
				label: name(v.authority_id),
				value: v.value,
				own: v.authority_id === ownId,
				erroneous: v.erroneous,
				unrated: v.erroneous || smallSample(respondents),
				n,
				low: ci ? percent(ci).low : null,
				high: ci ? percent(ci).high : null,
				respondents,
				provisional: isProvisional(release, v.authority_id, period)
			};
		});
}

/** The funnel of the KPI over the group in the period, fehlerhaft values left out (proportions.ts). */
export function funnelData(
	data: KpiViewData,
	kpiId: string,
	period: number,
	members: readonly string[]
): Funnel {
	const counts = new Map(data.counts.map((c) => [c.authority_id, c]));
	const erroneous = new Set(
		data.values
			.filter((v) => v.erroneous && v.kpi_id === kpiId && v.period === period)
			.map((v) => v.authority_id)
	);
	return groupFunnel(
		members,
		(id) => counts.get(id),
		(id) => erroneous.has(id)
	);
}

/** The funnel's points for the chart, each named by `name` (on screen or, for a download, by pseudonym). */
export function funnelPoints(f: Funnel, name: Namer, ownId: string | null): FunnelDatum[] {
	return f.rows.map((r) => ({
		label: name(r.authority_id),
		n: r.n,
		value: r.value,
		own: r.authority_id === ownId,
		flag: r.flag
	}));
}

/** The members outside the 95 % limits, for the list beside the chart: alarm first, then by distance from the target. */
export function funnelFlagged(f: Funnel): FunnelRow[] {
	return f.rows
		.filter((r) => r.flag)
		.sort(
			(a, b) =>
				Number(b.flag === 'alarm') - Number(a.flag === 'alarm') ||
				Math.abs(b.value - b.target) - Math.abs(a.value - a.target)
		);
}

/** The funnel's limits as curves from half the smallest n to a little beyond the largest. */
export function funnelCurveFor(f: Funnel) {
	if (f.target === null || !f.rows.length) return [];
	const ns = f.rows.map((r) => r.n);
	return funnelCurve(f.target / 100, Math.max(1, Math.min(...ns) / 2), Math.max(...ns) * 1.04);
}

/**
 * Own value against the group's quartiles, every period with a group value or an own value. `members`:
 * the group followed through the years (for how many of its values in a period are provisional).
 */
export function trendData(
	data: KpiViewData,
	kpiId: string,
	ownId: string,
	release: ReleaseState = NO_RELEASE_STEP,
	members: readonly string[] = []
): TrendPoint[] {
	const mine = data.values.filter((v) => v.kpi_id === kpiId && v.authority_id === ownId);
	const own = new Map(mine.map((v) => [v.period, v.value]));
	const erroneous = new Set(mine.filter((v) => v.erroneous).map((v) => v.period));
	const band = new Map<number, PeriodQuartiles>(data.periods.map((p) => [p.period, p]));
	const group = new Set(members);
	const pending = new Map<number, number>();
	if (release.active)
		for (const v of data.values)
			if (v.kpi_id === kpiId && group.has(v.authority_id) && isProvisional(release, v.authority_id, v.period))
				pending.set(v.period, (pending.get(v.period) ?? 0) + 1);
	const periods = [...new Set([...own.keys(), ...band.keys()])].sort((a, b) => a - b);
	return periods.map((period) => {
		const q = band.get(period);
		return {
			period,
			own: own.get(period) ?? null,
			ownErroneous: erroneous.has(period),
			ownProvisional: own.has(period) && isProvisional(release, ownId, period),
			groupProvisional: pending.get(period) ?? 0,
			n: q?.n ?? 0,
			q1: q?.q1 ?? null,
			median: q?.median ?? null,
			q3: q?.q3 ?? null
		};
	});
}

/** Group members with both values in the period, and the medians that split the quadrants. */
export function scatterData(
	data: KpiViewData,
	xKpi: string,
	yKpi: string,
	period: number,
	ownId: string,
	name: Namer,
	release: ReleaseState = NO_RELEASE_STEP
): { points: ScatterPoint[]; xMedian: number | null; yMedian: number | null } {
	const pick = (kpi: string) =>
		new Map(
			data.values
				.filter((v) => v.in_group && v.period === period && v.kpi_id === kpi)
				.map((v) => [v.authority_id, v])
		);
	const xs = pick(xKpi);
	const ys = pick(yKpi);
	const points: ScatterPoint[] = [];
	for (const [id, x] of xs) {
		const y = ys.get(id);
		if (y !== undefined)
			points.push({
				label: name(id),
				x: x.value,
				y: y.value,
				own: id === ownId,
				erroneous: x.erroneous || y.erroneous,
				provisional: isProvisional(release, id, period)
			});
	}
	// Each median over the group's values of that KPI that are not fehlerhaft.
	const median = (values: Map<string, { value: number; erroneous: boolean }>) =>
		quantile7(
			[...values.entries()]
				.filter(([id, v]) => !v.erroneous && (values === xs ? ys : xs).has(id))
				.map(([, v]) => v.value)
				.sort((p, q) => p - q),
			0.5
		);
	return { points, xMedian: median(xs), yMedian: median(ys) };
}

/** Every ring member's value in the period by size class (ring-wide), classes in catalogue order. */
export function sizeClassData(
	data: KpiViewData,
	kpiId: string,
	period: number,
	ownId: string,
	name: Namer,
	classOrder: readonly string[],
	noClassLabel: string,
	release: ReleaseState = NO_RELEASE_STEP
): { dots: SizeClassDot[]; boxes: SizeClassBox[] } {
	const own = data.values.find((v) => v.kpi_id === kpiId && v.period === period && v.authority_id === ownId);
	const ownClass = own ? (own.size_class ?? noClassLabel) : null;
	const order = (c: string) => {
		const i = classOrder.indexOf(c);
		return i < 0 ? classOrder.length : i;
	};
	const dots = data.values
		.filter((v) => v.kpi_id === kpiId && v.period === period)
		.map((v) => ({
			label: name(v.authority_id),
			sizeClass: v.size_class ?? noClassLabel,
			value: v.value,
			own: v.authority_id === ownId,
			erroneous: v.erroneous,
			provisional: isProvisional(release, v.authority_id, period)
		}));
	const pending = new Map<string, number>();
	for (const d of dots) if (d.provisional) pending.set(d.sizeClass, (pending.get(d.sizeClass) ?? 0) + 1);
	const boxes = data.sizeClasses
		.map(({ size_class, ...q }) => {
			const sizeClass = size_class ?? noClassLabel;
			return { ...q, sizeClass, own: sizeClass === ownClass, provisional: pending.get(sizeClass) ?? 0 };
		})
		.sort((a, b) => order(a.sizeClass) - order(b.sizeClass));
	return { dots, boxes };
}

/**
 * Plausibility findings that touch the KPI in the period for the group or the own authority:
 * the finding names the KPI or one of its input base counts.
 */
export function kpiFindings(
	findings: readonly Finding[],
	kpi: Pick<KpiDef, 'id' | 'inputs'>,
	period: number,
	authorities: ReadonlySet<string>
): Finding[] {
	const ids = new Set([kpi.id, ...kpi.inputs]);
	return findings.filter(
		(f) => f.period === period && authorities.has(f.authority_id) && f.ids.some((id) => ids.has(id))
	);
}

/** Labels of the KPI's inputs for the definition, from the catalogue, in the interface language. */
export function inputLabels(
	catalogue: Pick<Catalogue, 'base_counts'>,
	kpi: Pick<KpiDef, 'inputs'>
): { id: string; label: string; kind: string }[] {
	return kpi.inputs.map((id) => {
		const b = catalogue.base_counts.find((c) => c.id === id);
		return { id, label: b ? baseCountLabel(b) : id, kind: b?.kind ?? 'count' };
	});
}
