/**
 * `cli report` as users run it: a real process writes the PDF (atomically) from a ring folder, with
 * the department's texts from the ring's report-texts.json (ring part `report_texts`) and the
 * Datenstand it was asked for; bad arguments, an unknown Datenstand or engine and a broken texts file
 * end in German lines and exit 2 / 1, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPdf, squash } from '../fixtures/report.ts';
import { cliInProcess } from './support/cli.ts';

const DEMO = 'data-samples/demo-ring';

function cli(...args: string[]) {
	const r = spawnSync(process.execPath, ['src/cli/main.ts', 'report', ...args], {
		encoding: 'utf8',
		timeout: 240_000
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('cli report', () => {
	it('writes the tagged PDF with the texts stored in the ring', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'report-cli-'));
		const ring = path.join(dir, 'ring');
		cpSync(DEMO, ring, { recursive: true });
		const texts = {
			texts: [
				{
					authority_id: '01001',
					period: 2023,
					addressee: 'Hauptausschuss, Sitzung am 05.05.2025',
					summary: 'Alles im Plan.',
					comments: {}
				}
			]
		};
		writeFileSync(path.join(ring, 'report-texts.json'), JSON.stringify(texts));
		const out = path.join(dir, 'bericht.pdf');
		const r = cli(
			'--ring',
			ring,
			'--authority',
			'01001',
			'--period',
			'2024',
			'--datenstand',
			'2024-1',
			'--format',
			'pdf',
			'--out',
			out
		);
		expect(r.err).toMatch(/bericht\.pdf: PDF, \d+ Bytes/);
		expect(r.code).toBe(0);
		expect(readdirSync(dir).sort()).toEqual(['bericht.pdf', 'ring']); // no temporary file left
		const pdf = await readPdf(new Uint8Array(readFileSync(out)));
		const text = squash(pdf.pages.join(' '));
		// Last year's texts start this year's report.
		expect(text).toContain('Hauptausschuss, Sitzung am 05.05.2025');
		expect(text).toContain('Alles im Plan.');
		expect(text).toContain('Kennzahlenvergleich 2024');
		// The figures are Datenstand 2024-1's: named on the title page and in the running header.
		expect(text).toContain(
			'Flensburg, Stadt · Erhebungsjahr 2024 · Datenstand 2024-1 vom 12.03.2025 · e7c75142'
		);
		expect(text).toContain(
			'beruht auf dem eingefrorenen Datenstand 2024-1 vom 12.03.2025 · e7c75142; Prüfsumme der Werte (SHA-256): e7c751423e52b3261eab3db324c9acfd7acce74c3b7c2eb984ac36c67d7ef0ac'
		);
	}, 300_000);

	// What the command says, run in this test's process (the process around it is the test above's).
	const said = async (...args: string[]) => cliInProcess('report', ...args);

	it('says in German what is wrong, exit 2 for arguments and 1 for a broken texts file', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'report-cli-'));
		const out = path.join(dir, 'x.pdf');
		const format = await said(
			'--ring',
			DEMO,
			'--authority',
			'01001',
			'--period',
			'2024',
			'--format',
			'odt',
			'--out',
			out
		);
		expect([format.code, format.err]).toEqual([2, '--format erwartet pdf oder docx, nicht „odt“.\n']);
		const missing = await said('--ring', DEMO, '--authority', '01001', '--period', '2024');
		expect(missing.code).toBe(2);
		expect(missing.err).toContain('report braucht --ring, --authority, --period, --format und --out.');
		const stranger = await said(
			'--ring',
			DEMO,
			'--authority',
			'99999',
			'--period',
			'2024',
			'--format',
			'pdf',
			'--out',
			out
		);
		expect([stranger.code, stranger.err]).toEqual([
			2,
			`Behörde „99999“ ist nicht Mitglied des Rings ${DEMO}.\n`
		]);
		const ring = path.join(dir, 'ring');
		cpSync(DEMO, ring, { recursive: true });
		writeFileSync(path.join(ring, 'report-texts.json'), '{"texts": [], "colour": 1}');
		const broken = await said(
			'--ring',
			ring,
			'--authority',
			'01001',
			'--period',
			'2024',
			'--format',
			'pdf',
			'--out',
			out
		);
		expect(broken.code).toBe(1);
		expect(broken.err).toBe(
			`${path.join(ring, 'report-texts.json')}:1:1: report-texts.json: Schlüssel „colour“ gibt es in format_version 2 nicht (von einer neueren App?); das Paket wurde nicht gelesen.\n`
		);
		const args = [
			'--ring',
			DEMO,
			'--authority',
			'01001',
			'--period',
			'2024',
			'--format',
			'pdf',
			'--out',
			out
		];
		const release = await said(...args, '--datenstand', 'nope');
		expect([release.code, release.err]).toEqual([
			2,
			`Datenstand „nope“ gibt es im Ring ${DEMO} nicht (vorhanden: 2024-1).\n`
		]);
		const group = await said(...args, '--peers', 'custom:Nord');
		expect(group.code).toBe(2);
		expect(group.err).toContain('Unbekannte Vergleichsgruppe „custom:Nord“');
		// The engine comes from VERGLEICHSRING_ENGINE, as for every computing command.
		const engine = spawnSync(process.execPath, ['src/cli/main.ts', 'report', ...args], {
			encoding: 'utf8',
			env: { ...process.env, VERGLEICHSRING_ENGINE: 'bogus' }
		});
		expect([engine.status, engine.stderr]).toEqual([
			2,
			'Unbekannte Engine „bogus“ in VERGLEICHSRING_ENGINE (native|wasm).\n'
		]);
		for (const r of [format, missing, stranger, broken, release, group]) noStackTrace(r.err);
		expect(existsSync(out)).toBe(false);
	}, 120_000);
});
