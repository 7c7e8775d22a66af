/**
 * Erroneous values and uncertainty in the production build (issues #19, #27), on the demo ring:
 * Kiel 2023's phone reachability (calls answered > calls received, 106 %) is marked „fehlerhaft“
 * with its finding and unranked in every view, download and print; the KPI view's funnel table and
 * the overview's intervals equal the CLI; the funnel labels its points with pseudonyms only.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { formatInteger, formatUnit } from '../../src/lib/format/index.ts';
import { expect, test } from './fixtures.ts';
import { visit } from './support/visit.ts';
import { demoReference } from './support/expected.ts';

const KIEL = '01002';
const MESSAGE = 'Angenommene Anrufe (12.513) ist größer als Eingehende Anrufe (11.805)';
const pct = (v: string) => formatUnit(Number(v), '%');

function cli(...args: string[]): Record<string, string>[] {
	const r = spawnSync(process.execPath, ['src/cli/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
	expect(r.status, r.stderr).toBe(0);
	const [header, ...lines] = r.stdout.trimEnd().split('\n');
	const cols = header!.split(',');
	return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i]!, v])));
}

async function downloadText(page: Page, button: Locator): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
	return (await readFile((await download.path())!)).toString('utf8');
}

// Each test runs the engine in the page and some the CLI beside it: give them room on a busy machine.
test.slow();

/** The KPI view has drawn the data of the URL's state. */
async function kpiReady(page: Page): Promise<void> {
	await expect(page.locator('[data-testid="kpi-view"][aria-busy="false"]')).toBeVisible({ timeout: 60_000 });
}

async function ready(page: Page, state: string): Promise<void> {
	const view = page.getByTestId('dashboard-view');
	await expect(view).toHaveAttribute('data-state', state);
	await expect(view).toHaveAttribute('aria-busy', 'false');
}

test('Kiel 2023: the fehlerhaft phone reachability is marked and unranked on the overview, in its CSV and in print', async ({
	page
}) => {
	await page.goto(`./?authority=${KIEL}&period=2023&peers=size`);
	await ready(page, `${KIEL}|2023|size`);
	const row = page.locator('tr[data-kpi="phone_reachability"]');
	await expect(row).toHaveAttribute('data-erroneous', 'true');
	await expect(row.locator('td[data-col="own"]')).toContainText('106,0');
	await expect(row.locator('td[data-col="own"] [data-mark="erroneous"]')).toHaveText(/fehlerhaft/);
	await expect(row.getByTestId('finding-message')).toContainText(MESSAGE);
	await expect(row.locator('[data-position]')).toHaveAttribute('data-position', 'erroneous');
	await expect(row.locator('td[data-col="rank"]')).toHaveText('kein Rang (fehlerhaft)');
	await expect(row.locator('td[data-col="direction"]')).toContainText('nicht bewertet');
	await expect(row.locator('td[data-col="distribution"] svg')).toHaveAttribute('aria-label', /fehlerhaft/);
	await expect(row.locator('td[data-col="distribution"] path.own.unrated')).toHaveCount(1);
	// Other KPIs of Kiel are ranked as usual.
	await expect(page.locator('tr[data-kpi="customer_satisfaction"] td[data-col="rank"]')).toHaveText(/von/);
	await expect(page.getByTestId('method-note')).toContainText('Fehlerhafte Werte');

	const csv = await downloadText(page, page.locator('[data-download="overview-csv"]'));
	const line = csv.split('\r\n').find((l) => l.includes(';phone_reachability;'))!;
	expect(line).toContain(';ja;');
	expect(line).toContain(MESSAGE);

	await page.emulateMedia({ media: 'print' });
	await expect(row).toBeVisible();
	expect(await row.innerText()).toContain('fehlerhaft');
	expect(await row.innerText()).toContain(MESSAGE);
});

test('Kiel 2023: marked and unranked in the KPI header, the ranking, its table and download, the trend', async ({
	page
}) => {
	const ref = await demoReference();
	const { rows } = await ref.engine.stats(KIEL, 2023, { type: 'size' });
	const stats = rows.find((r) => r.kpi_id === 'phone_reachability')!;
	await page.goto(`./kpi/phone_reachability?authority=${KIEL}&period=2023&peers=size`);
	await kpiReady(page);
	const standing = page.getByTestId('kpi-standing');
	await expect(standing).toHaveAttribute('data-erroneous', 'true');
	await expect(page.getByTestId('own-value')).toHaveText(formatUnit(stats.own_value, '%'));
	await expect(standing.locator('[data-mark="erroneous"]')).toHaveText(/fehlerhaft/);
	await expect(page.getByTestId('finding-message')).toContainText(MESSAGE);
	await expect(page.getByTestId('rank')).toHaveText('kein Rang (fehlerhaft)');
	await expect(page.getByTestId('position').locator('[data-position]')).toHaveAttribute(
		'data-position',
		'erroneous'
	);
	await expect(page.getByTestId('median-value')).toContainText(
		`n = ${stats.n} · 1 fehlerhafter Wert ausgelassen`
	);

	const ranking = page.locator('[data-chart="ranking"]');
	await expect(ranking.locator('g.own-bar')).toHaveAttribute('fill', '#fff');
	await expect(ranking.locator('g.own-value text')).toContainText('fehlerhaft');
	await expect(ranking.locator('g.peer-bar rect')).toHaveCount(stats.n);
	await ranking.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
	const last = ranking.locator('tbody tr').last();
	await expect(last).toHaveClass(/own/);
	await expect(last.locator('td').nth(1)).toHaveText(''); // rank
	await expect(last).toContainText(MESSAGE);
	const csv = await downloadText(page, ranking.locator('[data-download="csv"]'));
	expect(csv).toContain(`fehlerhaft: Teil größer als Ganzes: ${MESSAGE}`);

	const trend = page.locator('[data-chart="trend"]');
	await trend.scrollIntoViewIfNeeded();
	await trend.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
	await expect(trend.locator('tbody tr', { hasText: '2023' })).toContainText('(fehlerhaft)');

	// The funnel leaves the fehlerhaft value out.
	const funnel = page.locator('[data-chart="funnel"]');
	await funnel.scrollIntoViewIfNeeded();
	await funnel.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
	await expect(funnel.locator('tbody tr')).toHaveCount(stats.n);
	await expect(funnel.locator('tbody tr.own')).toHaveCount(0);
});

