import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import {
	customKey,
	defaultOtherKpi,
	peerSpec,
	readState,
	stateKey,
	stateQuery,
	withCustomGroup
} from '../../src/lib/dashboard/state.ts';
import { changeOf, overviewModel, stripGeometry, type StatsRow } from '../../src/lib/dashboard/overview.ts';
import { directionText, peerOptions, positionBadge, rankText } from '../../src/lib/dashboard/labels.ts';
import {
	kpiFindings,
	quantile7,
	rankingData,
	scatterData,
	sizeClassData,
	trendData
} from '../../src/lib/dashboard/kpi-view.ts';
import { overviewCsv } from '../../src/lib/dashboard/csv.ts';
import type { KpiViewData } from '../../src/lib/engine/views.ts';
import type { Finding } from '../../src/lib/engine/plausibility.ts';

const catalogue = loadCatalogue();
const kpi = (id: string) => catalogue.kpis.find((k) => k.id === id)!;
const params = (q: string) => new URLSearchParams(q);
const ctx = {
	authorityIds: ['01001', '01002', '05334'],
	periods: [2021, 2022, 2023],
	customGroups: [{ name: 'Nachbarn', members: ['05334', '01001'] }]
};

describe('view state in the URL', () => {
	it('reads a complete state', () => {
		expect(readState(params('authority=05334&period=2022&peers=kind'), ctx)).toEqual({
			authorityId: '05334',
			period: 2022,
			peers: 'kind'
		});
	});
	it('falls back to remembered values, then to defaults (first member, latest period, size class)', () => {
		expect(readState(params(''), ctx)).toEqual({ authorityId: '01001', period: 2023, peers: 'size' });
		expect(readState(params('period=2021'), ctx, { authorityId: '01002', peers: 'ring' })).toEqual({
			authorityId: '01002',
			period: 2021,
			peers: 'ring'
		});
	});
	it('drops unknown authorities, periods and groups', () => {
		expect(readState(params('authority=99999&period=1999&peers=custom:Fremd'), ctx)).toEqual({
			authorityId: '01001',
			period: 2023,
			peers: 'size'
		});
	});
	it('parses every peer group of the catalogue, nearest with N and stored custom groups', () => {
		for (const type of ['ring', 'size', 'kind', 'state', 'kind_size'])
			expect(peerSpec(type, [])).toEqual({ type });
		expect(peerSpec('nearest', [])).toEqual({ type: 'nearest', n: 10 });
		expect(peerSpec('nearest:5', [])).toEqual({ type: 'nearest', n: 5 });
		expect(peerSpec('nearest:0', [])).toBeNull();
		expect(peerSpec('custom:Nachbarn', ctx.customGroups)).toEqual({
			type: 'custom',
			name: 'Nachbarn',
			members: ['05334', '01001']
		});
		expect(peerSpec('custom:Andere', ctx.customGroups)).toBeNull();
		expect(peerSpec('bogus', [])).toBeNull();
	});
	it('writes the parameters in a fixed order, encoded', () => {
		const q = stateQuery(
			{ authorityId: '05334', period: 2023, peers: customKey('Städte & Kreise') },
			{ vs: 'x' }
		);
		expect(q).toBe(
			'authority=05334&period=2023&peers=custom%3AStädte%20%26%20Kreise&vs=x'.replace(
				'Städte',
				encodeURIComponent('Städte')
			)
		);
		expect(
			readState(params(q), { ...ctx, customGroups: [{ name: 'Städte & Kreise', members: [] }] })?.peers
		).toBe('custom:Städte & Kreise');
	});
	it('cache keys change when a custom group is edited under the same name', () => {
		const s = { authorityId: '05334', period: 2023, peers: 'custom:Nachbarn' };
		const a = stateKey(s, ctx.customGroups);
		const b = stateKey(s, [{ name: 'Nachbarn', members: ['05334', '01002'] }]);
		expect(a).not.toBe(b);
	});
	it('stores custom groups by name, members de-duplicated', () => {
		const groups = withCustomGroup(ctx.customGroups, {
			name: ' Nachbarn ',
			members: ['05334', '01002', '01002']
		});
		expect(groups).toEqual([{ name: 'Nachbarn', members: ['05334', '01002'] }]);
	});
	it('offers every group type and the custom groups in the peer picker', () => {
		const options = peerOptions(ctx.customGroups);
		expect(options.map((o) => o.key)).toEqual([
			'size',
			'kind_size',
			'kind',
			'state',
			'ring',
			'nearest',
			'custom:Nachbarn'
		]);
		expect(options.at(-1)?.label).toBe('Eigene Gruppe: Nachbarn');
	});
	it('defaults the scatter to the classic pair', () => {
		const ids = catalogue.kpis.map((k) => k.id);
		expect(defaultOtherKpi('cost_per_decision', ids)).toBe('avg_processing_days');
		expect(defaultOtherKpi('avg_processing_days', ids)).toBe('cost_per_decision');
	});
});

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

