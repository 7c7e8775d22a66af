/**
 * Datenstände in the browser: the demo's hash equals the CLI's (Web Crypto in both), a value corrected
 * after a Datenstand shows „geändert seit …“ on the overview and in every download, the change list
 * names exactly the corrected value (pseudonymously), and a Datenstand frozen in the page travels in
 * the exported package with the hash the CLI computes.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { spreadsheetNumber } from '../../src/lib/format/csv.ts';
import { expect, test } from './fixtures.ts';
import { visit } from './support/visit.ts';
import { axe } from './support/axe.ts';
import { changedAfterRelease, testRing } from './support/packages.ts';

const DEMO_JSON = JSON.parse(readFileSync('data-samples/demo-ring/ring.json', 'utf8'));

function cli(...args: string[]) {
	const r = spawnSync(process.execPath, ['src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 120_000 });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

/** `releases` of the CLI as id → hash. */
function cliHashes(ring: string): Map<string, string> {
	const r = cli('releases', '--ring', ring);
	expect(r.err).toBe('');
	return new Map(
		r.out
			.trimEnd()
			.split('\n')
			.slice(1)
			.map((line) => {
				const [id, , , hash] = line.split(',');
				return [id!, hash!] as const;
			})
	);
}

async function downloadText(page: Page, button: Locator): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return readFileSync((await download.path())!, 'utf8');
}

async function openPackage(page: Page, file: string): Promise<void> {
	await page.goto('./ringe');
	await expect(page.locator('tr[data-ring-id="demo"]')).toBeVisible();
	await page.getByLabel('Ringpaket öffnen (.zip)').setInputFiles(file);
	await expect(page.getByTestId('rings-status')).toContainText('geöffnet und gespeichert');
}

test('the demo ring’s Datenstand: in the header, with the hash the CLI computes', async ({ page }) => {
	await page.goto('./');
	const line = page.getByTestId('datenstand');
	await expect(line).toHaveText(/^Datenstand 2024-1 vom 12\.03\.2025 · [0-9a-f]{8}$/);
	const browserValues = await line.getAttribute('data-values-hash');
	const browserRelease = await line.getAttribute('data-hash');
	const cliRelease = cliHashes('data-samples/demo-ring').get('2024-1');
	expect(cliRelease).toMatch(/^[0-9a-f]{64}$/);
	// The page hashed the current values itself (Web Crypto in the page); the CLI read ring.json's and
	// checked it against the values file (Web Crypto in Node). All three agree.
	expect(browserValues).toBe(cliRelease);
	expect(browserRelease).toBe(cliRelease);
	expect(DEMO_JSON.releases[0].hash).toBe(cliRelease);
	await expect(line).toHaveText(new RegExp(`· ${cliRelease!.slice(0, 8)}$`));
});

