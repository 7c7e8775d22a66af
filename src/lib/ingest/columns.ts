/**
 * From a header row to a column plan and a layout.
 *
 * Long layout: key columns plus `count_id` and `value` — one value per row.
 * Wide layout: key columns plus one column per base count — one row per authority and period.
 * The key columns `authority_id` and `period` may be absent when the caller (or the profile) supplies
 * them, e.g. an authority importing its own one-year export.
 *
 * Every header that has no meaning is reported with its column and, where there is one, a suggestion —
 * the file is not importable until a mapping profile says what it is (or `ignore`). A file that is
 * clearly no base-count export (`isForeign`) gets one message instead of one per column.
 */
import { matchHeader, nameColumnsBesideKey, suggestTargets, type SpecIndex } from './headers.ts';
import { q, type ProblemSink } from './problems.ts';
import { profileRole, type MappingProfile } from './profile.ts';
import type { ColumnPlan, Layout } from './types.ts';

export interface KeyDefaults {
	authority_id?: string;
	period?: number;
}

/** Roles for each header cell; trailing empty header cells are dropped. */
export function planColumns(
	headers: string[],
	index: SpecIndex,
	profile: MappingProfile | null
): ColumnPlan[] {
	let width = headers.length;
	while (width > 0 && (headers[width - 1] ?? '').trim() === '') width--;
	const plan: ColumnPlan[] = [];
	for (let i = 0; i < width; i++) {
		const header = headers[i] ?? '';
		const fromProfile = profile ? profileRole(header, profile) : null;
		if (fromProfile) {
			plan.push({ column: i + 1, header, role: fromProfile, via: 'profile' });
			continue;
		}
		const match = matchHeader(header, index);
		plan.push({ column: i + 1, header, role: match.role, via: match.via });
	}
	const byMatch = plan.map((c) => (c.via === 'profile' ? ({ kind: 'unknown' } as const) : c.role));
	for (const i of nameColumnsBesideKey(headers, byMatch))
		plan[i] = { ...plan[i]!, role: { kind: 'ignore' }, via: 'name' };
	return plan;
}

/** Number of header cells with a known meaning — used to find the header row below title lines. */
export function knownCells(plan: ColumnPlan[]): number {
	return plan.filter((c) => c.role.kind !== 'unknown' && c.role.kind !== 'empty').length;
}

function suggestionText(header: string, index: SpecIndex): string {
	const best = suggestTargets(header, index, 1)[0];
	if (!best) return '';
	const spec = index.byId.get(best.target);
	const what = spec ? `„${spec.id}“ (${spec.label})` : `„${best.target}“`;
	return ` Vorschlag: ${what}.`;
}

/**
 * Clearly no base-count export: no base count recognised, most columns unknown, and a key column
 * (authority or year) missing too — an address list, a staff list, the wrong file. A vendor export
 * with its key columns and unfamiliar count headers is not foreign: each of its columns is reported
 * with a suggestion, to be mapped.
 */
function isForeign(plan: ColumnPlan[], defaults: KeyDefaults): boolean {
	const filled = plan.filter((c) => c.role.kind !== 'empty');
	const unknown = filled.filter((c) => c.role.kind === 'unknown').length;
	const has = (kind: string) => plan.some((c) => c.role.kind === kind);
	const keysMissing =
		(!has('authority_id') && defaults.authority_id === undefined) ||
		(!has('period') && defaults.period === undefined);
	const counts = has('count') || has('count_id') || has('value');
	return !counts && keysMissing && unknown >= 2 && unknown * 2 > filled.length;
}

/** Decide the layout and report header problems (unknown, duplicate, missing key columns). */
export function checkPlan(
	plan: ColumnPlan[],
	index: SpecIndex,
	defaults: KeyDefaults,
	headerLine: number,
	sink: ProblemSink
): Layout {
	if (isForeign(plan, defaults)) {
		const filled = plan.filter((c) => c.role.kind !== 'empty');
		const unknown = filled.filter((c) => c.role.kind === 'unknown');
		const examples = unknown.slice(0, 4).map((c) => q(c.header));
		sink.error(
			'foreign_file',
			headerLine,
			1,
			filled.map((c) => c.header).join(' | '),
			`Die Datei sieht nicht nach einem Export von Grundzahlen aus: ${unknown.length} von ${filled.length} Spalten sind unbekannt (${examples.join(', ')}${unknown.length > examples.length ? ', …' : ''}), keine Spalte ist eine Grundzahl oder ein Behördenschlüssel mit Jahr. Bitte die Datei prüfen – erwartet werden Spalten mit Grundzahl-IDs (Breitformat) oder „authority_id, period, count_id, value“ (Langformat); eine Datei mit anderen Spaltennamen lässt sich über die Zuordnung lesen.`
		);
		return 'unknown';
	}
	const seen = new Map<string, ColumnPlan>();
	let counts = 0;
	for (const col of plan) {
		const role = col.role;
		if (role.kind === 'unknown') {
			sink.error(
				'unknown_column',
				headerLine,
				col.column,
				col.header,
				`Unbekannte Spalte ${q(col.header)}: weder eine Grundzahl-ID noch eine bekannte Schlüsselspalte.${suggestionText(col.header, index)} Zuordnung über ein Mapping-Profil (oder „ignore“).`
			);
			continue;
		}
		if (role.kind === 'empty') continue;
		if (role.kind === 'ignore') continue;
		const key = role.kind === 'count' ? `count:${role.countId}` : role.kind;
		const earlier = seen.get(key);
		if (earlier) {
			sink.error(
				'duplicate_column',
				headerLine,
				col.column,
				col.header,
				`Spalte ${q(col.header)} bedeutet dasselbe wie Spalte ${earlier.column} (${q(earlier.header)}).`
			);
			continue;
		}
		seen.set(key, col);
		if (role.kind === 'count') counts++;
	}
	const long = seen.has('count_id') && seen.has('value');
	const layout: Layout = long ? 'long' : counts > 0 ? 'wide' : 'unknown';
	if (layout === 'long' && counts > 0) {
		for (const col of plan)
			if (col.role.kind === 'count')
				sink.error(
					'count_column_in_long',
					headerLine,
					col.column,
					col.header,
					`Spalte ${q(col.header)} ist eine Grundzahl, die Datei hat aber das Langformat (Spalten Grundzahl und Wert).`
				);
	}
	if (layout === 'unknown') {
		const half = seen.has('count_id') ? 'value' : seen.has('value') ? 'count_id' : null;
		sink.error(
			'no_counts',
			headerLine,
			1,
			plan.map((c) => c.header).join(' | '),
			half
				? `Langformat unvollständig: Spalte „${half}“ fehlt.`
				: 'Keine Grundzahl-Spalte erkannt. Erwartet werden Spalten mit Grundzahl-IDs (Breitformat) oder „authority_id, period, count_id, value“ (Langformat).'
		);
	}
	if (!seen.has('authority_id') && defaults.authority_id === undefined)
		sink.error(
			'missing_authority_column',
			headerLine,
			1,
			'',
			'Spalte „authority_id“ (Behördenschlüssel, z. B. „Gemeindeschlüssel“ oder „AGS“) fehlt.'
		);
	if (!seen.has('period') && defaults.period === undefined)
		sink.error(
			'missing_period_column',
			headerLine,
			1,
			'',
			'Spalte „period“ (Erhebungsjahr, z. B. „Jahr“ oder „Stichtag“) fehlt.'
		);
	return layout;
}
