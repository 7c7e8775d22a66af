/**
 * A prepared session in the page: every slide's data (`prepareSlides`) and, for each KPI slide, its
 * chart and table already drawn as DOM nodes. A slide change then only swaps finished nodes — no
 * query, no statistic, no chart drawing (the benchmark's slide change, p95 < 50 ms at 550 × 10).
 *
 * Members appear under `displayNamer` without an own authority: the stored pseudonyms in a
 * pseudonymous ring (also for a highlighted member), names in a named one. The highlight is given as a
 * pseudonym code (what a link may carry), never as a name or key.
 */
import type { Catalogue } from '../catalogue/schema.ts';
import { giveLabelsRoles } from '../charts/accessible.ts';
import { slideChart } from '../charts/slide.ts';
import { datenstandLine } from '../datenstand/labels.ts';
import { statusOf } from '../datenstand/state.svelte.ts';
import { formatInteger, formatNumber, formatPeriod } from '../format/index.ts';
import { kpiLabel, unitLabel } from '../i18n/catalogue.ts';
import { t } from '../i18n/translate.ts';
import type { Agenda, RingData } from '../ring/package/types.ts';
import { displayNamer, pseudonymCodes } from '../ring/pseudonyms.ts';
import { sharedRanks } from '../charts/ranking.ts';
import { groupLabel, valueText } from './labels.ts';
import { prepareSlides, type SlideData, type SlideSource } from './slides.ts';

export interface Deck {
	agenda: Agenda;
	slides: SlideData[];
	ringName: string;
	/** The Datenstand line every slide's footer names. */
	datenstand: string;
}

export interface DeckInput {
	engine: SlideSource;
	catalogue: Catalogue;
	data: RingData;
	periods: readonly number[];
}

export const memberName = (data: RingData) => displayNamer(data, undefined, t('pseudonym.prefix'));

export async function prepareDeck(
	input: DeckInput,
	agenda: Agenda,
	progress: (done: number, total: number) => void
): Promise<Deck> {
	const { data } = input;
	const [slides, datenstand] = await Promise.all([
		prepareSlides(
			input.engine,
			agenda,
			{
				catalogue: input.catalogue,
				periods: input.periods,
				customGroups: data.extras.custom_peer_groups,
				name: memberName(data)
			},
			progress
		),
		statusOf(data)
			.then(datenstandLine)
			.catch(() => '') // no Web Crypto (not a secure context): the footer names the ring only
	]);
	return { agenda, slides, ringName: data.ring.meta.name, datenstand };
}

/** authority_id of the member with pseudonym `code`, or null. */
export function highlightId(data: RingData, code: string | null): string | null {
	if (!code) return null;
	for (const [id, label] of pseudonymCodes(data)) if (label === code) return id;
	return null;
}

/** The members to offer for highlighting: pseudonym code and how the slides name them, by code. */
export function highlightChoices(data: RingData): { code: string; label: string; id: string }[] {
	const name = memberName(data);
	const members = new Set(data.ring.authorities.map((a) => a.authority_id));
	return data.extras.pseudonyms
		.filter((e) => members.has(e.authority_id))
		.map((e) => ({ code: e.label, label: name(e.authority_id), id: e.authority_id }))
		.sort((a, b) => a.code.length - b.code.length || (a.code < b.code ? -1 : 1));
}

export interface DrawnSlide {
	chart: SVGSVGElement | HTMLElement;
	table: HTMLTableElement;
}

/**
 * Each KPI slide's chart and table as nodes (null for other slides). `highlight`: authority_id or null.
 * The short label under a column is the pseudonym's code (the axis says what it is), else the name.
 */
export function drawDeck(deck: Deck, catalogue: Catalogue, highlight: string | null): (DrawnSlide | null)[] {
	const prefix = `${t('pseudonym.prefix')} `;
	const drawing = ++drawings;
	return deck.slides.map((slide) => {
		if (slide.type !== 'kpi' || !slide.kpi || !slide.figures || slide.problem || !slide.bars.length)
			return null;
		const kpi = slide.kpi;
		const status = (d: { erroneous: boolean; unrated: boolean }) =>
			d.erroneous ? t('session.status_erroneous') : d.unrated ? t('session.status_small') : '';
		const bars = slide.bars.map((b) => ({
			label: b.label,
			short: b.label.startsWith(prefix) ? b.label.slice(prefix.length) : b.label,
			value: b.value,
			highlight: b.id === highlight,
			erroneous: b.erroneous,
			unrated: b.unrated
		}));
		const period = slide.period === null ? '' : formatPeriod(slide.period);
		const what = { kpi: kpiLabel(kpi), period, group: groupLabel(slide.group) };
		const chart = slideChart(bars, {
			format: (v) => valueText(kpi, v),
			formatTick: (v) => formatNumber(v),
			unit: unitLabel(kpi.unit),
			quartiles: slide.figures,
			labels: { median: t('session.median'), q1: t('session.q1'), q3: t('session.q3') },
			id: `slide-${drawing}-${slide.index}`,
			ariaLabel: t('session.chart_label', {
				...what,
				n: formatInteger(bars.length),
				order: t(kpi.polarity === 'none' ? 'session.order_none' : 'session.better_first')
			})
		});
		giveLabelsRoles(chart);
		const caption = t('session.table_caption', what);
		const ranks = sharedRanks(
			bars.map((b) => ({ ...b, own: b.highlight })),
			kpi.polarity
		);
		const table = tableNode(
			caption,
			[t('session.col_rank'), t('session.col_member'), t('session.col_value')],
			bars.map((b, i) => [
				ranks[i] ?? '',
				b.label,
				`${valueText(kpi, b.value)}${status(b) ? ` (${status(b)})` : ''}`
			])
		);
		return { chart, table };
	});
}

/** Drawings so far: the ids in a chart (`slide-<drawing>-<slide>`) stay unique when a deck is drawn again. */
let drawings = 0;

/** A plain table, built directly (a 550-row table per slide is drawn once, not on every change). */
function tableNode(caption: string, head: string[], rows: string[][]): HTMLTableElement {
	const table = document.createElement('table');
	table.createCaption().textContent = caption;
	const tr = table.createTHead().insertRow();
	for (const h of head) {
		const th = document.createElement('th');
		th.scope = 'col';
		th.textContent = h;
		tr.append(th);
	}
	const body = table.createTBody();
	for (const row of rows) {
		const r = body.insertRow();
		for (const cell of row) r.insertCell().textContent = cell;
	}
	return table;
}

export const nOf = (n: number, size: number) =>
	t('session.n_of', { n: formatInteger(n), size: formatInteger(size) });
