/**
 * The CLI's `completeness` and `findings` (formats.md, issue 29): the matrix of the demo ring equals an
 * independent count from the ring's own files, every `finding` cell is one a finding names, and a
 * status stored in the ring reads „korrigiert“ once a new import changes the value it was set on.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from './support/cli.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';

const DEMO = 'data-samples/demo-ring';
const catalogue = loadCatalogue();

const cli = cliInProcess;

/** Split simple CSV lines (the demo's files and the CLI's id columns hold no quoted comma). */
const rows = (text: string) =>
	text
		.trimEnd()
		.split('\n')
		.map((l) => l.split(','));

/** Delivered cells read straight from the demo's files, wide and long layouts. */
function deliveredFromFiles(): Set<string> {
	const delivered = new Set<string>();
	const dir = path.join(DEMO, 'counts');
	for (const name of readdirSync(dir)) {
		const [header = [], ...body] = rows(readFileSync(path.join(dir, name), 'utf8'));
		const long = header.join(',') === 'authority_id,period,count_id,value';
		for (const r of body)
			if (long) {
				if (r[3] !== '') delivered.add(`${r[0]},${r[1]},${r[2]}`);
			} else
				header.slice(2).forEach((count, i) => {
					if (r[i + 2] !== '' && r[i + 2] !== undefined) delivered.add(`${r[0]},${r[1]},${count}`);
				});
	}
	return delivered;
}

describe('cli completeness and findings on the demo ring', () => {
	it('one row per member × period × base count; delivered/missing as the files say; finding cells as findings name', async () => {
		const c = await cli('completeness', '--ring', DEMO);
		const f = await cli('findings', '--ring', DEMO);
		expect([c.code, c.err, f.code, f.err]).toEqual([0, '', 0, '']);
		const members = rows(readFileSync(path.join(DEMO, 'authorities.csv'), 'utf8'))
			.slice(1)
			.map((r) => r[0]!);
		const periods = JSON.parse(readFileSync(path.join(DEMO, 'ring.json'), 'utf8')).periods as number[];
		const delivered = deliveredFromFiles();
		const [fHeader, ...fRows] = rows(f.out.replace(/"[^"]*"/g, 'MSG'));
		expect(fHeader).toEqual([
			'authority_id',
			'period',
			'rule',
			'severity',
			'count_ids',
			'kpi_ids',
			'message',
			'status'
		]);
		const touched = new Set(fRows.flatMap((r) => r[4]!.split('|').map((id) => `${r[0]},${r[1]},${id}`)));
		const expected = ['authority_id,period,count_id,status'];
		for (const a of [...members].sort())
			for (const p of periods)
				for (const b of catalogue.base_counts) {
					const k = `${a},${p},${b.id}`;
					expected.push(`${k},${!delivered.has(k) ? 'missing' : touched.has(k) ? 'finding' : 'delivered'}`);
				}
		expect(c.out).toBe(expected.join('\n') + '\n');
		expect(expected.length - 1).toBe(48 * 4 * 42);
		// The demo has each kind of cell.
		for (const s of ['delivered', 'missing', 'finding']) expect(c.out).toContain(`,${s}\n`);
	});

	it('--period gives that period only; a period outside the ring or no --ring is exit 2', async () => {
		const r = await cli('completeness', '--ring', DEMO, '--period', '2022');
		expect(r.code).toBe(0);
		const body = rows(r.out).slice(1);
		expect(body.length).toBe(48 * 42);
		expect(body.every((row) => row[1] === '2022')).toBe(true);
		const outside = await cli('completeness', '--ring', DEMO, '--period', '2019');
		expect(outside.code).toBe(2);
		expect(outside.err).toMatch(/Jahr 2019 gehört nicht zum Ring/);
		expect((await cli('findings')).code).toBe(2);
	});

	it('statuses from the ring; a re-import that changes a queried value reads korrigiert', async () => {
		const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ring-')), 'demo');
		cpSync(DEMO, dir, { recursive: true });
		writeFileSync(
			path.join(dir, 'finding_status.csv'),
			'authority_id,period,rule,ids,status,date,values,note\n' +
				'01002,2023,part_exceeds_whole,calls_answered|calls_received,rueckfrage,2025-03-14,12513|11805,Bitte prüfen\n' +
				'04011,2023,large_change,visits,bestaetigt,2025-03-15,17189|29122,"Neues Bürgeramt, mehr Vorsprachen"\n'
		);
		const line = (out: string, prefix: string) => out.split('\n').find((l) => l.startsWith(prefix));
		const before = await cli('findings', '--ring', dir);
		expect(before.err).toBe('');
		expect(line(before.out, '01002,2023,part_exceeds_whole')).toMatch(/,rueckfrage$/);
		expect(line(before.out, '04011,2023,large_change')).toMatch(/,bestaetigt$/);
		const file = path.join(dir, 'counts', 'grundzahlen-2023.csv');
		const text = readFileSync(file, 'utf8');
		expect(text).toContain(',12513,');
		writeFileSync(file, text.replace(',12513,', ',12000,'));
		const after = await cli('findings', '--ring', dir);
		expect(line(after.out, '01002,2023,part_exceeds_whole')).toMatch(/\(12\.000\).*,korrigiert$/);
		expect(line(after.out, '04011,2023,large_change')).toMatch(/,bestaetigt$/);
	});
});
