/**
 * Property test: the two Node engines — native DuckDB (the CLI's) and the DuckDB-WASM blocking
 * build (the browser's engine) — give identical output on random rings: every KPI as an Arrow
 * table (column names, types, values bit for bit, row order), the KPIs per period, the statistics
 * of every authority, period and peer group, the plausibility findings and the KPI view data.
 *
 * The rings: the demo generator at random seeds and synthetic rings made rough (support/rings.ts).
 */
import type { Table } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { createEngine, type Engine } from '../../src/lib/engine/engine.ts';
import { openNodeEngine, type NodeEngine } from '../../src/lib/engine/node-connector.ts';
import type { PeerSpec } from '../../src/lib/engine/peers.ts';
import { kpiViewData } from '../../src/lib/engine/views.ts';
import { baseValuesViewSql } from '../../src/lib/engine/ring-tables.ts';
import { kpiSeries } from '../fixtures/sql-oracle/series-sql.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { memberPeriods } from '../../src/lib/ring/value-columns.ts';
import { generated, rough } from './support/rings.ts';

const catalogue = loadCatalogue();
const SPECS: PeerSpec[] = ['ring', 'size', 'kind', 'state', 'kind_size', 'nearest'].map(
	(type) => ({ type }) as PeerSpec
);

/**
 * A table as plain data: field names and types, and every column's values (bigint as bigint). Not
 * how rows are split into record batches: WASM hands over a filtered result in the pieces the
 * filter left, native DuckDB in full chunks; readers see the same rows either way.
 */
function contents(table: Table) {
	return {
		fields: table.schema.fields.map((f) => `${f.name}: ${String(f.type)}`),
		columns: table.schema.fields.map((f) => Array.from(table.getChild(f.name)!))
	};
}

/** Everything the engine answers about the loaded ring, in a fixed order. */
async function answers(engine: Engine, conn: Connector, ring: Ring) {
	const loaded = await engine.loadRing(ring);
	const periods = await engine.periods();
	const perPeriod = [];
	for (const period of periods) perPeriod.push(contents(await engine.kpis({ period })));
	const stats = [];
	const ids = [...new Set(memberPeriods(ring.values).map((v) => v.authority_id))].sort();
	for (const period of periods)
		for (const id of ids) for (const spec of SPECS) stats.push(await engine.stats(id, period, spec));
	const own = ids[1]!;
	const last = periods.at(-1)!;
	const kpi = catalogue.kpis.find((k) => k.inputs.length > 1)!;
	const view = await kpiViewData(engine, {
		authorityId: own,
		period: last,
		members: (await engine.peerGroup(own, last, { type: 'ring' })).members,
		kpiId: kpi.id,
		otherKpiId: catalogue.kpis[0]!.id,
		inputs: kpi.inputs
	});
	return {
		loaded,
		periods,
		kpis: contents(await engine.kpis()),
		perPeriod,
		stats,
		findings: await engine.findings(),
		view
	};
}

const ENGINES: NodeEngine[] = ['native', 'wasm'];
const connectors = new Map<NodeEngine, Connector>();
const engines = new Map<NodeEngine, Engine>();
beforeAll(async () => {
	for (const name of ENGINES) {
		const conn = await openNodeEngine(name);
		connectors.set(name, conn);
		engines.set(name, createEngine(conn, catalogue));
	}
});
afterAll(async () => {
	for (const conn of connectors.values()) await conn.close();
});

