/**
 * The ring's KPIs evaluated in memory (ring-kpis.ts) are DuckDB's, bit for bit — on both Node
 * engines, on random rings with gaps, zeros, negatives, -0, overflow and non-finite values — and the
 * engine answers the views from them before DuckDB is ready, then has DuckDB check them (`verify`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { createEngine, KpiCheckError } from '../../src/lib/engine/engine.ts';
import { openNodeEngine, type NodeEngine } from '../../src/lib/engine/node-connector.ts';
import type { RingKpis } from '../../src/lib/engine/period-snapshot.ts';
import { proportionColumns } from '../../src/lib/engine/proportions.ts';
import { checkRingKpis, ringKpisFrom } from '../../src/lib/engine/ring-kpis.ts';
import { loadRingTables, prepareRing } from '../../src/lib/engine/ring-tables.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { decodeValues, encodeValues } from '../../src/lib/ring/value-columns.ts';
import { rng } from '../fixtures/catalogue/rings.ts';
import { generated, rough } from './support/rings.ts';

const catalogue = loadCatalogue();
const extras = proportionColumns(catalogue);
const ENGINES: NodeEngine[] = ['native', 'wasm'];
const connectors = new Map<NodeEngine, Connector>();

beforeAll(async () => {
	for (const name of ENGINES) connectors.set(name, await openNodeEngine(name));
});
afterAll(async () => {
	for (const conn of connectors.values()) await conn.close();
});

/** A rough ring pushed further: negative values, -0, zeros everywhere, values whose products overflow. */
function signed(seed: number): Ring {
	const ring = rough(seed);
	const r = rng(seed * 7919);
	const odd = [-0, 0, -1, 1e308, -1e308, 1e-308];
	const values = decodeValues(ring.values).map((v) => {
		const x = r();
		if (x < 0.1) return { ...v, value: odd[Math.floor(r() * odd.length)]! };
		if (x < 0.3) return { ...v, value: -v.value };
		return v;
	});
	return { ...ring, values: encodeValues(values) };
}

/** The ring loaded into DuckDB, and its KPIs in memory from the same load. */
async function loaded(conn: Connector, ring: Ring): Promise<RingKpis> {
	const counts = catalogue.base_counts.map((b) => b.id);
	const prepared = prepareRing(ring, counts, catalogue.size_classes);
	await loadRingTables(conn, prepared.tables);
	return ringKpisFrom(prepared.wide, catalogue.kpis, extras, prepared.members.byKey);
}

/** Where DuckDB's evaluation of the loaded ring differs from `memory` (null: nowhere). */
const check = (conn: Connector, memory: RingKpis) => checkRingKpis(conn, catalogue.kpis, extras, memory);