const viewData: KpiViewData = {
	values: [
		{
			authority_id: 'own',
			period: 2023,
			kpi_id: 'k',
			value: 5,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		},
		{
			authority_id: 'p1',
			period: 2023,
			kpi_id: 'k',
			value: 3,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		},
		{
			authority_id: 'p2',
			period: 2023,
			kpi_id: 'k',
			value: 7,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		},
		{
			authority_id: 'x',
			period: 2023,
			kpi_id: 'k',
			value: 1,
			size_class: null,
			in_group: false,
			erroneous: false
		},
		{
			authority_id: 'own',
			period: 2022,
			kpi_id: 'k',
			value: 4,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		},
		{
			authority_id: 'own',
			period: 2023,
			kpi_id: 'o',
			value: 50,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		},
		{
			authority_id: 'p1',
			period: 2023,
			kpi_id: 'o',
			value: 10,
			size_class: 'GK2',
			in_group: true,
			erroneous: false
		}
	],
	periods: [
		{ period: 2022, n: 1, min: 4, q1: 4, median: 4, q3: 4, max: 4 },
		{ period: 2023, n: 3, min: 3, q1: 4, median: 5, q3: 6, max: 7 }
	],
	sizeClasses: [
		{ size_class: null, n: 1, min: 1, q1: 1, median: 1, q3: 1, max: 1 },
		{ size_class: 'GK2', n: 3, min: 3, q1: 4, median: 5, q3: 6, max: 7 }
	],
	baseCounts: [],
	counts: []
};
const name = (id: string) => (id === 'own' ? 'Eigenes Amt' : `Behörde ${id.toUpperCase()}`);

describe('KPI view model', () => {
	it('ranking: the group in the period, own marked, names through the namer', () => {
		const plain = {
			erroneous: false,
			unrated: false,
			n: null,
			low: null,
			high: null,
			respondents: null,
			provisional: false
		};
		expect(rankingData(viewData, { id: 'k' }, 2023, 'own', name)).toEqual([
			{ label: 'Eigenes Amt', value: 5, own: true, ...plain },
			{ label: 'Behörde P1', value: 3, own: false, ...plain },
			{ label: 'Behörde P2', value: 7, own: false, ...plain }
		]);
	});
	it('trend: own value against the group quartiles per period', () => {
		expect(trendData(viewData, 'k', 'own')).toEqual([
			{
				period: 2022,
				own: 4,
				ownErroneous: false,
				ownProvisional: false,
				groupProvisional: 0,
				n: 1,
				q1: 4,
				median: 4,
				q3: 4
			},
			{
				period: 2023,
				own: 5,
				ownErroneous: false,
				ownProvisional: false,
				groupProvisional: 0,
				n: 3,
				q1: 4,
				median: 5,
				q3: 6
			}
		]);
	});
	it('scatter: members with both values, medians of the points', () => {
		const s = scatterData(viewData, 'k', 'o', 2023, 'own', name);
		expect(s.points).toHaveLength(2);
		expect(s.xMedian).toBe(4);
		expect(s.yMedian).toBe(30);
	});
	it('size classes: ring-wide dots, boxes in class order, own class marked', () => {
		const s = sizeClassData(viewData, 'k', 2023, 'own', name, ['GK1', 'GK2'], 'ohne GK');
		expect(s.dots).toHaveLength(4);
		expect(s.boxes.map((b) => [b.sizeClass, b.own])).toEqual([
			['GK2', true],
			['ohne GK', false]
		]);
	});
	it('type-7 quantiles as DuckDB quantile_cont', () => {
		expect(quantile7([1, 2, 3, 4], 0.25)).toBe(1.75);
		expect(quantile7([1, 2, 3, 4], 0.5)).toBe(2.5);
		expect(quantile7([], 0.5)).toBeNull();
	});
	it('findings that touch the KPI or its inputs, for the group in the period', () => {
		const f = (authority_id: string, ids: string[], period = 2023): Finding => ({
			rule: 'part_exceeds_whole',
			severity: 'error',
			authority_id,
			period,
			ids,
			values: []
		});
		const k = kpi('phone_reachability');
		const all = [
			f('a', ['calls_answered', 'calls_received']),
			f('a', ['sick_days', 'target_workdays']),
			f('z', ['calls_answered', 'calls_received']),
			f('a', ['calls_answered', 'calls_received'], 2022)
		];
		expect(kpiFindings(all, k, 2023, new Set(['a']))).toEqual([all[0]]);
	});
});
