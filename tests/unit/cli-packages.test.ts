/**
 * The CLI's `export --released-only` and `member-packages` (issue 29) on a copy of the demo ring: the
 * released-only package holds exactly the released member-periods; a member package holds no other
 * member's name or key; a ring whose pseudonym keys are not stored is refused until `export` stored them.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { cliInProcess } from './support/cli.ts';

const DEMO = 'data-samples/demo-ring';

const cli = cliInProcess;

function demoCopy(): string {
	const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ring-')), 'demo');
	cpSync(DEMO, dir, { recursive: true });
	// 2024 released for the first 20 members, 2023 for all, one 2024 row explicitly Entwurf.
	const ids = readFileSync(path.join(dir, 'authorities.csv'), 'utf8')
		.trimEnd()
		.split('\n')
		.slice(1)
		.map((l) => l.split(',')[0]!)
		.sort();
	const rows = ids.flatMap((id, i) => [
		`${id},2023,freigegeben,2025-03-20`,
		...(i < 20 ? [`${id},2024,freigegeben,2025-03-20`] : i === 20 ? [`${id},2024,entwurf,2025-03-20`] : [])
	]);
	writeFileSync(
		path.join(dir, 'member_releases.csv'),
		`authority_id,period,state,date\n${rows.join('\n')}\n`
	);
	return dir;
}

const unzipText = (file: string) =>
	Object.fromEntries(
		Object.entries(unzipSync(readFileSync(file))).map(([p, b]) => [
			p.split('/').slice(1).join('/'),
			new TextDecoder().decode(b)
		])
	);

describe('cli export --released-only', () => {
	it('writes exactly the released member-periods and says so in ring.json', async () => {
		const dir = demoCopy();
		const out = path.join(path.dirname(dir), 'frei.zip');
		const r = await cli('export', '--ring', dir, '--out', out, '--released-only');
		expect([r.code, r.err]).toEqual([
			0,
			expect.stringMatching(/nur freigegebene Daten – \d+ von 192 Mitglied-Jahren/)
		]);
		const files = unzipText(out);
		expect(JSON.parse(files['ring.json']!).scope).toEqual({ released_only: true });
		const held = new Set(
			files['counts/base_values.csv']!.trimEnd()
				.split('\n')
				.slice(1)
				.map((l) => l.split(',').slice(0, 2).join(','))
		);
		const released = new Set(
			readFileSync(path.join(dir, 'member_releases.csv'), 'utf8')
				.trimEnd()
				.split('\n')
				.slice(1)
				.filter((l) => l.endsWith('freigegeben,2025-03-20'))
				.map((l) => l.split(',').slice(0, 2).join(','))
		);
		expect([...held].sort()).toEqual([...released].sort());
		expect(held.size).toBe(48 + 20);
		// Read back: the app's reader accepts it.
		expect((await cli('completeness', '--ring', out, '--period', '2024')).code).toBe(0);
	});

	it('refuses a ring without any released member-period', async () => {
		const r = await cli(
			'export',
			'--ring',
			DEMO,
			'--out',
			path.join(mkdtempSync(path.join(tmpdir(), 'x-')), 'a.zip'),
			'--released-only'
		);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(/keine freigegebenen Mitglied-Jahre/);
	});
});

describe('cli member-packages', () => {
	it('one package per member, none naming another member', async () => {
		const dir = demoCopy();
		const out = path.join(path.dirname(dir), 'pakete');
		const r = await cli('member-packages', '--ring', dir, '--out', out, '--released-only', '--round');
		expect(r.code).toBe(0);
		const written = r.out.trimEnd().split('\n');
		expect(written).toHaveLength(48);
		const authorities = readFileSync(path.join(DEMO, 'authorities.csv'), 'utf8')
			.trimEnd()
			.split('\n')
			.slice(1);
		const kiel = written.find((f) => f.endsWith('-01002.zip'))!;
		const files = unzipText(kiel);
		const text = Object.values(files).join('\n');
		const tokens = new Set(text.split(/[\s,"/|:;()]+/));
		for (const line of authorities) {
			const id = line.split(',')[0]!;
			if (id === '01002') continue;
			const name = line.match(/^[^,]+,"?([^,"]+)/)![1]!;
			expect(tokens.has(id), id).toBe(false);
			expect(text.includes(name), name).toBe(false);
		}
		expect(JSON.parse(files['ring.json']!).scope).toEqual({
			member: '01002',
			released_only: true,
			rounded: ['foreign_population', 'population']
		});
		expect(files['size_classes.csv']).toMatch(/^authority_id,period,size_class\n/);
	});

	it('a ring whose pseudonym keys are not stored is refused; export stores them', async () => {
		const dir = demoCopy();
		const file = path.join(dir, 'pseudonyms.csv');
		const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
		writeFileSync(
			file,
			['authority_id,label', ...lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))].join('\n') +
				'\n'
		);
		const out = path.join(path.dirname(dir), 'pakete');
		const refused = await cli('member-packages', '--ring', dir, '--out', out);
		expect(refused.code).toBe(2);
		expect(refused.err).toMatch(/führt keine Pseudonym-Schlüssel/);
		const zip = path.join(path.dirname(dir), 'mit-schluesseln.zip');
		expect((await cli('export', '--ring', dir, '--out', zip)).code).toBe(0);
		const a = await cli('member-packages', '--ring', zip, '--out', out, '--member', '05315');
		const b = await cli('member-packages', '--ring', zip, '--out', `${out}-2`, '--member', '05315');
		expect([a.code, b.code]).toEqual([0, 0]);
		expect(readFileSync(a.out.trim())).toEqual(readFileSync(b.out.trim()));
	});
});
