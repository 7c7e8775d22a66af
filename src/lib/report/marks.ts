/**
 * The one badge of a value in the report, and whether it gets a rank — ONE function, so the
 * report follows catalogue.md's precedence in a single place and can take the dashboard's rule
 * as soon as that exists (another change adds „fehlerhaft“ and intervals to the engine and the
 * dashboard; swap `valueMark` for theirs then, the report's tables, charts and summary all call it).
 *
 * Precedence (catalogue.md): fehlerhaft → unter 50 Befragten → nicht unterscheidbar vom Median →
 * the quartile badge. „Nicht unterscheidbar“ needs the intervals, which the engine does not compute
 * yet; until then the quartile badge follows directly. The quartile badge itself is the dashboard's
 * (dashboard/labels.ts positionBadge), so screen and report word it the same.
 */
import type { KpiDef } from '../catalogue/schema.ts';
import type { StatsRow } from '../engine/stats.ts';
import { MIN_GROUP } from '../dashboard/state.ts';
import { positionBadge } from '../dashboard/labels.ts';
import { formatInteger } from '../format/index.ts';
import { t } from '../i18n/translate.ts';

/** Below this many respondents a survey KPI gets no rank, badge or colour (catalogue.md). */
export const SURVEY_NO_RANK = 50;
/** Below this many (and from SURVEY_NO_RANK on) it carries the KGSt note. */
export const SURVEY_NOTE = 100;

export type MarkKind =
	'fehlerhaft' | 'under_50' | 'missing' | 'none' | 'too_small' | 'good' | 'middle' | 'attention';

export interface ValueMark {
	kind: MarkKind;
	/** Symbol + text, never colour alone: „▲ gut“. */
	symbol: string;
	text: string;
	/** Whether the rank may be shown. */
	ranked: boolean;
	/** A note to print with the value (finding message, sample-size note), or ''. */
	note: string;
}

export interface MarkContext {
	/** German messages of the error findings that make the own value „fehlerhaft“ (empty: it is not). */
	errors: readonly string[];
	/** Respondents of the KPI's survey for the own authority (KPIs with a `sample`), else null. */
	respondents: number | null;
}

export function valueMark(
	row: StatsRow,
	kpi: Pick<KpiDef, 'polarity' | 'sample'>,
	ctx: MarkContext
): ValueMark {
	if (row.own_value !== null && ctx.errors.length)
		return {
			kind: 'fehlerhaft',
			symbol: '✕',
			text: t('report.mark_fehlerhaft'),
			ranked: false,
			note: ctx.errors.join(' ')
		};
	const survey = kpi.sample !== undefined && ctx.respondents !== null && row.own_value !== null;
	if (survey && ctx.respondents! < SURVEY_NO_RANK)
		return {
			kind: 'under_50',
			symbol: '⚠',
			text: t('report.mark_under_50'),
			ranked: false,
			note: t('report.note_respondents', { n: formatInteger(ctx.respondents) })
		};
	const note = survey && ctx.respondents! < SURVEY_NOTE ? t('report.note_under_100') : '';
	const badge = positionBadge({
		position: row.position,
		tooSmall: row.n < MIN_GROUP,
		n: row.n,
		own_value: row.own_value,
		kpi: { polarity: kpi.polarity } as KpiDef
	});
	const kind = badge.kind as MarkKind;
	return {
		kind,
		symbol: badge.symbol,
		text: badge.text,
		ranked: row.rank !== null && kind !== 'missing',
		note
	};
}
