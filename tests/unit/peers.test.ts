import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { openTestConnector } from './support/engine.ts';
import { createEngine, type Engine } from '../../src/lib/engine/engine.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { groupReasonText, germanWording } from '../../src/lib/i18n/engine-text.ts';
import type { PeerGroup } from '../../src/lib/engine/peers.ts';
import { authority, ring } from '../fixtures/catalogue/rings.ts';
import { sqlString } from '../../src/lib/engine/connector.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { rough } from './support/rings.ts';

/** The reason as the CLI words it (the engine returns a code). */
const reasonText = (g: PeerGroup): string =>
	g.reason ? groupReasonText({ ...g, reason: g.reason }, germanWording(loadCatalogue())) : '';

let conn: Connector;
let engine: Engine;
beforeAll(async () => {
	conn = await openTestConnector();
	engine = createEngine(conn, loadCatalogue());
});
afterAll(async () => {
	await conn.close();
});

/** The three features of `nearest`: population, foreign_population, tolerated_or_permitted. */
function features(
	population: number | undefined,
	foreign: number,
	tolerated: number
): Record<string, number> {
	const c: Record<string, number> = {
		foreign_population: foreign,
		tolerated_or_permitted: tolerated,
		visits: 1
	};
	if (population !== undefined) c.population = population;
	return c;
}

/**
 * `authority_periods` as peers.ts made it in SQL until the load made it in TypeScript: the oracle the
 * TypeScript version is held to (a package's carried classes as a VALUES list, as they were a table).
 */
function authorityPeriodsOracle(carried: Ring['size_classes']): string {
	const classes = [...loadCatalogue().size_classes].sort((a, b) => b.min_population - a.min_population);
	const cases = classes
		.map((c) => `WHEN w.population >= ${c.min_population} THEN ${sqlString(c.id)}`)
		.join(' ');
	const rows = (carried ?? []).map(
		(c) => `(${sqlString(c.authority_id)}, ${Math.trunc(c.period)}, ${sqlString(c.size_class)})`
	);
	const table = rows.length
		? `(VALUES ${rows.join(', ')}) c(authority_id, period, size_class)`
		: '(SELECT NULL::VARCHAR AS authority_id, NULL::INTEGER AS period, NULL::VARCHAR AS size_class WHERE false) c';
	return `SELECT a.authority_id, w.period, a.kind, a.state, w.population, COALESCE(c.size_class, CASE ${cases} END) AS size_class
FROM authorities a JOIN base_wide w USING (authority_id)
LEFT JOIN ${table} ON c.authority_id = a.authority_id AND c.period = w.period
ORDER BY a.authority_id, w.period`;
}

describe('authority_periods, made by the load in TypeScript', () => {
	it.each([5, 6, 7])(
		'rough ring %i (gaps, zero populations, an unlisted authority), with and without carried classes: the rows of the SQL',
		async (seed) => {
			const base = rough(seed);
			const [a, b] = base.authorities;
			await engine.loadRing(base);
			const periods = await engine.periods();
			const carried = [
				{ authority_id: a!.authority_id, period: periods[0]!, size_class: 'GK1' },
				{ authority_id: b!.authority_id, period: periods.at(-1)!, size_class: 'GK5' }
			];
			for (const r of [base, { ...base, size_classes: carried }]) {
				await engine.loadRing(r);
				const rows = async (sql: string) => (await conn.query(sql)).toArray().map((x) => x.toJSON());
				const made = await rows('SELECT * FROM authority_periods');
				expect(made.length).toBeGreaterThan(10);
				expect(made).toEqual(await rows(authorityPeriodsOracle(r.size_classes)));
				expect(made.some((m) => m.size_class === null)).toBe(true);
			}
		}
	);
});

describe('size classes in the engine', () => {
	it('uses the period population with the catalogue boundaries', async () => {
		const cases: [number, string][] = [
			[400_000, 'GK1'],
			[399_999, 'GK2'],
			[200_000, 'GK2'],
			[199_999, 'GK3'],
			[100_000, 'GK3'],
			[99_999, 'GK4'],
			[50_000, 'GK4'],
			[49_999, 'GK5']
		];
		const values: Record<string, Record<number, Record<string, number>>> = {};
		cases.forEach(([population], i) => {
			// the same authority is GK5 in 2022: the class belongs to the period
			values[`0${i}`] = { 2023: { population }, 2022: { population: 1000 } };
		});
		await engine.loadRing(
			ring(
				cases.map((_, i) => authority(`0${i}`)),
				values
			)
		);
		for (const [i, [population, expected]] of cases.entries()) {
			const g = await engine.peerGroup(`0${i}`, 2023, { type: 'size' });
			expect(g.size_class, String(population)).toBe(expected);
			expect((await engine.peerGroup(`0${i}`, 2022)).size_class).toBe('GK5');
		}
		const gk2 = await engine.peerGroup('01', 2023);
		expect(gk2).toMatchObject({
			type: 'size',
			name: null,
			size_class: 'GK2',
			members: ['01', '02'],
			reason: null
		});
	});
});

