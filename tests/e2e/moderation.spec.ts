/**
 * /moderation (issue 29): the matrix of the demo ring is the CLI's `completeness`, cell by cell; a
 * status set in the browser survives a reload; axe finds nothing; the matrix is walked by keyboard.
 */
import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures.ts';
import { axe } from './support/axe.ts';
import { matrixDrawn, readMatrixPage } from './support/matrix.ts';

// The first paint waits for DuckDB and the ring's findings: on the shared 2-core machine that takes long.
const LOAD = { timeout: 90_000 };
test.setTimeout(240_000);

test('the matrix equals the CLI completeness of the demo ring, period by period', async ({ page }) => {
	const cli = execFileSync(
		process.execPath,
		['src/cli/main.ts', 'completeness', '--ring', 'data-samples/demo-ring'],
		{
			encoding: 'utf8',
			timeout: 120_000
		}
	);
	const expected = cli.trimEnd().split('\n').slice(1).sort();
	await page.goto('./moderation');
	// The matrix shows deliveries at once; its „Befund“ cells once the engine's findings are in.
	await expect(page.locator('[data-testid="matrix-host"][data-findings="ready"]')).toBeVisible(LOAD);
	const periods = await page.getByTestId('mod-period').locator('option').allTextContents();
	expect(periods).toEqual(['2021', '2022', '2023', '2024']);
	const seen: string[] = [];
	for (const p of periods) {
		await page.getByTestId('mod-period').selectOption(p);
		await expect(page.getByRole('heading', { name: `Vollständigkeit ${p}` })).toBeVisible();
		// The rows in view drawn (a few per frame, the grid busy until then); the others by scrolling.
		await matrixDrawn(page);
		const cells = await readMatrixPage(page);
		// The demo ring's 48 members are one page; every one of them read.
		expect(new Set(cells.map((c) => c.split(',')[0])).size).toBe(48);
		seen.push(...cells.map((c) => c.replace(',', `,${p},`)));
	}
	expect(seen.sort()).toEqual(expected);
});

test('a status set in the browser survives a reload', async ({ page }) => {
	await page.goto('./moderation');
	const bench = page.getByTestId('workbench');
	await expect(bench).toBeVisible(LOAD);
	const row = bench.locator('tbody tr').first();
	const key = await row.getAttribute('data-key');
	await row.getByRole('button', { name: 'Status bearbeiten' }).click();
	await row.locator('form select').selectOption('bestaetigt');
	await row.locator('form textarea').fill('Vom Amt bestätigt: Sondereffekt');
	await row.getByRole('button', { name: 'Status speichern' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Status gespeichert' })).toBeVisible(LOAD);
	await page.reload();
	const again = page.locator(`[data-testid="workbench"] tr[data-key="${key}"]`);
	await expect(again.getByTestId('status')).toHaveText('bestätigt', LOAD);
	await expect(again).toContainText('Vom Amt bestätigt: Sondereffekt');
});

test('/moderation passes axe, also with a cell selected and a query list open', async ({ page }) => {
	await page.goto('./moderation');
	await expect(page.getByTestId('workbench')).toBeVisible(LOAD);
	// One axe pass over the page with every part open (axe over 2,000 matrix cells is slow on this machine).
	await page.locator('td[data-cell="0-0"]').click();
	await expect(page.getByTestId('cell-detail')).toBeVisible();
	await page.getByTestId('query-member').selectOption({ index: 2 });
	await expect(page.getByTestId('query-list')).toBeVisible();
	await matrixDrawn(page);
	expect(await axe(page)).toEqual([]);
});

test('keyboard: arrow keys, Home and End move between matrix cells, Enter shows the cell', async ({
	page
}) => {
	await page.goto('./moderation');
	const first = page.locator('td[data-cell="0-0"]');
	await expect(first).toHaveAttribute('tabindex', '0', LOAD);
	await expect(page.locator('td[data-cell][tabindex="0"]')).toHaveCount(1);
	await first.focus();
	// Polled: a move to a row out of view scrolls it into the box and draws it before it takes the focus.
	const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-cell'));
	await page.keyboard.press('ArrowRight');
	await expect.poll(focused).toBe('0-1');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect.poll(focused).toBe('2-1');
	await page.keyboard.press('End');
	await expect.poll(focused).toBe('2-41');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('Home');
	await expect.poll(focused).toBe('2-0');
	await expect(page.locator('td[data-cell][tabindex="0"]')).toHaveAttribute('data-cell', '2-0');
	// An ARIA grid whose rows are drawn while in view: row and column counts over the whole matrix.
	const grid = page.getByRole('grid', { name: /^Vollständigkeit 2024/ });
	await expect(grid).toHaveAttribute('aria-rowcount', String(48 + 3));
	await expect(grid).toHaveAttribute('aria-colcount', String(42 + 2));
	// Page Down: the page's last row, scrolled into the box (drawn for it), not under the totals.
	await page.keyboard.press('PageDown');
	await expect.poll(focused).toBe('47-0');
	const last = page.locator('[data-testid="matrix"] tbody tr', { has: page.locator(':focus') });
	await expect(last).toHaveAttribute('aria-rowindex', '50');
	const inBox = await page.evaluate(() => {
		const cell = document.activeElement!.getBoundingClientRect();
		const foot = document.querySelector('[data-testid="matrix"] tfoot')!.getBoundingClientRect();
		const head = document.querySelector('[data-testid="matrix"] thead')!.getBoundingClientRect();
		return cell.top >= head.bottom - 1 && cell.bottom <= foot.top + 1;
	});
	expect(inBox).toBe(true);
	await expect(page.locator('[data-testid="matrix"] tbody tr[aria-rowindex="3"]')).toHaveCount(0);
	await page.keyboard.press('PageUp');
	await expect.poll(focused).toBe('0-0');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	await expect.poll(focused).toBe('2-0');
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('cell-detail')).toBeVisible();
	// Tab leaves the matrix: one tab stop for all its cells.
	await page.keyboard.press('Tab');
	await expect.poll(focused).toBeFalsy();
});
