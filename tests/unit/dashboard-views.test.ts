import { beforeAll, describe, expect, it } from 'vitest';
import { demoReference, type Reference } from '../e2e/support/expected.ts';
import { kpiViewData, type KpiViewData } from '../../src/lib/engine/views.ts';
import { openNodeConnector } from '../../src/lib/engine/node-connector.ts';
import { createEngine, type Engine } from '../../src/lib/engine/engine.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { decodeValues } from '../../src/lib/ring/value-columns.ts';

const catalogue = loadCatalogue();
const kpi = catalogue.kpis.find((k) => k.id === 'avg_processing_days')!;
let ref: Reference;
let conn: Connector;
let engine: Engine;
let own: string;
let period: number;
let members: string[];
let data: KpiViewData;

beforeAll(async () => {
	ref = await demoReference();
	// An engine of our own on a connector of our own (the reference engine is shared).
	conn = await openNodeConnector();
	engine = createEngine(conn, catalogue);
	await engine.loadRing(ref.ring);
	own = ref.ring.authorities[3]!.authority_id;
	period = Math.max(...ref.ring.meta.periods);
	members = (await engine.peerGroup(own, period, { type: 'size' })).members;
	data = await kpiViewData(engine, {
		authorityId: own,
		period,
		members,
		kpiId: kpi.id,
		otherKpiId: 'cost_per_decision',
		inputs: kpi.inputs
	});
});

describe('kpiViewData (views.ts)', () => {
	it('quartiles of the selected period equal the engine statistics', async () => {
		const stats = await engine.stats(own, period, { type: 'size' });
		const row = stats.rows.find((r) => r.kpi_id === kpi.id)!;
		const q = data.periods.find((p) => p.period === period)!;
		expect(q.n).toBe(row.n);
		expect(q.median).toBeCloseTo(row.median as number, 10);
		expect(q.q1).toBeCloseTo(row.q1 as number, 10);
		expect(q.q3).toBeCloseTo(row.q3 as number, 10);
	});

	it('has one quartile row per period with values and the group members in every period', () => {
		expect(data.periods.map((p) => p.period)).toEqual([...ref.ring.meta.periods].sort());
		const inGroup = data.values.filter((v) => v.in_group && v.kpi_id === kpi.id && v.period === period);
		expect(new Set(inGroup.map((v) => v.authority_id)).size).toBe(data.periods.at(-1)!.n);
		for (const v of inGroup) expect(members).toContain(v.authority_id);
	});

	it('the second KPI comes along for the scatter', () => {
		expect(data.values.some((v) => v.kpi_id === 'cost_per_decision' && v.in_group)).toBe(true);
	});

	it('size classes cover every ring member with a value in the period', async () => {
		const all = (await engine.kpis({ period }))
			.toArray()
			.filter((r) => r.kpi_id === kpi.id && r.value !== null).length;
		expect(data.sizeClasses.reduce((s, c) => s + c.n, 0)).toBe(all);
		const own = data.values.find(
			(v) => v.authority_id === ref.ring.authorities[3]!.authority_id && v.period === period
		);
		expect(data.sizeClasses.map((c) => c.size_class)).toContain(own?.size_class ?? null);
	});

	it('base counts: own value and group aggregates, in the order of the KPI inputs', async () => {
		expect(data.baseCounts.map((b) => b.count_id)).toEqual(kpi.inputs);
		const ownValues = decodeValues(ref.ring.values).filter(
			(v) => v.authority_id === own && v.period === period
		);
		for (const b of data.baseCounts) {
			const expected = ownValues.find((v) => v.count_id === b.count_id)?.value ?? null;
			expect(b.own).toBe(expected);
			expect(b.n).toBeLessThanOrEqual(members.length);
		}
	});

	it('an empty group gives empty statistics, not an error', async () => {
		const empty = await kpiViewData(engine, {
			authorityId: own,
			period,
			members: [],
			kpiId: kpi.id,
			otherKpiId: null,
			inputs: kpi.inputs
		});
		expect(empty.periods).toEqual([]);
		expect(empty.values.every((v) => !v.in_group)).toBe(true);
		expect(empty.baseCounts.every((b) => b.n === 0)).toBe(true);
	});
});

describe('group names from the message catalogue', () => {
	it('name every group type in German and in English (the engine returns codes, no names)', async () => {
		const { groupName } = await import('../../src/lib/dashboard/labels.ts');
		const { loadLocale, setLocale } = await import('../../src/lib/i18n/translate.ts');
		const a = ref.ring.authorities.find((x) => x.authority_id === own)!;
		const cls = (await engine.peerGroup(own, period, { type: 'size' })).size_class;
		const kinds = {
			de: {
				kreisfreie_stadt: 'kreisfreie Städte',
				landkreis: 'Landkreise',
				grosse_kreisstadt: 'Große Kreisstädte',
				region: 'Stadtstaaten und Regionen'
			} as Record<string, string>,
			en: {
				kreisfreie_stadt: 'county-free cities',
				landkreis: 'rural districts',
				grosse_kreisstadt: 'large district towns',
				region: 'city states and regions'
			} as Record<string, string>
		};
		const expected = {
			de: [
				'Gesamter Ring',
				`Größenklasse ${cls}`,
				`Gleiche Art: ${kinds.de[a.kind]}`,
				`Gleiches Land: ${a.state}`,
				`${kinds.de[a.kind]}, Größenklasse ${cls}`,
				'Die 10 ähnlichsten Behörden',
				'Nachbarn'
			],
			en: [
				'Whole ring',
				`Size class ${cls}`,
				`Same kind: ${kinds.en[a.kind]}`,
				`Same state: ${a.state}`,
				`${kinds.en[a.kind]}, size class ${cls}`,
				'The 10 most similar authorities',
				'Nachbarn'
			]
		};
		const specs = [
			{ type: 'ring' },
			{ type: 'size' },
			{ type: 'kind' },
			{ type: 'state' },
			{ type: 'kind_size' },
			{ type: 'nearest' },
			{ type: 'custom', name: 'Nachbarn', members: [] }
		] as const;
		await loadLocale('en');
		try {
			for (const lang of ['de', 'en'] as const) {
				setLocale(lang);
				const names = [];
				for (const spec of specs)
					names.push(groupName(await engine.peerGroup(own, period, spec), ref.ring.authorities));
				expect(names, lang).toEqual(expected[lang]);
			}
		} finally {
			setLocale('de');
		}
	});
});