describe('native DuckDB and DuckDB-WASM compute identical output', () => {
	it('run the same DuckDB version', async () => {
		const versions = [];
		for (const conn of connectors.values())
			versions.push((await conn.query('SELECT version() AS v')).getChild('v')?.get(0));
		expect(versions[0]).toBe(versions[1]);
	});

	it('convert every column type the native connector supports to the same Arrow (nulls, long and non-ASCII text)', async () => {
		const sql = `SELECT i,
			CASE WHEN i % 3 = 0 THEN NULL ELSE i % 2 = 0 END AS b,
			(i % 100)::TINYINT AS i8, (i * 6 - 15000)::SMALLINT AS i16, i::INTEGER AS i32, i * 1000000000000 AS i64,
			(i % 200)::UTINYINT AS u8, i::USMALLINT AS u16, i::UINTEGER AS u32, i::UBIGINT AS u64,
			(i / 3)::FLOAT AS f32, CASE WHEN i % 5 = 0 THEN NULL ELSE i / 7 END AS f64,
			CASE WHEN i % 4 = 0 THEN NULL WHEN i % 4 = 1 THEN 'kurz' || i
				ELSE 'Größenklasse „' || repeat('ä', i % 30) || '“ ' || i END AS text,
			CASE WHEN i % 6 = 0 THEN NULL ELSE (['a', 'b', 'c'])[i % 3 + 1]::ENUM('a', 'b', 'c') END AS e,
			NULL AS nothing
			FROM range(5000) t(i)`;
		const [a, b] = [
			contents(await connectors.get('native')!.query(sql)),
			contents(await connectors.get('wasm')!.query(sql))
		];
		expect(a.fields).toEqual(b.fields);
		expect(a).toEqual(b);
		const empty = "SELECT 1 AS a, 'x' AS b, true AS c WHERE false";
		expect(contents(await connectors.get('native')!.query(empty))).toEqual(
			contents(await connectors.get('wasm')!.query(empty))
		);
	});

	it('names the column of a type the native connector does not convert', async () => {
		await expect(connectors.get('native')!.query('SELECT 1.5 AS betrag')).rejects.toThrow(
			/Spalte „betrag“ hat den Typ DECIMAL\(2,1\)/
		);
	});

	it.each([
		['generated', 11, generated],
		['generated', 23, generated],
		['rough', 5, rough],
		['rough', 8, rough]
	] as const)(
		'%s ring, seed %i: kpis, stats, findings and view data',
		async (_kind, seed, make) => {
			const ring = make(seed);
			const [a, b] = [
				await answers(engines.get('native')!, connectors.get('native')!, ring),
				await answers(engines.get('wasm')!, connectors.get('wasm')!, ring)
			];
			// Not vacuous: rows, groups with members, and findings are there to compare.
			expect(a!.kpis.columns[0]!.length).toBeGreaterThan(100);
			expect(a!.stats.some((s) => s.group.members.length > 3)).toBe(true);
			expect(a!.findings.findings.length).toBeGreaterThan(0);
			expect(a!.kpis.fields).toEqual(b!.kpis.fields);
			expect(a!.kpis).toEqual(b!.kpis);
			expect(a!.perPeriod).toEqual(b!.perPeriod);
			expect(a!.stats).toEqual(b!.stats);
			expect(a!.findings).toEqual(b!.findings);
			expect(a!.view).toEqual(b!.view);
			expect(a!.loaded).toEqual(b!.loaded);
		},
		120_000
	);
});

describe('the base counts of a period, cut from the load’s rows (no query)', () => {
	it.each(ENGINES.flatMap((name) => [5, 6].map((seed) => [name, seed] as const)))(
		'%s, rough ring %i: the rows of the base_values view, in its order',
		async (name, seed) => {
			const engine = engines.get(name)!;
			const conn = connectors.get(name)!;
			const r = rough(seed);
			await engine.loadRing(r);
			const catalogueIds = new Set(catalogue.base_counts.map((b) => b.id));
			const outside = r.values.counts.filter((id) => !catalogueIds.has(id));
			expect(outside.length).toBeGreaterThan(0);
			// Asked in another order than base_wide's columns, with a count outside the catalogue.
			const ids = [
				...catalogue.base_counts
					.slice(0, 9)
					.map((b) => b.id)
					.reverse(),
				outside[0]!
			];
			await conn.query(baseValuesViewSql(catalogue.base_counts.map((b) => b.id)));
			// …and without it: the counts outside the catalogue that were not asked for stay out.
			for (const asked of [ids, ids.slice(0, -1)])
				for (const period of await engine.periods()) {
					const view = await conn.query(`SELECT authority_id, count_id, value FROM base_values
					WHERE period = ${period} AND count_id IN (${asked.map((id) => `'${id}'`).join(', ')})`);
					const expected = view.toArray().map((x) => ({ ...x.toJSON() }));
					expect(expected.length).toBeGreaterThan(0);
					expect(await engine.baseCounts(period, asked)).toEqual(expected);
				}
		}
	);
});

describe('the series cut from the ring’s KPIs (no query per KPI)', () => {
	it.each([
		['generated', 11, generated],
		['rough', 5, rough]
	] as const)('%s ring, seed %i: the rows the SQL gives, in its order', async (_kind, seed, make) => {
		const engine = engines.get('wasm')!;
		const conn = connectors.get('wasm')!;
		await engine.loadRing(make(seed));
		await engine.kpis(); // `kpi_values` stored: the oracle's SQL reads it
		for (const ids of [
			[catalogue.kpis[0]!.id],
			catalogue.kpis
				.slice(3, 6)
				.map((k) => k.id)
				.reverse()
		]) {
			const sql = await kpiSeries(conn, ids);
			expect(sql.length).toBeGreaterThan(20);
			expect(await engine.series(ids)).toEqual(sql);
		}
	});
});

