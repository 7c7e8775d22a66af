/**
 * Values, provenance and KPIs identical before and after the columnar ring (issue 21).
 *
 * `tests/fixtures/columnar/before.json` was recorded by this test's own computation on the last
 * commit that held a ring's values as objects (f66dddc, the same test against that API, run with
 * RECORD_COLUMNAR=1): SHA-256 of everything the ring's values pass through, on
 * - two ring packages: the demo ring's folder (every value stamped with its counts file's cell) and
 *   `ring-50x4.zip` (the benchmark's 50 × 4 ring, provenance on two of three values in files whose
 *   names need quoting; written then, with its pseudonym keys) — the values and provenance read,
 *   the package written back, and the CLI's (native DuckDB) `kpis`, `stats` (three members × three
 *   groups), `findings`, `completeness`, `releases`, `kpis --datenstand`, `export` and
 *   `member-packages --round` output;
 * - generated and rough rings (support/rings.ts: non-finite values, a later duplicate, counts outside
 *   the catalogue) loaded into the DuckDB-WASM engine: `base_values`, every KPI, the statistics of
 *   every member in every period for three groups, and the findings.
 * A change that alters any number, provenance or byte on the way from file to DuckDB fails here.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Table } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { makeRing, SCALES } from '../../bench/rings.ts';
import { runCli } from '../../src/cli/run.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { createEngine } from '../../src/lib/engine/engine.ts';
import { openNodeEngine } from '../../src/lib/engine/node-connector.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import { compareValues } from '../../src/lib/ring/package/csv.ts';
import { completeRingData } from '../../src/lib/ring/package/complete.ts';
import { emptyExtras } from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { decodeValues, encodeValues, memberPeriods } from '../../src/lib/ring/value-columns.ts';
import { generated, rough } from './support/rings.ts';

const FIXTURE = 'tests/fixtures/columnar/before.json';
const PACKAGE = 'tests/fixtures/columnar/ring-50x4.zip';
const RECORD = process.env.RECORD_COLUMNAR === '1';
const catalogue = loadCatalogue();
const specs = catalogue.base_counts.map((b) => ({ id: b.id, kind: b.kind, label: b.label }));

/** JSON that tells -0, NaN, ±Infinity and bigints apart. */
const exact = (_k: string, v: unknown) =>
	typeof v === 'bigint'
		? `${v}n`
		: typeof v === 'number' && (Object.is(v, -0) || !Number.isFinite(v))
			? String(v)
			: v;
const sha = (x: unknown) =>
	createHash('sha256')
		.update(typeof x === 'string' || x instanceof Uint8Array ? x : JSON.stringify(x, exact))
		.digest('hex');

/** Provenance of every shape on two of three values: several files, names that need quoting. */
function withProvenance(ring: Ring): Ring {
	const values = decodeValues(ring.values).map((v, i) =>
		i % 3 === 0
			? v
			: {
					...v,
					source: {
						file: i % 2 ? 'ADVIS Export, 2023 "final".csv' : `export-${v.authority_id}.csv`,
						line: 2 + (i % 5000),
						column: 1 + (i % 40)
					}
				}
	);
	return { ...ring, values: encodeValues(values) };
}

const contents = (t: Table) => ({
	fields: t.schema.fields.map((f) => `${f.name}: ${String(f.type)}`),
	columns: t.schema.fields.map((f) => Array.from(t.getChild(f.name)!))
});

/**
 * A CLI command's output, run in this process (run.ts: what main.ts prints): this test compares output
 * only, so it spares ~34 process starts; cli*.test.ts run the CLI as a process.
 */
async function cli(args: string[]): Promise<string> {
	const r = await runCli(args);
	if (r.code !== 0) throw new Error(`cli ${args.join(' ')}: ${r.code} ${r.stderr}`);
	return r.stdout ?? '';
}

