/**
 * The words of a slide, from the message catalogue and the format module: group names, the direction
 * of the median, why a slide cannot show its numbers. Kept out of the components so every view of a
 * slide (presentation, presenter, overview, handout, editor preview) says it the same way.
 */
import type { Catalogue, KpiDef, Unit } from '../catalogue/schema.ts';
import { formatPeriod, formatUnit } from '../format/index.ts';
import { fieldLabel, kpiLabel } from '../i18n/catalogue.ts';
import { t } from '../i18n/translate.ts';
import type { AgendaSlide, SlideGroup } from '../ring/package/types.ts';
import type { GroupFigures, SlideData } from './slides.ts';

const KIND_KEYS: Record<
	string,
	'dash.kind_kreisfreie_stadt' | 'dash.kind_landkreis' | 'dash.kind_grosse_kreisstadt' | 'dash.kind_region'
> = {
	kreisfreie_stadt: 'dash.kind_kreisfreie_stadt',
	landkreis: 'dash.kind_landkreis',
	grosse_kreisstadt: 'dash.kind_grosse_kreisstadt',
	region: 'dash.kind_region'
};

export function groupLabel(g: SlideGroup): string {
	switch (g.type) {
		case 'ring':
			return t('session.group_ring');
		case 'size':
			return t('session.group_size', { value: g.value });
		case 'kind':
			return KIND_KEYS[g.value] ? t(KIND_KEYS[g.value]!) : g.value;
		case 'state':
			return t('session.group_state', { value: g.value });
		case 'custom':
			return t('session.group_custom', { name: g.name });
	}
}

export const valueText = (kpi: Pick<KpiDef, 'unit'>, v: number | null) => formatUnit(v, kpi.unit as Unit);

/** „Median gegenüber 2023: ↗ besser (48,2 → 45,1 Tage)“ */
export function medianTrend(kpi: Pick<KpiDef, 'unit'>, f: GroupFigures): { symbol: string; text: string } {
	if (f.direction === null || f.prevPeriod === null || f.prevMedian === null || f.median === null)
		return { symbol: '–', text: t('session.median_trend_none') };
	const [symbol, word] =
		f.direction === 'better'
			? ['↗', t('session.dir_better')]
			: f.direction === 'worse'
				? ['↘', t('session.dir_worse')]
				: f.direction === 'same' || f.median === f.prevMedian
					? ['→', t('session.dir_same')]
					: f.median > f.prevMedian
						? ['↑', t('session.dir_up')]
						: ['↓', t('session.dir_down')];
	// Two medians that differ must not read alike („2,3 % → 2,3 %, besser“): one more decimal until they do.
	let [before, now] = [valueText(kpi, f.prevMedian), valueText(kpi, f.median)];
	for (let decimals = 2; before === now && f.median !== f.prevMedian && decimals <= 4; decimals++) {
		before = formatUnit(f.prevMedian, kpi.unit as Unit, { decimals });
		now = formatUnit(f.median, kpi.unit as Unit, { decimals });
	}
	return {
		symbol,
		text: t('session.median_trend', { period: formatPeriod(f.prevPeriod), symbol, text: word, before, now })
	};
}

/** Why the slide shows no numbers, or ''. */
export function problemText(slide: SlideData): string {
	if (slide.type !== 'kpi' && slide.type !== 'field') return '';
	switch (slide.problem) {
		case null:
			return '';
		case 'unknown_kpi':
			return t('session.problem_unknown_kpi', { id: slide.type === 'kpi' ? slide.kpiId : '' });
		case 'unknown_field':
			return t('session.problem_unknown_field', { id: slide.type === 'field' ? slide.fieldId : '' });
		case 'no_period':
			return t('session.problem_no_period');
		case 'unknown_group':
			return t('session.problem_unknown_group', {
				name: slide.group.type === 'custom' ? slide.group.name : ''
			});
		case 'empty_group':
			return t('session.problem_empty_group');
	}
}

/** The KPI's definition in one line: the first sentence of its help text. */
export function oneLine(help: string): string {
	const first = help.split(/(?<=[.!?])\s/)[0] ?? help;
	return first.length > 180 ? `${first.slice(0, 179)}…` : first;
}

/** A slide's title as a list item (editor, overview, presenter), of prepared data or of the agenda. */
export function slideTitle(
	slide: SlideData | AgendaSlide,
	catalogue: Pick<Catalogue, 'kpis' | 'fields'>
): string {
	switch (slide.type) {
		case 'title':
		case 'text':
			return slide.heading || t(slide.type === 'title' ? 'session.type_title' : 'session.type_text');
		case 'kpi': {
			const id = 'kpiId' in slide ? slide.kpiId : slide.kpi;
			const kpi = catalogue.kpis.find((k) => k.id === id);
			return kpi ? kpiLabel(kpi) : id;
		}
		case 'field': {
			const id = 'fieldId' in slide ? slide.fieldId : slide.field;
			const field = catalogue.fields.find((f) => f.id === id);
			return field ? fieldLabel(field) : id;
		}
	}
}
