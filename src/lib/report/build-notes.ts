/**
 * The report's summary page, notes on comparability and method — all derived from the same KPI
 * facts as the field sections (facts.ts).
 */
import type { Catalogue } from '../catalogue/schema.ts';
import { fmt, polarityText } from '../dashboard/labels.ts';
import { errorText, MIN_RESPONDENTS, smallSample } from '../dashboard/quality.ts';
import { MIN_GROUP } from '../dashboard/state.ts';
import { releaseLabel } from '../datenstand/labels.ts';
import { formatDate, formatInteger, formatPercent, formatPeriod } from '../format/index.ts';
import { t } from '../i18n/translate.ts';
import type { DatenstandStatus } from '../ring/datenstand.ts';
import type { MemberRelease } from '../ring/package/types.ts';
import type { KpiFacts } from './facts.ts';
import type { Block } from './model.ts';

const h3 = (text: string, id: string): Block => ({ kind: 'heading', level: 3, text, id, bookmark: false });
const list = (items: string[], empty: string): Block =>
	items.length ? { kind: 'list', items } : { kind: 'paragraph', text: empty };

/** Paragraphs of free text: blank lines separate them. */
export function paragraphs(text: string, style?: 'quote'): Block[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean)
		.map((p) => ({ kind: 'paragraph', text: p, ...(style ? { style } : {}) }));
}

/**
 * Relative change against the previous period, for KPIs with both values and a non-zero previous one;
 * none when either value is fehlerhaft (the change would not be a change of the office's work).
 */
function relativeChange(f: KpiFacts): number | null {
	const { own_value: own, prev_value: prev, erroneous, prev_erroneous } = f.row;
	if (erroneous || prev_erroneous) return null;
	return own === null || prev === null || prev === 0 ? null : (own - prev) / Math.abs(prev);
}

export function summaryBlocks(facts: readonly KpiFacts[], summaryText: string, period: number): Block[] {
	const best = facts.filter((f) => f.mark.kind === 'good');
	const weakest = facts.filter((f) => f.mark.kind === 'attention');
	const line = (f: KpiFacts) =>
		t('report.summary_line', { kpi: f.kpi.label, own: f.own, median: f.median, rank: f.rank });
	const changes = facts
		.map((f) => ({ f, rel: relativeChange(f) }))
		.filter((c): c is { f: KpiFacts; rel: number } => c.rel !== null && c.rel !== 0)
		.sort((a, b) => Math.abs(b.rel) - Math.abs(a.rel) || a.f.kpi.id.localeCompare(b.f.kpi.id))
		.slice(0, 5)
		.map(({ f, rel }) =>
			t('report.change_line', {
				kpi: f.kpi.label,
				prev: fmt(f.row.prev_value, f.kpi.unit),
				prev_period: formatPeriod(f.row.prev_period ?? period - 1),
				own: f.own,
				rel: `${rel > 0 ? '+' : '−'}${formatPercent(Math.abs(rel) * 100)}`,
				change: f.change.split(' (')[0]!
			})
		);
	// Gaps: no value, or a value that cannot be used (fehlerhaft).
	const gaps = facts.flatMap((f) =>
		f.row.own_value === null
			? [t('report.gap_line', { kpi: f.kpi.label })]
			: f.row.erroneous
				? [t('report.gap_erroneous', { kpi: f.kpi.label, own: f.own })]
				: []
	);
	return [
		{ kind: 'heading', level: 2, text: t('report.summary'), id: 'summary', bookmark: true },
		...(summaryText.trim()
			? paragraphs(summaryText)
			: [{ kind: 'paragraph' as const, text: t('report.summary_none'), style: 'small' as const }]),
		h3(t('report.best_quarter', { n: best.length }), 'summary-best'),
		list(best.map(line), t('report.none')),
		h3(t('report.weakest_quarter', { n: weakest.length }), 'summary-weakest'),
		list(weakest.map(line), t('report.none')),
		h3(t('report.largest_changes'), 'summary-changes'),
		list(changes, t('report.no_changes')),
		h3(t('report.data_gaps', { n: gaps.length }), 'summary-gaps'),
		list(gaps, t('report.no_gaps'))
	];
}

export interface NotesInput {
	facts: readonly KpiFacts[];
	catalogue: Pick<Catalogue, 'base_counts'>;
	ownCounts: Readonly<Record<string, number>>;
	datenstand?: DatenstandStatus;
	/** The moderator's release of the own data of the period, if set. */
	release?: MemberRelease;
	/** Whether the ring uses member-period releases at all (else nothing is said about them). */
	releasesUsed: boolean;
	surveys: { count: string; kpis: string[]; min: number }[];
}

/** What the report says about how final its figures are: the Datenstand and the own release. */
function provisionalBlocks(input: NotesInput): Block[] {
	const d = input.datenstand;
	const text = !d
		? t('report.provisional_unknown')
		: d.latest && !d.changed
			? t('report.provisional_frozen', { label: releaseLabel(d.latest), hash: d.latest.hash })
			: t('report.provisional_current', {
					since: d.latest
						? t('report.provisional_changed', { label: releaseLabel(d.latest) })
						: t('report.provisional_none'),
					hash: d.valuesHash
				});
	const blocks: Block[] = [{ kind: 'paragraph', text }];
	if (input.releasesUsed)
		blocks.push({
			kind: 'paragraph',
			text:
				input.release?.state === 'freigegeben'
					? t('report.release_given', { date: formatDate(input.release.date) })
					: t('report.release_draft')
		});
	return blocks;
}

