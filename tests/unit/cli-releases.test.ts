/**
 * The CLI and Datenstände (formats.md): `releases` lists them; `kpis` and `stats` with
 * `--datenstand <id>` compute on the frozen values, not on values corrected afterwards.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cliInProcess } from './support/cli.ts';

const DEMO = 'data-samples/demo-ring';

const cli = cliInProcess;

/** The demo with one value corrected after its Datenstand: 01001's population 2024, 95236 → 95300. */
function corrected(): string {
	const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ring-')), 'demo');
	cpSync(DEMO, dir, { recursive: true });
	const file = path.join(dir, 'counts', 'grundzahlen-2024.csv');
	const text = readFileSync(file, 'utf8');
	expect(text).toContain('\n01001,2024,95236,');
	writeFileSync(file, text.replace('\n01001,2024,95236,', '\n01001,2024,95300,'));
	return dir;
}

describe('cli releases', () => {
	it('lists the Datenstände: id,name,created,hash,member_periods', async () => {
		const r = await cli('releases', '--ring', DEMO);
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		const values = readFileSync(path.join(DEMO, 'releases', '2024-1', 'base_values.csv'));
		const hash = createHash('sha256').update(values).digest('hex');
		const pairs = new Set(
			values
				.toString('utf8')
				.trimEnd()
				.split('\n')
				.slice(1)
				.map((l) => l.split(',').slice(0, 2).join('|'))
		);
		expect(r.out).toBe(
			`id,name,created,hash,member_periods\n2024-1,2024-1,2025-03-12T09:00:00Z,${hash},${pairs.size}\n`
		);
	});

	it('a ring without Datenstände: the header only; no --ring: exit 2', async () => {
		const r = await cli('releases', '--ring', 'tests/fixtures/ingest/ring-demo');
		expect([r.code, r.out]).toEqual([0, 'id,name,created,hash,member_periods\n']);
		expect((await cli('releases')).code).toBe(2);
	});

	it('a Datenstand whose values were changed by hand: exit 1, the file named', async () => {
		const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ring-')), 'demo');
		cpSync(DEMO, dir, { recursive: true });
		const file = path.join(dir, 'releases', '2024-1', 'base_values.csv');
		writeFileSync(
			file,
			readFileSync(file, 'utf8').replace(
				'\n01001,2021,appointments_booked,1456\n',
				'\n01001,2021,appointments_booked,1457\n'
			)
		);
		const r = await cli('releases', '--ring', dir);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/releases\/2024-1\/base_values\.csv:1:1: Prüfsumme stimmt nicht/);
	});
});

describe('--datenstand', () => {
	let dir: string;
	let frozen: string;
	beforeAll(async () => {
		dir = corrected();
		frozen = (await cli('kpis', '--ring', DEMO, '--period', '2024')).out;
	}, 120_000);

	it('kpis on a Datenstand equal the KPIs of the values then, not the corrected ones', async () => {
		const atRelease = await cli('kpis', '--ring', dir, '--period', '2024', '--datenstand', '2024-1');
		expect(atRelease.code).toBe(0);
		expect(atRelease.out).toBe(frozen);
		const now = await cli('kpis', '--ring', dir, '--period', '2024');
		expect(now.out).not.toBe(frozen);
		const changed = now.out.split('\n').filter((line, i) => line !== frozen.split('\n')[i]);
		expect(changed.length).toBeGreaterThan(0);
		expect(changed.every((line) => line.startsWith('01001,2024,'))).toBe(true);
	}, 120_000);

	it('stats take it too; an unknown Datenstand is exit 2 with the ones there are', async () => {
		const stats = await cli(
			'stats',
			'--ring',
			dir,
			'--authority',
			'01001',
			'--period',
			'2024',
			'--datenstand',
			'2024-1'
		);
		expect(stats.code).toBe(0);
		expect(stats.out).toBe(
			(await cli('stats', '--ring', DEMO, '--authority', '01001', '--period', '2024')).out
		);
		const unknown = await cli('kpis', '--ring', dir, '--datenstand', '2023-7');
		expect(unknown.code).toBe(2);
		expect(unknown.err).toBe(`Datenstand „2023-7“ gibt es im Ring ${dir} nicht (vorhanden: 2024-1).\n`);
	}, 120_000);
});
