/**
 * Dashboard values in Chromium equal what the engine computes (Node build, same ring files):
 * overview rows (own value, median, rank, quartile position) and the KPI view (ranking, standing,
 * trend table), for chosen authority, period and peer group; URL state; downloads.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { formatUnit, type Unit } from '../../src/lib/format/index.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { PeerSpec } from '../../src/lib/engine/peers.ts';
import { spreadsheetCell, spreadsheetNumber } from '../../src/lib/format/csv.ts';
import { expect, test } from './fixtures.ts';
import { demoReference } from './support/expected.ts';

const catalogue = loadCatalogue();
const kpiDef = (id: string) => catalogue.kpis.find((k) => k.id === id)!;
const fmt = (v: number | null, unit: string) => formatUnit(v, unit as Unit);

interface Row {
	kpi_id: string;
	n: number;
	median: number | null;
	own_value: number | null;
	rank: number | null;
	position: string | null;
	erroneous: unknown[] | null;
	respondents: number | null;
	ci_low: number | null;
	ci_high: number | null;
}

async function expectedRows(authority: string, period: number, spec: PeerSpec) {
	const ref = await demoReference();
	const s = await ref.engine.stats(authority, period, spec);
	return { group: s.group, rows: s.rows as Row[] };
}

/** The badge by the precedence of catalogue.md: fehlerhaft → under 50 respondents → median inside the interval → quartile. */
function badge(row: Row): string {
	const kpi = kpiDef(row.kpi_id);
	if (row.own_value === null) return 'missing';
	if (row.erroneous) return 'erroneous';
	if (row.position === null) return 'missing';
	if (kpi.polarity === 'none') return 'none';
	if (row.respondents !== null && row.respondents < 50) return 'small_sample';
	if (row.n < 5) return 'too_small';
	if (row.ci_low !== null && row.ci_high !== null && row.median !== null)
		if (row.ci_low <= row.median && row.median <= row.ci_high) return 'indistinct';
	return row.position;
}

function rankText(row: Row): string {
	if (kpiDef(row.kpi_id).polarity === 'none') return '–';
	if (row.erroneous) return 'kein Rang (fehlerhaft)';
	if (row.respondents !== null && row.respondents < 50) return 'kein Rang (unter 50 Befragten)';
	return row.rank === null ? 'kein Rang' : `${row.rank} von ${row.n}`;
}

async function ready(page: Page, state: string): Promise<void> {
	const view = page.getByTestId('dashboard-view');
	await expect(view).toHaveAttribute('data-state', state);
	await expect(view).toHaveAttribute('aria-busy', 'false');
}

