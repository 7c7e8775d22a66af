/**
 * The moderator's week on /moderation (issue 29), in the browser against the build:
 * - keyboard only: into the matrix (one tab stop), arrows between cells, out again, on to the
 *   workbench, a status set and saved without the mouse, focus back where it was;
 * - a status survives a ring-package round trip, and a new import that changes the queried value
 *   marks it „korrigiert“;
 * - release states mark values „vorläufig“ on the overview and the KPI view and in their CSV;
 *   „nur freigegebene Daten“ and a member package are what they promise;
 * - the layout: no sideways scrolling of the workbench at 1440 px, a narrow member column on a phone.
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { visit } from './support/visit.ts';

const KIEL_QUERY = '01002,2023,part_exceeds_whole,calls_answered|calls_received';

async function openModeration(page: Page): Promise<void> {
	await visit(page, './moderation');
	await expect(page.getByTestId('workbench')).toBeVisible();
}

async function filterWorkbench(page: Page, filters: Record<string, string>): Promise<void> {
	const bench = page.locator('section.workbench');
	for (const [id, value] of Object.entries(filters))
		await bench.locator(`select[data-filter="${id}"]`).selectOption(value);
}

async function setStatus(page: Page, key: string, status: string, note: string): Promise<void> {
	const row = page.locator(`[data-testid="workbench"] tr[data-key="${key}"]`);
	await row.getByRole('button', { name: 'Status bearbeiten' }).click();
	await row.getByLabel('Status').selectOption(status);
	await row.getByLabel('Notiz').fill(note);
	await row.getByRole('button', { name: 'Status speichern' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Status gespeichert' })).toBeVisible();
}

const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return {
			cell: el?.dataset.cell ?? null,
			tag: el?.tagName ?? '',
			cls: el?.className ?? '',
			row: el?.closest('tr')?.id ?? ''
		};
	});

test('keyboard only: matrix cells with arrow keys, then a finding’s status set and saved', async ({
	page
}) => {
	await openModeration(page);
	await page.getByTestId('mod-period').focus();
	// From the period picker, Tab reaches the matrix after its filters: one tab stop for all cells.
	let tabs = 0;
	while ((await focused(page)).cell === null && tabs++ < 10) await page.keyboard.press('Tab');
	expect((await focused(page)).cell).toBe('0-0');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowDown');
	expect((await focused(page)).cell).toBe('1-1');
	// Polled: a row out of view is scrolled into the box and drawn before it takes the focus.
	const cell = async () => (await focused(page)).cell;
	await page.keyboard.press('PageDown');
	await expect.poll(cell).toBe('47-1');
	await page.keyboard.press('Control+Home');
	await expect.poll(cell).toBe('0-0');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('cell-detail')).toBeVisible();
	// On through the pager and the workbench's filters to the first „Status bearbeiten“.
	tabs = 0;
	while (!(await focused(page)).cls.includes('edit') && tabs++ < 30) await page.keyboard.press('Tab');
	const start = await focused(page);
	expect(start.cls).toContain('edit');
	const row = page.locator(`tr#${start.row}`);
	await page.keyboard.press('Enter');
	await expect(row.getByLabel('Status')).toBeFocused();
	// Escape cancels and gives focus back to the button.
	await page.keyboard.press('Escape');
	await expect(row.locator('button.edit')).toBeFocused();
	await page.keyboard.press('Enter');
	await row.getByLabel('Status').press('ArrowDown'); // offen → Rückfrage gestellt
	await page.keyboard.press('Tab');
	await expect(row.getByLabel('Notiz')).toBeFocused();
	await page.keyboard.type('Per Tastatur gefragt');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Enter');
	await expect(row.getByTestId('status')).toHaveText('Rückfrage gestellt');
	await expect(row).toContainText('Per Tastatur gefragt');
	// The row shows the new status as soon as the ring is saved; focus returns once the save is done.
	await expect(row.locator('button.edit')).toBeFocused();
});

/** Every member released for 2024 but Flensburg (01001), whose 2024 data stays Entwurf. */
async function releaseAllButFlensburg(page: Page): Promise<void> {
	await openModeration(page);
	await page.getByTestId('mod-period').selectOption('2024');
	await page.getByRole('button', { name: 'Alle für 2024 freigeben' }).click();
	await expect(page.getByTestId('release-count')).toHaveText('48 von 48 Mitgliedern freigegeben');
	await page.locator('input[data-release="01001"]').uncheck();
	await expect(page.getByTestId('release-count')).toHaveText('47 von 48 Mitgliedern freigegeben');
}

