/**
 * The KPI page's view model (`dashboard/kpi-view.ts`): ranking, trend, scatter and size-class data from one
 * KpiViewData, names through the namer, and the plausibility findings shown beside them.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import {
	kpiFindings,
	quantile7,
	rankingData,
	scatterData,
	sizeClassData,
	trendData
} from '../../src/lib/dashboard/kpi-view.ts';
import type { KpiViewData } from '../../src/lib/engine/views.ts';
import type { Finding } from '../../src/lib/engine/plausibility.ts';

const catalogue = loadCatalogue();
const kpi = (id: string) => catalogue.kpis.find((k) => k.id === id)!;

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
