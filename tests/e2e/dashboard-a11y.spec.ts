/**
 * The overview and the KPI view pass axe (WCAG 2.1 AA) in the states a user opens them to (group details,
 * the custom group editor, every chart as a table); every control is reachable with the keyboard alone.
 * Every route as it first comes up, at both widths: shell.spec.ts.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { visit } from './support/visit.ts';
import { axe } from './support/axe.ts';

test('overview passes axe, also with the group details and the custom group editor open', async ({
	page
}) => {
	await page.goto('./?peers=nearest');
	await expect(page.locator('tr[data-kpi]')).not.toHaveCount(0);
	await expect(page.getByTestId('dashboard-view')).toHaveAttribute('aria-busy', 'false');
	expect(await axe(page)).toEqual([]);
	await page.getByText('Wer sind die ähnlichsten Behörden').click();
	await page.getByText('Eigene Vergleichsgruppe bilden').click();
	expect(await axe(page)).toEqual([]);
});

test('KPI view passes axe with charts and with tables', async ({ page }) => {
	await page.goto('./kpi/avg_processing_days');
	await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
	// Charts are drawn when they come near the screen: scroll through all of them.
	for (const chart of await page.locator('[data-chart]').all()) await chart.scrollIntoViewIfNeeded();
	await expect(page.locator('[data-chart="scatter"] .plot svg')).toHaveCount(1);
	await expect(page.locator('[data-chart="size-classes"] .plot svg')).toHaveCount(1);
	expect(await axe(page)).toEqual([]);
	const toTable = page.getByRole('button', { name: 'Als Tabelle anzeigen' });
	while ((await toTable.count()) > 0) await toTable.first().click();
	expect(await axe(page)).toEqual([]);
});

/** Tab through the page and return the controls that never got the focus. */
async function unreachable(page: Page, limit = 400): Promise<string[]> {
	await page.evaluate(() => {
		// Not what is out of the tab order on purpose (the combobox's list button, WAI-ARIA APG).
		const controls = 'a[href], button:not([tabindex="-1"]), select, input, summary, [tabindex="0"]';
		document.querySelectorAll(controls).forEach((el, i) => {
			const r = (el as HTMLElement).getBoundingClientRect();
			if (r.width > 0 && r.height > 0 && !(el as HTMLButtonElement).disabled)
				el.setAttribute('data-kb', String(i));
		});
		(document.activeElement as HTMLElement | null)?.blur();
	});
	const seen = new Set<string>();
	for (let i = 0; i < limit; i++) {
		await page.keyboard.press('Tab');
		const id = await page.evaluate(() => document.activeElement?.getAttribute('data-kb') ?? null);
		if (id !== null) {
			if (seen.has(id) && seen.size > 5) break;
			seen.add(id);
		}
	}
	return page.evaluate(
		(ids) =>
			[...document.querySelectorAll('[data-kb]')]
				.filter((el) => !ids.includes(el.getAttribute('data-kb')!))
				.map((el) => el.outerHTML.slice(0, 120)),
		[...seen]
	);
}

test('keyboard only: every control of the overview and the KPI view is reachable', async ({ page }) => {
	await page.goto('./');
	await expect(page.locator('tr[data-kpi]')).not.toHaveCount(0);
	expect(await unreachable(page)).toEqual([]);

	await visit(page, './kpi/cost_per_decision');
	await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
	expect(await unreachable(page)).toEqual([]);
});

test('keyboard only: a picker is operated with the keyboard and the view follows', async ({ page }) => {
	await page.goto('./?period=2023');
	await expect(page.getByTestId('dashboard-view')).toHaveAttribute('aria-busy', 'false');
	await page.getByLabel('Erhebungsjahr', { exact: true }).focus();
	await page.keyboard.press('ArrowDown');
	await expect(page).toHaveURL(/period=2024/);
	await expect(page.getByLabel('Erhebungsjahr', { exact: true })).toBeFocused();
	// Enter on a KPI link opens the KPI view with the state.
	await page.locator('tr[data-kpi="completion_rate"] a').focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/kpi\/completion_rate\?.*period=2024/);
});
