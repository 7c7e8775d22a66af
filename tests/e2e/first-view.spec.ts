/**
 * The demo ring's first view, computed at build time, is painted while DuckDB-WASM is still
 * loading — with the engine's numbers — and the engine takes over without a change: from the ring in
 * memory, before DuckDB too (engine.ts), every picker answered; DuckDB then checks the numbers
 * (session.ts `checked`). The WASM download is held back here until the test
 * releases it, so "before DuckDB" is certain.
 */
import { expect, type Page } from '@playwright/test';
import { test } from './fixtures.ts';
import { demoReference } from './support/expected.ts';
import { formatUnit, type Unit } from '../../src/lib/format/index.ts';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';

const unitOf = (id: string) => loadCatalogue().kpis.find((k) => k.id === id)!.unit as Unit;

/** Hold every .wasm response until `release()` is called. */
async function holdWasm(page: Page): Promise<{ release: () => void; requested: () => boolean }> {
	let release!: () => void;
	const released = new Promise<void>((r) => (release = r));
	let requested = false;
	await page.route('**/*.wasm', async (route) => {
		requested = true;
		await released;
		await route.fallback();
	});
	return { release, requested: () => requested };
}

test('the KPI view of the demo is painted before DuckDB, from the build and then the ring in memory, with the engine’s numbers', async ({
	page
}) => {
	const ref = await demoReference();
	const own = ref.ring.authorities[0]!;
	const period = Math.max(...ref.ring.meta.periods);
	const s = await ref.engine.stats(own.authority_id, period, { type: 'size' });
	const row = s.rows.find((r) => r.kpi_id === 'avg_processing_days')!;
	const text = formatUnit(row.own_value, unitOf('avg_processing_days'));

	const wasm = await holdWasm(page);
	await page.goto('./kpi/avg_processing_days');
	const ownBar = page.locator('[data-chart="ranking"] g.own-bar rect');
	await expect(ownBar).toHaveAttribute('aria-label', `${own.name}: ${text}`);
	await expect(page.locator('[data-chart="ranking"] g.peer-bar rect')).toHaveCount(row.n - 1);
	await expect(page.getByTestId('rank')).toHaveText(`${row.rank} von ${row.n}`);
	await expect(page.getByTestId('group-summary')).toContainText(`n = ${s.group.members.length}`);
	// The session is there without DuckDB (its WASM is held back): pickers work, same numbers; DuckDB's
	// check of them waits for it.
	await expect.poll(() => wasm.requested()).toBe(true);
	await expect(page.getByLabel('Vergleichsring', { exact: true })).toBeEnabled({ timeout: 30_000 });
	await expect(ownBar).toHaveAttribute('aria-label', `${own.name}: ${text}`);
	await expect(page.getByTestId('rank')).toHaveText(`${row.rank} von ${row.n}`);
	const ringbar = page.getByTestId('ringbar');
	await expect(ringbar).toHaveAttribute('data-checked', 'false');

	wasm.release();
	await expect(ringbar).toHaveAttribute('data-checked', 'true', { timeout: 30_000 });
	await expect(ownBar).toHaveAttribute('aria-label', `${own.name}: ${text}`);
	await expect(page.getByTestId('rank')).toHaveText(`${row.rank} von ${row.n}`);
	await expect(page.locator('.error[role="alert"]')).toHaveCount(0);
});

