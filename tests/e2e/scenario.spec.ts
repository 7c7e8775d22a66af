/**
 * Issue #28 in Chromium: the KPI view's targets are the CLI `scenario`'s figures in words; „Was wäre
 * wenn“ recomputes on the real engine (+2 FTE gives decisions per FTE, position and rank exactly as the
 * Node engine computes them for the changed counts) without touching the dashboard; a scenario edited
 * in the page is saved with the ring (the demo as a copy) and opens again; axe stays clean.
 */
import { spawnSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { createEngine } from '../../src/lib/engine/engine.ts';
import { openNodeConnector } from '../../src/lib/engine/node-connector.ts';
import { formatInteger, formatUnit, type Unit } from '../../src/lib/format/index.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { expect as baseExpect, test } from './fixtures.ts';
import { demoReference } from './support/expected.ts';

const catalogue = loadCatalogue();
const [A, P] = ['05334', 2024];
const axe = async (page: Page) =>
	(await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze())
		.violations;

// Each test starts an engine in Node or the CLI beside the browser; on a busy machine that takes time.
test.describe.configure({ timeout: 180_000 });
const expect = baseExpect.configure({ timeout: 60_000 });

/** The CLI's rows for A in P: kpi_id|target|side → {current, required}. */
function cliTargets(target: 'median' | 'best'): Map<string, { current: number; required: number | null }> {
	const r = spawnSync(
		process.execPath,
		[
			'src/cli/main.ts',
			'scenario',
			'--ring',
			'data-samples/demo-ring',
			'--authority',
			A,
			'--period',
			String(P),
			'--target',
			target
		],
		{ encoding: 'utf8', timeout: 120_000 }
	);
	expect(r.status).toBe(0);
	const out = new Map<string, { current: number; required: number | null }>();
	for (const line of r.stdout.trimEnd().split('\n').slice(1)) {
		const [kpi, , , , side, , current, required] = line.split(',');
		out.set(`${kpi}|${side}`, { current: Number(current), required: required ? Number(required) : null });
	}
	return out;
}
const more = (row: { current: number; required: number | null }) =>
	formatInteger(Math.ceil(Math.abs(row.required! - row.current) - 1e-9));

test('the KPI view words the CLI’s targets in the base counts’ own units', async ({ page }) => {
	const [median, best] = [cliTargets('median'), cliTargets('best')];
	for (const [kpi, words] of [
		['decisions_per_fte', (n: string) => `bei gleichen VZÄ ${n} Bescheide mehr im Jahr`],
		['phone_reachability', (n: string) => `bei gleichen Anrufen ${n} Anrufe mehr angenommen`]
	] as const) {
		await page.goto(`./kpi/${kpi}?authority=${A}&period=${P}&peers=size`);
		const targets = page.getByTestId('kpi-targets');
		await expect(targets.locator('tr[data-target="median"]')).toContainText(
			words(more(median.get(`${kpi}|numerator`)!))
		);
		await expect(targets.locator('tr[data-target="best"]')).toContainText(
			words(more(best.get(`${kpi}|numerator`)!))
		);
	}
});

test('decisions per FTE shows the staffing calculation instead of an FTE target; context KPIs no targets', async ({
	page
}) => {
	const ref = await demoReference();
	const { rows } = await ref.engine.stats(A, P, { type: 'size' });
	const median = rows.find((r) => r.kpi_id === 'decisions_per_fte')!.median!;
	const decided = ['titles_granted', 'title_applications_rejected']
		.map(
			(id) => ref.ring.values.find((v) => v.authority_id === A && v.period === P && v.count_id === id)!.value
		)
		.reduce((a, b) => a + b, 0);
	await page.goto(`./kpi/decisions_per_fte?authority=${A}&period=${P}&peers=size`);
	await expect(page.getByTestId('kpi-targets')).toContainText('Bescheide mehr im Jahr');
	await expect(page.getByTestId('kpi-targets')).not.toContainText('VZÄ weniger');
	await expect(page.getByTestId('staffing').locator('tr[data-row="needed"] td').first()).toHaveText(
		formatUnit(decided / median, 'VZÄ', { decimals: 1 })
	);
	await expect(page.getByTestId('staffing')).toContainText('Methode und Annahmen');
	expect(await axe(page)).toEqual([]);
	await page.goto(`./kpi/foreign_share?authority=${A}&period=${P}&peers=size`);
	await expect(page.getByTestId('kpi-view')).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByTestId('kpi-view')).toHaveAttribute(
		'data-state',
		/^05334\|2024\|size\|foreign_share/
	);
	await expect(page.getByTestId('kpi-targets')).toHaveCount(0);
});

