/**
 * English throughout (issue #20). Every route walked in English shows no text of the German message
 * catalogue (where English differs) and none of the KPI catalogue's German labels and help texts —
 * and in German none of the English ones: the overview and KPI views (with a fehlerhaft value, the
 * 95 % intervals and the funnel), the import page, the rings page with its Datenstände and change
 * list, the council report's page and preview, the moderation page (matrix, cell details, workbench
 * with a status saved, a query list), the what-if page with its results, session mode (editor,
 * presentation, handout);
 * `lang=en` links reproduce the view in English; the switch remembers the choice, rewords the page
 * in place (an import being read stays) and `<html lang>` follows; numbers are written the English
 * way; axe is clean in English.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { formatUnit } from '../../src/lib/format/index.ts';
import { de, type MessageKey, type Messages } from '../../src/lib/i18n/messages.ts';
import { utf8 } from '../fixtures/ingest/helpers.ts';
import { expect, test } from './fixtures.ts';
import { axe } from './support/axe.ts';
import { demoReference } from './support/expected.ts';
import { changedAfterRelease, testRing } from './support/packages.ts';

const catalogue = loadCatalogue();

/** The English catalogue as english.ts merges it (that module reads a Vite virtual module). */
async function englishMessages(): Promise<Messages> {
	const dir = path.resolve('src/lib/i18n/en');
	const areas = await Promise.all(
		readdirSync(dir).map((f) => import(path.join(dir, f)) as Promise<{ en: Partial<Messages> }>)
	);
	return Object.assign({}, ...areas.map((a) => a.en)) as Messages;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const letters = (s: string) => (s.match(/\p{L}/gu) ?? []).length;

/**
 * A message as a pattern: its placeholders match anything, the rest literally, not inside a word
 * (`gut` is not found in `Gutachten`, `days` not in `processing_days_total`). Messages with fewer than
 * three letters of their own (`„{id}“`, `{kpi}`) say nothing about the language and are left out.
 */
function pattern(template: string): RegExp | null {
	const parts = template.split(/\{\w+\}/);
	if (letters(parts.join('')) < 3) return null;
	const body = parts.map(escape).join('[\\s\\S]*?');
	return new RegExp(`(?<![\\p{L}\\d_])${body}(?![\\p{L}\\d_])`, 'u');
}

interface Foreign {
	/** What the other language says, labelled for the failure message. */
	what: string;
	re: RegExp;
}

/**
 * Everything in `other` that differs from `own`: messages by key, catalogue texts by id. A message
 * the page's own language says as well (English „Ring“ is German „Ring“ too) tells nothing.
 */
function foreignTexts(other: Messages, own: Messages, texts: [string, string, string][]): Foreign[] {
	const out: Foreign[] = [];
	const ownTexts = [...Object.values(own), ...texts.map(([, , ours]) => ours)];
	for (const key of Object.keys(own) as MessageKey[]) {
		if (other[key] === own[key]) continue;
		const re = pattern(other[key]);
		if (re && !ownTexts.some((text) => re.test(text))) out.push({ what: `${key}: ${other[key]}`, re });
	}
	for (const [id, theirs, ours] of texts)
		if (theirs !== ours) out.push({ what: `${id}: ${theirs}`, re: new RegExp(escape(theirs), 'u') });
	return out;
}

/** [id, German, English] of every catalogue text a page shows. */
const CATALOGUE_TEXTS: [string, string, string][] = [
	...catalogue.fields.map((f) => [f.id, f.label, f.label_en!] as [string, string, string]),
	...catalogue.base_counts.map((b) => [b.id, b.label, b.label_en!] as [string, string, string]),
	...catalogue.derived.flatMap((d) =>
		d.label && d.label_en ? [[d.id, d.label, d.label_en] as [string, string, string]] : []
	),
	...catalogue.kpis.flatMap((k) => [
		[k.id, k.label, k.label_en!] as [string, string, string],
		[`${k.id} help`, k.help, k.help_en!] as [string, string, string]
	])
];

/**
 * Every string the page gives a reader: text nodes (hidden ones too: screen readers read them),
 * the attributes read aloud or shown (aria-label, title, placeholder, alt, an optgroup's label) and
 * the document title. A part marked as another language (`lang="en"` on „English“ in the switch)
 * is left out: it is meant to be in that language (`en-GB` is English, like `en`).
 */
async function pageStrings(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const lang = document.documentElement.lang;
		const foreign = (el: Element | null) => {
			const marked = el?.closest('[lang]');
			const primary = (tag: string | null | undefined) => tag?.split('-')[0];
			return (
				marked !== null && marked !== undefined && primary(marked.getAttribute('lang')) !== primary(lang)
			);
		};
		const out = [document.title];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const parent = n.parentElement;
			if (!parent || parent.closest('script, style') || foreign(parent)) continue;
			const text = n.textContent?.trim();
			if (text) out.push(text);
		}
		for (const el of document.body.querySelectorAll('*')) {
			if (foreign(el)) continue;
			for (const name of ['aria-label', 'aria-description', 'title', 'placeholder', 'alt', 'label']) {
				const value = el.getAttribute(name);
				if (value) out.push(value);
			}
		}
		return out;
	});
}