test.describe('overview', () => {
	for (const [index, period, peers, spec] of [
		[3, 2024, 'size', { type: 'size' }],
		[10, 2022, 'kind', { type: 'kind' }]
	] as const) {
		test(`every KPI row equals the engine (authority #${index}, ${period}, ${peers})`, async ({ page }) => {
			const ref = await demoReference();
			const own = ref.ring.authorities[index]!.authority_id;
			const { group, rows } = await expectedRows(own, period, spec);
			await page.goto(`./?authority=${own}&period=${period}&peers=${peers}`);
			await ready(page, `${own}|${period}|${peers}`);
			await expect(page.getByTestId('group-summary')).toContainText(`n = ${group.members.length}`);
			expect(rows).toHaveLength(catalogue.kpis.length);
			for (const row of rows) {
				const kpi = kpiDef(row.kpi_id);
				const tr = page.locator(`tr[data-kpi="${row.kpi_id}"]`);
				await expect(tr.locator('td[data-col="own"] > span').first()).toHaveText(
					fmt(row.own_value, kpi.unit)
				);
				await expect(tr.locator('td[data-col="median"]')).toHaveText(fmt(row.median, kpi.unit));
				await expect(tr.locator('td[data-col="rank"]')).toHaveText(rankText(row));
				await expect(tr.locator('[data-position]')).toHaveAttribute('data-position', badge(row));
			}
			// Fields in catalogue order, the colour note present.
			const fields = await page
				.locator('table.overview')
				.evaluateAll((ts) => ts.map((t) => t.getAttribute('data-field')));
			expect(fields).toEqual(catalogue.fields.map((f) => f.id));
			await expect(page.getByTestId('colour-note')).toContainText('relativ zur Gruppe');
		});
	}

	test('pickers change the URL, the URL restores the view, links carry the state', async ({ page }) => {
		const ref = await demoReference();
		const [first, second] = ref.ring.meta.periods;
		const own = ref.ring.authorities[0]!.authority_id;
		await page.goto(`./?period=${first}`);
		// Missing parameters are filled in, so the address always reproduces the view.
		await expect(page).toHaveURL(new RegExp(`authority=${own}&period=${first}&peers=size`));
		await expect(page.getByLabel('Erhebungsjahr', { exact: true })).toHaveValue(String(first));
		await page.getByLabel('Erhebungsjahr', { exact: true }).selectOption(String(second));
		await expect(page).toHaveURL(new RegExp(`period=${second}`));
		await page.getByLabel('Vergleichsgruppe', { exact: true }).selectOption('ring');
		await expect(page).toHaveURL(/peers=ring/);
		await ready(page, `${own}|${second}|ring`);
		await expect(page.getByTestId('group-summary')).toContainText(`n = ${ref.ring.authorities.length}`);
		await page.reload();
		await expect(page.getByLabel('Vergleichsgruppe', { exact: true })).toHaveValue('ring');
		await expect(page.getByLabel('Erhebungsjahr', { exact: true })).toHaveValue(String(second));
		await page.locator('tr[data-kpi="cost_per_decision"] a').click();
		await expect(page).toHaveURL(
			new RegExp(`/kpi/cost_per_decision\\?authority=${own}&period=${second}&peers=ring`)
		);
		await expect(page.getByLabel('Vergleichsgruppe', { exact: true })).toHaveValue('ring');
		await page.getByRole('link', { name: 'Zurück zur Übersicht' }).click();
		await expect(page).toHaveURL(new RegExp(`/\\?authority=${own}&period=${second}&peers=ring`));
	});

	test('an unknown group in a link falls back to the size class and says so', async ({ page }) => {
		await page.goto('./?peers=custom:Unbekannt');
		await expect(
			page.getByText('Die Vergleichsgruppe „custom:Unbekannt“ gibt es in diesem Ring nicht')
		).toBeVisible();
		await expect(page.getByLabel('Vergleichsgruppe', { exact: true })).toHaveValue('size');
	});

	test('nearest shows who the nearest are and why', async ({ page }) => {
		const ref = await demoReference();
		const own = ref.ring.authorities[3]!;
		const group = await ref.engine.peerGroup(own.authority_id, 2024, { type: 'nearest' });
		await page.goto(`./?authority=${own.authority_id}&period=2024&peers=nearest`);
		await ready(page, `${own.authority_id}|2024|nearest`);
		await expect(page.getByTestId('group-summary')).toContainText(`n = ${group.members.length}`);
		await page.getByText('Wer sind die ähnlichsten Behörden').click();
		await expect(page.getByText('Einwohnerzahl (logarithmiert), Ausländeranteil')).toBeVisible();
		await expect(page.locator('details.nearest tbody tr')).toHaveCount(group.members.length);
	});

	test('a custom group is built, stored with the ring, flagged when too small and reproducible', async ({
		page
	}) => {
		const ref = await demoReference();
		const [own, a, b] = ref.ring.authorities.map((x) => x.authority_id);
		await page.goto(`./?authority=${own}&period=2024`);
		await ready(page, `${own}|2024|size`);
		await page.getByText('Eigene Vergleichsgruppe bilden').click();
		await page.getByLabel('Name der Gruppe').fill('Nord');
		await page.getByRole('checkbox', { name: a! }).check();
		await page.getByRole('checkbox', { name: b! }).check();
		await page.getByRole('button', { name: 'Gruppe speichern und anzeigen' }).click();
		await expect(page).toHaveURL(/peers=custom%3ANord/);
		await ready(page, `${own}|2024|custom:Nord=${own},${a},${b}`);
		await expect(page.getByTestId('group-summary')).toContainText('n = 3');
		await expect(page.getByTestId('group-too-small')).toBeVisible();
		await expect(page.locator('tr[data-kpi="completion_rate"] [data-position]')).toHaveAttribute(
			'data-position',
			'too_small'
		);
		// Persisted with the ring (IndexedDB): a reload of the link shows the same group.
		await page.reload();
		await ready(page, `${own}|2024|custom:Nord=${own},${a},${b}`);
		await expect(page.getByLabel('Vergleichsgruppe', { exact: true })).toHaveValue('custom:Nord');
		// The demo ring is read-only: the group went with a copy; the ring picker switches back.
		const rings = page.getByLabel('Vergleichsring', { exact: true });
		await expect(rings.locator('option')).toHaveCount(2);
		await rings.selectOption('demo');
		await expect(
			page.getByText('Die Vergleichsgruppe „custom:Nord“ gibt es in diesem Ring nicht')
		).toBeVisible();
		await expect(page.getByLabel('Vergleichsgruppe', { exact: true })).toHaveValue('size');
		await ready(page, `${own}|2024|size`);
	});
});