test('the overview is painted from the build too; a picker used before DuckDB is answered from the ring in memory', async ({
	page
}) => {
	const ref = await demoReference();
	const period = Math.max(...ref.ring.meta.periods);
	const first = ref.ring.authorities[0]!;
	const other = ref.ring.authorities[4]!;
	const wasm = await holdWasm(page);
	await page.goto('./');
	const view = page.getByTestId('dashboard-view');
	await expect(view).toHaveAttribute('data-state', `${first.authority_id}|${period}|size`);
	await expect(view).toHaveAttribute('aria-busy', 'false');
	const s = await ref.engine.stats(first.authority_id, period, { type: 'size' });
	const completion = s.rows.find((r) => r.kpi_id === 'completion_rate')!;
	await expect(page.locator('tr[data-kpi="completion_rate"] td[data-col="own"]')).toHaveText(
		formatUnit(completion.own_value, unitOf('completion_rate'))
	);

	// Another authority is not in the build's first view: the engine answers it from the ring in
	// memory, with DuckDB still held back.
	await expect(page.getByLabel('Mein Amt', { exact: true })).toBeEnabled({ timeout: 30_000 });
	await page.getByLabel('Mein Amt', { exact: true }).fill(other.authority_id);
	await page.keyboard.press('Enter');
	await expect(view).toHaveAttribute('data-state', `${other.authority_id}|${period}|size`, {
		timeout: 30_000
	});
	await expect(view).toHaveAttribute('aria-busy', 'false');
	const o = await ref.engine.stats(other.authority_id, period, { type: 'size' });
	const own = formatUnit(
		o.rows.find((r) => r.kpi_id === 'completion_rate')!.own_value,
		unitOf('completion_rate')
	);
	await expect(page.locator('tr[data-kpi="completion_rate"] td[data-col="own"]')).toHaveText(own);
	await expect.poll(() => wasm.requested()).toBe(true); // held back: DuckDB has not started
	wasm.release();
	await expect(page.locator('tr[data-kpi="completion_rate"] td[data-col="own"]')).toHaveText(own);
});

test('the last view of a ring is painted at the next start before the engine, with its state', async ({
	page
}) => {
	const ref = await demoReference();
	const own = ref.ring.authorities[6]!;
	const period = Math.min(...ref.ring.meta.periods);
	await page.goto(`./kpi/completion_rate?authority=${own.authority_id}&period=${period}&peers=kind`);
	const kpiView = page.getByTestId('kpi-view');
	await expect(kpiView).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByLabel('Vergleichsring', { exact: true })).toBeEnabled();
	// The view is recorded a moment after the last change; wait until the record is in IndexedDB —
	// with the KPI view's data: the overview's record (no KPI) can be written first when the KPI
	// view's data arrives later than the recorder's pause (it did under load), and a test that
	// navigated away then would find no KPI view to paint.
	await expect
		.poll(
			() =>
				page.evaluate(
					() =>
						new Promise<string | null>((resolve) => {
							const open = indexedDB.open('vergleichsring');
							open.onsuccess = () => {
								const get = open.result.transaction('kv').objectStore('kv').get('last-view');
								get.onsuccess = () => {
									const v = get.result as
										{ state?: { authorityId: string }; kpi?: { kpiId: string } | null } | undefined;
									resolve(v?.state ? `${v.state.authorityId} ${v.kpi?.kpiId ?? '-'}` : null);
									open.result.close();
								};
							};
						})
				),
			{ timeout: 15_000 }
		)
		.toBe(`${own.authority_id} completion_rate`);

	const s = await ref.engine.stats(own.authority_id, period, { type: 'kind' });
	const row = s.rows.find((r) => r.kpi_id === 'completion_rate')!;
	const wasm = await holdWasm(page);
	await page.goto('./kpi/completion_rate'); // no state in the link: the last one is restored
	await expect(page).toHaveURL(new RegExp(`authority=${own.authority_id}&period=${period}&peers=kind`));
	await expect(page.getByTestId('own-value')).toHaveText(
		formatUnit(row.own_value, unitOf('completion_rate'))
	);
	await expect(page.getByTestId('rank')).toHaveText(`${row.rank} von ${row.n}`);
	await expect.poll(() => wasm.requested()).toBe(true);
	wasm.release();
	await expect(page.getByLabel('Vergleichsring', { exact: true })).toBeEnabled({ timeout: 30_000 });
	await expect(page.getByTestId('rank')).toHaveText(`${row.rank} von ${row.n}`);
});
