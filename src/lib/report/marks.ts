/**
 * The one mark of a value in the report, and whether it gets a rank — the dashboard's own rule
 * (dashboard/labels.ts `positionBadge`, `rankCell`; quality.ts), so screen and report can never
 * word or rate a value differently. One badge per value in catalogue.md's precedence: fehlerhaft →
 * unter 50 Befragten → (group too small) → nicht unterscheidbar vom Median → the quartile badge.
 *
 * What the report adds is the note printed beside the value: the finding behind a fehlerhaft value
 * (with the own values, as the overview shows it), the respondents of a survey under 50, the KGSt
 * note under the survey's minimum.
 */
import type { Catalogue, KpiDef } from '../catalogue/schema.ts';
import type { StatsRow } from '../engine/stats.ts';
import { positionBadge, rankCell, type Badge } from '../dashboard/labels.ts';
import { errorText, lowSampleNote, smallSample, unrated } from '../dashboard/quality.ts';
import { MIN_GROUP } from '../dashboard/state.ts';
import { formatInteger } from '../format/index.ts';
import { t } from '../i18n/translate.ts';

export type MarkKind = Badge['kind'];

export interface ValueMark {
	kind: MarkKind;
	/** Symbol + text, never colour alone: „▲ gut“. */
	symbol: string;
	text: string;
	/** Whether the rank may be shown. */
	ranked: boolean;
	/** The rank as the views show it: „3 von 12“, „kein Rang (fehlerhaft)“, „–“ for context KPIs. */
	rank: string;
	/** A note to print with the value (finding, sample size), or ''. */
	note: string;
}

export function valueMark(row: StatsRow, kpi: KpiDef, catalogue: Pick<Catalogue, 'base_counts'>): ValueMark {
	const full = { ...row, kpi, tooSmall: row.n < MIN_GROUP };
	const badge = positionBadge(full);
	const note =
		row.own_value === null
			? ''
			: row.erroneous
				? errorText(row.erroneous, catalogue)
				: smallSample(row.respondents)
					? t('report.note_respondents', { n: formatInteger(row.respondents) })
					: lowSampleNote(kpi, row.respondents)
						? t('unc.note_low_sample')
						: '';
	return {
		kind: badge.kind,
		symbol: badge.symbol,
		text: badge.text,
		ranked: row.own_value !== null && row.rank !== null && kpi.polarity !== 'none' && !unrated(row),
		rank: rankCell(full),
		note
	};
}
