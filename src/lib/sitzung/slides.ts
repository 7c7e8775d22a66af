/**
 * The data of every slide of an agenda, computed before the session starts (issue 30): a slide
 * change then runs no query and no statistic, it only shows what is here.
 *
 * Numbers come from the engine's period snapshot and its error index — the same values and the same
 * statistics (`groupStatsFrom`: type-7 quartiles, fehlerhaft values left out) as the dashboard — and
 * are codes and numbers, not prose. Members are carried with their display label only (the caller's
 * namer: pseudonyms in a pseudonymous ring, names in a named one), so nothing drawn from this can name
 * a member the ring has not agreed to name. `id` stays for the highlight and never reaches the page.
 */
import type { Catalogue, KpiDef } from '../catalogue/schema.ts';
import { rankingOrder } from '../charts/ranking.ts';
import { smallSample } from '../dashboard/quality.ts';
import type { Engine } from '../engine/engine.ts';
import { kpiErrors, type ErrorIndex } from '../engine/erroneous.ts';
import { valueOf, type PeriodSnapshot } from '../engine/period-snapshot.ts';
import { countsFrom } from '../engine/proportions.ts';
import { groupStatsFrom, type Direction } from '../engine/stats.ts';
import type { Agenda, AgendaSlide, CustomPeerGroup, SlideGroup } from '../ring/package/types.ts';
import { slidePeriod } from './agenda.ts';

export type SlideSource = Pick<Engine, 'snapshot' | 'errors'>;

/** Why a slide cannot show its numbers (worded by the page). */
export type SlideProblem = 'unknown_kpi' | 'unknown_field' | 'no_period' | 'unknown_group' | 'empty_group';

export interface SlideBar {
	/** authority_id: for the highlight only, never shown. */
	id: string;
	label: string;
	value: number;
	/** Fehlerhaft: out of the statistics, drawn last without rank. */
	erroneous: boolean;
	/** No rank and no colour (fehlerhaft, or a survey under 50 respondents). */
	unrated: boolean;
}

/** The group's statistics of one KPI in the period, and the direction of travel of its median. */
export interface GroupFigures {
	n: number;
	q1: number | null;
	median: number | null;
	q3: number | null;
	/** Members left out as fehlerhaft. */
	excluded: number;
	prevPeriod: number | null;
	prevMedian: number | null;
	/** Of the median against the previous period, judged by polarity (`none`: context KPI). */
	direction: Direction | null;
}

interface Common {
	/** 0-based position in the agenda. */
	index: number;
	notes: string;
}

export type SlideData =
	| (Common & { type: 'title' | 'text'; heading: string; lines: string[] })
	| (Common & {
			type: 'kpi';
			kpiId: string;
			kpi: KpiDef | null;
			period: number | null;
			group: SlideGroup;
			/** Members of the group in the period. */
			size: number;
			bars: SlideBar[];
			figures: GroupFigures | null;
			problem: SlideProblem | null;
	  })
	| (Common & {
			type: 'field';
			fieldId: string;
			period: number | null;
			group: SlideGroup;
			size: number;
			rows: { kpi: KpiDef; figures: GroupFigures }[];
			problem: SlideProblem | null;
	  });

export interface SlideContext {
	catalogue: Pick<Catalogue, 'kpis' | 'fields'>;
	/** The ring's periods with data, ascending. */
	periods: readonly number[];
	customGroups: readonly CustomPeerGroup[];
	/** How a member is shown (ring/pseudonyms.ts `displayNamer` with no own authority). */
	name: (authorityId: string) => string;
}

/** The members of `group` in the snapshot's period, or null for a custom group the ring lacks. */
export function groupMembers(
	snapshot: PeriodSnapshot,
	group: SlideGroup,
	custom: readonly CustomPeerGroup[]
): string[] | null {
	const all = snapshot.members;
	switch (group.type) {
		case 'ring':
			return all.map((m) => m.authority_id);
		case 'size':
			return all.filter((m) => m.size_class === group.value).map((m) => m.authority_id);
		case 'kind':
		case 'state': {
			const attribute: 'kind' | 'state' = group.type;
			return all.filter((m) => m[attribute] === group.value).map((m) => m.authority_id);
		}
		case 'custom': {
			const own = custom.find((g) => g.name === group.name);
			if (!own) return null;
			const wanted = new Set(own.members);
			return all.filter((m) => wanted.has(m.authority_id)).map((m) => m.authority_id);
		}
	}
}

