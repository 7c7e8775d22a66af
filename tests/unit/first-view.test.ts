/**
 * The build's first view of the demo ring (first-view/compute.ts, vite-plugin.ts): the default state
 * of an empty URL, and numbers equal to the engine's for that state — the preview must never show
 * anything the engine would not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { createEngine } from '../../src/lib/engine/engine.ts';
import { openNodeConnector } from '../../src/lib/engine/node-connector.ts';
import { kpiViewData } from '../../src/lib/engine/views.ts';
import { computeFirstView, type FirstView } from '../../src/lib/first-view/compute.ts';
import { firstView } from '../../src/lib/first-view/vite-plugin.ts';
import { emptyExtras } from '../../src/lib/ring/package/types.ts';
import { DEMO_RING_DIR } from '../e2e/support/expected.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { decodeValues } from '../../src/lib/ring/value-columns.ts';
import { snapshotValues } from '../../src/lib/engine/period-snapshot.ts';

const catalogue = loadCatalogue();
let conn: Connector;
let ring: Ring;
let view: FirstView;
beforeAll(async () => {
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	ring = (await readRingFromPath(DEMO_RING_DIR, specs)).ring!;
	conn = await openNodeConnector();
	// Through JSON, as the browser receives it.
	view = JSON.parse(JSON.stringify(await computeFirstView(conn, catalogue, { ring, extras: emptyExtras() })));
}, 60_000);
afterAll(() => conn.close());

describe('first view of the demo ring', () => {
	it('is the default state of an empty URL: first authority, latest period, size class', () => {
		expect(view.overview.state).toEqual({
			authorityId: ring.authorities[0]!.authority_id,
			period: Math.max(...decodeValues(ring.values).map((v) => v.period)),
			peers: 'size'
		});
		// No base values travel with the preview (as JSON: typed arrays become objects, here empty ones).
		expect(Object.keys(view.overview.data.ring.values.value)).toEqual([]);
		expect(view.overview.data.ring.authorities).toEqual(ring.authorities);
		expect(view.kpis.map((k) => k.kpiId)).toEqual(catalogue.kpis.map((k) => k.id));
	});

	it('holds the engine’s statistics, period values and KPI views for that state', async () => {
		const engine = createEngine(conn, catalogue);
		await engine.loadRing(ring);
		const { authorityId, period } = view.overview.state;
		const stats = await engine.stats(authorityId, period, { type: 'size' });
		expect(view.overview.stats).toEqual(JSON.parse(JSON.stringify(stats)));
		const snapshot = await engine.snapshot(period);
		expect(new Map(view.overview.values.map(([k, pairs]) => [k, new Map(pairs)]))).toEqual(
			snapshotValues(snapshot)
		);
		for (const k of view.kpis.filter((_, i) => i % 7 === 0)) {
			const direct = await kpiViewData(
				engine,
				{
					authorityId,
					period,
					members: stats.group.members,
					kpiId: k.kpiId,
					otherKpiId: k.otherKpiId,
					inputs: catalogue.kpis.find((x) => x.id === k.kpiId)!.inputs
				},
				{ errors: await engine.errors(), kpi: (id) => catalogue.kpis.find((x) => x.id === id) }
			);
			// Same rows; the order of the value rows (one query for both KPIs vs. one per KPI) may differ.
			const key = (v: { kpi_id: string; authority_id: string; period: number }) =>
				`${v.kpi_id}|${v.authority_id}|${v.period}`;
			const sorted = <T extends { kpi_id: string; authority_id: string; period: number }>(rows: T[]) =>
				[...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));
			const expected = JSON.parse(JSON.stringify(direct)) as typeof k.data;
			expect(sorted(k.data.values), k.kpiId).toEqual(sorted(expected.values));
			expect({ ...k.data, values: [] }, k.kpiId).toEqual({ ...expected, values: [] });
		}
	});

	it('is emitted only by `vite build` (the dev server shows no preview)', async () => {
		const plugin = firstView();
		const configResolved = plugin.configResolved as (c: unknown) => void;
		configResolved({ command: 'serve', build: { ssr: false } });
		const load = plugin.load as (this: unknown, id: string) => Promise<string>;
		expect(await load.call({}, '\0virtual:first-view')).toContain('export const overviewUrl = null');
	});
});
