/**
 * The pages the language tests open, and when they are ready: overview, KPI view, moderation with a cell and a
 * query list open, the import page with a German office file that has something to say on every line; and the
 * ring with a changed Datenstand. Used by the language*.spec.ts files.
 */
import type { Page } from '@playwright/test';
import { utf8 } from '../../fixtures/ingest/helpers.ts';
import { expect } from '../fixtures.ts';
import { matrixDrawn } from './matrix.ts';
import { testRing } from './packages.ts';
import { visit } from './visit.ts';

/** A ring whose data changed after its release (the Datenstand line and change list). */
export const CHANGED_RING = testRing({ members: 12, periods: [2024], name: 'Ring Sprachen', seed: 4 });

/** The engine starts once per page load: give it time on a busy machine. */
export const ENGINE = { timeout: 60_000 };
/** The moderation page waits for the engine and every finding of the ring. */
export const MODERATION = { timeout: 90_000 };
/** Kiel 2023: its phone reachability is fehlerhaft (calls answered > calls received). */
export const KIEL = '01002';

export async function dashboardReady(page: Page): Promise<void> {
	await expect(page.locator('tr[data-kpi]').first()).toBeVisible(ENGINE);
	await expect(page.getByTestId('dashboard-view')).toHaveAttribute('aria-busy', 'false');
}

export async function kpiViewReady(page: Page, kpi?: string): Promise<void> {
	// After a visit from another view: this KPI's figures, not the previous view's.
	if (kpi)
		await expect(
			page.locator(`[data-testid="kpi-view"][aria-busy="false"][data-state*="|${kpi}|"]`)
		).toBeVisible(ENGINE);
	// Charts are drawn when they come near the screen (the group details above may push them down).
	await page.locator('[data-chart="ranking"]').scrollIntoViewIfNeeded();
	await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1, ENGINE);
	for (const chart of await page.locator('[data-chart]').all()) await chart.scrollIntoViewIfNeeded();
	await expect(page.locator('[data-chart="scatter"] .plot svg')).toHaveCount(1);
	await expect(page.locator('[data-chart="size-classes"] .plot svg')).toHaveCount(1);
	// A proportion KPI has its funnel too.
	if ((await page.getByTestId('funnel').count()) > 0)
		await expect(page.locator('[data-chart="funnel"] .plot svg')).toHaveCount(1);
}

/** The moderation page with everything open: a cell with findings, a status saved, a query list. */
export async function moderationOpen(page: Page, lang: 'de' | 'en'): Promise<void> {
	await visit(page, `./moderation?lang=${lang}`); // a load when it is the test's first page
	await expect(page.getByTestId('matrix')).toBeVisible(MODERATION);
	await page.getByTestId('mod-period').selectOption('2023');
	await page.locator(`tr[data-authority="${KIEL}"] td[data-status="finding"]`).first().click();
	await expect(page.getByTestId('cell-detail')).toBeVisible();
	await page.getByTestId('query-member').selectOption(KIEL);
	await expect(page.getByTestId('query-list')).toBeVisible();
	await matrixDrawn(page);
}

/** A German office file with something to say on every line: detection, mapping, problems. */
export const PROBLEM_LINES = [
	'Jahresstatistik Ausländerbehörde',
	'Gemeindeschlüssel;Jahr;title_applications_received;titles_granted;Unbekannte Spalte',
	'01001;2024;1.234;-5;x',
	'1001;2024;12,5;7;',
	'99999;20245;k.A.;3;',
	'Summe;;1.246;5;'
];
const PROBLEM_FILE = utf8(PROBLEM_LINES.join('\r\n'));

export async function importProblemFile(page: Page, lang: 'de' | 'en'): Promise<void> {
	await visit(page, `./import?lang=${lang}`); // a load when it is the test's first page
	// The ring bar shows once the session (the engine) has started, like the dashboard's data.
	await expect(page.getByTestId('ringbar')).toBeVisible(ENGINE);
	await page.getByTestId('file-input').setInputFiles({
		name: 'statistik.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(PROBLEM_FILE)
	});
	await expect(page.getByTestId('problems')).toBeVisible();
	await expect(page.getByTestId('detected')).toBeVisible();
}