/** Ids are ids in either language: alone (`<code>visits</code>`) or in brackets after a label. */
const IDS = new Set([
	...[...catalogue.fields, ...catalogue.base_counts, ...catalogue.derived, ...catalogue.kpis].map(
		(e) => e.id
	),
	...['authority_id', 'period', 'count_id', 'value', 'ignore']
]);
const ID_IN_BRACKETS = new RegExp(`\\((${[...IDS].join('|')})\\)`, 'g');

/**
 * Names are names in either language: the rings' and their members', a Datenstand's name, and what
 * the user's file says.
 */
let names: string[] = [];
const CHANGED_RING = testRing({ members: 12, periods: [2024], name: 'Ring Sprachen', seed: 4 });
test.beforeAll(async () => {
	const ref = await demoReference();
	// The imported file's own words (its title, headers, cells) are the user's, in their language.
	const cells = PROBLEM_LINES.flatMap((line) => line.split(';')).filter((c) => letters(c) >= 3);
	names = [
		ref.ring.meta.name,
		...ref.ring.authorities.map((a) => a.name),
		CHANGED_RING.meta.name,
		...CHANGED_RING.authorities.map((a) => a.name),
		'Sitzung März',
		// A formula is code, the same in either language (the report's definitions table shows it).
		...catalogue.kpis.map((k) => k.formula),
		...PROBLEM_LINES,
		...cells
	].sort((a, b) => b.length - a.length);
});

async function expectNoForeign(page: Page, foreign: Foreign[], where: string): Promise<void> {
	const strings = (await pageStrings(page))
		.filter((s) => !IDS.has(s))
		.map((s) => names.reduce((t, name) => t.split(name).join(' '), s).replace(ID_IN_BRACKETS, ' '));
	const found: string[] = [];
	for (const s of strings)
		for (const f of foreign) if (f.re.test(s)) found.push(`${f.what}  ←  „${s.slice(0, 160)}“`);
	expect([...new Set(found)], `${where}: text of the other language`).toEqual([]);
}

/** The engine starts once per page load: give it time on a busy machine. */
const ENGINE = { timeout: 60_000 };
/** The moderation page waits for the engine and every finding of the ring. */
const MODERATION = { timeout: 90_000 };
/** Kiel 2023: its phone reachability is fehlerhaft (calls answered > calls received). */
const KIEL = '01002';

async function dashboardReady(page: Page): Promise<void> {
	await expect(page.locator('tr[data-kpi]').first()).toBeVisible(ENGINE);
	await expect(page.getByTestId('dashboard-view')).toHaveAttribute('aria-busy', 'false');
}