async function packageFigures(ringPath: string) {
	const { data, problems } = await readRingFromPath(ringPath, specs);
	if (!data) throw new Error(problems.map((p) => JSON.stringify(p)).join('\n'));
	const values = decodeValues(data.ring.values).sort(compareValues);
	const out = mkdtempSync(path.join(tmpdir(), 'columnar-'));
	const periods = [...new Set(values.map((v) => v.period))].sort();
	const last = String(periods.at(-1));
	const ids = data.ring.authorities.map((a) => a.authority_id).sort();
	const chosen = [ids[0]!, ids[Math.floor(ids.length / 2)]!, ids.at(-1)!];
	const stats: Record<string, string> = {};
	for (const id of chosen)
		for (const peers of ['size', 'ring', 'nearest'])
			stats[`${id}/${peers}`] = sha(
				await cli(['stats', '--ring', ringPath, '--authority', id, '--period', last, '--peers', peers])
			);
	await cli(['export', '--ring', ringPath, '--out', path.join(out, 'export.zip')]);
	await cli([
		'member-packages',
		'--ring',
		ringPath,
		'--out',
		path.join(out, 'members'),
		'--member',
		chosen[1]!,
		'--round'
	]);
	const members = Object.fromEntries(
		readdirSync(path.join(out, 'members'))
			.sort()
			.map((f) => [f, sha(readFileSync(path.join(out, 'members', f)))])
	);
	return {
		values: values.length,
		withSource: values.filter((v) => v.source).length,
		valuesSha: sha(values),
		exportSha: sha(exportRingZip(data)),
		kpis: sha(await cli(['kpis', '--ring', ringPath])),
		findings: sha(await cli(['findings', '--ring', ringPath])),
		completeness: sha(await cli(['completeness', '--ring', ringPath])),
		stats,
		cliExport: sha(readFileSync(path.join(out, 'export.zip'))),
		releases: sha(await cli(['releases', '--ring', ringPath])),
		datenstand: Object.fromEntries(
			await Promise.all(
				data.extras.releases.map(async (r) => [
					r.id,
					sha(await cli(['kpis', '--ring', ringPath, '--datenstand', r.id]))
				])
			)
		),
		members
	};
}

async function engineFigures(ring: Ring) {
	const conn = await openNodeEngine('wasm');
	try {
		const engine = createEngine(conn, catalogue);
		// The counts as recorded; the periods the load now also reports (no query) are the engine's.
		const { periods: loadedPeriods, ...loaded } = await engine.loadRing(ring);
		const periods = await engine.periods();
		expect(loadedPeriods).toEqual(periods);
		const ids = [...new Set(memberPeriods(ring.values).map((v) => v.authority_id))].sort();
		const stats = [];
		for (const period of periods)
			for (const id of ids)
				for (const type of ['ring', 'size', 'nearest'] as const)
					stats.push(await engine.stats(id, period, { type }));
		const kpis = sha(contents(await engine.kpis())); // (also defines the view base_values)
		const baseValues = contents(await conn.query('SELECT * FROM base_values ORDER BY ALL'));
		return {
			loaded,
			periods,
			kpis,
			baseValues: sha(baseValues),
			stats: sha(stats),
			findings: sha(await engine.findings())
		};
	} finally {
		await conn.close();
	}
}

async function figures() {
	if (RECORD && !existsSync(PACKAGE)) {
		const ring = withProvenance(makeRing(SCALES.small));
		writeFileSync(PACKAGE, exportRingZip(completeRingData({ ring, extras: emptyExtras() })));
	}
	const engines: Record<string, unknown> = {};
	for (const seed of [11, 23]) engines[`generated-${seed}`] = await engineFigures(generated(seed));
	for (const seed of [5, 8]) engines[`rough-${seed}`] = await engineFigures(rough(seed));
	return {
		packages: {
			demo: await packageFigures('data-samples/demo-ring'),
			'ring-50x4': await packageFigures(PACKAGE)
		},
		engines
	};
}

describe('the columnar ring computes what the ring of objects did', () => {
	it('values, provenance, package bytes, CLI output and engine answers', async () => {
		const now = await figures();
		if (RECORD) writeFileSync(FIXTURE, JSON.stringify(now, null, '\t') + '\n');
		expect(now).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
	}, 600_000);
});
