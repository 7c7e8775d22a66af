/**
 * `intervals` and `funnel` as users run them (a real `node src/cli/main.ts`; the refusals in the test's
 * own process, src/cli/run.ts), against the demo ring's base counts with the formulas of issue #27
 * written out here again — not the engine's functions — and the exit codes of formats.md.
 */
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { decodeValues } from '../../src/lib/ring/value-columns.ts';
import { cliInProcess } from './support/cli.ts';

const DEMO = 'data-samples/demo-ring';
const KIEL = '01002';
const catalogue = loadCatalogue();
const Z95 = 1.959963984540054;
const Z998 = 3.090232306167813;

function cli(...args: string[]) {
	const r = spawnSync(process.execPath, ['src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

function parseCsv(text: string): Record<string, string>[] {
	const [header, ...lines] = text.trimEnd().split('\n');
	const cols = header!.split(',');
	return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}

/** x and n of each proportion KPI, by hand from catalogue.md. */
const TERMS: Record<string, [string[], string[]]> = {
	legal_remedy_loss_rate: [['legal_remedies_lost'], ['legal_remedies_received']],
	rejection_rate: [['title_applications_rejected'], ['titles_granted', 'title_applications_rejected']],
	overdue_share: [['open_applications_over_3_months'], ['open_applications']],
	phone_reachability: [['calls_answered'], ['calls_received']],
	customer_satisfaction: [['customer_survey_satisfied'], ['customer_survey_respondents']],
	first_visit_resolution: [['customer_survey_first_visit_resolved'], ['customer_survey_respondents']],
	digital_intake_share: [['digital_submissions'], ['visits', 'digital_submissions']],
	external_hiring_success: [['external_hires'], ['external_selection_procedures']],
	staff_satisfaction: [['staff_survey_satisfied'], ['staff_survey_respondents']]
};

let ring: Ring;
let value: (authority: string, period: number, id: string) => number | undefined;
const sum = (ids: string[], a: string, p: number) => {
	const vs = ids.map((id) => value(a, p, id));
	return vs.some((v) => v === undefined) ? undefined : vs.reduce((s, v) => s! + v!, 0)!;
};
beforeAll(async () => {
	const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));
	ring = (await readRingFromPath(DEMO, specs)).ring!;
	const m = new Map(
		decodeValues(ring.values).map((v) => [`${v.authority_id}|${v.period}|${v.count_id}`, v.value])
	);
	value = (a, p, id) => m.get(`${a}|${p}|${id}`);
}, 60_000);

describe('cli stats with a fehlerhaft value', { timeout: 180_000 }, () => {
	it('prints its own_value, leaves rank empty and n without it (Kiel 2023)', () => {
		const rows = parseCsv(cli('stats', '--ring', DEMO, '--authority', KIEL, '--period', '2023').out);
		const row = rows.find((r) => r.kpi_id === 'phone_reachability')!;
		expect(Number(row.own_value)).toBe((12513 / 11805) * 100);
		expect(row.rank).toBe('');
		expect(Number(row.n)).toBe(11);
		expect(Number(row.max)).toBeLessThan(100);
		expect(rows.find((r) => r.kpi_id === 'customer_satisfaction')!.rank).not.toBe('');
	});
});

describe('cli intervals', { timeout: 180_000 }, () => {
	it('writes every proportion KPI in catalogue order with Wilson limits at full precision', () => {
		const r = cli('intervals', '--ring', DEMO, '--authority', '05334', '--period', '2024');
		expect(r.code).toBe(0);
		expect(r.out.split('\n')[0]).toBe('kpi_id,value,n,ci_low,ci_high');
		const rows = parseCsv(r.out);
		expect(rows.map((x) => x.kpi_id)).toEqual(catalogue.kpis.filter((k) => k.proportion).map((k) => k.id));
		for (const row of rows) {
			const [xs, ns] = TERMS[row.kpi_id!]!;
			const x = sum(xs, '05334', 2024)!;
			const n = sum(ns, '05334', 2024)!;
			const p = x / n;
			const centre = (p + (Z95 * Z95) / (2 * n)) / (1 + (Z95 * Z95) / n);
			const half = (Z95 * Math.sqrt((p * (1 - p)) / n + (Z95 * Z95) / (4 * n * n))) / (1 + (Z95 * Z95) / n);
			expect(Number(row.value), row.kpi_id).toBe((x / n) * 100);
			expect(Number(row.n), row.kpi_id).toBe(n);
			expect(Number(row.ci_low), row.kpi_id).toBeCloseTo((centre - half) * 100, 10);
			expect(Number(row.ci_high), row.kpi_id).toBeCloseTo((centre + half) * 100, 10);
			expect(row.ci_low!.replace(/^\d+\.?/, '').length, 'full precision').toBeGreaterThan(8);
		}
	});

	it('leaves the cells of a fehlerhaft value empty (Kiel 2023, phone reachability)', () => {
		const rows = parseCsv(cli('intervals', '--ring', DEMO, '--authority', KIEL, '--period', '2023').out);
		expect(rows.find((r) => r.kpi_id === 'phone_reachability')).toEqual({
			kpi_id: 'phone_reachability',
			value: '',
			n: '',
			ci_low: '',
			ci_high: ''
		});
		expect(rows.find((r) => r.kpi_id === 'customer_satisfaction')!.ci_low).not.toBe('');
	});

	// The refusals in this test's process (the CLI's process is the other tests'): one German line each.
	it('refuses wrong arguments with exit 2 and a German message', async () => {
		for (const args of [
			['intervals', '--ring', DEMO, '--period', '2023'],
			['intervals', '--ring', DEMO, '--authority', '99999', '--period', '2023'],
			['intervals', '--ring', DEMO, '--authority', KIEL, '--period', '23'],
			['intervals', '--ring', DEMO, '--authority', KIEL, '--period', '2023', '--kpi', 'x']
		]) {
			const r = await cliInProcess(...args);
			expect(r.code, args.join(' ')).toBe(2);
			expect(r.err, args.join(' ')).toMatch(/braucht|nicht Mitglied|erwartet ein Jahr|Unbekannte Option/);
			expect(r.out).toBe('');
		}
	});
});

describe('cli funnel', { timeout: 180_000 }, () => {
	it('the whole ring: every member but the fehlerhaft one, target Σx/Σn, limits and flags', () => {
		const r = cli('funnel', '--ring', DEMO, '--period', '2023', '--kpi', 'phone_reachability');
		expect(r.code).toBe(0);
		expect(r.out.split('\n')[0]).toBe('authority_id,value,n,target,low95,high95,low998,high998,flag');
		const rows = parseCsv(r.out);
		const members = ring.authorities
			.map((a) => a.authority_id)
			.filter((id) => value(id, 2023, 'calls_received') !== undefined)
			.sort();
		expect(rows.map((x) => x.authority_id)).toEqual(members.filter((id) => id !== KIEL));
		const points = rows.map((row) => ({
			x: value(row.authority_id!, 2023, 'calls_answered')!,
			n: value(row.authority_id!, 2023, 'calls_received')!
		}));
		const p0 = points.reduce((s, p) => s + p.x, 0) / points.reduce((s, p) => s + p.n, 0);
		rows.forEach((row, i) => {
			const { x, n } = points[i]!;
			const lim = (z: number) => [
				Math.max(0, p0 - z * Math.sqrt((p0 * (1 - p0)) / n)) * 100,
				Math.min(1, p0 + z * Math.sqrt((p0 * (1 - p0)) / n)) * 100
			];
			expect(Number(row.value)).toBe((x / n) * 100);
			expect(Number(row.n)).toBe(n);
			expect(Number(row.target)).toBeCloseTo(p0 * 100, 10);
			expect(Number(row.low95)).toBeCloseTo(lim(Z95)[0]!, 10);
			expect(Number(row.high95)).toBeCloseTo(lim(Z95)[1]!, 10);
			expect(Number(row.low998)).toBeCloseTo(lim(Z998)[0]!, 10);
			expect(Number(row.high998)).toBeCloseTo(lim(Z998)[1]!, 10);
			const v = Number(row.value);
			const flag =
				v < Number(row.low998) || v > Number(row.high998)
					? 'alarm'
					: v < Number(row.low95) || v > Number(row.high95)
						? 'alert'
						: '';
			expect(row.flag, row.authority_id).toBe(flag);
		});
	});

	it('takes the group of an authority with --peers and --authority', () => {
		const all = parseCsv(
			cli('funnel', '--ring', DEMO, '--period', '2024', '--kpi', 'customer_satisfaction').out
		);
		const kind = parseCsv(
			cli(
				'funnel',
				'--ring',
				DEMO,
				'--period',
				'2024',
				'--kpi',
				'customer_satisfaction',
				'--peers',
				'kind',
				'--authority',
				'03354'
			).out
		);
		const landkreise = new Set(
			ring.authorities.filter((a) => a.kind === 'landkreis').map((a) => a.authority_id)
		);
		expect(kind.length).toBeGreaterThan(3);
		expect(kind.length).toBeLessThan(all.length);
		for (const row of kind) expect(landkreise.has(row.authority_id!), row.authority_id).toBe(true);
	});

	it('refuses a KPI that is no proportion, an unknown KPI, and --peers without --authority', async () => {
		const cases: [string[], RegExp][] = [
			[['--kpi', 'cost_per_decision'], /keine Anteilskennzahl/],
			[['--kpi', 'gibt_es_nicht'], /Unbekannte Kennzahl/],
			[['--kpi', 'phone_reachability', '--peers', 'size'], /--peers braucht --authority/],
			[
				['--kpi', 'phone_reachability', '--peers', 'galaxy', '--authority', KIEL],
				/Unbekannte Vergleichsgruppe/
			]
		];
		for (const [extra, message] of cases) {
			const r = await cliInProcess('funnel', '--ring', DEMO, '--period', '2023', ...extra);
			expect(r.code, extra.join(' ')).toBe(2);
			expect(r.err, extra.join(' ')).toMatch(message);
		}
	});
});