describe('peer groups', () => {
	// 2023 members: 01001 … 01007. 01009 delivered only in 2022; 99999 is not in authorities.csv.
	beforeAll(async () => {
		await engine.loadRing(
			ring(
				[
					authority('01001', 'landkreis', 'NW'),
					authority('01002', 'landkreis', 'BY'),
					authority('01003', 'kreisfreie_stadt', 'NW'),
					authority('01004', 'landkreis', 'NW'),
					authority('01005', 'grosse_kreisstadt', 'NW'),
					authority('01006', 'landkreis', 'NW'),
					authority('01007', 'landkreis', 'NW'),
					authority('01009', 'landkreis', 'NW')
				],
				{
					'01001': { 2023: features(100_000, 10_000, 1_000) },
					'01002': { 2023: features(100_000, 20_000, 1_000) },
					'01003': { 2023: features(1_000_000, 100_000, 10_000) },
					'01004': { 2023: features(100_000, 10_000, 2_000) },
					'01005': { 2023: features(100_000, 10_000, 1_000) },
					'01006': { 2023: features(undefined, 10_000, 1_000) }, // no population
					'01007': { 2023: features(100_000, 0, 0) }, // tolerated_share: zero denominator
					'01009': { 2022: features(100_000, 10_000, 1_000) },
					'99999': { 2023: features(100_000, 10_000, 1_000) }
				}
			)
		);
	});

	it('ring: every ring member with data in the period', async () => {
		const g = await engine.peerGroup('01001', 2023, { type: 'ring' });
		expect(g.members).toEqual(['01001', '01002', '01003', '01004', '01005', '01006', '01007']);
	});

	it('size, kind, state, kind_size', async () => {
		expect((await engine.peerGroup('01001', 2023, { type: 'size' })).members).toEqual([
			'01001',
			'01002',
			'01004',
			'01005',
			'01007'
		]);
		expect((await engine.peerGroup('01001', 2023, { type: 'kind' })).members).toEqual([
			'01001',
			'01002',
			'01004',
			'01006',
			'01007'
		]);
		expect((await engine.peerGroup('01001', 2023, { type: 'state' })).members).toEqual([
			'01001',
			'01003',
			'01004',
			'01005',
			'01006',
			'01007'
		]);
		expect((await engine.peerGroup('01001', 2023, { type: 'kind_size' })).members).toEqual([
			'01001',
			'01002',
			'01004',
			'01007'
		]);
	});

	it('no population: no size class and no size-based group, with the reason as a code', async () => {
		for (const type of ['size', 'kind_size'] as const) {
			const g = await engine.peerGroup('01006', 2023, { type });
			expect(g.size_class).toBeNull();
			expect(g.members).toEqual([]);
			expect(g.reason).toEqual({ code: 'no_population' });
			expect(reasonText(g)).toBe(
				'Für die Behörde 01006 fehlt im Jahr 2023 die Einwohnerzahl; ohne Größenklasse gehört sie zu keiner Vergleichsgruppe nach Größe.'
			);
		}
		// and it is never a member of another authority's size group (see above: 01006 not in GK3)
		expect((await engine.peerGroup('01006', 2023, { type: 'kind' })).members).toContain('01006');
	});

	it('custom: the picked members with data in the period, A included, under its name', async () => {
		const g = await engine.peerGroup('01001', 2023, {
			type: 'custom',
			name: 'Nachbarn',
			members: ['01003', '01009', 'nope', '01003']
		});
		expect(g).toMatchObject({ name: 'Nachbarn', members: ['01001', '01003'], reason: null });
	});

	it('an authority without data in the period', async () => {
		const g = await engine.peerGroup('01009', 2023, { type: 'size' });
		expect(g.members).toEqual([]);
		expect(g.reason).toEqual({ code: 'no_data' });
		expect(reasonText(g)).toBe('Für die Behörde 01009 liegen im Jahr 2023 keine Daten vor.');
	});

	it('nearest: the worked example', async () => {
		// Candidates (three features computable): 01001 … 01005. 01006 has no population, 01007 has
		// tolerated_share = 0 / 0; both take no part.
		//          ln(pop)      foreign_share  tolerated_share
		// 01001    ln 1e5       10             10
		// 01002    ln 1e5       20              5
		// 01003    ln 1e6       10             10
		// 01004    ln 1e5       10             20
		// 01005    ln 1e5       10             10
		// ln(pop): deviations from the mean are −d (4×) and +4d with d = ln(10)/5; population std dev
		//   = sqrt((4d² + 16d²)/5) = 2d → z = −0.5 (4×), 2.0 (01003).
		// foreign_share: mean 12, deviations −2,8,−2,−2,−2, variance (4·4+64)/5 = 16, std 4
		//   → z = −0.5, 2.0, −0.5, −0.5, −0.5.
		// tolerated_share: mean 11, deviations −1,−6,−1,9,−1, variance 120/5 = 24, std √24 = 4.899
		//   → z = −0.2041, −1.2247, −0.2041, 1.8371, −0.2041.
		// Distances to 01001 (−0.5, −0.5, −0.2041):
		//   01005: 0;  01004: (0, 0, 2.0412) → 2.0412;  01003: (2.5, 0, 0) → 2.5;
		//   01002: (0, 2.5, −1.0206) → √(6.25 + 1.0417) = 2.7003.
		const g = await engine.peerGroup('01001', 2023, { type: 'nearest', n: 2 });
		expect(g.members).toEqual(['01001', '01005', '01004']);
		expect(g.reason).toBeNull();
		const all = await engine.peerGroup('01001', 2023, { type: 'nearest' });
		expect(all.members).toEqual(['01001', '01005', '01004', '01003', '01002']);
		const d = all.distances ?? [];
		expect(d[0]).toBe(0);
		expect(d[1]).toBe(0);
		expect(d[2]).toBeCloseTo(Math.sqrt(25 / 6), 12); // 1.8371 + 0.2041 = 2.0412 = 10/√24
		expect(d[3]).toBeCloseTo(2.5, 12);
		expect(d[4]).toBeCloseTo(Math.sqrt(6.25 + 25 / 24), 12);
	});

	it('nearest: empty with the reasons as codes when A’s features cannot be computed', async () => {
		const noPop = await engine.peerGroup('01006', 2023, { type: 'nearest' });
		expect(noPop.members).toEqual([]);
		expect(noPop.reason).toEqual({
			code: 'nearest_unavailable',
			problems: [
				{ code: 'population_missing' },
				{ code: 'feature_missing', kpi_id: 'foreign_share', reason: 'missing_input' }
			]
		});
		expect(reasonText(noPop)).toBe(
			'Die ähnlichsten Behörden lassen sich für 01006 im Jahr 2023 nicht bestimmen: Einwohnerzahl fehlt; Ausländeranteil nicht berechenbar (Grundzahl fehlt).'
		);
		const zero = await engine.peerGroup('01007', 2023, { type: 'nearest' });
		expect(zero.members).toEqual([]);
		expect(zero.reason).toEqual({
			code: 'nearest_unavailable',
			problems: [{ code: 'feature_missing', kpi_id: 'tolerated_share', reason: 'zero_denominator' }]
		});
		expect(reasonText(zero)).toBe(
			'Die ähnlichsten Behörden lassen sich für 01007 im Jahr 2023 nicht bestimmen: Anteil Duldung und Gestattung nicht berechenbar (Nenner ist 0).'
		);
	});

	it('nearest: a feature with standard deviation 0 adds nothing; ties go to the smaller authority_id', async () => {
		// ln(pop) and tolerated_share are equal for all three (std 0 → z = 0). foreign_share 20, 10, 30:
		// 02001 and 02003 are both exactly 10/std away from 02002; the tie goes to 02001.
		const e = createEngine(conn, loadCatalogue());
		await e.loadRing(
			ring([authority('02003'), authority('02002'), authority('02001')], {
				'02001': { 2023: features(100_000, 10_000, 1_000) },
				'02002': { 2023: features(100_000, 20_000, 2_000) },
				'02003': { 2023: features(100_000, 30_000, 3_000) }
			})
		);
		const g = await e.peerGroup('02002', 2023, { type: 'nearest', n: 1 });
		expect(g.members).toEqual(['02002', '02001']);
		expect(g.distances?.[1]).toBeCloseTo(Math.sqrt(1.5), 12); // 10 / sqrt(200/3)
		const all = await e.peerGroup('02002', 2023, { type: 'nearest', n: 10 });
		expect(all.members).toEqual(['02002', '02001', '02003']);
	});
});
