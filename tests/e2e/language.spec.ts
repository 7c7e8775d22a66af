/**
 * English throughout (issue #20). Every route walked in English shows no text of the German message
 * catalogue (where English differs) and none of the KPI catalogue's German labels and help texts —
 * and in German none of the English ones: the overview and KPI views (with a fehlerhaft value, the
 * 95 % intervals and the funnel), the import page, the rings page with its Datenstände and change
 * list, the council report's page and preview, the moderation page (matrix, cell details, workbench
 * with a status saved, a query list), the what-if page with its results, session mode (editor,
 * presentation, handout);
 * the page's `<html lang>` follows. In English, axe (WCAG 2.1 AA) checks the same pages on the same walk:
 * the overview with its details open, two KPI views (one with intervals and the funnel), the import page
 * with a file that has problems, the rings page and the moderation page with a cell and a query list open.
 * Links and the switch: language-links.spec.ts; what they share: support/foreign-text.ts and
 * support/language-pages.ts.
 */
import type { Page } from '@playwright/test';
import { de } from '../../src/lib/i18n/messages.ts';
import { expect, test } from './fixtures.ts';
import { axe } from './support/axe.ts';
import {
	CATALOGUE_TEXTS,
	englishMessages,
	expectNoForeign,
	foreignTexts,
	ownWords,
	type Foreign
} from './support/foreign-text.ts';
import {
	dashboardReady,
	importProblemFile,
	KIEL,
	kpiViewReady,
	MODERATION,
	ENGINE,
	moderationOpen
} from './support/language-pages.ts';
import { visit } from './support/visit.ts';

/** Words the same in either language (names, formulas, the user's file): left out before comparing. */
let names: string[] = [];
test.beforeAll(async () => {
	names = await ownWords();
});

/** axe on the page as it is, in English only (German pages have their own axe runs: shell, dashboard-a11y, …). */
async function axeInEnglish(page: Page, lang: 'de' | 'en', where: string): Promise<void> {
	if (lang === 'en') expect(await axe(page), `axe: ${where}`).toEqual([]);
}

/**
 * Walk the routes in one language; whatever else is open on them (details, tables, a dialog) too. The
 * app is loaded once and then navigated inside (`visit`), as its users move through it.
 */
async function walk(page: Page, lang: 'de' | 'en', foreign: Foreign[]): Promise<void> {
	await page.goto(`./?peers=nearest&lang=${lang}`);
	await dashboardReady(page);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	for (const summary of await page.locator('summary').all()) await summary.click();
	await expectNoForeign(page, foreign, names, `overview (${lang})`);
	await axeInEnglish(page, lang, 'overview, details open');

	// A fehlerhaft value with its finding, and the 95 % intervals of the proportion KPIs.
	await visit(page, `./?authority=${KIEL}&period=2023&peers=size&lang=${lang}`);
	await expect(
		page.locator(`[data-testid="dashboard-view"][data-state="${KIEL}|2023|size"][aria-busy="false"]`)
	).toBeVisible(ENGINE);
	await expect(
		page.locator('tr[data-kpi="phone_reachability"]').getByTestId('finding-message')
	).toBeVisible();
	await expect(page.getByTestId('interval').first()).toBeAttached();
	await expectNoForeign(page, foreign, names, `overview, fehlerhaft and intervals (${lang})`);

	// Three units, a survey KPI and a proportion KPI (intervals, funnel) with Kiel's fehlerhaft value.
	for (const [kpi, state] of [
		['avg_processing_days', ''],
		['cost_per_decision', ''],
		['customer_satisfaction', ''],
		['phone_reachability', `authority=${KIEL}&period=2023&peers=size&`]
	]) {
		// By way of the overview: a KPI view opened from another keeps its charts' table switches.
		await visit(page, `./?lang=${lang}`);
		await dashboardReady(page);
		await visit(page, `./kpi/${kpi}?${state}lang=${lang}`);
		await kpiViewReady(page, kpi);
		await expectNoForeign(page, foreign, names, `${kpi} charts (${lang})`);
		if (kpi === 'avg_processing_days' || kpi === 'phone_reachability')
			await axeInEnglish(page, lang, `${kpi} charts`);
		const toTable = page.locator('[data-chart] button[aria-pressed="false"]');
		while ((await toTable.count()) > 0) await toTable.first().click();
		await expectNoForeign(page, foreign, names, `${kpi} tables (${lang})`);
	}

	await importProblemFile(page, lang);
	await page.getByTestId('profiles').locator('summary').click();
	await expectNoForeign(page, foreign, names, `import (${lang})`);
	await axeInEnglish(page, lang, 'import with problems');

	await visit(page, `./ringe?lang=${lang}`);
	await expect(page.locator('tr[data-ring-id]').first()).toBeVisible();
	await expect(page.getByTestId('releases-status')).toBeVisible();
	await expectNoForeign(page, foreign, names, `rings (${lang})`);
	await axeInEnglish(page, lang, 'rings');

	// The council report: choices, texts and the preview, which is the document itself.
	await visit(page, `./bericht?authority=${KIEL}&period=2023&peers=size&lang=${lang}`);
	await expect(page.getByTestId('report-preview')).toHaveAttribute('aria-busy', 'false', ENGINE);
	await expect(page.getByTestId('report-preview').locator('[lang]').first()).toHaveAttribute(
		'lang',
		lang === 'en' ? 'en-GB' : 'de-DE'
	);
	await expectNoForeign(page, foreign, names, `report (${lang})`);

	await moderationOpen(page, lang);
	await expectNoForeign(page, foreign, names, `moderation (${lang})`);
	await axeInEnglish(page, lang, 'moderation, a cell and a query list open');
	// A status saved (on the demo ring: into a copy), its message and the workbench's status.
	const row = page.getByTestId('workbench').locator('tbody tr').first();
	await row.locator('button.edit').click();
	await row.locator('form select').selectOption('rueckfrage');
	await row.locator('form button[type="submit"]').click();
	await expect(page.getByTestId('workbench').locator('tbody tr').first().getByTestId('status')).toHaveText(
		lang === 'en' ? 'queried' : 'Rückfrage gestellt',
		MODERATION
	);
	await expectNoForeign(page, foreign, names, `moderation, status saved (${lang})`);
}

