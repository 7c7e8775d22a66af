/**
 * Session mode (issue 30): the agenda model, and the slides' view model against the engine on the demo
 * ring — every bar is the engine's KPI value of that member and period, median, quartiles and n are the
 * engine's group statistics, a fehlerhaft value is marked and left out, and no bar carries a member's
 * name in the pseudonymous demo ring.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { createEngine, type Engine } from '../../src/lib/engine/engine.ts';
import type { RingData } from '../../src/lib/ring/package/types.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import { displayNamer } from '../../src/lib/ring/pseudonyms.ts';
import {
	defaultAgenda,
	duplicateAgenda,
	freeName,
	groupFromKey,
	groupKey,
	linesOf,
	moveSlide,
	nameProblem,
	newSlide
} from '../../src/lib/sitzung/agenda.ts';
import { keyAction } from '../../src/lib/sitzung/keys.ts';
import { linkQuery, readLink } from '../../src/lib/sitzung/link.ts';
import { prepareSlides, type SlideData } from '../../src/lib/sitzung/slides.ts';
import { openTestConnector } from './support/engine.ts';
import { valueOf } from '../../src/lib/engine/period-snapshot.ts';

const catalogue = loadCatalogue();
const KIEL = '01002';
let conn: Connector;
let engine: Engine;
let demo: RingData;
let periods: number[];

beforeAll(async () => {
	conn = await openTestConnector();
	engine = createEngine(conn, catalogue);
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	demo = (await readRingFromPath('data-samples/demo-ring', specs)).data!;
	await engine.loadRing(demo.ring);
	periods = await engine.periods();
}, 60_000);
afterAll(() => conn.close());

const context = () => ({
	catalogue,
	periods,
	customGroups: demo.extras.custom_peer_groups,
	name: displayNamer(demo, undefined, 'Behörde')
});

type KpiSlide = Extract<SlideData, { type: 'kpi' }>;

describe('the agenda model', () => {
	it('offers „Alle Kennzahlen“: every KPI with polarity in catalogue order, whole ring, latest period', () => {
		const a = defaultAgenda(catalogue, 'Alle Kennzahlen');
		const rated = catalogue.kpis.filter((k) => k.polarity !== 'none').map((k) => k.id);
		expect(rated.length).toBeGreaterThan(10);
		expect(rated.length).toBeLessThan(catalogue.kpis.length);
		expect(a.slides.map((s) => (s.type === 'kpi' ? s.kpi : s.type))).toEqual(rated);
		for (const s of a.slides) expect(s).toMatchObject({ period: null, group: { type: 'ring' }, notes: '' });
	});

	it('duplicates deeply under a free name, moves slides, checks names and lines', () => {
		const a = defaultAgenda(catalogue, 'Sitzung');
		const copy = duplicateAgenda([a], a, 'Sitzung');
		expect(copy.name).toBe('Sitzung (2)');
		expect(copy.slides).toEqual(a.slides);
		(copy.slides[0] as { notes: string }).notes = 'nur in der Kopie';
		expect(a.slides[0]).toMatchObject({ notes: '' });
		expect(freeName([a, copy], 'Sitzung')).toBe('Sitzung (3)');
		expect(moveSlide(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
		expect(moveSlide(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
		expect(moveSlide(['a', 'b', 'c'], 1, 9)).toEqual(['a', 'c', 'b']);
		expect(nameProblem([a, copy], 'Sitzung', 1)).toBe('session.name_taken');
		expect(nameProblem([a, copy], 'Sitzung', 0)).toBeNull();
		expect(nameProblem([a], '  ', null)).toBe('session.name_empty');
		expect(nameProblem([a], 'x'.repeat(101), null)).toBe('session.name_long');
		expect(linesOf('eins\r\nzwei\n\n  \n')).toEqual(['eins', 'zwei']);
		expect(linesOf(Array(20).fill('z').join('\n'))).toHaveLength(12);
		for (const g of [
			{ type: 'ring' },
			{ type: 'size', value: 'GK2' },
			{ type: 'state', value: 'BY' },
			{ type: 'custom', name: 'Nord: Küste' }
		] as const)
			expect(groupFromKey(groupKey(g))).toEqual(g);
		expect(newSlide('field', catalogue)).toMatchObject({ type: 'field', field: catalogue.fields[0]!.id });
	});
});

describe('slide data', () => {
	it('equals the engine: every value, median, quartiles and n of every KPI slide of the default agenda', async () => {
		const agenda = defaultAgenda(catalogue, 'Alle Kennzahlen');
		const seen: number[] = [];
		const slides = await prepareSlides(engine, agenda, context(), (done) => seen.push(done));
		expect(seen).toEqual(agenda.slides.map((_, i) => i + 1));
		const latest = periods.at(-1)!;
		const rows = (await engine.kpis({ period: latest })).toArray() as {
			authority_id: string;
			kpi_id: string;
			value: number | null;
		}[];
		const members = new Set(demo.ring.authorities.map((a) => a.authority_id));
		const namer = displayNamer(demo, undefined, 'Behörde');
		const anyone = demo.ring.authorities[0]!.authority_id;
		const stats = await engine.stats(anyone, latest, { type: 'ring' });
		const names = demo.ring.authorities.map((a) => a.name);
		for (const slide of slides as KpiSlide[]) {
			expect(slide.problem).toBeNull();
			expect(slide.period).toBe(latest);
			const expected = rows
				.filter((r) => r.kpi_id === slide.kpiId && r.value !== null && members.has(r.authority_id))
				.map((r) => `${namer(r.authority_id)}=${r.value}`)
				.sort();
			expect(slide.bars.map((b) => `${b.label}=${b.value}`).sort()).toEqual(expected);
			const row = stats.rows.find((r) => r.kpi_id === slide.kpiId)!;
			expect(slide.figures).toMatchObject({ n: row.n, q1: row.q1, median: row.median, q3: row.q3 });
			expect(slide.size).toBe(stats.group.members.length);
			for (const b of slide.bars) {
				expect(b.label).toMatch(/^Behörde [A-Z]{1,4}$/);
				expect(names).not.toContain(b.label);
			}
		}
	});

	it('marks a fehlerhaft value, leaves it out of n, and gives the direction of the group median', async () => {
		// Kiel 2023 reports more answered than received calls (demo ring README).
		const agenda = {
			name: 'x',
			slides: [
				{
					type: 'kpi' as const,
					kpi: 'phone_reachability',
					period: 2023,
					group: { type: 'ring' as const },
					notes: ''
				}
			]
		};
		const [slide] = (await prepareSlides(engine, agenda, context())) as KpiSlide[];
		const kiel = slide!.bars.find((b) => b.id === KIEL)!;
		expect(kiel).toMatchObject({ erroneous: true, unrated: true });
		expect(slide!.bars.at(-1)!.id).toBe(KIEL);
		expect(slide!.figures!.n).toBe(slide!.bars.length - 1);
		expect(slide!.figures!.excluded).toBe(1);
		const now = await engine.stats(KIEL, 2023, { type: 'ring' });
		const before = await engine.stats(KIEL, 2022, { type: 'ring' });
		const median = now.rows.find((r) => r.kpi_id === 'phone_reachability')!.median!;
		const prev = before.rows.find((r) => r.kpi_id === 'phone_reachability')!.median!;
		expect(slide!.figures).toMatchObject({ median, prevMedian: prev, prevPeriod: 2022 });
		expect(slide!.figures!.direction).toBe(median === prev ? 'same' : median > prev ? 'better' : 'worse');
	});

	it('takes a size class as the engine does, and says why a slide cannot be shown', async () => {
		const latest = periods.at(-1)!;
		const snapshot = await engine.snapshot(latest);
		const someone = snapshot.members.find((m) => m.size_class !== null)!;
		const size = await engine.peerGroup(someone.authority_id, latest, { type: 'size' });
		const slides = [
			{
				type: 'kpi',
				kpi: 'avg_processing_days',
				period: latest,
				group: { type: 'size', value: someone.size_class! },
				notes: ''
			},
			{ type: 'kpi', kpi: 'no_such_kpi', period: null, group: { type: 'ring' }, notes: '' },
			{ type: 'kpi', kpi: 'avg_processing_days', period: 1999, group: { type: 'ring' }, notes: '' },
			{
				type: 'field',
				field: catalogue.fields[0]!.id,
				period: null,
				group: { type: 'custom', name: 'fehlt' },
				notes: ''
			},
			{
				type: 'field',
				field: catalogue.fields[0]!.id,
				period: null,
				group: { type: 'state', value: 'XX' },
				notes: ''
			},
			{ type: 'text', heading: 'Danke', lines: ['Fragen?'], notes: 'leise' }
		] as const;
		const out = await prepareSlides(
			engine,
			{ name: 'y', slides: structuredClone(slides) as never },
			context()
		);
		const first = out[0] as KpiSlide;
		expect(first.size).toBe(size.members.length);
		expect(new Set(first.bars.map((b) => b.id))).toEqual(
			new Set(size.members.filter((id) => valueOf(snapshot, 'avg_processing_days', id) !== null))
		);
		expect(out.slice(1, 5).map((s) => ('problem' in s ? s.problem : null))).toEqual([
			'unknown_kpi',
			'no_period',
			'unknown_group',
			'empty_group'
		]);
		expect(out[5]).toEqual({ type: 'text', index: 5, heading: 'Danke', lines: ['Fragen?'], notes: 'leise' });
	});
});

describe('the presentation keys', () => {
	it('are those a presenter clicker sends, and a number with Enter jumps', () => {
		const at = (key: string, current = 3, digits = '') => keyAction(key, current, 10, digits);
		for (const key of ['ArrowRight', 'PageDown', ' ']) expect(at(key)).toEqual({ type: 'go', to: 4 });
		for (const key of ['ArrowLeft', 'PageUp']) expect(at(key)).toEqual({ type: 'go', to: 2 });
		expect(at('ArrowRight', 9)).toEqual({ type: 'go', to: 9 });
		expect(at('ArrowLeft', 0)).toEqual({ type: 'go', to: 0 });
		expect(at('Home')).toEqual({ type: 'go', to: 0 });
		expect(at('End')).toEqual({ type: 'go', to: 9 });
		expect(at('1')).toEqual({ type: 'digits', digits: '1' });
		expect(at('2', 3, '1')).toEqual({ type: 'digits', digits: '12' });
		expect(at('Enter', 3, '7')).toEqual({ type: 'go', to: 6 });
		expect(at('Enter', 3, '99')).toEqual({ type: 'go', to: 9 });
		expect(at('Enter')).toBeNull();
		expect(at('b')).toEqual({ type: 'blank' });
		expect(at('B')).toEqual({ type: 'blank' });
		expect(at('F')).toEqual({ type: 'fullscreen' });
		expect(at('Escape')).toEqual({ type: 'escape' });
		expect(at('x')).toBeNull();
	});
});

describe('the session link', () => {
	it('names agenda, slide, highlight and package, and reads back what it wrote', () => {
		const link = {
			agenda: 'Sitzung März & mehr',
			slide: 7,
			highlight: 'AB',
			notes: true,
			package: 'ringe/2024.zip'
		};
		const url = new URL(`https://intranet.example/sitzung/vortrag${linkQuery(link)}`);
		expect(url.searchParams.get('folie')).toBe('7');
		expect(readLink(url)).toEqual(link);
		expect(readLink(new URL('https://x/sitzung/vortrag?folie=abc'))).toMatchObject({
			slide: 1,
			agenda: null
		});
		expect(readLink(new URL('https://x/sitzung/vortrag?folie=0'))).toMatchObject({ slide: 1 });
	});
});