test('+2 FTE recomputes decisions per FTE, position and rank exactly as the engine does', async ({
	page
}) => {
	const ref = await demoReference();
	const fte = ref.ring.values.find(
		(v) => v.authority_id === A && v.period === P && v.count_id === 'fte_case_officers'
	)!.value;
	const changed: Ring = {
		...ref.ring,
		values: ref.ring.values.map((v) =>
			v.authority_id === A && v.period === P && v.count_id === 'fte_case_officers'
				? { ...v, value: fte + 2 }
				: v
		)
	};
	const conn = await openNodeConnector();
	const other = createEngine(conn, catalogue);
	await other.loadRing(changed);
	const { group } = await ref.engine.stats(A, P, { type: 'size' });
	const expected = (await other.stats(A, P, { type: 'custom', name: 'x', members: group.members })).rows.find(
		(r) => r.kpi_id === 'decisions_per_fte'
	)!;
	const actual = (await ref.engine.stats(A, P, { type: 'size' })).rows.find(
		(r) => r.kpi_id === 'decisions_per_fte'
	)!;
	await conn.close();

	await page.goto(`./szenario?authority=${A}&period=${P}&peers=size&changes=fte_case_officers:%2B2`);
	const view = page.getByTestId('scenario-view');
	await expect(view).toHaveAttribute('aria-busy', 'false');
	const row = view.locator('tr[data-kpi="decisions_per_fte"]');
	await expect(row.locator('[data-col="actual"]')).toHaveText(formatUnit(actual.own_value, 'Fälle'));
	await expect(row.locator('[data-col="scenario"]')).toHaveText(
		formatUnit(expected.own_value, 'Fälle' as Unit)
	);
	await expect(row.locator('[data-col="standing-scenario"] [data-rank]')).toHaveAttribute(
		'data-rank',
		String(expected.rank)
	);
	await expect(row).toContainText('geändert');
	await expect(page.locator('tr[data-count="fte_case_officers"]')).toContainText('geändert');
	// The dashboard's own engine still shows the actual value.
	await page.goto(`./kpi/decisions_per_fte?authority=${A}&period=${P}&peers=size`);
	await expect(page.getByTestId('own-value')).toHaveText(formatUnit(actual.own_value, 'Fälle'));
});

test('a scenario edited on the page is saved with the ring and opens again', async ({ page }) => {
	await page.goto(`./szenario?authority=${A}&period=${P}&peers=size`);
	const view = page.getByTestId('scenario-view');
	await expect(view).toHaveAttribute('aria-busy', 'false');
	const calls = page.locator('tr[data-count="calls_answered"]');
	await calls.getByRole('combobox').selectOption('percent');
	await calls.getByRole('textbox').fill('10');
	await calls.getByRole('textbox').press('Enter');
	await expect(page).toHaveURL(/changes=calls_answered%3A%2B10%25/);
	await expect(view).toHaveAttribute('data-state', /calls_answered:\+10%$/);
	await expect(view).toHaveAttribute('aria-busy', 'false');
	await expect(view.locator('tr[data-kpi="phone_reachability"]')).toContainText('geändert');
	expect(await axe(page)).toEqual([]);

	await page.getByLabel('Name des Szenarios').fill('Mehr Telefon');
	await page.getByRole('button', { name: 'Mit dem Ring speichern' }).click();
	await expect(page.getByTestId('scenario-save-status')).toContainText('Kopie des Demo-Rings');
	await expect(page.getByTestId('scenario-saved')).toContainText('Mehr Telefon');
	// Reloaded without changes: the saved scenario is listed and opens with its change.
	await page.goto(`./szenario?authority=${A}&period=${P}&peers=size`);
	await expect(view).toHaveAttribute('aria-busy', 'false');
	await page.getByTestId('scenario-saved').getByRole('button', { name: 'Öffnen' }).click();
	await expect(page).toHaveURL(/changes=calls_answered%3A%2B10%25/);
	await expect(page.locator('tr[data-count="calls_answered"]')).toContainText('geändert');
});

test('a change that cannot be applied says why and changes nothing', async ({ page }) => {
	await page.goto(`./szenario?authority=${A}&period=${P}&peers=size&changes=fte_case_officers:-100000`);
	const row = page.locator('tr[data-count="fte_case_officers"]');
	await expect(row).toContainText('Das Ergebnis wäre negativ');
	await expect(row).not.toContainText('geändert');
	await expect(page.getByTestId('scenario-view')).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByTestId('scenario-changed')).toHaveText('0 von 28 Kennzahlen ändern sich.');
});