test('every route in English shows no German of the message or KPI catalogue', async ({ page }) => {
	test.setTimeout(420_000);
	await walk(page, 'en', foreignTexts(de, await englishMessages(), CATALOGUE_TEXTS));
});

test('every route in German shows no English of the message or KPI catalogue', async ({ page }) => {
	test.setTimeout(420_000);
	const reversed = CATALOGUE_TEXTS.map(([id, g, e]) => [id, e, g] as [string, string, string]);
	await walk(page, 'de', foreignTexts(await englishMessages(), de, reversed));
});

/** The what-if page with a change and its results, and session mode: editor, presentation, handout. */
async function walkSessionAndScenario(page: Page, lang: 'de' | 'en', foreign: Foreign[]): Promise<void> {
	const state = `authority=05334&period=2024&peers=size&changes=fte_case_officers:%2B2&lang=${lang}`;
	await page.goto(`./szenario?${state}`);
	await expect(page.getByTestId('scenario-view')).toHaveAttribute('aria-busy', 'false', MODERATION);
	await expect(page.getByTestId('scenario-results').first()).toBeVisible();
	await expectNoForeign(page, foreign, names, `what-if (${lang})`);

	await visit(page, `./sitzung?lang=${lang}`);
	await expect(page.getByTestId('agenda-editor')).toBeVisible(MODERATION);
	await expect(page.getByTestId('preview')).toBeVisible(MODERATION);
	await expectNoForeign(page, foreign, names, `session editor (${lang})`);
	// The session's own links keep the language: the presentation opened from the editor.
	await page.getByTestId('start').click();
	await expect(page).toHaveURL(new RegExp(`/sitzung/vortrag\\?.*lang=${lang}`));
	await expect(page.locator('[data-testid="presentation"][aria-busy="false"]')).toBeVisible(MODERATION);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await expectNoForeign(page, foreign, names, `presentation (${lang})`);
	await visit(page, `./sitzung/handout?hervorheben=C&lang=${lang}`);
	await expect(page.locator('[data-testid="handout"][aria-busy="false"]')).toBeVisible(MODERATION);
	await expectNoForeign(page, foreign, names, `handout (${lang})`);
}

test('the what-if page and session mode in English show no German of either catalogue', async ({ page }) => {
	test.setTimeout(300_000);
	await walkSessionAndScenario(page, 'en', foreignTexts(de, await englishMessages(), CATALOGUE_TEXTS));
});

test('the what-if page and session mode in German show no English of either catalogue', async ({ page }) => {
	test.setTimeout(300_000);
	const reversed = CATALOGUE_TEXTS.map(([id, g, e]) => [id, e, g] as [string, string, string]);
	await walkSessionAndScenario(page, 'de', foreignTexts(await englishMessages(), de, reversed));
});
