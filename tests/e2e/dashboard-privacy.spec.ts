/**
 * A pseudonymous ring leaks no other member's name: not in the DOM (text, SVG titles, aria labels),
 * not in the URL, not in any download; the CSV downloads are safe against formula injection.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { demoReference } from './support/expected.ts';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { packageFile, testRing } from './support/packages.ts';

async function others(ownIndex: number) {
	const ref = await demoReference();
	expect(ref.ring.meta.disclosure).toBe('pseudonymous');
	const own = ref.ring.authorities[ownIndex]!;
	// A name contained in the own name (e.g. a city in its district's name) cannot be tested.
	return {
		ref,
		own,
		names: ref.ring.authorities.filter((a) => a !== own && !own.name.includes(a.name)).map((a) => a.name)
	};
}

async function downloadText(page: Page, button: Locator): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return (await readFile((await download.path())!)).toString('utf8');
}

function expectNoName(text: string, names: string[], where: string): void {
	for (const name of names) expect(text, `${where} must not contain „${name}“`).not.toContain(name);
}

test('overview and KPI view: no other member name in the page, its tables or its downloads', async ({
	page
}) => {
	const { own, names } = await others(3);
	await page.goto(`./?authority=${own.authority_id}&period=2024&peers=nearest`);
	await expect(page.getByTestId('dashboard-view')).toHaveAttribute('aria-busy', 'false');
	await expect(page.locator('tr[data-kpi]')).not.toHaveCount(0);
	await page.getByText('Wer sind die ähnlichsten Behörden').click();
	await page.getByText('Eigene Vergleichsgruppe bilden').click();
	await expect(page.getByRole('checkbox').first()).toBeVisible();
	const html = await page.content();
	expectNoName(html, names, 'overview');
	expect(html).toContain(own.name);
	expectNoName(
		await downloadText(page, page.locator('[data-download="overview-csv"]')),
		names,
		'overview CSV'
	);

	await page.locator('tr[data-kpi="avg_processing_days"] a').click();
	await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
	expectNoName(decodeURIComponent(page.url()), names, 'URL');
	for (const id of ['ranking', 'trend', 'scatter', 'size-classes']) {
		const chart = page.locator(`[data-chart="${id}"]`);
		expectNoName(await downloadText(page, chart.locator('[data-download="csv"]')), names, `${id} CSV`);
		expectNoName(await downloadText(page, chart.locator('[data-download="svg"]')), names, `${id} SVG`);
	}
	// Charts are drawn when they come near the screen: scroll through all of them first.
	for (const chart of await page.locator('[data-chart]').all()) await chart.scrollIntoViewIfNeeded();
	for (const id of ['ranking', 'trend', 'scatter', 'size-classes'])
		await expect(page.locator(`[data-chart="${id}"] .plot svg`)).toHaveCount(1);
	expectNoName(await page.content(), names, 'KPI view with charts');
	const toTable = page.getByRole('button', { name: 'Als Tabelle anzeigen' });
	while ((await toTable.count()) > 0) await toTable.first().click();
	await expect(page.getByRole('button', { name: 'Als Tabelle anzeigen' })).toHaveCount(0);
	expectNoName(await page.content(), names, 'KPI view with tables');
	// Print shows the same document with another stylesheet.
	await page.emulateMedia({ media: 'print' });
	expectNoName(await page.locator('body').innerText(), names, 'printed KPI view');
});

test('the CSV download neutralises cells that could start a formula', async ({ page }) => {
	const { ref, own } = await others(0);
	const evil = '=HYPERLINK("http://example.invalid","x")';
	await page.goto(`./?authority=${own.authority_id}&period=2024`);
	await expect(page.getByTestId('dashboard-view')).toHaveAttribute('aria-busy', 'false');
	await page.getByText('Eigene Vergleichsgruppe bilden').click();
	await page.getByLabel('Name der Gruppe').fill(evil);
	for (const a of ref.ring.authorities.slice(1, 7))
		await page.getByRole('checkbox', { name: a.authority_id }).check();
	await page.getByRole('button', { name: 'Gruppe speichern und anzeigen' }).click();
	await expect(page.getByLabel('Vergleichsgruppe', { exact: true })).toHaveValue(`custom:${evil}`);
	await expect(page.getByTestId('group-summary')).toContainText('n = 7');
	const csv = await downloadText(page, page.locator('[data-download="overview-csv"]'));
	expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""x"")"`);
	// No cell of any row starts with a formula character (`;`-separated, decimal comma: German Excel).
	for (const line of csv
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n'))
		for (const cell of line.match(/("([^"]|"")*"|[^;]*)(;|$)/g) ?? []) {
			const text = cell.replace(/;$/, '').replace(/^"|"$/g, '');
			expect(text, `cell ${text}`).not.toMatch(/^[=+@]/);
			if (text.startsWith('-'))
				expect(Number.isFinite(Number(text.replace(',', '.'))), `cell ${text}`).toBe(true);
		}
});

test('a ring released as "named" shows every member by name, and only then', async ({ page }) => {
	const ring = testRing({ members: 15, periods: [2023, 2024], name: 'Offener Ring' });
	ring.meta.disclosure = 'named';
	const served = path.resolve('build/test-packages-named');
	mkdirSync(served, { recursive: true });
	copyFileSync(packageFile(ring), path.join(served, 'offen.zip'));
	try {
		const own = ring.authorities[0]!;
		await page.goto(
			`./kpi/cost_per_decision?package=test-packages-named/offen.zip&authority=${own.authority_id}&period=2024&peers=ring`
		);
		await expect(page.locator('[data-testid="kpi-view"][aria-busy="false"]')).toBeVisible();
		await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
		const labels = await page
			.locator('[data-chart="ranking"] rect[aria-label]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
		const others = ring.authorities.slice(1).map((a) => a.name);
		expect(labels.filter((l) => others.some((name) => l.startsWith(`${name}:`))).length).toBeGreaterThan(5);
		expect(labels.some((l) => l.startsWith('Behörde '))).toBe(false);
	} finally {
		rmSync(served, { recursive: true, force: true });
	}
});