describe('the ring’s KPIs in memory are DuckDB’s', () => {
	const rings: [string, () => Ring][] = [
		['generated 11', () => generated(11)],
		['generated 23', () => generated(23)],
		...[3, 5, 8].map((s): [string, () => Ring] => [`rough ${s}`, () => rough(s)]),
		...[2, 4, 6].map((s): [string, () => Ring] => [`signed ${s}`, () => signed(s)])
	];
	it.each(ENGINES.flatMap((engine) => rings.map(([name, make]) => [engine, name, make] as const)))(
		'%s, %s ring: every value, null and reason, and the extra columns, bit for bit',
		async (engine, _name, make) => {
			const conn = connectors.get(engine)!;
			const memory = await loaded(conn, make());
			expect(await check(conn, memory)).toBeNull();
			// Not vacuous: rows, nulls of both reasons, values, and extras with and without a number.
			const flags = [...memory.kpis.values()];
			expect(memory.authority.length).toBeGreaterThan(50);
			expect(flags.some((k) => k.reason.includes(1))).toBe(true);
			expect(flags.some((k) => k.has.includes(1))).toBe(true);
			expect([...memory.extras.values()].some((e) => e.some((v) => !Number.isNaN(v)))).toBe(true);
		},
		60_000
	);

	it('the signed rings have what they are for: -0, negative and infinite KPI values', async () => {
		const memory = await loaded(connectors.get('native')!, signed(4));
		const values = [...memory.kpis.values()].flatMap((k) => [...k.value].filter((_, i) => k.has[i]));
		expect(values.some((v) => Object.is(v, -0))).toBe(true);
		expect(values.some((v) => v < 0)).toBe(true);
		expect(values.some((v) => !Number.isFinite(v))).toBe(true);
	});

	it('a difference is found: one value by one bit, -0 for 0, a null, a reason, an extra', async () => {
		const conn = connectors.get('native')!;
		const memory = await loaded(conn, generated(11));
		const copy = (): RingKpis => ({
			...memory,
			kpis: new Map(
				[...memory.kpis].map(([id, k]) => [
					id,
					{ value: k.value.slice(), has: k.has.slice(), reason: k.reason.slice() }
				])
			),
			extras: new Map([...memory.extras].map(([id, e]) => [id, e.slice()]))
		});
		const [id, k] = [...memory.kpis].find(([, k]) => k.has[3] === 1 && k.value[3] !== 0)!;
		const [lastId, last] = [...memory.kpis].reverse().find(([, k]) => k.has.includes(1))!;
		const lastRow = last.has.indexOf(1);
		const changes: ((x: RingKpis) => void)[] = [
			(x) => (x.kpis.get(id)!.value[3] = k.value[3]! * (1 + Number.EPSILON)),
			(x) => (x.kpis.get(id)!.has[3] = 0),
			(x) => (x.kpis.get(id)!.reason[3] = 2),
			(x) => (x.kpis.get(lastId)!.value[lastRow] = last.value[lastRow]! + 1), // the last KPI with a value, too
			(x) => (x.extras.values().next().value![0] = -1)
		];
		for (const change of changes) {
			const other = copy();
			change(other);
			expect(await check(conn, other)).not.toBeNull();
		}
		const zero = [...memory.kpis].find(([, k]) => k.value.some((v, i) => k.has[i] === 1 && Object.is(v, 0)))!;
		const other = copy();
		const i = zero[1].value.findIndex((v, j) => zero[1].has[j] === 1 && Object.is(v, 0));
		other.kpis.get(zero[0])!.value[i] = -0;
		expect(await check(conn, other)).toContain(zero[0]);
		expect(await check(conn, copy())).toBeNull();
		const lessColumns = copy();
		lessColumns.kpis.delete(catalogue.kpis.at(-1)!.id);
		expect(await check(conn, lessColumns)).toBe(catalogue.kpis.at(-1)!.id);
	});
});

describe('the engine answers the views before DuckDB is ready, then DuckDB checks them', () => {
	it('stats, series, base counts and periods while the connector is still starting; kpis after', async () => {
		let ready!: (c: Connector) => void;
		const starting = new Promise<Connector>((resolve) => (ready = resolve));
		const engine = createEngine(starting, catalogue);
		const ring = generated(23);
		const loaded = engine.loadRing(ring);
		let tables = false;
		void loaded.then(() => (tables = true));
		const kpis = engine.kpis();
		const periods = await engine.periods();
		const id = ring.authorities[0]!.authority_id;
		const { group, rows } = await engine.stats(id, periods.at(-1)!, { type: 'ring' });
		expect(group.members.length).toBeGreaterThan(10);
		expect(rows.some((r) => r.median !== null)).toBe(true);
		expect((await engine.series([catalogue.kpis[0]!.id])).length).toBeGreaterThan(0);
		expect((await engine.baseCounts(periods[0]!, [catalogue.base_counts[0]!.id])).length).toBeGreaterThan(0);
		expect(tables).toBe(false); // all of that without DuckDB
		ready(connectors.get('wasm')!);
		await loaded;
		expect((await kpis).numRows).toBeGreaterThan(0);
		await expect(engine.verify()).resolves.toBeUndefined();
	});

	it('verify rejects, naming the KPI, when DuckDB computes another number', async () => {
		const real = connectors.get('native')!;
		const first = catalogue.kpis[0]!.id;
		// DuckDB itself, asked for the first KPI plus one where the engine reads the ring's KPIs.
		const skewed: Connector = {
			...real,
			query: (sql) => real.query(sql.replace(' AS v0,', ' + 1 AS v0,'))
		};
		const engine = createEngine(skewed, catalogue);
		await engine.loadRing(generated(11));
		const check = engine.verify();
		await expect(check).rejects.toBeInstanceOf(KpiCheckError);
		await expect(check).rejects.toThrow(first);
	});
});