test('a new import that changes the queried value marks its status korrigiert', async ({ page }) => {
	await openModeration(page);
	await filterWorkbench(page, { member: '01002', period: '2023' });
	await setStatus(page, KIEL_QUERY, 'rueckfrage', 'Anrufe doppelt gezählt?');

	// Kiel corrects its answered calls: 12.513 → 12.000 (still more than received: the finding stays).
	await visit(page, './import');
	await page.getByTestId('file-input').setInputFiles({
		name: 'kiel-korrektur.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('authority_id,period,count_id,value\n01002,2023,calls_answered,12000\n')
	});
	const conflicts = page.getByTestId('conflicts');
	await conflicts.getByLabel(/Entscheidung für 01002, 2023, calls_answered/).selectOption('replace');
	await page.getByRole('button', { name: 'Ergebnis prüfen (Plausibilität)' }).click();
	await page.getByRole('button', { name: 'Import bestätigen und speichern' }).click();
	await expect(page.getByTestId('import-status')).toContainText('Import gespeichert');

	await openModeration(page);
	await filterWorkbench(page, { member: '01002', period: '2023' });
	const row = page.locator(`[data-testid="workbench"] tr[data-key="${KIEL_QUERY}"]`);
	await expect(row.getByTestId('status')).toHaveText('korrigiert');
	await expect(row).toContainText('Werte seit dem Setzen geändert');
	await expect(row).toContainText('12.000');
	await expect(row).toContainText('Anrufe doppelt gezählt?');
});

test('statuses and notes survive a ring-package round trip', async ({ page }) => {
	await openModeration(page);
	await filterWorkbench(page, { member: '01002', period: '2023' });
	await setStatus(page, KIEL_QUERY, 'rueckfrage', 'Anrufe doppelt gezählt?');
	const other = page
		.locator('[data-testid="workbench"] tbody tr')
		.filter({ hasNotText: 'Rückfrage' })
		.first();
	const otherKey = (await other.getAttribute('data-key'))!;
	await setStatus(page, otherKey, 'bestaetigt', 'Sondereffekt, vom Amt bestätigt');

	// Out as a ring package and in again as a new ring: both statuses and notes are there.
	await visit(page, './ringe');
	const downloading = page.waitForEvent('download');
	await page
		.locator('tr.active')
		.getByRole('button', { name: /Ringpaket exportieren/ })
		.click();
	const file = (await (await downloading).path())!;
	const files = unzipSync(readFileSync(file));
	const statusCsv = Object.entries(files).find(([p]) => p.endsWith('/finding_status.csv'))!;
	expect(new TextDecoder().decode(statusCsv[1])).toContain('Anrufe doppelt gezählt?');
	await page.getByLabel('Ringpaket öffnen (.zip)').setInputFiles(file);
	await expect(page.getByTestId('rings-status')).toContainText('geöffnet');
	await openModeration(page);
	const row = page.locator(`[data-testid="workbench"] tr[data-key="${KIEL_QUERY}"]`);
	await expect(row.getByTestId('status')).toHaveText('Rückfrage gestellt');
	await expect(row).toContainText('Anrufe doppelt gezählt?');
	const back = page.locator(`[data-testid="workbench"] tr[data-key="${otherKey}"]`);
	await expect(back.getByTestId('status')).toHaveText('bestätigt');
	await expect(back).toContainText('Sondereffekt, vom Amt bestätigt');
});

test('release states: „vorläufig“ on the overview and in its CSV', async ({ page }) => {
	await releaseAllButFlensburg(page);
	// Flensburg's own 2024 data is Entwurf: its values and the group's are vorläufig.
	await visit(page, './?authority=01001&period=2024&peers=ring');
	await expect(page.getByTestId('provisional-note')).toHaveText(
		'Vorläufig: Die Daten von Flensburg, Stadt für 2024 sind noch nicht freigegeben (Entwurf).'
	);
	const own = page.locator('td[data-col="own"] [data-mark="provisional"]');
	await expect(own.first()).toHaveText('vorläufig');
	const downloading = page.waitForEvent('download');
	await page.locator('[data-download="overview-csv"]').click();
	const csv = Papa.parse<string[]>(
		readFileSync((await (await downloading).path())!, 'utf8').replace(/^\uFEFF/, '')
	).data;
	const header = csv[0]!;
	expect(csv[1]![header.indexOf('Eigener Wert vorläufig')]).toBe('ja');
	expect(csv[1]![header.indexOf('Gruppenwerte vorläufig')]).toBe('ja');
});