test.describe('KPI view', () => {
	test('ranking, standing and trend equal the engine; own bar highlighted', async ({ page, guard }) => {
		const ref = await demoReference();
		const own = ref.ring.authorities[3]!;
		const period = 2024;
		const kpi = kpiDef('avg_processing_days');
		const { rows } = await expectedRows(own.authority_id, period, { type: 'size' });
		const row = rows.find((r) => r.kpi_id === kpi.id)!;
		const text = fmt(row.own_value, kpi.unit);

		await page.goto(`./kpi/${kpi.id}?authority=${own.authority_id}&period=${period}&peers=size`);
		const ownBar = page.locator('[data-chart="ranking"] g.own-bar rect');
		await expect(ownBar).toHaveCount(1);
		await expect(ownBar).toHaveAttribute('aria-label', `${own.name}: ${text}`);
		await expect(page.locator('[data-chart="ranking"] g.own-value text')).toHaveText(text);
		await expect(page.locator('[data-chart="ranking"] g.peer-bar rect')).toHaveCount(row.n - 1);
		await expect(page.locator('[data-chart="ranking"] g.median-line line')).toHaveCount(1);
		await expect(page.getByTestId('own-value')).toHaveText(text);
		await expect(page.getByTestId('median-value')).toContainText(fmt(row.median, kpi.unit));
		await expect(page.getByTestId('rank')).toHaveText(rankText(row));
		await expect(page.getByTestId('position').locator('[data-position]')).toHaveAttribute(
			'data-position',
			badge(row)
		);

		// Trend: one row per period; the selected period's median equals the engine's.
		const trend = page.locator('[data-chart="trend"]');
		await trend.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
		await expect(trend.locator('tbody tr')).toHaveCount(ref.ring.meta.periods.length);
		await expect(trend.locator('tbody tr').last()).toContainText(fmt(row.median, kpi.unit));
		for (const id of ['scatter', 'size-classes', 'base-counts'])
			await expect(page.locator(`[data-chart="${id}"]`)).toBeVisible();
		await expect(page.getByText('processing_days_total / decided')).toBeVisible();

		// The engine came from the app's own origin: worker and WASM were loaded, nothing else — and
		// DuckDB has checked the numbers shown.
		await expect(page.getByTestId('ringbar')).toHaveAttribute('data-checked', 'true');
		expect(guard.ownRequests.some((u) => u.endsWith('.wasm'))).toBe(true);
		expect(guard.ownRequests.some((u) => /duckdb-browser-eh\.worker.*\.js$/.test(u))).toBe(true);
	});

	test('the ranking table lists the same values, the own row marked', async ({ page }) => {
		const ref = await demoReference();
		const own = ref.ring.authorities[5]!;
		const period = Math.min(...ref.ring.meta.periods);
		await page.goto(`./kpi/phone_reachability?authority=${own.authority_id}&period=${period}&peers=ring`);
		const chart = page.locator('[data-chart="ranking"]');
		await expect(chart.locator('g.own-bar rect')).toHaveCount(1);
		await chart.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
		const ownRow = chart.locator('tr.own');
		const value = await ref.kpiValue(own.authority_id, period, 'phone_reachability');
		await expect(ownRow).toContainText(fmt(value, '%'));
		await expect(ownRow).toContainText('eigene Behörde');
		const bars = (await ref.engine.kpis({ period }))
			.toArray()
			.filter((r) => r.kpi_id === 'phone_reachability' && r.value !== null);
		await expect(chart.locator('tbody tr')).toHaveCount(bars.length);
	});

	test('the scatter takes any second KPI from the URL and the picker', async ({ page }) => {
		await page.goto('./kpi/cost_per_decision?vs=decisions_per_fte');
		await page.locator('[data-chart="scatter"]').scrollIntoViewIfNeeded();
		await expect(
			page.locator('[data-chart="scatter"] g.own-dot path, [data-chart="scatter"] g.own-dot circle')
		).toHaveCount(1);
		await expect(page.getByLabel('Zweite Kennzahl (senkrechte Achse)')).toHaveValue('decisions_per_fte');
		await page.getByLabel('Zweite Kennzahl (senkrechte Achse)').selectOption('customer_satisfaction');
		await expect(page).toHaveURL(/vs=customer_satisfaction/);
		await expect(page.locator('[data-chart="scatter"] h2')).toContainText('Kundenzufriedenheit');
	});

	test('the KPI picker switches KPI, keeps the state and the focus, and shows the engine’s values', async ({
		page
	}) => {
		const ref = await demoReference();
		const own = ref.ring.authorities[7]!;
		const period = 2023;
		await page.goto(`./kpi/avg_processing_days?authority=${own.authority_id}&period=${period}&peers=kind`);
		await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
		const picker = page.getByLabel('Kennzahl', { exact: true });
		await expect(picker).toHaveValue('avg_processing_days');
		// Every drawing of the ranking from here on (a drawing replaces the chart's children).
		await page.locator('[data-chart="ranking"] .plot').evaluate((host) => {
			const w = window as unknown as { rankingDraws: number };
			w.rankingDraws = 0;
			new MutationObserver((records) => {
				w.rankingDraws += records.filter((r) => r.addedNodes.length > 0).length;
			}).observe(host, { childList: true });
		});
		await picker.focus();
		await picker.selectOption('phone_reachability');
		await expect(page).toHaveURL(
			new RegExp(`/kpi/phone_reachability\\?authority=${own.authority_id}&period=${period}&peers=kind`)
		);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(kpiDef('phone_reachability').label);
		await expect(picker).toBeFocused();
		const { rows } = await expectedRows(own.authority_id, period, { type: 'kind' });
		const row = rows.find((r) => r.kpi_id === 'phone_reachability')!;
		await expect(page.getByTestId('own-value')).toHaveText(fmt(row.own_value, '%'));
		await expect(page.getByTestId('rank')).toHaveText(rankText(row));
		// The charts follow once the new KPI's data is there (the previous KPI's stay until then).
		const view = page.getByTestId('kpi-view');
		await expect(view).toHaveAttribute('data-state', /\|phone_reachability\|/, { timeout: 60_000 });
		await expect(view).toHaveAttribute('aria-busy', 'false');
		// Fehlerhaft values (Kiel 2023) are no peer bars: they are drawn unrated and not counted in n.
		await expect(page.locator('[data-chart="ranking"] g.peer-bar rect')).toHaveCount(row.n - 1);
		// Drawn once, from the new KPI's data — not first the new KPI from the previous KPI's data (an
		// empty ranking that took the frame's one drawing and put the real one a frame later).
		await page.evaluate(
			() =>
				new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300))))
		);
		expect(await page.evaluate(() => (window as unknown as { rankingDraws: number }).rankingDraws)).toBe(1);
	});

	test('downloads: CSV with the table data, SVG and PNG of the chart', async ({ page }) => {
		const ref = await demoReference();
		const own = ref.ring.authorities[3]!;
		await page.goto(`./kpi/avg_processing_days?authority=${own.authority_id}&period=2024&peers=size`);
		const chart = page.locator('[data-chart="ranking"]');
		await expect(chart.locator('g.own-bar rect')).toHaveCount(1);
		const get = async (kind: string) => {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				chart.locator(`[data-download="${kind}"]`).click()
			]);
			expect(download.suggestedFilename()).toMatch(
				new RegExp(`^rangfolge-avg-processing-days-2024-size\\.${kind}$`)
			);
			return readFile((await download.path())!);
		};
		const csv = (await get('csv')).toString('utf8');
		// German Excel: `;`, decimal comma, BOM.
		expect(csv.startsWith('\uFEFFBehörde;Wert;Rang;eigene Behörde;Datenstand\r\n')).toBe(true);
		const value = (await ref.kpiValue(own.authority_id, 2024, 'avg_processing_days'))!;
		expect(csv).toContain(`${spreadsheetCell(own.name)};${spreadsheetNumber(value)};`);
		// Every row names the demo's Datenstand (its hash: the first 8 digits of ring.json's).
		expect(csv).toMatch(/;Datenstand 2024-1 vom 12\.03\.2025 · [0-9a-f]{8}\r\n$/);
		const svg = (await get('svg')).toString('utf8');
		expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
		expect(svg).toContain('own-bar');
		expect(svg).toMatch(
			/<text[^>]*class="datenstand"[^>]*>Datenstand 2024-1 vom 12\.03\.2025 · [0-9a-f]{8} · erstellt am \d\d\.\d\d\.\d{4}<\/text>/
		);
		const png = await get('png');
		expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	});

	test('every catalogue KPI has a prerendered page', async ({ page }) => {
		for (const kpi of catalogue.kpis.slice(-3)) {
			const response = await page.request.get(`./kpi/${kpi.id}`);
			expect(response.status()).toBe(200);
		}
		await page.goto('./kpi/tolerated_share');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(kpiDef('tolerated_share').label);
	});
});
