/**
 * The overview's view model (`dashboard/overview.ts`, `labels.ts`, `csv.ts`): KPIs grouped by field with
 * their position badges and changes, its CSV, and the geometry of the distribution strip.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { changeOf, overviewModel, stripGeometry, type StatsRow } from '../../src/lib/dashboard/overview.ts';
import { directionText, positionBadge, rankText } from '../../src/lib/dashboard/labels.ts';
import { overviewCsv } from '../../src/lib/dashboard/csv.ts';

const catalogue = loadCatalogue();
const kpi = (id: string) => catalogue.kpis.find((k) => k.id === id)!;

const stat = (kpi_id: string, over: Partial<StatsRow> = {}): StatsRow => ({
	kpi_id,
	field: catalogue.kpis.find((k) => k.id === kpi_id)?.field ?? 'quality',
	unit: 'percent',
	polarity: 'up',
	n: 8,
	min: 1,
	q1: 2,
	median: 3,
	q3: 4,
	max: 5,
	mean: 3,
	own_value: 4.5,
	own_reason: null,
	rank: 2,
	position: 'good',
	prev_period: 2022,
	prev_value: 4,
	direction: 'better',
	erroneous: null,
	prev_erroneous: false,
	excluded: [],
	ci_n: null,
	ci_low: null,
	ci_high: null,
	respondents: null,
	...over
});

describe('overview view model', () => {
	const stats = catalogue.kpis.map((k) => stat(k.id));
	const values = new Map([
		[
			'completion_rate',
			new Map([
				['a', 3],
				['b', 1],
				['c', 2],
				['x', 9]
			])
		]
	]);
	const fields = overviewModel(catalogue, stats, values, ['a', 'b', 'c']);

	it('groups KPIs by field in catalogue order', () => {
		expect(fields.map((f) => f.field.id)).toEqual([
			'quality',
			'waiting',
			'customer',
			'staff',
			'cost',
			'context'
		]);
		expect(fields.flatMap((f) => f.rows.map((r) => r.kpi.id))).toEqual(catalogue.kpis.map((k) => k.id));
	});
	it('takes the strip values of the group members only, ascending', () => {
		expect(fields[0]!.rows[0]!.peerValues).toEqual([1, 2, 3]);
	});
	it('flags a KPI with fewer than five values and withholds its colour', () => {
		const [f] = overviewModel(catalogue, [stat('completion_rate', { n: 4 })], new Map(), []);
		const row = f!.rows[0]!;
		expect(row.tooSmall).toBe(true);
		expect(positionBadge(row)).toMatchObject({ kind: 'too_small', text: 'Gruppe zu klein (n = 4)' });
	});
	it('words positions with symbol and text, context KPIs without judgement', () => {
		const row = fields[0]!.rows[0]!;
		expect(positionBadge(row)).toEqual({ kind: 'good', symbol: '▲', text: 'gut' });
		expect(positionBadge({ ...row, position: 'attention' })).toMatchObject({
			symbol: '▼',
			text: 'Handlungsbedarf'
		});
		expect(positionBadge({ ...row, position: 'middle' })).toMatchObject({ symbol: '●', text: 'Mitte' });
		expect(positionBadge({ ...row, kpi: kpi('foreign_share'), position: 'none' }).kind).toBe('none');
		expect(positionBadge({ ...row, own_value: null, position: null }).kind).toBe('missing');
		expect(rankText(2, 8)).toBe('2 von 8');
	});
	it('direction of travel by polarity; context KPIs only up or down', () => {
		const row = fields[0]!.rows[0]!;
		expect(directionText(row)).toMatchObject({
			symbol: '↗',
			text: 'besser',
			detail: 'ggü. 2022: 4,0\u00a0%'
		});
		expect(directionText({ ...row, direction: 'none', change: changeOf(5, 4) })).toMatchObject({
			text: 'gestiegen'
		});
		expect(directionText({ ...row, direction: null }).text).toBe('kein Vorjahreswert');
	});
	it('CSV rows carry raw numbers and ids', () => {
		const { header, rows } = overviewCsv(
			fields,
			{ authority: 'Amt', period: 2023, group: '=Gruppe' },
			catalogue
		);
		expect(header[4]).toBe('Kennzahl-ID');
		expect(rows[0]?.slice(0, 10)).toEqual([
			'Amt',
			2023,
			'=Gruppe',
			'Auftragserfüllung und Qualität',
			'completion_rate',
			'Erledigungsquote',
			'%',
			4.5,
			'',
			8
		]);
	});
});

describe('distribution strip', () => {
	it('places values between the paddings, own marked, band at the quartiles', () => {
		const g = stripGeometry([0, 5, 10], 10, { q1: 2.5, median: 5, q3: 7.5 }, 112, 20);
		expect(g.own).toBe(106);
		expect(g.band).toEqual({ x1: 31, x2: 81, median: 56 });
		expect(g.peers.match(/M/g)).toHaveLength(3);
	});
	it('copes with a single value and with no values', () => {
		expect(stripGeometry([3], 3, { q1: 3, median: 3, q3: 3 }).own).toBe(70);
		expect(stripGeometry([], null, { q1: null, median: null, q3: null })).toMatchObject({
			peers: '',
			own: null,
			band: null
		});
	});
});