describe('loads and reads take turns: each read sees one ring, whole', () => {
	/** What a moderator's page reads: findings (two statements), the long table, statistics, a series. */
	async function reads(engine: Engine, ring: Ring) {
		const ids = [...new Set(memberPeriods(ring.values).map((v) => v.authority_id))].sort();
		const periods = [...new Set(memberPeriods(ring.values).map((v) => v.period))].sort();
		return Promise.all([
			engine.findings(),
			engine.kpis().then(contents),
			engine.stats(ids[0]!, periods.at(-1)!, { type: 'ring' }),
			engine.series([catalogue.kpis[0]!.id]),
			engine.periods()
		]);
	}

	it.each(ENGINES)(
		'%s: reads asked before a load answer for the old ring, reads asked after for the new',
		async (name) => {
			const engine = engines.get(name)!;
			const [a, b] = [generated(7), rough(3)];
			await engine.loadRing(a);
			const expectedA = await reads(engine, a);
			await engine.loadRing(b);
			const expectedB = await reads(engine, b);
			expect(expectedA[0]).not.toEqual(expectedB[0]);

			await engine.loadRing(a);
			// Not awaited: the reload (a moderator's release) is asked while the page still reads.
			const before = reads(engine, a);
			const load = engine.loadRing(b);
			const after = reads(engine, b);
			const [gotA, , gotB] = await Promise.all([before, load, after]);
			expect(gotA).toEqual(expectedA);
			expect(gotB).toEqual(expectedB);
		}
	);

	it('a read asked before any load is refused in German', async () => {
		const conn = connectors.get('wasm')!;
		const fresh = createEngine(conn, catalogue);
		await expect(fresh.findings()).rejects.toThrow('zuerst loadRing()');
		await expect(fresh.snapshot(2024)).rejects.toThrow('zuerst loadRing()');
	});

	it('an engine over a DuckDB still starting loads once it is there; a failed start is the load’s error', async () => {
		let start!: (conn: Connector) => void;
		const starting = createEngine(new Promise<Connector>((resolve) => (start = resolve)), catalogue);
		const ring = generated(7);
		const load = starting.loadRing(ring);
		const periods = starting.periods(); // asked meanwhile: waits for the load
		start(connectors.get('wasm')!);
		expect((await load).rows).toBeGreaterThan(0);
		expect(await periods).toEqual([...new Set(memberPeriods(ring.values).map((v) => v.period))].sort());
		const failed = createEngine(Promise.reject(new Error('DuckDB startet nicht')), catalogue);
		await expect(failed.loadRing(ring)).rejects.toThrow('DuckDB startet nicht');
		await expect(failed.findings()).rejects.toThrow('zuerst loadRing()');
	});
});

describe('base_wide, ordered by the load itself', () => {
	/** Ids that JavaScript's `<` and DuckDB order differently (beyond U+FFFF vs U+E000–U+FFFF), and more. */
	const PREFIXES = ['\u{1F600}', '\uFF21', '\uE000', 'Z', 'a', 'ä', '0', ''];
	function renamed(ring: Ring): Ring {
		const to = new Map(ring.values.authorities.map((id, i) => [id, `${PREFIXES[i % PREFIXES.length]}${id}`]));
		return {
			...ring,
			authorities: ring.authorities.map((a) => ({
				...a,
				authority_id: to.get(a.authority_id) ?? a.authority_id
			})),
			values: { ...ring.values, authorities: ring.values.authorities.map((id) => to.get(id)!) }
		};
	}

	it.each(ENGINES)(
		'%s: its rows are in the order of ORDER BY authority_id, period (odd ids)',
		async (name) => {
			const engine = engines.get(name)!;
			const conn = connectors.get(name)!;
			for (const seed of [5, 6]) {
				await engine.loadRing(renamed(rough(seed)));
				const rows = async (sql: string) =>
					(await conn.query(sql)).toArray().map((x) => `${x.authority_id}|${x.period}`);
				const stored = await rows('SELECT authority_id, period FROM base_wide');
				expect(stored.length).toBeGreaterThan(50);
				expect(stored.some((r) => r.startsWith('\u{1F600}'))).toBe(true);
				expect(stored).toEqual(
					await rows('SELECT authority_id, period FROM base_wide ORDER BY authority_id, period')
				);
			}
		}
	);
});