/** The group's figures of `kpi` in the snapshot's period, with the previous period's median. */
export function groupFigures(
	kpi: KpiDef,
	snapshot: PeriodSnapshot,
	members: readonly string[],
	previous: { snapshot: PeriodSnapshot; members: readonly string[] } | null,
	errors: ErrorIndex
): GroupFigures {
	// No own authority (''): the statistics of the group alone, exactly as every view computes them.
	const [row] = groupStatsFrom(snapshot, { kpis: [kpi] }, '', members, errors);
	const prev = previous
		? groupStatsFrom(previous.snapshot, { kpis: [kpi] }, '', previous.members, errors)[0]
		: null;
	const median = row?.median ?? null;
	const prevMedian = prev?.median ?? null;
	let direction: Direction | null = null;
	if (median !== null && prevMedian !== null)
		direction =
			kpi.polarity === 'none'
				? 'none'
				: median === prevMedian
					? 'same'
					: median > prevMedian === (kpi.polarity === 'up')
						? 'better'
						: 'worse';
	return {
		n: row?.n ?? 0,
		q1: row?.q1 ?? null,
		median,
		q3: row?.q3 ?? null,
		excluded: row?.excluded.length ?? 0,
		prevPeriod: previous ? previous.snapshot.period : null,
		prevMedian,
		direction
	};
}

/** The bars of the ranking: every group member with a value, in the chart's order (best first). */
export function slideBars(
	kpi: KpiDef,
	snapshot: PeriodSnapshot,
	members: readonly string[],
	errors: ErrorIndex,
	name: (id: string) => string
): SlideBar[] {
	const bars: (SlideBar & { own: boolean })[] = [];
	for (const id of members) {
		const value = valueOf(snapshot, kpi.id, id);
		if (value === null) continue;
		const erroneous = kpiErrors(errors, snapshot.period, id, kpi.inputs) !== null;
		const respondents = countsFrom(snapshot, kpi.id, id).respondents;
		bars.push({
			id,
			label: name(id),
			value,
			erroneous,
			unrated: erroneous || smallSample(respondents),
			own: false
		});
	}
	return rankingOrder(bars, kpi.polarity).map(({ own: _own, ...bar }) => bar);
}

/**
 * Every slide's data. Snapshots are read once per period (the engine caches them), then everything
 * is computed in memory; `progress(done, total)` after each slide, so the page can show how far it is.
 */
export async function prepareSlides(
	source: SlideSource,
	agenda: Agenda,
	context: SlideContext,
	progress: (done: number, total: number) => void = () => {}
): Promise<SlideData[]> {
	const errors = await source.errors();
	const snapshots = new Map<number, Promise<PeriodSnapshot>>();
	const snap = (p: number) => {
		let s = snapshots.get(p);
		if (!s) snapshots.set(p, (s = source.snapshot(p)));
		return s;
	};
	const out: SlideData[] = [];
	for (const [index, slide] of agenda.slides.entries()) {
		out.push(await prepareSlide(slide, index, context, snap, errors));
		progress(index + 1, agenda.slides.length);
		// Let the page paint the progress between slides.
		await new Promise((resolve) => setTimeout(resolve, 0));
	}
	return out;
}

async function prepareSlide(
	slide: AgendaSlide,
	index: number,
	context: SlideContext,
	snap: (period: number) => Promise<PeriodSnapshot>,
	errors: ErrorIndex
): Promise<SlideData> {
	if (slide.type === 'title' || slide.type === 'text')
		return { type: slide.type, index, notes: slide.notes, heading: slide.heading, lines: slide.lines };
	const { catalogue, periods } = context;
	const period = slidePeriod(slide, periods);
	const base = { index, notes: slide.notes, period, group: slide.group };
	const kpis =
		slide.type === 'kpi'
			? catalogue.kpis.filter((k) => k.id === slide.kpi)
			: catalogue.kpis.filter((k) => k.field === slide.field);
	const unknown =
		slide.type === 'kpi'
			? kpis.length === 0 && 'unknown_kpi'
			: !catalogue.fields.some((f) => f.id === slide.field) && 'unknown_field';
	const empty =
		slide.type === 'kpi'
			? {
					...base,
					type: 'kpi' as const,
					kpiId: slide.kpi,
					kpi: kpis[0] ?? null,
					size: 0,
					bars: [],
					figures: null
				}
			: { ...base, type: 'field' as const, fieldId: slide.field, size: 0, rows: [] };
	if (unknown) return { ...empty, problem: unknown };
	if (period === null || !periods.includes(period)) return { ...empty, problem: 'no_period' };
	const snapshot = await snap(period);
	const members = groupMembers(snapshot, slide.group, context.customGroups);
	if (members === null) return { ...empty, problem: 'unknown_group' };
	if (members.length === 0) return { ...empty, problem: 'empty_group' };
	const before = periods.filter((p) => p < period).at(-1);
	const prevSnapshot = before === undefined ? null : await snap(before);
	const prevMembers = prevSnapshot ? groupMembers(prevSnapshot, slide.group, context.customGroups) : null;
	const previous = prevSnapshot && prevMembers ? { snapshot: prevSnapshot, members: prevMembers } : null;
	const figures = (kpi: KpiDef) => groupFigures(kpi, snapshot, members, previous, errors);
	if (empty.type === 'kpi') {
		const kpi = kpis[0]!;
		return {
			...empty,
			size: members.length,
			bars: slideBars(kpi, snapshot, members, errors, context.name),
			figures: figures(kpi),
			problem: null
		};
	}
	return {
		...empty,
		size: members.length,
		rows: kpis.map((kpi) => ({ kpi, figures: figures(kpi) })),
		problem: null
	};
}
