import AxeBuilder from '@axe-core/playwright';
import { formatUnit } from '../../src/lib/format/index.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { expect, test } from './fixtures.ts';
import { demoReference } from './support/expected.ts';

const catalogue = loadCatalogue();
const kpiDef = (id: string) => catalogue.kpis.find((k) => k.id === id)!;

test.describe('home: ranking of one KPI across the demo ring', () => {
	test('renders the chart offline and highlights the own authority with its engine value', async ({
		page,
		guard
	}) => {
		const ref = await demoReference();
		const own = ref.ring.authorities[3]!;
		const period = Math.max(...ref.ring.meta.periods);
		const expected = await ref.kpiValue(own.authority_id, period, 'avg_processing_days');
		expect(expected, 'the demo ring has this value').not.toBeNull();
		const text = formatUnit(expected!, kpiDef('avg_processing_days').unit);

		await page.goto(`./?authority=${own.authority_id}&period=${period}`);
		const ownBar = page.locator('[data-chart="ranking"] g.own-bar rect');
		await expect(ownBar).toHaveCount(1);
		await expect(ownBar).toHaveAttribute('aria-label', `${own.name}: ${text}`);
		await expect(page.locator('[data-chart="ranking"] g.own-value text')).toHaveText(text);
		await expect(page.getByTestId('own-value')).toHaveText(text);
		const peers = await page.locator('[data-chart="ranking"] g.peer-bar rect').count();
		expect(peers).toBeGreaterThanOrEqual(30);

		// The engine came from the app's own origin: worker and WASM were loaded, nothing else.
		expect(guard.ownRequests.some((u) => u.endsWith('.wasm'))).toBe(true);
		expect(guard.ownRequests.some((u) => /duckdb-browser-eh\.worker.*\.js$/.test(u))).toBe(true);
	});

	test('shows no other member name in a pseudonymous ring', async ({ page }) => {
		const ref = await demoReference();
		expect(ref.ring.meta.disclosure).toBe('pseudonymous');
		const own = ref.ring.authorities[0]!;
		await page.goto(`./?authority=${own.authority_id}`);
		await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
		await page.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
		await expect(page.getByRole('table')).toBeVisible();
		const html = await page.content();
		for (const other of ref.ring.authorities.slice(1)) expect(html).not.toContain(other.name);
		expect(html).toContain(own.name);
	});

	test('the table equivalent lists the same values, the own row marked', async ({ page }) => {
		const ref = await demoReference();
		const own = ref.ring.authorities[5]!;
		const period = Math.min(...ref.ring.meta.periods);
		await page.goto(`./?authority=${own.authority_id}&period=${period}&kpi=phone_reachability`);
		await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
		await page.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
		const ownRow = page.locator('tr.own');
		const value = await ref.kpiValue(own.authority_id, period, 'phone_reachability');
		await expect(ownRow).toContainText(formatUnit(value!, kpiDef('phone_reachability').unit));
		await expect(ownRow).toContainText('eigene Behörde');
		const rows = await page.locator('tbody tr').count();
		const bars = (await ref.engine.kpis({ period }))
			.toArray()
			.filter((r) => r.kpi_id === 'phone_reachability' && r.value !== null);
		expect(rows).toBe(bars.length);
	});

	test('pickers change the URL and the URL restores the view', async ({ page }) => {
		const ref = await demoReference();
		const [first, second] = ref.ring.meta.periods;
		await page.goto(`./?period=${first}`);
		await expect(page.getByLabel('Erhebungsjahr')).toHaveValue(String(first));
		await page.getByLabel('Erhebungsjahr').selectOption(String(second));
		await expect(page).toHaveURL(new RegExp(`period=${second}`));
		await page.getByLabel('Kennzahl').selectOption('customer_satisfaction');
		await expect(page).toHaveURL(/kpi=customer_satisfaction/);
		await page.reload();
		await expect(page.getByLabel('Kennzahl')).toHaveValue('customer_satisfaction');
		await expect(page.getByLabel('Erhebungsjahr')).toHaveValue(String(second));
	});

	test('passes axe (WCAG 2.1 AA) with chart and with table', async ({ page }) => {
		await page.goto('./');
		await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
		const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
		expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
		await page.getByRole('button', { name: 'Als Tabelle anzeigen' }).click();
		expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations).toEqual([]);
	});
});

test.describe('the guard itself', () => {
	test('catches and blocks a request to a foreign host', async ({ page, guard }) => {
		// A navigation is not subject to the page's CSP, so it reaches the network layer.
		await page.goto('http://example.invalid/leak').catch(() => undefined);
		expect(guard.foreignRequests).toContain('http://example.invalid/leak');
		guard.foreignRequests.length = 0; // proven; do not fail this test for it
	});

	test('the CSP blocks a fetch to a foreign host before it leaves the page', async ({ page, guard }) => {
		await page.goto('./');
		const outcome = await page.evaluate(() =>
			fetch('http://example.invalid/leak').then(
				() => 'sent',
				() => 'blocked'
			)
		);
		expect(outcome).toBe('blocked');
		await expect.poll(() => guard.cspViolations.some((v) => v.includes('connect-src'))).toBe(true);
		guard.cspViolations.length = 0;
	});

	test('catches a Content-Security-Policy violation', async ({ page, guard }) => {
		await page.goto('./');
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__inline = 1';
			document.body.append(s);
		});
		await expect.poll(() => guard.cspViolations.length).toBeGreaterThan(0);
		expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
		guard.cspViolations.length = 0;
	});
});
