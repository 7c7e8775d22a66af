/**
 * The KPI view's targets in words (issue #28): the engine's target rows (engine/targets.ts) as German
 * sentences in the base counts' own units — „bei gleichen VZÄ 412 Bescheide mehr im Jahr“.
 *
 * Only lever sides are worded (the CLI writes both). Amounts are rounded up in the unit's step —
 * whole cases, days and euros, a tenth of an FTE — so that the rounded change still reaches the target.
 * Pure: the component only renders what this returns.
 */
import type { BaseCountKind, Catalogue, KpiDef, Unit } from '../catalogue/schema.ts';
import type { TargetKind, TargetRow } from '../engine/targets.ts';
import { formatCurrency, formatFte, formatInteger, formatNumber, formatUnit } from '../format/index.ts';
import { de, type MessageKey } from '../i18n/messages.ts';
import { t } from '../i18n/translate.ts';

export interface TargetLine {
	target: TargetKind;
	/** „Median der Gruppe“, „Grenze zum besten Viertel (3. Quartil)“. */
	label: string;
	/** The target value with the KPI's unit. */
	value: string;
	met: boolean;
	/** One sentence per lever side shown (none when met). */
	sentences: string[];
}

export type TargetsView =
	| { kind: 'erroneous' | 'no_value' | 'no_target' | 'no_lever'; message: string }
	| { kind: 'lines'; lines: TargetLine[] };

const message = (key: string): MessageKey | null => (key in de ? (key as MessageKey) : null);

/** Step of a unit: whole counts, days, minutes and euros; a tenth of an FTE. */
function step(kind: BaseCountKind | null): number {
	return kind === 'fte' ? 0.1 : kind === null ? 0.01 : 1;
}

/** |change| rounded up to the unit's step (a float's last bits never cost a whole step). */
export function roundedChange(change: number, kind: BaseCountKind | null): number {
	const s = step(kind);
	const steps = Math.ceil(Math.abs(change) / s - 1e-9);
	return Math.round(steps * s * 100) / 100;
}

export function formatAmount(amount: number, kind: BaseCountKind | null): string {
	if (kind === 'fte') return formatFte(amount, { decimals: 1 });
	if (kind === 'eur') return formatCurrency(amount, { decimals: 0 });
	if (kind === null) return formatNumber(amount);
	return formatInteger(amount);
}

type Labels = Pick<Catalogue, 'base_counts' | 'derived'>;

function termLabel(catalogue: Labels, row: Pick<TargetRow, 'termId' | 'term'>): string {
	const id = row.termId;
	const found =
		id === null
			? undefined
			: (catalogue.base_counts.find((b) => b.id === id)?.label ??
				catalogue.derived.find((d) => d.id === id)?.label);
	return found ?? row.term;
}

/** „bei gleichen VZÄ“: the phrase for the side held fixed. */
export function samePhrase(catalogue: Labels, row: Pick<TargetRow, 'termId' | 'term'>): string {
	const key = row.termId === null ? null : message(`scenario.same.${row.termId}`);
	return key ? t(key) : t('scenario.same_generic', { label: termLabel(catalogue, row) });
}

/** „412 Bescheide mehr im Jahr“: the change of the side that moves, rounded up in its unit. */
export function movePhrase(catalogue: Labels, row: TargetRow): string {
	const change = (row.required ?? 0) - (row.current ?? 0);
	const amount = roundedChange(change, row.kind);
	const word = t(
		change > 0
			? 'scenario.change_more'
			: row.kind === 'eur'
				? 'scenario.change_less'
				: 'scenario.change_fewer'
	);
	const n = formatAmount(amount, row.kind);
	const base = row.termId === null ? null : `scenario.term.${row.termId}`;
	const key = base === null ? null : (amount === 1 && message(`${base}.one`)) || message(base);
	return key
		? t(key, { n, change: word })
		: t('scenario.term_generic', { label: termLabel(catalogue, row), n, change: word });
}

/**
 * The targets of one KPI in words. `rows` are the KPI's target rows (both targets, both sides);
 * `hide` leaves out sides shown elsewhere (decisions_per_fte: the FTE side is the staffing calculation).
 * Null for a KPI without targets (context KPIs, no ratio).
 */
export function targetsView(
	catalogue: Labels,
	kpi: Pick<KpiDef, 'polarity' | 'unit'>,
	rows: readonly TargetRow[],
	period: number,
	hide: readonly TargetRow['side'][] = []
): TargetsView | null {
	if (!rows.length || kpi.polarity === 'none') return null;
	const first = rows[0]!;
	if (first.status === 'erroneous') return { kind: 'erroneous', message: t('scenario.targets_erroneous') };
	if (first.status === 'no_value')
		return { kind: 'no_value', message: t('scenario.targets_no_value', { period }) };
	if (rows.every((r) => r.status === 'no_target'))
		return { kind: 'no_target', message: t('scenario.targets_no_target') };
	const shown = (r: TargetRow) => r.lever && !hide.includes(r.side);
	if (!rows.some(shown)) return { kind: 'no_lever', message: t('scenario.targets_no_lever') };
	const lines: TargetLine[] = [];
	for (const target of ['median', 'best'] as const) {
		const mine = rows.filter((r) => r.target === target);
		if (!mine.length || mine[0]!.target_value === null) continue;
		const met = mine[0]!.status === 'met';
		const sentences = met
			? []
			: mine.filter(shown).map((r) => {
					const other = mine.find((o) => o.side !== r.side)!;
					if (r.status === 'unreachable')
						return t('scenario.target_unreachable', {
							same: samePhrase(catalogue, other),
							label: termLabel(catalogue, r)
						});
					return `${samePhrase(catalogue, other)} ${movePhrase(catalogue, r)}`;
				});
		lines.push({
			target,
			label: t(
				target === 'median'
					? 'scenario.target_median'
					: kpi.polarity === 'up'
						? 'scenario.target_best_up'
						: 'scenario.target_best_down'
			),
			value: formatUnit(mine[0]!.target_value, kpi.unit as Unit),
			met,
			sentences
		});
	}
	return { kind: 'lines', lines };
}
