/**
 * What every download of a dashboard view says about itself: the own authority, period and peer group
 * (with n) as one line for pictures (like the print's state line) and as label/value pairs for the
 * Excel file's info sheet. Peers never appear here: only the own authority is named, as on the page.
 */
import { displayDecimals, formatInteger, formatPeriod, formatTick, type Unit } from '../format/index.ts';
import { t } from '../i18n/translate.ts';
import type { DashboardContext } from './context.ts';
import { groupName } from './labels.ts';

export interface DownloadInfo {
	line: string;
	about: [string, string][];
}

export function downloadInfo(
	context: Pick<DashboardContext, 'state' | 'group' | 'name' | 'session'>
): DownloadInfo {
	const own = context.name(context.state.authorityId);
	const period = formatPeriod(context.state.period);
	const group = groupName(context.group, context.session.data.ring.authorities);
	const n = formatInteger(context.group.members.length);
	return {
		line: t('dash.print_state', { own, period, group, n }),
		about: [
			[t('dl.about_ring'), context.session.data.ring.meta.name],
			[t('dl.about_own'), own],
			[t('dl.about_period'), period],
			[t('dl.about_group'), t('dl.group_n', { group, n })]
		]
	};
}

/** Decimals an Excel cell shows for a value of the KPI's unit (the page's). */
export const unitDecimals = (unit: string): number => displayDecimals(unit as Unit);

/** Axis ticks of a KPI's values: „0 Tage“, „1.300 €“ (format/ `formatTick`). */
export const kpiTick =
	(unit: string) =>
	(value: number, ticks: readonly number[]): string =>
		formatTick(value, unit as Unit, ticks);