async function kpiViewReady(page: Page): Promise<void> {
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
async function moderationOpen(page: Page, lang: 'de' | 'en'): Promise<void> {
	await page.goto(`./moderation?lang=${lang}`);
	await expect(page.getByTestId('matrix')).toBeVisible(MODERATION);
	await page.getByTestId('mod-period').selectOption('2023');
	await page.locator(`tr[data-authority="${KIEL}"] button[data-status="finding"]`).first().click();
	await expect(page.getByTestId('cell-detail')).toBeVisible();
	await page.getByTestId('query-member').selectOption(KIEL);
	await expect(page.getByTestId('query-list')).toBeVisible();
	await expect(page.locator('[data-testid="matrix"][aria-busy="false"]')).toBeVisible();
}

/** A German office file with something to say on every line: detection, mapping, problems. */
const PROBLEM_LINES = [
	'Jahresstatistik Ausländerbehörde',
	'Gemeindeschlüssel;Jahr;title_applications_received;titles_granted;Unbekannte Spalte',
	'01001;2024;1.234;-5;x',
	'1001;2024;12,5;7;',
	'99999;20245;k.A.;3;',
	'Summe;;1.246;5;'
];
const PROBLEM_FILE = utf8(PROBLEM_LINES.join('\r\n'));

async function importProblemFile(page: Page, lang: 'de' | 'en'): Promise<void> {
	await page.goto(`./import?lang=${lang}`);
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

/** Walk the routes in one language; whatever else is open on them (details, tables, a dialog) too. */
async function walk(page: Page, lang: 'de' | 'en', foreign: Foreign[]): Promise<void> {
	await page.goto(`./?peers=nearest&lang=${lang}`);
	await dashboardReady(page);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	for (const summary of await page.locator('summary').all()) await summary.click();
	await expectNoForeign(page, foreign, `overview (${lang})`);

	// A fehlerhaft value with its finding, and the 95 % intervals of the proportion KPIs.
	await page.goto(`./?authority=${KIEL}&period=2023&peers=size&lang=${lang}`);
	await dashboardReady(page);
	await expect(
		page.locator('tr[data-kpi="phone_reachability"]').getByTestId('finding-message')
	).toBeVisible();
	await expect(page.getByTestId('interval').first()).toBeAttached();
	await expectNoForeign(page, foreign, `overview, fehlerhaft and intervals (${lang})`);

	// Three units, a survey KPI and a proportion KPI (intervals, funnel) with Kiel's fehlerhaft value.
	for (const [kpi, state] of [
		['avg_processing_days', ''],
		['cost_per_decision', ''],
		['customer_satisfaction', ''],
		['phone_reachability', `authority=${KIEL}&period=2023&peers=size&`]
	]) {
		await page.goto(`./kpi/${kpi}?${state}lang=${lang}`);
		await kpiViewReady(page);
		await expectNoForeign(page, foreign, `${kpi} charts (${lang})`);
		const toTable = page.locator('[data-chart] button[aria-pressed="false"]');
		while ((await toTable.count()) > 0) await toTable.first().click();
		await expectNoForeign(page, foreign, `${kpi} tables (${lang})`);
	}

	await importProblemFile(page, lang);
	await page.getByTestId('profiles').locator('summary').click();
	await expectNoForeign(page, foreign, `import (${lang})`);

	await page.goto(`./ringe?lang=${lang}`);
	await expect(page.locator('tr[data-ring-id]').first()).toBeVisible();
	await expect(page.getByTestId('releases-status')).toBeVisible();
	await expectNoForeign(page, foreign, `rings (${lang})`);

	// The council report: choices, texts and the preview, which is the document itself.
	await page.goto(`./bericht?authority=${KIEL}&period=2023&peers=size&lang=${lang}`);
	await expect(page.getByTestId('report-preview')).toHaveAttribute('aria-busy', 'false', ENGINE);
	await expect(page.getByTestId('report-preview').locator('[lang]').first()).toHaveAttribute(
		'lang',
		lang === 'en' ? 'en-GB' : 'de-DE'
	);
	await expectNoForeign(page, foreign, `report (${lang})`);

	await moderationOpen(page, lang);
	await expectNoForeign(page, foreign, `moderation (${lang})`);
	// A status saved (on the demo ring: into a copy), its message and the workbench's status.
	const row = page.getByTestId('workbench').locator('tbody tr').first();
	await row.locator('button.edit').click();
	await row.locator('form select').selectOption('rueckfrage');
	await row.locator('form button[type="submit"]').click();
	await expect(page.getByTestId('workbench').locator('tbody tr').first().getByTestId('status')).toHaveText(
		lang === 'en' ? 'queried' : 'Rückfrage gestellt',
		MODERATION
	);
	await expectNoForeign(page, foreign, `moderation, status saved (${lang})`);
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
	await expectNoForeign(page, foreign, `what-if (${lang})`);

	await page.goto(`./sitzung?lang=${lang}`);
	await expect(page.getByTestId('agenda-editor')).toBeVisible(MODERATION);
	await expect(page.getByTestId('preview')).toBeVisible(MODERATION);
	await expectNoForeign(page, foreign, `session editor (${lang})`);
	// The session's own links keep the language: the presentation opened from the editor.
	await page.getByTestId('start').click();
	await expect(page).toHaveURL(new RegExp(`/sitzung/vortrag\\?.*lang=${lang}`));
	await expect(page.locator('[data-testid="presentation"][aria-busy="false"]')).toBeVisible(MODERATION);
	await expect(page.locator('html')).toHaveAttribute('lang', lang);
	await expectNoForeign(page, foreign, `presentation (${lang})`);
	await page.goto(`./sitzung/handout?hervorheben=C&lang=${lang}`);
	await expect(page.locator('[data-testid="handout"][aria-busy="false"]')).toBeVisible(MODERATION);
	await expectNoForeign(page, foreign, `handout (${lang})`);
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

test('a lang=en link reproduces the view in English, and the links on it keep the language', async ({
	page,
	browser
}) => {
	const ref = await demoReference();
	const own = ref.ring.authorities[2]!.authority_id;
	const kpi = catalogue.kpis.find((k) => k.id === 'cost_per_decision')!;
	const url = `./kpi/${kpi.id}?authority=${own}&period=2023&peers=kind&vs=avg_processing_days&lang=en`;
	await page.goto(url);
	await kpiViewReady(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(kpi.label_en!);
	// „Mein Amt“ is a search box: it shows the name and key, and holds the id.
	await expect(page.getByLabel('My authority', { exact: true })).toHaveAttribute('data-value', own);
	await expect(page.getByLabel('Peer group', { exact: true })).toHaveValue('kind');
	await expect(page.getByLabel('Second KPI (vertical axis)')).toHaveValue('avg_processing_days');
	// Numbers the English way: the own value as the formatter writes it for en-GB.
	const value = await ref.kpiValue(own, 2023, kpi.id);
	await expect(page.getByTestId('own-value')).toHaveText(formatUnit(value, 'EUR', { locale: 'en' }));
	expect(formatUnit(1234.5, 'EUR', { locale: 'en' })).toBe('€1,234.50');
	await expect(page).toHaveURL(/lang=en/);

	// A copied link opens in English in a browser that never chose a language …
	const fresh = await browser.newContext({ baseURL: new URL(page.url()).origin });
	const other = await fresh.newPage();
	await other.goto(new URL(page.url()).pathname + new URL(page.url()).search);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(kpi.label_en!);
	// … and without `lang` in German.
	await other.goto(`/kpi/${kpi.id}`);
	await expect(other.getByRole('heading', { level: 1 })).toHaveText(kpi.label);
	await expect(other.locator('html')).toHaveAttribute('lang', 'de');
	await fresh.close();

	// The app's own links keep English: back to the overview, a KPI from there, the navigation.
	await page.getByRole('link', { name: 'Back to the overview' }).click();
	await expect(page).toHaveURL(new RegExp(`authority=${own}&period=2023&peers=kind.*lang=en`));
	await dashboardReady(page);
	await page.locator('tr[data-kpi="avg_processing_days"] a').click();
	await expect(page).toHaveURL(/\/kpi\/avg_processing_days\?.*lang=en/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		catalogue.kpis.find((k) => k.id === 'avg_processing_days')!.label_en!
	);
	await page
		.getByRole('navigation', { name: 'Main navigation' })
		.getByRole('link', { name: 'Rings' })
		.click();
	await expect(page).toHaveURL(/\/ringe\?lang=en/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparison rings in this browser');
});

test('the switch rewords the page in place, is remembered, and the link’s lang wins over it', async ({
	page
}) => {
	await importProblemFile(page, 'de');
	const problems = page.getByTestId('problems');
	await expect(problems).toContainText('Summenzeile „Summe“ wird nicht importiert.');
	const switcher = page.getByRole('list', { name: 'Sprache' });
	await switcher.getByRole('link', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveURL(/lang=en/);
	// The file read before the switch is still there, its problems in English now.
	await expect(problems).toContainText('Sum row “Summe” is not imported.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import data');
	await expect(
		page.getByRole('list', { name: 'Language' }).getByRole('link', { name: 'English' })
	).toHaveAttribute('aria-current', 'true');

	// Remembered: a page opened without `lang` is English …
	await page.goto('./ringe');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparison rings in this browser');
	// … unless its link says otherwise.
	await page.goto('./ringe?lang=de');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vergleichsringe in diesem Browser');
	await page.goto('./ringe');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparison rings in this browser');
	await page.getByRole('list', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vergleichsringe in diesem Browser');
	await page.goto('./ringe');
	await expect(page.locator('html')).toHaveAttribute('lang', 'de');
});

test('the Datenstand line, the releases panel and the change list in English', async ({ page }) => {
	test.setTimeout(180_000);
	const foreign = foreignTexts(de, await englishMessages(), CATALOGUE_TEXTS);
	const { file } = await changedAfterRelease(CHANGED_RING);
	await page.goto('./ringe?lang=en');
	await expect(page.locator('tr[data-ring-id="demo"]')).toBeVisible();
	await page.getByLabel('Open ring package (.zip)').setInputFiles(file);
	await expect(page.getByTestId('rings-status')).toContainText('opened and saved');
	const line = page.getByTestId('datenstand');
	await expect(line).toHaveText(/^changed since Data release Sitzung März of 12\/03\/2025 · [0-9a-f]{8}$/);
	await expect(page.getByTestId('releases-status')).toContainText('changed since Data release Sitzung März');
	const changes = page.getByTestId('changes');
	await expect(changes.locator('tbody tr')).toHaveCount(1);
	await expect(changes.locator('tbody th')).toHaveText(/^Authority [A-Z]+$/);
	await expectNoForeign(page, foreign, 'rings with a changed Datenstand (en)');
	// Freezing: refused without a name that fits, then done; the header follows.
	await page.getByLabel('Name of the new data release').fill('Nach Korrektur');
	await page.getByRole('button', { name: 'Freeze data release' }).click();
	await expect(page.getByTestId('releases-message')).toContainText(
		'Data release “Nach Korrektur” (2024-2) frozen'
	);
	await expect(line).toHaveText(/^Data release Nach Korrektur of \d\d\/\d\d\/\d{4} · [0-9a-f]{8}$/);
	await expect(page.getByTestId('changes-none')).toBeVisible();
	names.push('Nach Korrektur');
	await expectNoForeign(page, foreign, 'rings after freezing (en)');
	// The switch rewords what the panel said.
	await page.getByRole('list', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
	await expect(page.getByTestId('releases-message')).toContainText(
		'Datenstand „Nach Korrektur“ (2024-2) eingefroren'
	);
	await expect(line).toHaveText(/^Datenstand Nach Korrektur vom \d\d\.\d\d\.\d{4} · [0-9a-f]{8}$/);
});

test('axe is clean in English on every route', async ({ page }) => {
	test.setTimeout(240_000);
	await page.goto('./?peers=nearest&lang=en');
	await dashboardReady(page);
	for (const summary of await page.locator('summary').all()) await summary.click();
	expect(await axe(page)).toEqual([]);
	await page.goto('./kpi/avg_processing_days?lang=en');
	await kpiViewReady(page);
	expect(await axe(page)).toEqual([]);
	// A proportion KPI: intervals and the funnel with its list of members outside the limits.
	await page.goto(`./kpi/phone_reachability?authority=${KIEL}&period=2023&peers=size&lang=en`);
	await kpiViewReady(page);
	expect(await axe(page)).toEqual([]);
	await importProblemFile(page, 'en');
	expect(await axe(page)).toEqual([]);
	await page.goto('./ringe?lang=en');
	await expect(page.locator('tr[data-ring-id]').first()).toBeVisible();
	expect(await axe(page)).toEqual([]);
});

// Apart: axe over the matrix's 2,000 cells takes minutes on this machine (as in moderation.spec.ts).
test('axe is clean in English on /moderation, with a cell and a query list open', async ({ page }) => {
	test.setTimeout(240_000);
	await moderationOpen(page, 'en');
	expect(await axe(page)).toEqual([]);
});