test('a value changed after a Datenstand: the notice on the overview and in the downloads, the change list', async ({
	page
}) => {
	const ring = testRing({ members: 20, periods: [2023, 2024], name: 'Ring Korrektur', seed: 5 });
	const { file, changed } = await changedAfterRelease(ring);
	await openPackage(page, file);

	const own = ring.authorities[1]!.authority_id;
	await visit(page, `./?authority=${own}&period=2024&peers=ring`);
	await expect(page.locator('[data-testid="dashboard-view"][aria-busy="false"]')).toBeVisible();
	const notice = page.getByTestId('datenstand');
	await expect(notice).toHaveText(/^geändert seit Datenstand Sitzung März vom 12\.03\.2025 · [0-9a-f]{8}$/);
	await expect(notice).toHaveClass(/changed/);

	const csv = await downloadText(page, page.locator('[data-download="overview-csv"]'));
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	expect(lines[0]!.endsWith(';Datenstand')).toBe(true);
	for (const row of lines.slice(1))
		expect(row).toMatch(
			/;geändert seit Datenstand Sitzung März vom 12\.03\.2025 · [0-9a-f]{8} \(aktuelle Werte · [0-9a-f]{8}\)$/
		);

	await visit(page, `./kpi/avg_processing_days?authority=${own}&period=2024&peers=ring`);
	const chart = page.locator('[data-chart="ranking"]');
	await expect(chart.locator('g.own-bar rect')).toHaveCount(1);
	const svg = await downloadText(page, chart.locator('[data-download="svg"]'));
	expect(svg).toMatch(
		/<text[^>]*class="datenstand"[^>]*>geändert seit Datenstand Sitzung März vom 12\.03\.2025/
	);
	const chartCsv = await downloadText(page, chart.locator('[data-download="csv"]'));
	expect(chartCsv).toContain('geändert seit Datenstand Sitzung März');

	// The change list on Ringe: exactly the corrected value, under its pseudonym, with its KPIs.
	await visit(page, './ringe');
	await expect(page.getByTestId('releases-status')).toContainText('geändert seit Datenstand Sitzung März');
	const table = page.getByTestId('changes');
	await expect(table.locator('tbody tr')).toHaveCount(1);
	const cells = await table.locator('tbody tr').first().locator('th, td').allTextContents();
	expect(cells[0]).toMatch(/^Behörde [A-Z]+$/);
	expect(cells[1]).toBe(String(changed.period));
	expect(cells[2]).toMatch(/Einwohner/);
	expect(cells[5]).not.toBe('');
	const names = ring.authorities.map((a) => a.name);
	const listCsv = await downloadText(page, page.locator('[data-download="changes-csv"]'));
	for (const name of names) expect(listCsv).not.toContain(name);
	const [header, row] = listCsv
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	expect(header).toBe('Mitglied;Erhebungsjahr;Grundzahl-ID;Grundzahl;Vorher;Nachher;Kennzahl-IDs;Von;Bis');
	expect(row).toContain(`;${changed.period};population;`);
	expect(row).toContain(`;${spreadsheetNumber(changed.before)};${spreadsheetNumber(changed.value)};`);

	expect(await axe(page, { include: '[data-testid="releases"]', allRules: true })).toEqual([]);
});

test('freezing a new Datenstand: the notice goes, it survives a reload and the CLI confirms its hash', async ({
	page
}) => {
	const ring = testRing({ members: 15, periods: [2024], name: 'Ring Einfrieren', seed: 9 });
	const { file } = await changedAfterRelease(ring);
	await openPackage(page, file);
	await page.goto('./ringe');
	await expect(page.getByTestId('releases-status')).toContainText('geändert seit');

	await page.getByLabel('Name des neuen Datenstands').fill('Nach Korrektur');
	await page.getByRole('button', { name: 'Datenstand einfrieren' }).click();
	await expect(page.getByTestId('releases-message')).toContainText(
		'Datenstand „Nach Korrektur“ (2024-2) eingefroren'
	);
	const line = page.getByTestId('datenstand');
	await expect(line).toHaveText(/^Datenstand Nach Korrektur vom \d\d\.\d\d\.\d{4} · [0-9a-f]{8}$/);
	await expect(page.getByTestId('changes-none')).toBeVisible();
	// Freezing again without a change is refused.
	await page.getByRole('button', { name: 'Datenstand einfrieren' }).click();
	await expect(page.getByTestId('releases-message')).toContainText(
		'Keine Änderung seit Datenstand Nach Korrektur'
	);

	await page.reload();
	await expect(page.locator('tr[data-release-id]')).toHaveCount(2);
	const browserHash = await page.getByTestId('datenstand').getAttribute('data-hash');

	const row = page.locator('tr.active[data-ring-id]');
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		row.getByRole('button', { name: /Ringpaket exportieren/ }).click()
	]);
	const exported = path.join(mkdtempSync(path.join(tmpdir(), 'export-')), 'ring.zip');
	writeFileSync(exported, readFileSync((await download.path())!));
	const hashes = cliHashes(exported);
	expect([...hashes.keys()]).toEqual(['2024-1', '2024-2']);
	expect(hashes.get('2024-2')).toBe(browserHash);
});

test('the demo ring as shipped is its Datenstand 2024-1: nothing new to freeze', async ({ page }) => {
	await page.goto('./ringe');
	await expect(page.locator('tr[data-ring-id="demo"]')).toBeVisible();
	await expect(page.getByTestId('releases-status')).toHaveText(/Datenstand 2024-1 vom 12\.03\.2025/);
	// The demo is unchanged since its Datenstand: nothing to freeze.
	await page.getByRole('button', { name: 'Datenstand einfrieren' }).click();
	await expect(page.getByTestId('releases-message')).toContainText('Keine Änderung seit Datenstand 2024-1');
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(1);
});