export function comparabilityBlocks(input: NotesInput): Block[] {
	const { facts, catalogue, ownCounts } = input;
	const label = (id: string) => catalogue.base_counts.find((b) => b.id === id)?.label ?? id;
	const definitions: Block = {
		kind: 'table',
		title: t('report.definitions'),
		columns: [
			{ text: t('dash.col_kpi'), align: 'left', width: 2.2 },
			{ text: t('report.col_definition'), align: 'left', width: 3.6 },
			{ text: t('dash.definition_formula'), align: 'left', width: 2.6 },
			{ text: t('dash.definition_unit'), align: 'left', width: 0.9 },
			{ text: t('dash.definition_polarity'), align: 'left', width: 1.6 }
		],
		rows: facts.map((f) => [
			{ text: f.kpi.label },
			{ text: f.kpi.help },
			{ text: f.kpi.formula },
			{ text: f.kpi.unit },
			{ text: polarityText(f.kpi.polarity) }
		])
	};
	const missing = facts.flatMap((f) => {
		if (f.row.own_value !== null) return [];
		if (f.row.own_reason === 'zero_denominator') return [t('report.gap_zero', { kpi: f.kpi.label })];
		const absent = f.kpi.inputs.filter((id) => ownCounts[id] === undefined).map(label);
		return [t('report.gap_missing', { kpi: f.kpi.label, counts: absent.join('; ') || '–' })];
	});
	const findings = [
		...new Map(facts.flatMap((f) => f.findings).map((x) => [`${x.rule}|${x.ids.join()}`, x])).values()
	].map(
		(x) => `${x.severity === 'error' ? t('report.finding_error') : t('report.finding_warning')}: ${x.message}`
	);
	const erroneous = facts
		.filter((f) => f.row.erroneous && f.row.own_value !== null)
		.map((f) =>
			t('report.erroneous_line', {
				kpi: f.kpi.label,
				own: f.own,
				finding: errorText(f.row.erroneous!, catalogue)
			})
		);
	const small = facts
		.filter((f) => f.row.n < MIN_GROUP)
		.map((f) => t('report.small_line', { kpi: f.kpi.label, n: f.row.n }));
	const samples = input.surveys.map((s) => {
		const n = ownCounts[s.count];
		const note =
			n === undefined
				? t('report.sample_missing')
				: smallSample(n)
					? t('report.sample_under_50', { min: MIN_RESPONDENTS })
					: n < s.min
						? t('unc.note_low_sample')
						: t('report.sample_ok');
		return t('report.sample_line', {
			survey: label(s.count),
			n: n === undefined ? '–' : formatInteger(n),
			kpis: s.kpis.join(', '),
			note
		});
	});
	return [
		{ kind: 'heading', level: 2, text: t('report.comparability'), id: 'comparability', bookmark: true },
		{ kind: 'paragraph', text: t('report.comparability_intro') },
		h3(t('report.definitions'), 'notes-definitions'),
		definitions,
		h3(t('report.missing_flagged'), 'notes-missing'),
		list([...missing, ...erroneous, ...findings], t('report.none')),
		h3(t('report.small_groups'), 'notes-small'),
		list(small, t('report.no_small', { min: MIN_GROUP })),
		h3(t('report.provisional'), 'notes-provisional'),
		...provisionalBlocks(input),
		h3(t('report.samples'), 'notes-samples'),
		list(samples, t('report.none'))
	];
}

export interface MethodInput {
	groupName: string;
	groupDefinition: string;
	n: number;
	memberLabels: string[];
	period: number;
	pseudonymous: boolean;
}

export function methodBlocks(m: MethodInput): Block[] {
	return [
		{ kind: 'heading', level: 2, text: t('report.method'), id: 'method', bookmark: true },
		h3(t('report.method_group'), 'method-group'),
		{
			kind: 'paragraph',
			text: t('report.method_group_text', {
				name: m.groupName,
				n: m.n,
				period: formatPeriod(m.period),
				definition: m.groupDefinition
			})
		},
		{
			kind: 'paragraph',
			text: t('report.method_members', { members: m.memberLabels.join(', ') }),
			style: 'small'
		},
		h3(t('report.method_quartiles'), 'method-quartiles'),
		{ kind: 'paragraph', text: t('report.method_quartiles_text') },
		{ kind: 'paragraph', text: t('report.method_rank_text', { min: MIN_GROUP }) },
		h3(t('report.method_colours'), 'method-colours'),
		{
			kind: 'list',
			items: [
				t('report.method_good'),
				t('report.method_middle'),
				t('report.method_attention'),
				t('report.method_context'),
				t('report.method_erroneous'),
				t('report.method_small_sample'),
				t('report.method_too_small'),
				t('report.method_indistinct'),
				t('report.method_charts')
			]
		},
		h3(t('report.method_quality'), 'method-quality'),
		{ kind: 'paragraph', text: t('unc.method_note') },
		h3(t('report.method_disclosure'), 'method-disclosure'),
		{
			kind: 'paragraph',
			text: m.pseudonymous ? t('report.disclosure_pseudonymous') : t('report.disclosure_named')
		}
	];
}
