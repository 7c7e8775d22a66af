/**
 * Issue #28 in Chromium: the KPI view's targets are the CLI `scenario`'s figures in words; „Was wäre
 * wenn“ recomputes on the real engine (+2 FTE gives decisions per FTE, position and rank exactly as the
 * Node engine computes them for the changed counts) without touching the dashboard; a change typed on
 * the page goes into the link; a scenario is saved with the ring (the demo as a copy) and opens again;
 * a value the scenario makes fehlerhaft gets the dashboard's badge „fehlerhaft“ and no rank; axe stays
 * clean.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { createEngine } from '../../src/lib/engine/engine.ts';
import { openNodeEngine } from '../../src/lib/engine/node-connector.ts';
import { formatInteger, formatUnit, type Unit } from '../../src/lib/format/index.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { expect, test } from './fixtures.ts';
import { visit } from './support/visit.ts';
import { axe } from './support/axe.ts';
import { demoReference } from './support/expected.ts';
import { decodeValues, encodeValues } from '../../src/lib/ring/value-columns.ts';

const catalogue = loadCatalogue();
const [A, P] = ['05334', 2024];

/**
 * The CLI's rows for A in P: kpi_id|target|side → {current, required}. A child process that runs while
 * the page loads (the test waits for both, not one after the other).
 */
async function cliTargets(
	target: 'median' | 'best'
): Promise<Map<string, { current: number; required: number | null }>> {
	const { stdout } = await promisify(execFile)(process.execPath, [
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
	]);
	const out = new Map<string, { current: number; required: number | null }>();
	for (const line of stdout.trimEnd().split('\n').slice(1)) {
		const [kpi, , , , side, , current, required] = line.split(',');
		out.set(`${kpi}|${side}`, { current: Number(current), required: required ? Number(required) : null });
	}
	return out;
}
/**
 * /szenario is there in two steps, each awaited: the app's session with the own base counts (the
 * editor, as on every page the engine start), then the scenario computed on its own engine.
 */
async function scenarioReady(page: Page): Promise<void> {
	await expect(page.getByRole('heading', { name: 'Grundzahlen ändern' })).toBeVisible();
	await expect(page.getByTestId('scenario-view')).toHaveAttribute('aria-busy', 'false');
}

const more = (row: { current: number; required: number | null }) =>
	formatInteger(Math.ceil(Math.abs(row.required! - row.current) - 1e-9));