test('the KPI view’s funnel table, its flagged list and the overview’s intervals equal the CLI', async ({
	page
}) => {
	const [authority, period] = ['05334', 2024];
	const funnelRows = cli(
		'funnel',
		'--ring',
		'data-samples/demo-ring',
		'--period',
		String(period),
		'--kpi',
		'customer_satisfaction',
		'--peers',
		'size',
		'--authority',
		authority
	);
	const intervals = cli(
		'intervals',
		'--ring',
		'data-samples/demo-ring',
		'--authority',
		authority,
		'--period',
		String(period)
	);

	await page.goto(`./kpi/customer_satisfaction?authority=${authority}&period=${period}&peers=size`);
	await kpiReady(page);
	const funnel = page.locator('[data-chart="funnel"]');
	await funnel.scrollIntoViewIfNeeded();
	await expect(funnel.locator('.plot svg')).toHaveCount(1);
	await expect(funnel.locator('g.target-line line')).toHaveCount(1);
	await expect(funnel.locator('g.limit-95 path')).toHaveCount(2);
	await funnel.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
	const table = await funnel
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent!.trim()))
		);
	const flagText = (f: string) =>
		f === 'alarm' ? 'deutlich auffällig' : f === 'alert' ? 'auffällig' : 'unauffällig';
	expect(table.map((cells) => cells.slice(1))).toEqual(
		funnelRows.map((r) => [
			pct(r.value!),
			formatInteger(Number(r.n)),
			pct(r.target!),
			pct(r.low95!),
			pct(r.high95!),
			pct(r.low998!),
			pct(r.high998!),
			flagText(r.flag!)
		])
	);
	const flagged = funnelRows.filter((r) => r.flag).length;
	await expect(page.getByTestId('funnel-flagged').locator('li')).toHaveCount(flagged);

	await visit(page, `./?authority=${authority}&period=${period}&peers=size`);
	await ready(page, `${authority}|${period}|size`);
	await expect(page.locator('tr[data-kpi="legal_remedy_loss_rate"]').getByTestId('interval')).toContainText(
		'95-%-KI (Näherung)'
	);
	for (const r of intervals) {
		const cell = page.locator(`tr[data-kpi="${r.kpi_id}"] td[data-col="own"]`);
		if (r.ci_low)
			await expect(cell.getByTestId('interval')).toContainText(`${pct(r.ci_low)} – ${pct(r.ci_high!)}`);
		if (r.n) await expect(cell.getByTestId('interval')).toContainText(`n = ${formatInteger(Number(r.n))}`);
	}
});

test('the funnel names other members by pseudonym only: labels, list, table and downloads', async ({
	page
}) => {
	const ref = await demoReference();
	const own = ref.ring.authorities.find((a) => a.authority_id === '05334')!;
	const names = ref.ring.authorities
		.filter((a) => a !== own && !own.name.includes(a.name))
		.map((a) => a.name);
	await page.goto(`./kpi/phone_reachability?authority=${own.authority_id}&period=2024&peers=ring`);
	await kpiReady(page);
	const funnel = page.locator('[data-chart="funnel"]');
	await funnel.scrollIntoViewIfNeeded();
	await expect(funnel.locator('.plot svg')).toHaveCount(1);
	const labels = await funnel.locator('g.flag-label text').allTextContents();
	expect(labels.length).toBeGreaterThan(0);
	// The labels are the names the ranking uses — the ring's pseudonyms — never a member's name.
	const ranking = page.locator('[data-chart="ranking"]');
	await ranking.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
	const shown = new Set(
		await ranking
			.locator('tbody th')
			.evaluateAll((ths) => ths.map((th) => th.firstChild!.textContent!.trim()))
	);
	for (const label of labels) expect(shown.has(label), label).toBe(true);
	const texts = [
		...labels,
		...(await funnel
			.locator('[aria-label]')
			.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''))),
		await page.getByTestId('funnel-flagged').innerText(),
		await downloadText(page, funnel.locator('[data-download="csv"]')),
		await downloadText(page, funnel.locator('[data-download="svg"]'))
	].join('\n');
	for (const name of names) expect(texts, name).not.toContain(name);
	await expect(funnel.locator('g.own-label text')).toHaveText(`◆ ${own.name}`);
});