test('release states: a released member sees the group vorläufig; a year without states is Entwurf', async ({
	page
}) => {
	await releaseAllButFlensburg(page);
	// Kiel's data is released; the group (the ring) holds one draft: median and rank are vorläufig.
	await visit(page, './?authority=01002&period=2024&peers=ring');
	await expect(page.getByTestId('provisional-note')).toContainText(
		'1 der 48 Mitglieder der Vergleichsgruppe'
	);
	await expect(page.locator('td[data-col="own"] [data-mark="provisional"]')).toHaveCount(0);
	await expect(page.locator('td[data-col="median"] [data-mark="provisional"]').first()).toBeVisible();
	// 2023 has no release states: every 2023 value is Entwurf now that the ring uses releases.
	await visit(page, './kpi/phone_reachability?authority=01002&period=2023&peers=ring');
	await expect(page.locator('[data-chart="ranking"] [data-testid="chart-note"]')).toHaveText(
		/Vorläufig: \d+ der \d+ gezeigten Werte beruhen auf noch nicht freigegebenen Daten \(Entwurf\)\./
	);
});

test('„nur freigegebene Daten“: the export holds exactly the released member-years', async ({ page }) => {
	await releaseAllButFlensburg(page);
	await visit(page, './ringe');
	await page.getByTestId('export-released-only').check();
	const exporting = page.waitForEvent('download');
	await page
		.locator('tr.active')
		.getByRole('button', { name: /Ringpaket exportieren/ })
		.click();
	const zip = unzipSync(readFileSync((await (await exporting).path())!));
	const text = (end: string) =>
		new TextDecoder().decode(Object.entries(zip).find(([p]) => p.endsWith(end))![1]);
	expect(JSON.parse(text('/ring.json')).scope).toEqual({ released_only: true });
	const held = new Set(
		text('/counts/base_values.csv')
			.trimEnd()
			.split('\n')
			.slice(1)
			.map((l) => l.split(',').slice(0, 2).join(','))
	);
	expect(held.size).toBe(47);
	expect([...held].every((k) => k.endsWith(',2024') && !k.startsWith('01001,'))).toBe(true);
	await expect(page.getByTestId('rings-status')).toContainText(
		'nur freigegebene Daten: 47 von 192 Mitglied-Jahren'
	);
});

test('a member package names no other member', async ({ page }) => {
	await openModeration(page);
	await page.getByTestId('mpkg-member').selectOption('01002');
	const packaging = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Paket für dieses Mitglied herunterladen' }).click();
	const member = unzipSync(readFileSync((await (await packaging).path())!));
	const all = Object.values(member)
		.map((b) => new TextDecoder().decode(b))
		.join('\n');
	const authorities = readFileSync('data-samples/demo-ring/authorities.csv', 'utf8')
		.trimEnd()
		.split('\n')
		.slice(1);
	for (const line of authorities) {
		const [id] = line.split(',');
		const name = line.match(/^[^,]+,"?([^,"]+)/)![1]!;
		if (id === '01002') continue;
		expect(all.includes(name), name).toBe(false);
		expect(new RegExp(`(^|[,\\n])${id}([,\\n]|$)`).test(all), id!).toBe(false);
	}
	await expect(page.getByTestId('mpkg-status')).toContainText('Mitgliederpaket für');
});

test('layout: the workbench fits 1440 px; the matrix member column is narrow on a phone', async ({
	page
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await openModeration(page);
	const wide = await page.evaluate(() => {
		const table = document.querySelector('[data-testid="workbench"]')!;
		return {
			page: document.documentElement.scrollWidth,
			view: window.innerWidth,
			table: table.scrollWidth,
			box: table.parentElement!.clientWidth
		};
	});
	expect(wide.page).toBeLessThanOrEqual(wide.view);
	expect(wide.table).toBeLessThanOrEqual(wide.box);
	await page.screenshot({ path: 'test-results/moderation-1440.png', fullPage: false });
	await page.getByTestId('workbench').scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/moderation-workbench-1440.png' });

	await page.setViewportSize({ width: 390, height: 844 });
	await page.getByTestId('matrix').scrollIntoViewIfNeeded();
	const column = await page.locator('[data-testid="matrix"] tbody th').first().boundingBox();
	expect(column!.width).toBeLessThan(390 * 0.36);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
	await page.screenshot({ path: 'test-results/moderation-matrix-390.png' });
	await page.getByTestId('workbench').scrollIntoViewIfNeeded();
	await page.screenshot({ path: 'test-results/moderation-workbench-390.png' });
});
