/**
 * Engine results → the report's document model (model.ts), in the order issue #31 asks for:
 * title page, contents, one-page summary, one section per chosen field, notes on comparability,
 * method. Pure and synchronous: the page and the CLI call it with the same `ReportData`
 * (data.ts) and get the same document, which the PDF and Word renderers then lay out.
 */
import type { Catalogue } from '../catalogue/schema.ts';
import { fileName } from '../charts/export.ts';
import { groupName } from '../dashboard/labels.ts';
import { datenstandStamp } from '../datenstand/labels.ts';
import { formatDate, formatPeriod } from '../format/index.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { locale, t } from '../i18n/translate.ts';
import type { DatenstandStatus } from '../ring/datenstand.ts';
import type { RingExtras } from '../ring/package/types.ts';
import { displayNamer } from '../ring/pseudonyms.ts';
import type { Ring } from '../ring/types.ts';
import { fieldTable, kpiSection, kpiView, type Counter } from './build-kpi.ts';
import { comparabilityBlocks, methodBlocks, summaryBlocks } from './build-notes.ts';
import { scenarioBlocks } from './build-scenarios.ts';
import type { ReportData } from './data.ts';
import { kpiFacts, type KpiFacts } from './facts.ts';
import type { Block, ReportDocument } from './model.ts';
import { fieldLabel, kpiLabel } from '../i18n/catalogue.ts';
import { groupReason } from '../i18n/words.ts';

export interface ReportOptions {
	/** Field ids to report on (catalogue order is kept). */
	fields: readonly string[];
	/** KPI ids whose ranking and trend are shown. */
	kpis: readonly string[];
	addressee: string;
	summary: string;
	/** kpi_id → the department's commentary. */
	comments: Readonly<Record<string, string>>;
	/**
	 * Names of the own authority's saved scenarios for the hypothetical section, in this order; their
	 * figures come with the data (`ReportData.scenarios`, scenarios.ts).
	 */
	scenarios?: readonly string[];
}

export interface ReportContext {
	catalogue: Pick<Catalogue, 'fields' | 'kpis' | 'base_counts'>;
	/** The ring the figures are from (at a Datenstand: its members then). */
	ring: Pick<Ring, 'meta' | 'authorities'>;
	/** The stored pseudonym map (names of the others) and the moderator's member-period releases. */
	extras: Pick<RingExtras, 'pseudonyms' | 'member_releases'>;
	/** Peer group key as in the URL / CLI (`size`, `nearest:5`, …): file name only. */
	peers: string;
	/** Report date, ISO `YYYY-MM-DD`. */
	date: string;
	/**
	 * Which values the report shows (ring/datenstand.ts): a frozen Datenstand, or the current values
	 * (changed since the latest one, or none frozen). Absent when it could not be determined (no Web
	 * Crypto): the report then says so.
	 */
	datenstand?: DatenstandStatus;
}

const GROUP_DEFINITION: Record<string, Parameters<typeof t>[0]> = {
	ring: 'report.group_def_ring',
	size: 'report.group_def_size',
	kind: 'report.group_def_kind',
	state: 'report.group_def_state',
	kind_size: 'report.group_def_kind_size',
	nearest: 'report.group_def_nearest',
	custom: 'report.group_def_custom'
};

