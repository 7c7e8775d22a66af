/**
 * The sample generator and the committed demo ring (data-samples/).
 *
 * The committed files are read with a tiny local CSV split (the real import lives in src/lib/ingest
 * and is tested there), checked against the catalogue's rules, and compared byte for byte with a fresh
 * generation, so nobody edits data-samples/demo-ring by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
	attributeFindings,
	benchmarkAuthorities,
	COUNT_IDS,
	COUNT_KIND,
	generateRing,
	generateRingReport,
	parseKreiseCsv,
	selectAuthorities,
	type CountId
} from '../../data-samples/generator.ts';
import { PART_OF_WHOLE } from '../../data-samples/generator/checks.ts';
import { sizeClass } from '../../data-samples/generator/catalogue.ts';
import { buildDemo, DEMO_ANOMALIES } from '../../data-samples/generator/demo.ts';
import { STATE_CODES } from '../../src/lib/ring/types.ts';
import { decodeValues, valueCount } from '../../src/lib/ring/value-columns.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DEMO_DIR = join(ROOT, 'data-samples', 'demo-ring');
const KREISE = readFileSync(join(ROOT, 'data-samples', 'reference', 'kreise.csv'), 'utf8');

/** Quote-aware split of a canonical CSV (no line breaks inside fields in these files). */
function readCsv(text: string): Record<string, string>[] {
	const split = (line: string) => {
		const cells: string[] = [];
		let cell = '';
		let quoted = false;
		for (let i = 0; i < line.length; i++) {
			const c = line[i] as string;
			if (quoted && c === '"' && line[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = !quoted;
			else if (c === ',' && !quoted) {
				cells.push(cell);
				cell = '';
			} else cell += c;
		}
		return [...cells, cell];
	};
	expect(text.endsWith('\n')).toBe(true);
	expect(text).not.toMatch(/\r|^\uFEFF/);
	const [header, ...rows] = text.slice(0, -1).split('\n').map(split);
	return rows.map((cells) => {
		expect(cells).toHaveLength(header?.length ?? 0);
		return Object.fromEntries((header ?? []).map((name, i) => [name, cells[i] ?? '']));
	});
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? listFiles(join(dir, entry.name)) : [relative(DEMO_DIR, join(dir, entry.name))]
	);
}

/** The committed demo ring as (authority|period|count_id) → raw cell text; empty cells are skipped. */
function readCommittedValues(): Map<string, string> {
	const values = new Map<string, string>();
	for (const file of listFiles(join(DEMO_DIR, 'counts'))) {
		const rows = readCsv(readFileSync(join(DEMO_DIR, file), 'utf8'));
		for (const row of rows) {
			const { authority_id, period, count_id, value, ...wide } = row;
			if (count_id !== undefined) values.set(`${authority_id}|${period}|${count_id}`, value ?? '');
			for (const [id, cell] of Object.entries(wide))
				if (cell !== '') values.set(`${authority_id}|${period}|${id}`, cell);
		}
	}
	return values;
}

const demo = await buildDemo(KREISE);
const ring = JSON.parse(readFileSync(join(DEMO_DIR, 'ring.json'), 'utf8'));
const authorities = readCsv(readFileSync(join(DEMO_DIR, 'authorities.csv'), 'utf8'));
const committed = readCommittedValues();
const num = (id: string, period: number, count: CountId) => {
	const text = committed.get(`${id}|${period}|${count}`);
	return text === undefined ? undefined : Number(text);
};
const anomaliesOf = (effect: string) => demo.report.anomalies.filter((a) => a.effect === effect);

describe('generator', () => {
	const rows = parseKreiseCsv(KREISE);
	const some = selectAuthorities(rows, ['05315', '03354', '16054', '08111', '12073']);
	const options = { seed: 7, periods: [2022, 2023], authorities: some };

	it('is deterministic: same seed, same ring; another seed, another ring', () => {
		expect(generateRing(options)).toEqual(generateRing(options));
		expect(generateRing({ ...options, seed: 8 }).values).not.toEqual(generateRing(options).values);
	});

	it('does not depend on the order of authorities, and never calls Math.random', () => {
		const spy = vi.spyOn(Math, 'random').mockImplementation(() => {
			throw new Error('Math.random used');
		});
		try {
			const reversed = generateRing({ ...options, authorities: [...some].reverse() });
			expect(reversed).toEqual(generateRing(options));
		} finally {
			spy.mockRestore();
		}
	});

	it('keeps an authority’s figures when other authorities are added', () => {
		const alone = generateRing({
			...options,
			authorities: some.filter((a) => a.authority_id === '05315'),
			anomalies: 'none'
		});
		const all = generateRing({ ...options, anomalies: 'none' });
		expect(decodeValues(all.values).filter((v) => v.authority_id === '05315')).toEqual(
			decodeValues(alone.values)
		);
	});

	it('synthesises clearly named authorities with unique keys for benchmark scales', () => {
		const scale550 = benchmarkAuthorities(rows, 550, 1);
		expect(new Set(scale550.map((a) => a.authority_id)).size).toBe(550);
		expect(scale550.filter((a) => a.authority_id.length === 5)).toHaveLength(400);
		const gks = scale550.filter((a) => a.kind === 'grosse_kreisstadt');
		expect(gks).toHaveLength(150);
		expect(gks.every((a) => /^\d{8}$/.test(a.authority_id) && a.name.startsWith('Synthetische'))).toBe(true);
		const scale5000 = benchmarkAuthorities(rows, 5000, 1);
		expect(new Set(scale5000.map((a) => a.authority_id)).size).toBe(5000);
		const synthetic = scale5000.filter((a) => a.authority_id.startsWith('99'));
		expect(synthetic).toHaveLength(4450);
		expect(synthetic.every((a) => a.name.startsWith('Synthetische') && STATE_CODES.includes(a.state))).toBe(
			true
		);
	});

	it('produces no unplanned findings at benchmark scale, and one anomaly of each kind', () => {
		const report = generateRingReport({
			seed: 3,
			periods: [2021, 2022, 2023, 2024],
			authorities: benchmarkAuthorities(rows, 550, 3)
		});
		expect(report.anomalies).toHaveLength(9);
		expect(attributeFindings(report.findings, report.anomalies).unexplained).toEqual([]);
		expect(valueCount(report.ring.values)).toBeGreaterThan(550 * 4 * 42 - 10);
	});
});

describe('committed demo ring', () => {
	it('equals a fresh generation byte for byte (regenerate with node data-samples/generate-demo.ts)', () => {
		const files = listFiles(DEMO_DIR).sort();
		expect(files).toEqual(Object.keys(demo.files).sort());
		for (const file of files) expect(readFileSync(join(DEMO_DIR, file), 'utf8'), file).toBe(demo.files[file]);
	});

	it('has ring.json as specified', () => {
		expect(ring).toEqual({
			format_version: 2,
			name: 'Demo-Vergleichsring Ausländerbehörden',
			description: expect.stringContaining('synthetisch'),
			periods: [2021, 2022, 2023, 2024],
			disclosure: 'pseudonymous',
			synthetic: true,
			releases: [
				{
					id: '2024-1',
					name: '2024-1',
					created: '2025-03-12T09:00:00Z',
					hash: expect.stringMatching(/^[0-9a-f]{64}$/)
				}
			]
		});
	});

	it('has ≥ 40 authorities of every kind but grosse_kreisstadt, ≥ 8 Länder and the regions', () => {
		expect(authorities.length).toBeGreaterThanOrEqual(40);
		expect(new Set(authorities.map((a) => a.authority_id)).size).toBe(authorities.length);
		expect(new Set(authorities.map((a) => a.state)).size).toBeGreaterThanOrEqual(8);
		expect(authorities.every((a) => (STATE_CODES as readonly string[]).includes(a.state ?? ''))).toBe(true);
		expect(new Set(authorities.map((a) => a.kind))).toEqual(
			new Set(['kreisfreie_stadt', 'landkreis', 'region'])
		);
		const regions = authorities.filter((a) => a.kind === 'region').map((a) => a.authority_id);
		expect(regions).toEqual(expect.arrayContaining(['03241', '05334']));
		expect(authorities.find((a) => a.authority_id === '01001')?.name).toBe('Flensburg, Stadt');
	});

	it('has every authority in every period, all five size classes in each, stable per authority', () => {
		for (const period of ring.periods as number[]) {
			const classes = authorities.map((a) =>
				sizeClass(num(a.authority_id ?? '', period, 'population') ?? NaN)
			);
			expect(new Set(classes)).toEqual(new Set(['GK1', 'GK2', 'GK3', 'GK4', 'GK5']));
		}
		for (const a of authorities) {
			const classes = (ring.periods as number[]).map((p) =>
				sizeClass(num(a.authority_id ?? '', p, 'population') ?? 0)
			);
			expect(new Set(classes).size, a.authority_id).toBe(1);
		}
	});

	it('uses all 42 base counts, in a wide file per period and a long file', () => {
		const used = new Set([...committed.keys()].map((key) => key.split('|')[2]));
		expect([...used].sort()).toEqual([...COUNT_IDS].sort());
		expect(Object.keys(demo.files)).toEqual(
			expect.arrayContaining([
				'counts/grundzahlen-2021.csv',
				'counts/grundzahlen-2024.csv',
				'counts/kundenbefragung.csv'
			])
		);
	});

	it('writes integers for count, days and minutes, at most 2 decimals for FTE and EUR, nothing negative', () => {
		for (const [key, text] of committed) {
			const kind = COUNT_KIND.get(key.split('|')[2] as CountId);
			const pattern = kind === 'fte' || kind === 'eur' ? /^\d+(\.\d{1,2})?$/ : /^\d+$/;
			expect(text, key).toMatch(pattern);
		}
	});

	it('misses exactly the documented values', () => {
		const missing: string[] = [];
		for (const a of authorities)
			for (const p of ring.periods as number[])
				for (const id of COUNT_IDS)
					if (!committed.has(`${a.authority_id}|${p}|${id}`)) missing.push(`${a.authority_id}|${p}|${id}`);
		const documented = anomaliesOf('missing').flatMap((a) =>
			a.count_ids.map((id) => `${a.authority_id}|${a.period}|${id}`)
		);
		expect(missing.sort()).toEqual(documented.sort());
		expect(documented.length).toBeGreaterThanOrEqual(4);
	});

	it('keeps parts ≤ wholes except the documented errors', () => {
		const violations: string[] = [];
		for (const a of authorities)
			for (const p of ring.periods as number[])
				for (const [part, whole] of PART_OF_WHOLE) {
					const x = num(a.authority_id ?? '', p, part);
					const y = num(a.authority_id ?? '', p, whole);
					if (x !== undefined && y !== undefined && x > y) violations.push(`${a.authority_id}|${p}|${part}`);
				}
		const documented = anomaliesOf('error').map((a) => `${a.authority_id}|${a.period}|${a.count_ids[0]}`);
		expect(violations.sort()).toEqual(documented.sort());
		expect(documented).toHaveLength(2);
	});

	it('has zero denominators exactly where documented', () => {
		const zeros = [...committed].filter(
			([key, v]) => v === '0' && /\|(external_selection_procedures|customer_survey_respondents)$/.test(key)
		);
		expect(zeros.map(([key]) => key).sort()).toEqual([
			'09361|2023|customer_survey_respondents',
			'16054|2022|external_selection_procedures',
			'16054|2024|external_selection_procedures'
		]);
		expect(anomaliesOf('zero_denominator')).toHaveLength(3);
	});

	it('explains every plausibility finding by a documented anomaly (or small staff surveys)', () => {
		const { byAnomaly, unexplained } = attributeFindings(demo.report.findings, demo.report.anomalies);
		expect(unexplained).toEqual([]);
		expect(
			demo.report.anomalies.map(({ kind, authority_id, period }) => ({ kind, authority_id, period }))
		).toEqual(DEMO_ANOMALIES);
		demo.report.anomalies.forEach((a, i) => {
			const findings = byAnomaly[i] ?? [];
			if (a.effect === 'error') expect(findings.some((f) => f.severity === 'error')).toBe(true);
			if (a.effect === 'warning') expect(findings.length).toBeGreaterThan(0);
			if (a.effect === 'missing' || a.effect === 'zero_denominator') expect(findings).toEqual([]);
		});
		const rules = demo.report.findings.map((f) => f.kpi ?? `${f.rule}:${f.ids[0]}`);
		expect(rules).toEqual(expect.arrayContaining(['completion_rate', 'phone_reachability', 'change:visits']));
		expect(rules).toContain('low_sample:customer_survey_respondents');
	});

	it('keeps KPIs in plausible ranges for German immigration offices (outside the anomalies)', () => {
		const ratio = (id: string, p: number, a: CountId[], b: CountId[]) => {
			const sum = (ids: CountId[]) => ids.reduce((s, c) => s + (num(id, p, c) ?? NaN), 0);
			return sum(a) / sum(b);
		};
		const anomalous = new Set(demo.report.anomalies.map((a) => a.authority_id));
		for (const a of authorities.filter((x) => !anomalous.has(x.authority_id ?? ''))) {
			const id = a.authority_id ?? '';
			for (const p of ring.periods as number[]) {
				const decided: CountId[] = ['titles_granted', 'title_applications_rejected'];
				const costs: CountId[] = ['personnel_costs', 'operating_costs', 'overhead_costs'];
				expect(ratio(id, p, ['foreign_population'], ['population'])).toSatisfy(
					(x: number) => x >= 0.06 && x <= 0.3
				);
				expect(ratio(id, p, decided, ['title_applications_received'])).toSatisfy(
					(x: number) => x >= 0.85 && x <= 1.05
				);
				expect(ratio(id, p, ['processing_days_total'], decided)).toSatisfy(
					(x: number) => x >= 29 && x <= 121
				);
				expect(ratio(id, p, ['booking_lead_days_total'], ['appointments_booked'])).toSatisfy(
					(x: number) => x >= 9 && x <= 71
				);
				expect(ratio(id, p, ['calls_answered'], ['calls_received'])).toSatisfy(
					(x: number) => x >= 0.4 && x <= 0.9
				);
				expect(ratio(id, p, ['sick_days'], ['target_workdays'])).toSatisfy(
					(x: number) => x >= 0.055 && x <= 0.105
				);
				expect(ratio(id, p, ['fee_revenue'], costs)).toSatisfy((x: number) => x >= 0.19 && x <= 0.5);
			}
		}
	});
});
