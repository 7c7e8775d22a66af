/**
 * CLI `scenario` (formats.md) as users run it, and against the KPI view: the view's targets come from
 * the dashboard's data layer (group statistics with their fehlerhaft marks, the KPI view's own base
 * counts — dashboard/data.ts on the real engine) through `targetsOfKpi`; the CLI (on its own engine,
 * native DuckDB by default) must write exactly those figures for the demo ring, fehlerhaft values with
 * empty cells.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { createDashboardData, type DashboardData } from '../../src/lib/dashboard/data.ts';
import type { ViewState } from '../../src/lib/dashboard/state.ts';
import type { Connector } from '../../src/lib/engine/connector.ts';
import { createEngine } from '../../src/lib/engine/engine.ts';
import { openNodeConnector } from '../../src/lib/engine/node-connector.ts';
import { toPlainDecimal } from '../../src/lib/format/plain.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import { emptyExtras } from '../../src/lib/ring/package/types.ts';
import { targetsOfKpi } from '../../src/lib/scenario/kpi-targets.ts';
import type { TargetRow } from '../../src/lib/engine/targets.ts';
import { cliInProcess } from './support/cli.ts';

const DEMO = 'data-samples/demo-ring';
const catalogue = loadCatalogue();
const COLUMNS = 'kpi_id,target,target_value,value,side,term,current,required,lever';

const runs = new Map<string, { code: number | null; out: string; err: string }>();
/** A real CLI process; the same arguments run once per file (each run loads the ring and DuckDB). */
function cli(...args: string[]) {
	const key = args.join('\u0000');
	let r = runs.get(key);
	if (!r) {
		const p = spawnSync(process.execPath, ['src/cli/main.ts', ...args], {
			encoding: 'utf8',
			timeout: 60_000
		});
		runs.set(key, (r = { code: p.status, out: p.stdout, err: p.stderr }));
	}
	return r;
}
const csvRows = (text: string) => text.trimEnd().split('\n');
const cell = (v: number | null) => (v === null ? '' : toPlainDecimal(v));
const line = (r: TargetRow) =>
	[
		r.kpi_id,
		r.target,
		cell(r.target_value),
		cell(r.value),
		r.side,
		r.term,
		cell(r.current),
		cell(r.required),
		String(r.lever)
	].join(',');

let conn: Connector;
let data: DashboardData;
beforeAll(async () => {
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	const ring = (await readRingFromPath(DEMO, specs)).ring!;
	conn = await openNodeConnector();
	const engine = createEngine(conn, catalogue);
	await engine.loadRing(ring);
	data = createDashboardData({
		catalogue,
		engine,
		periods: await engine.periods(),
		data: { ring, extras: emptyExtras() }
	});
}, 60_000);
afterAll(() => conn.close());

/** The KPI view's target rows of every KPI for a state, as the KPI view computes them. */
async function viewRows(state: ViewState, target: 'median' | 'best'): Promise<string[]> {
	const stats = await data.stats(state);
	const out: string[] = [];
	for (const kpi of catalogue.kpis) {
		if (kpi.polarity === 'none') continue;
		const view = await data.kpiView(state, kpi.id, null);
		const rows = targetsOfKpi({ catalogue, rows: stats.rows, baseCounts: view.baseCounts }, kpi);
		out.push(...rows.filter((r) => r.target === target).map(line));
	}
	return out;
}

describe('cli scenario', () => {
	it.each([
		['05334', '2024', 'size', 'median'],
		['01002', '2023', 'ring', 'best'],
		['07315', '2022', 'kind', 'median']
	])(
		'equals the KPI view’s figures: %s %s peers=%s target=%s',
		async (authority, period, peers, target) => {
			const r = cli(
				'scenario',
				'--ring',
				DEMO,
				'--authority',
				authority,
				'--period',
				period,
				'--peers',
				peers,
				'--target',
				target
			);
			expect(r.err).toBe('');
			expect(r.code).toBe(0);
			const [header, ...rows] = csvRows(r.out);
			expect(header).toBe(COLUMNS);
			const expected = await viewRows(
				{ authorityId: authority, period: Number(period), peers },
				target as 'median' | 'best'
			);
			expect(rows).toEqual(expected);
			// Two rows per KPI with a polarity, numerator first.
			const withPolarity = catalogue.kpis.filter((k) => k.polarity !== 'none');
			expect(rows).toHaveLength(2 * withPolarity.length);
			expect(rows.map((l) => l.split(',')[4])).toEqual(
				withPolarity.flatMap(() => ['numerator', 'denominator'])
			);
		},
		60_000
	);

	it('leaves every number empty for a fehlerhaft value (Kiel 2023: calls answered > received)', () => {
		const r = cli('scenario', '--ring', DEMO, '--authority', '01002', '--period', '2023');
		const rows = csvRows(r.out).filter((l) => l.startsWith('phone_reachability,'));
		expect(rows).toEqual([
			'phone_reachability,median,,,numerator,calls_answered,,,true',
			'phone_reachability,median,,,denominator,calls_received,,,false'
		]);
		// Other KPIs of the same authority and period keep their targets.
		expect(csvRows(r.out).find((l) => l.startsWith('decisions_per_fte,median,'))).toMatch(
			/^decisions_per_fte,median,[\d.]+,[\d.]+,numerator,decided,\d+,/
		);
	}, 60_000);

	it('defaults to the median of the size class and writes sums as written', () => {
		const r = cli('scenario', '--ring', DEMO, '--authority', '05334', '--period', '2024');
		expect(r.code).toBe(0);
		const rows = csvRows(r.out);
		expect(rows.slice(1).every((l) => l.split(',')[1] === 'median')).toBe(true);
		expect(
			rows.find((l) => l.startsWith('digital_intake_share,median,') && l.includes(',denominator,'))
		).toMatch(/,denominator,visits \+ digital_submissions,\d+,[\d.]*,false$/);
		expect(r.out).toBe(
			cli(
				'scenario',
				'--ring',
				DEMO,
				'--authority',
				'05334',
				'--period',
				'2024',
				'--peers',
				'size',
				'--target',
				'median'
			).out
		);
	}, 60_000);

	// The refusals in this test's process (the CLI's process is the other tests'): one German line each.
	it('refuses wrong arguments with a German message and exit 2', async () => {
		for (const args of [
			['--ring', DEMO, '--authority', '05334', '--period', '2024', '--target', 'top'],
			['--ring', DEMO, '--authority', '05334', '--period', '24'],
			['--ring', DEMO, '--authority', '05334', '--period', '2024', '--peers', 'custom'],
			['--ring', DEMO, '--authority', '99999', '--period', '2024'],
			['--ring', DEMO, '--period', '2024']
		]) {
			const r = await cliInProcess('scenario', ...args);
			expect(r.code, args.join(' ')).toBe(2);
			expect(r.out).toBe('');
			expect(r.err).toMatch(/Ziel|Jahr|Vergleichsgruppe|Mitglied|braucht/);
			expect(r.err).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
		}
	}, 60_000);
});
