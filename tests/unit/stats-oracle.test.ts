/**
 * Property test: peer groups and group statistics computed in TypeScript from the period snapshot
 * (the engine) equal the earlier SQL implementation (tests/fixtures/sql-oracle) on random rings —
 * every group type, many authorities and periods, with gaps, missing values, zero populations,
 * ties and an authority that is not listed in authorities.csv — and erroneous values (a part
 * larger than its whole), which the oracle leaves out on its own, from the catalogue's checks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { openTestConnector } from './support/engine.ts';
import { createEngine, type Engine } from '../../src/lib/engine/engine.ts';
import type { PeerSpec } from '../../src/lib/engine/peers.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { rng, syntheticRing } from '../fixtures/catalogue/rings.ts';
import { peerGroupSql } from '../fixtures/sql-oracle/peers-sql.ts';
import { groupStatsSql, prepareOracle } from '../fixtures/sql-oracle/stats-sql.ts';
import { decodeValues, encodeValues } from '../../src/lib/ring/value-columns.ts';

const catalogue = loadCatalogue();

/** A synthetic ring made rough: whole periods missing, populations 0, ties, an unlisted authority. */
function roughRing(seed: number): Ring {
	const r = rng(seed * 7919);
	const ring = syntheticRing(60, 5, seed);
	const gaps = new Set<string>();
	for (const a of ring.authorities)
		if (r() < 0.15) gaps.add(`${a.authority_id}|${2015 + Math.floor(r() * 5)}`);
	const all = decodeValues(ring.values);
	const values = all
		.filter((v) => !gaps.has(`${v.authority_id}|${v.period}`))
		.map((v) => {
			if (v.count_id === 'population' && r() < 0.05) return { ...v, value: 0 };
			// Coarse rounding for some counts makes equal KPI values (ties in rank and quartiles).
			if (r() < 0.3) return { ...v, value: Math.round(v.value / 1000) * 1000 };
			return v;
		});
	const stranger = all.filter((v) => v.authority_id === ring.authorities[0]!.authority_id);
	values.push(...stranger.map((v) => ({ ...v, authority_id: '99999' })));
	return { ...ring, values: encodeValues(values) };
}

function close(a: unknown, b: unknown, where: string): void {
	if (typeof a === 'number' && typeof b === 'number')
		expect(Math.abs(a - b), `${where}: ${a} vs ${b}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));
	else expect(a, where).toEqual(b);
}

let conn: Connector;
let engine: Engine;
beforeAll(async () => {
	conn = await openTestConnector();
	engine = createEngine(conn, catalogue);
});
afterAll(() => conn.close());

describe('TypeScript peer groups and statistics equal the SQL oracle', () => {
	it.each([1, 2, 3])(
		'random ring %i',
		async (seed) => {
			const ring = roughRing(seed);
			await engine.loadRing(ring);
			await engine.kpis(); // `kpi_values` stored, as the earlier engine had it after the load
			await prepareOracle(conn, catalogue);
			const r = rng(seed);
			const ids = [...ring.authorities.map((a) => a.authority_id), '99999'];
			const specs: PeerSpec[] = [
				{ type: 'ring' },
				{ type: 'size' },
				{ type: 'kind' },
				{ type: 'state' },
				{ type: 'kind_size' },
				{ type: 'nearest' },
				{ type: 'nearest', n: 3 },
				{ type: 'custom', name: 'Auswahl', members: ids.filter(() => r() < 0.2) }
			];
			let compared = 0;
			let erroneous = 0;
			let excluded = 0;
			for (const period of [2015, 2017, 2019]) {
				for (const authorityId of ids.filter(() => r() < 0.1).concat('99999')) {
					for (const spec of specs) {
						const where = `${authorityId} ${period} ${spec.type}`;
						const ts = await engine.stats(authorityId, period, spec);
						const sql = await peerGroupSql(conn, authorityId, period, spec);
						expect(ts.group.members, where).toEqual(sql.members);
						expect(ts.group.name, where).toBe(sql.name);
						expect(ts.group.reason, where).toEqual(sql.reason);
						expect(ts.group.n, where).toBe(sql.n);
						expect(ts.group.size_class, where).toBe(sql.size_class);
						(sql.distances ?? []).forEach((d, i) =>
							close(ts.group.distances?.[i], d, `${where} distance ${i}`)
						);
						const table = await groupStatsSql(conn, authorityId, period, sql.members);
						const expected = table.toArray().map((row) => row.toJSON() as Record<string, unknown>);
						expect(ts.rows.map((x) => x.kpi_id)).toEqual(expected.map((x) => x.kpi_id));
						ts.rows.forEach((row, i) => {
							const { own_erroneous: ownErroneous, ...columns } = expected[i]!;
							expect(row.erroneous !== null, `${where} ${row.kpi_id} erroneous`).toBe(ownErroneous);
							if (ownErroneous) erroneous++;
							excluded += row.excluded.length;
							for (const [column, value] of Object.entries(columns)) {
								const v = typeof value === 'bigint' ? Number(value) : value;
								close(
									(row as unknown as Record<string, unknown>)[column],
									v,
									`${where} ${row.kpi_id}.${column}`
								);
							}
						});
						compared++;
					}
				}
			}
			expect(compared).toBeGreaterThan(50);
			// The rough rings have errors (their counts are drawn independently): the rule was exercised.
			expect(erroneous).toBeGreaterThan(0);
			expect(excluded).toBeGreaterThan(erroneous);
		},
		120_000
	);
});
