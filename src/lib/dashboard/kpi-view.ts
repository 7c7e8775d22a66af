/**
 * View model of the KPI view: turns the batched `kpiViewData` (engine/views.ts) into the data of
 * each chart and table. Every authority passes through `name` (pseudonyms.ts displayNamer), so
 * no chart, table or download sees another member's name in a pseudonymous ring.
 */
import type { Catalogue, KpiDef } from '../catalogue/schema.ts';
import type { Finding } from '../engine/plausibility.ts';
import { baseCountLabel } from '../i18n/catalogue.ts';
import { quantile7 } from '../engine/stats.ts';
import { type KpiViewData, type PeriodQuartiles, type SizeClassQuartiles } from '../engine/views.ts';
import type { RankingDatum } from '../charts/ranking.ts';

export type Namer = (authorityId: string) => string;

export interface TrendPoint {
	period: number;
	own: number | null;
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
}

export interface SizeClassDot {
	label: string;
	sizeClass: string;
	value: number;
	own: boolean;
}

export interface SizeClassBox extends Omit<SizeClassQuartiles, 'size_class'> {
	sizeClass: string;
	own: boolean;
}

export { quantile7 };

/** The group's values of the KPI in the period: the ranking's bars. */
export function rankingData(
	data: KpiViewData,
	kpiId: string,
	period: number,
	ownId: string,
	name: Namer
): RankingDatum[] {
	return data.values
		.filter((v) => v.in_group && v.kpi_id === kpiId && v.period === period)
		.map((v) => ({ label: name(v.authority_id), value: v.value, own: v.authority_id === ownId }));
}

/** Own value against the group's quartiles, every period with a group value or an own value. */
export function trendData(data: KpiViewData, kpiId: string, ownId: string): TrendPoint[] {
	const own = new Map(
		data.values.filter((v) => v.kpi_id === kpiId && v.authority_id === ownId).map((v) => [v.period, v.value])
	);
	const band = new Map<number, PeriodQuartiles>(data.periods.map((p) => [p.period, p]));
	const periods = [...new Set([...own.keys(), ...band.keys()])].sort((a, b) => a - b);
	return periods.map((period) => {
		const q = band.get(period);
		return {
			period,
			own: own.get(period) ?? null,
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
	name: Namer
): { points: ScatterPoint[]; xMedian: number | null; yMedian: number | null } {
	const pick = (kpi: string) =>
		new Map(
			data.values
				.filter((v) => v.in_group && v.period === period && v.kpi_id === kpi)
				.map((v) => [v.authority_id, v.value])
		);
	const xs = pick(xKpi);
	const ys = pick(yKpi);
	const points: ScatterPoint[] = [];
	for (const [id, x] of xs) {
		const y = ys.get(id);
		if (y !== undefined) points.push({ label: name(id), x, y, own: id === ownId });
	}
	const sorted = (a: number[]) => a.sort((p, q) => p - q);
	return {
		points,
		xMedian: quantile7(sorted(points.map((p) => p.x)), 0.5),
		yMedian: quantile7(sorted(points.map((p) => p.y)), 0.5)
	};
}

/** Every ring member's value in the period by size class (ring-wide), classes in catalogue order. */
export function sizeClassData(
	data: KpiViewData,
	kpiId: string,
	period: number,
	ownId: string,
	name: Namer,
	classOrder: readonly string[],
	noClassLabel: string
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
			own: v.authority_id === ownId
		}));
	const boxes = data.sizeClasses
		.map(({ size_class, ...q }) => {
			const sizeClass = size_class ?? noClassLabel;
			return { ...q, sizeClass, own: sizeClass === ownClass };
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