test('the KPI view words the CLI’s targets in the base counts’ own units', async ({ page }) => {
	const figures = Promise.all([cliTargets('median'), cliTargets('best')]);
	for (const [kpi, words] of [
		['decisions_per_fte', (n: string) => `bei gleichen VZÄ ${n} Bescheide mehr im Jahr`],
		['phone_reachability', (n: string) => `bei gleichen Anrufen ${n} Anrufe mehr angenommen`]
	] as const) {
		await visit(page, `./kpi/${kpi}?authority=${A}&period=${P}&peers=size`);
		const [median, best] = await figures;
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
			(id) =>
				decodeValues(ref.ring.values).find(
					(v) => v.authority_id === A && v.period === P && v.count_id === id
				)!.value
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
	await visit(page, `./kpi/foreign_share?authority=${A}&period=${P}&peers=size`);
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
	const fte = decodeValues(ref.ring.values).find(
		(v) => v.authority_id === A && v.period === P && v.count_id === 'fte_case_officers'
	)!.value;
	const changed: Ring = {
		...ref.ring,
		values: encodeValues(
			decodeValues(ref.ring.values).map((v) =>
				v.authority_id === A && v.period === P && v.count_id === 'fte_case_officers'
					? { ...v, value: fte + 2 }
					: v
			)
		)
	};
	// The changed ring in an engine of its own (native DuckDB: the same numbers, engines.test.ts), while
	// the page loads.
	const reference = (async () => {
		const conn = await openNodeEngine('native');
		try {
			const other = createEngine(conn, catalogue);
			await other.loadRing(changed);
			const { group } = await ref.engine.stats(A, P, { type: 'size' });
			const stats = await other.stats(A, P, { type: 'custom', name: 'x', members: group.members });
			return stats.rows.find((r) => r.kpi_id === 'decisions_per_fte')!;
		} finally {
			await conn.close();
		}
	})();
	const actual = (await ref.engine.stats(A, P, { type: 'size' })).rows.find(
		(r) => r.kpi_id === 'decisions_per_fte'
	)!;

	await page.goto(`./szenario?authority=${A}&period=${P}&peers=size&changes=fte_case_officers:%2B2`);
	const expected = await reference;
	const view = page.getByTestId('scenario-view');
	await scenarioReady(page);
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
	await visit(page, `./kpi/decisions_per_fte?authority=${A}&period=${P}&peers=size`);
	await expect(page.getByTestId('own-value')).toHaveText(formatUnit(actual.own_value, 'Fälle'));
});

test('a change typed on the page goes into the link and is recomputed', async ({ page }) => {
	await page.goto(`./szenario?authority=${A}&period=${P}&peers=size`);
	const view = page.getByTestId('scenario-view');
	await scenarioReady(page);
	const calls = page.locator('tr[data-count="calls_answered"]');
	await calls.getByRole('combobox').selectOption('percent');
	await calls.getByRole('textbox').fill('10');
	await calls.getByRole('textbox').press('Enter');
	await expect(page).toHaveURL(/changes=calls_answered%3A%2B10%25/);
	await expect(view).toHaveAttribute('data-state', /calls_answered:\+10%$/);
	await expect(view).toHaveAttribute('aria-busy', 'false');
	await expect(view.locator('tr[data-kpi="phone_reachability"]')).toContainText('geändert');
	expect(await axe(page)).toEqual([]);
});

test('a scenario is saved with the ring (the demo as a copy) and opens again', async ({ page }) => {
	await page.goto(`./szenario?authority=${A}&period=${P}&peers=size&changes=calls_answered:%2B10%25`);
	await scenarioReady(page);
	await page.getByLabel('Name des Szenarios').fill('Mehr Telefon');
	await page.getByRole('button', { name: 'Mit dem Ring speichern' }).click();
	await expect(page.getByTestId('scenario-save-status')).toContainText('Kopie des Demo-Rings');
	await expect(page.getByTestId('scenario-saved')).toContainText('Mehr Telefon');
	// Reloaded without changes: the saved scenario is listed and opens with its change.
	await page.goto(`./szenario?authority=${A}&period=${P}&peers=size`);
	await scenarioReady(page);
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

test('a value the scenario makes fehlerhaft shows the badge „fehlerhaft“, not a rank', async ({ page }) => {
	// Five times the answered calls: more answered than received calls, an error finding (catalogue.md).
	await page.goto(`./szenario?authority=${A}&period=${P}&peers=size&changes=calls_answered:%2B500%25`);
	const view = page.getByTestId('scenario-view');
	await scenarioReady(page);
	const row = view.locator('tr[data-kpi="phone_reachability"]');
	const scenario = row.locator('[data-col="standing-scenario"]');
	await expect(scenario.locator('[data-position]')).toHaveAttribute('data-position', 'erroneous');
	await expect(scenario).toContainText('fehlerhaft');
	await expect(scenario.locator('[data-rank]')).toHaveText('kein Rang (fehlerhaft)');
	// The actual value keeps its quartile badge and rank.
	await expect(row.locator('[data-col="standing-actual"] [data-position]')).toHaveAttribute(
		'data-position',
		/^(good|middle|attention|indistinct)$/
	);
	await expect(row.locator('[data-col="standing-actual"] [data-rank]')).toHaveAttribute('data-rank', /^\d+$/);
	await expect(row).toContainText('geändert');
	await expect(view).toContainText('Teil größer als Ganzes');
	expect(await axe(page)).toEqual([]);
});