export function buildReport(data: ReportData, ctx: ReportContext, options: ReportOptions): ReportDocument {
	const { catalogue, ring, extras } = ctx;
	const own = ring.authorities.find((a) => a.authority_id === data.authorityId);
	if (!own) throw new Error(t('report.error_no_member', { id: data.authorityId }));
	const name = displayNamer({ ring, extras }, own.authority_id, t('pseudonym.prefix'));
	const period = data.period;
	const group = data.group;
	const gName = groupName(group, ring.authorities);
	const byKpi = new Map(data.stats.map((r) => [r.kpi_id, r]));
	const fields = catalogue.fields.filter((f) => options.fields.includes(f.id));
	const facts = new Map<string, KpiFacts>();
	for (const kpi of catalogue.kpis) {
		const row = byKpi.get(kpi.id);
		if (row && options.fields.includes(kpi.field))
			facts.set(kpi.id, kpiFacts(kpi, row, data.plausibility, catalogue, own.authority_id, period));
	}
	const all = [...facts.values()];
	const pseudonymous = ring.meta.disclosure !== 'named';
	// The download stamp of every other output (datenstand/labels.ts): one wording everywhere.
	const datenstandText = ctx.datenstand ? datenstandStamp(ctx.datenstand) : t('report.datenstand_unknown');
	const title = t('report.title', { period: formatPeriod(period) });
	const dateText = formatDate(ctx.date);

	const blocks: Block[] = [
		{ kind: 'paragraph', text: ring.meta.name, style: 'subtitle' },
		{ kind: 'heading', level: 1, text: title, id: 'title', bookmark: false },
		{ kind: 'paragraph', text: own.name, style: 'title' }
	];
	if (options.addressee.trim())
		blocks.push({ kind: 'paragraph', text: options.addressee.trim(), style: 'lead' });
	blocks.push(
		{
			kind: 'list',
			items: [
				t('report.tp_authority', { name: own.name, id: own.authority_id }),
				t('report.tp_period', { period: formatPeriod(period) }),
				t('report.tp_ring', { name: ring.meta.name }),
				t('report.tp_group', { name: gName, n: group.members.length }),
				t('report.tp_date', { date: dateText }),
				datenstandText.charAt(0).toUpperCase() + datenstandText.slice(1)
			]
		},
		{
			kind: 'paragraph',
			text: pseudonymous ? t('report.disclosure_pseudonymous') : t('report.disclosure_named'),
			style: 'small'
		}
	);
	const hypothetical = data.scenarios ?? [];
	const scenarioCount = (one: MessageKey, many: MessageKey) =>
		t(hypothetical.length === 1 ? one : many, { n: hypothetical.length });
	if (hypothetical.length)
		blocks.push({
			kind: 'paragraph',
			text: scenarioCount('rscn.tp_item_one', 'rscn.tp_item_many'),
			style: 'hypothetical'
		});
	if (ring.meta.synthetic) blocks.push({ kind: 'paragraph', text: t('ring.demo_notice'), style: 'small' });
	if (group.reason) blocks.push({ kind: 'paragraph', text: groupReason(group, catalogue), style: 'small' });
	blocks.push(
		{ kind: 'pagebreak' },
		{ kind: 'heading', level: 2, text: t('report.contents'), id: 'contents', bookmark: false },
		{ kind: 'contents', title: t('report.contents') },
		{ kind: 'pagebreak' },
		...summaryBlocks(all, options.summary, period)
	);
	if (hypothetical.length)
		blocks.push({
			kind: 'paragraph',
			text: scenarioCount('rscn.summary_line_one', 'rscn.summary_line_many'),
			style: 'hypothetical'
		});

	const counter: Counter = { figure: 0, table: 0 };
	const kpis = new Map(catalogue.kpis.map((k) => [k.id, k]));
	for (const field of fields) {
		const fieldFacts = all.filter((f) => f.kpi.field === field.id);
		if (!fieldFacts.length) continue;
		blocks.push(
			{ kind: 'pagebreak' },
			{ kind: 'heading', level: 2, text: fieldLabel(field), id: `field-${field.id}`, bookmark: true },
			{
				kind: 'paragraph',
				text: t('report.field_intro', {
					n: fieldFacts.length,
					group: gName,
					members: group.members.length,
					period: formatPeriod(period)
				})
			},
			...fieldTable(field, fieldFacts, counter)
		);
		for (const f of fieldFacts) {
			if (!options.kpis.includes(f.kpi.id)) continue;
			blocks.push(
				...kpiSection(
					{
						facts: f,
						view: kpiView(data, f.kpi, kpis),
						authorityId: own.authority_id,
						authorityName: own.name,
						period,
						name,
						comment: options.comments[f.kpi.id] ?? '',
						catalogue
					},
					counter
				)
			);
		}
	}

	// After the real figures, before the notes and method that explain them: clearly set off.
	blocks.push(
		...scenarioBlocks(
			{ comparisons: hypothetical, own: own.name, period, authorities: ring.authorities, catalogue },
			counter
		)
	);

	const surveys = [
		...new Set(
			catalogue.kpis.flatMap((k) => (k.sample && options.fields.includes(k.field) ? [k.sample.count] : []))
		)
	].map((count) => ({
		count,
		kpis: catalogue.kpis.filter((k) => k.sample?.count === count).map((k) => kpiLabel(k)),
		min: Math.max(...catalogue.kpis.flatMap((k) => (k.sample?.count === count ? [k.sample.min] : [])))
	}));
	blocks.push(
		{ kind: 'pagebreak' },
		...comparabilityBlocks({
			facts: all,
			catalogue,
			ownCounts: data.ownCounts,
			datenstand: ctx.datenstand,
			release: extras.member_releases.find((r) => r.authority_id === own.authority_id && r.period === period),
			releasesUsed: extras.member_releases.length > 0,
			surveys
		}),
		{ kind: 'pagebreak' },
		...methodBlocks({
			groupName: gName,
			groupDefinition: t(GROUP_DEFINITION[group.type] ?? 'report.group_def_custom'),
			n: group.members.length,
			memberLabels: group.members.map(name),
			period,
			pseudonymous
		})
	);
	return {
		lang: locale() === 'en' ? 'en-GB' : 'de-DE',
		meta: {
			title: `${title} – ${own.name}`,
			subject: t('report.subject', { ring: ring.meta.name, group: gName }),
			author: own.name,
			keywords: [t('report.keyword'), formatPeriod(period)],
			date: ctx.date
		},
		header: t('report.header', {
			authority: own.name,
			period: formatPeriod(period),
			datenstand: datenstandText
		}),
		footer: t('report.footer'),
		contentsLink: t('report.contents_link'),
		blocks,
		fileStem: fileName(['bericht', own.authority_id, period, ctx.peers], 'x').slice(0, -2)
	};
}
