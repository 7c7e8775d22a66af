/**
 * Session mode (issue 30), against the production build: the demo ring's agenda walked by keyboard
 * (the link and the slide follow each key, a reload continues there), no other member's name on any
 * slide, the handout or the audience window of a pseudonymous ring, the speaker's notes only in the
 * presenter view, an agenda that survives a reload and the ring package's round trip, and axe on
 * `/sitzung` at 1440 and 390 pixels; no session page scrolls sideways at either width.
 */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from '@playwright/test';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { expect, test } from './fixtures.ts';
import { visit } from './support/visit.ts';
import { axe } from './support/axe.ts';

// Preparing the slides waits for DuckDB on the shared 2-core machine.
const LOAD = { timeout: 90_000 };
test.setTimeout(240_000);

const catalogue = loadCatalogue();
/** „Alle Kennzahlen“: every KPI with polarity, in catalogue order. */
const DEFAULT = catalogue.kpis.filter((k) => k.polarity !== 'none').map((k) => k.label);
const MEMBERS = readFileSync('data-samples/demo-ring/authorities.csv', 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) =>
		(line.match(/^[^,]*,("(?:[^"]|"")*"|[^,]*)/)?.[1] ?? '').replace(/^"|"$/g, '').replaceAll('""', '"')
	)
	.filter(Boolean);

async function presentation(page: Page, query = ''): Promise<void> {
	await visit(page, `./sitzung/vortrag${query}`);
	await expect(page.locator('[data-testid="presentation"][aria-busy="false"]')).toBeVisible(LOAD);
}

/** The slide on display: its number (link and page agree) and its heading. */
async function expectSlide(page: Page, n: number): Promise<void> {
	await expect(page.getByTestId('presentation')).toHaveAttribute('data-slide', String(n));
	await expect(page).toHaveURL(new RegExp(`[?&]folie=${n}(&|$)`));
	await expect(page.locator('.frame.current article.slide h2')).toHaveText(DEFAULT[n - 1]!);
}

/** The columns drawn on the current slide: one subpath (`M…z`) per column in each kind's path. */
function columnsOnSlide(page: Page): Promise<number> {
	return page
		.locator('.frame.current svg :is(.peer-bar, .unrated-bar, .own-bar) path')
		.evaluateAll((paths) => paths.reduce((n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0), 0));
}

function noMemberName(html: string, where: string): void {
	expect(MEMBERS.length).toBeGreaterThan(40);
	for (const name of MEMBERS) expect(html.includes(name), `${name} on ${where}`).toBe(false);
}

test('keyboard: the demo agenda is walked by the keys a clicker sends, the link follows, a reload continues', async ({
	page
}) => {
	await presentation(page);
	await expectSlide(page, 1);
	const last = DEFAULT.length;
	const steps: [string, number][] = [
		['ArrowRight', 2],
		['PageDown', 3],
		[' ', 4],
		['ArrowLeft', 3],
		['PageUp', 2],
		['End', last],
		['ArrowRight', last],
		['Home', 1],
		['ArrowLeft', 1]
	];
	for (const [key, n] of steps) {
		await page.keyboard.press(key === ' ' ? 'Space' : key);
		await expectSlide(page, n);
	}
	await page.keyboard.press('1');
	await page.keyboard.press('2');
	await expect(page.getByRole('status').filter({ hasText: 'Zu Folie: 12' })).toBeVisible();
	await page.keyboard.press('Enter');
	await expectSlide(page, 12);
	// The slide has a ranking of the ring: a column per row of its table (the one table on show, next
	// to the slides), median and quartiles labelled, and the chart named as one image.
	const rows = await page.locator('.tables-off > :not([hidden]) tbody tr').count();
	expect(rows).toBeGreaterThan(40);
	expect(await columnsOnSlide(page)).toBe(rows);
	await expect(page.locator('.frame.current svg[role="img"]')).toHaveAttribute('aria-label', /Median: /);
	await expect(page.locator('.frame.current svg')).toContainText('Median:');
	await expect(page.locator('.frame.current footer')).toContainText('Datenstand 2024-1 vom 12.03.2025');
	await page.keyboard.press('b');
	await expect(page.getByTestId('blank')).toBeVisible();
	await page.keyboard.press('b');
	await expect(page.getByTestId('blank')).toBeHidden();
	await page.keyboard.press('g');
	const grid = page.getByRole('dialog', { name: 'Alle Folien' });
	await expect(grid.locator('li')).toHaveCount(last);
	await grid.getByRole('button', { name: `5. ${DEFAULT[4]}` }).click();
	await expect(grid).toBeHidden();
	await expectSlide(page, 5);
	await page.reload();
	await expect(page.locator('[data-testid="presentation"][aria-busy="false"]')).toBeVisible(LOAD);
	await expectSlide(page, 5);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/sitzung\?agenda=/);
	await expect(page.getByTestId('agenda-editor')).toBeVisible(LOAD);
});

/** In the editor: a new agenda with a text slide and a KPI slide with notes, saved (the demo as a copy). */
async function makeAgenda(page: Page, name: string, notes: string): Promise<void> {
	await page.goto('./sitzung');
	await expect(page.getByTestId('agenda-editor')).toBeVisible(LOAD);
	await expect(page.getByTestId('preview')).toBeVisible(LOAD);
	await page.getByRole('button', { name: 'Neue Tagesordnung' }).click();
	await page.getByTestId('agenda-name').fill(name);
	await page.getByTestId('agenda-name').press('Enter');
	await page.getByLabel('Art der neuen Folie').selectOption('kpi');
	await page.getByRole('button', { name: 'Folie hinzufügen' }).click();
	await page.getByLabel('Kennzahl', { exact: true }).selectOption('avg_processing_days');
	await page.getByTestId('notes-input').fill(notes);
	await page.getByLabel('Art der neuen Folie').selectOption('text');
	await page.getByRole('button', { name: 'Folie hinzufügen' }).click();
	await page.getByLabel('Überschrift').fill('Nächste Schritte');
	await page.getByRole('button', { name: 'Folie 2 nach oben' }).click();
	await page.getByTestId('save').click();
	await expect(
		page.getByRole('status').filter({ hasText: /Tagesordnung gespeichert|Kopie als neuer Ring/ })
	).toBeVisible(LOAD);
}

test('an agenda survives a reload and the ring package round trip', async ({ page }) => {
	const notes = 'Bitte zuerst nach dem Personal fragen.';
	await makeAgenda(page, 'Sitzung März', notes);
	await page.reload();
	await expect(page.getByTestId('agenda-editor')).toBeVisible(LOAD);
	await page.getByTestId('agenda-select').selectOption('Sitzung März');
	await expect(page.getByTestId('slide-list').locator('li')).toHaveText([
		/Nächste Schritte/,
		/Bearbeitungsdauer|Tage/
	]);

	await visit(page, './ringe');
	const row = page.locator('tr[data-ring-id]:not([data-ring-id="demo"])').first();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		row.getByRole('button', { name: /Ringpaket exportieren/ }).click()
	]);
	const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
	const file = Object.keys(zip).find((p) => p.endsWith('/agendas.json'))!;
	const agendas = JSON.parse(strFromU8(zip[file]!)) as { agendas: { name: string; slides: unknown[] }[] };
	expect(agendas.agendas.map((a) => a.name)).toEqual(['Alle Kennzahlen', 'Sitzung März']);
	expect(agendas.agendas[1]!.slides).toEqual([
		{ type: 'text', heading: 'Nächste Schritte', lines: [], notes: '' },
		{ type: 'kpi', kpi: 'avg_processing_days', period: null, group: { type: 'ring' }, notes }
	]);
	// Opened again as a ring of its own: the same agenda.
	await page.getByLabel('Ringpaket öffnen (.zip)').setInputFiles((await download.path())!);
	await expect(page.locator('tr[data-ring-id]')).toHaveCount(3, LOAD);
	await visit(page, './sitzung?agenda=Sitzung%20M%C3%A4rz');
	await expect(page.getByTestId('agenda-select')).toHaveValue('Sitzung März', LOAD);
	await expect(page.getByTestId('slide-list').locator('li')).toHaveCount(2);
});

test('notes only in the presenter view; the audience window follows it and shows no member’s name', async ({
	page,
	context
}) => {
	const notes = 'Vertraulich: Amt C hat Personal abgebaut.';
	await makeAgenda(page, 'Mit Notizen', notes);
	await presentation(page, '?agenda=Mit%20Notizen&folie=1');
	await expect(page.locator('.frame.current article.slide h2')).toHaveText('Nächste Schritte');
	const [presenter] = await Promise.all([
		context.waitForEvent('page'),
		page.getByRole('button', { name: 'Referentenansicht' }).click()
	]);
	await expect(presenter.locator('[data-testid="presenter"][aria-busy="false"]')).toBeVisible(LOAD);
	await presenter.keyboard.press('ArrowRight');
	await expect(presenter.getByTestId('notes')).toHaveText(notes);
	await expect(page.getByTestId('presentation')).toHaveAttribute('data-slide', '2');
	await expect(page.locator('.frame.current svg .peer-bar path')).toBeVisible();
	const audience = await page.content();
	expect(audience).not.toContain(notes);
	noMemberName(audience, 'the audience window');
	// The audience steers back: the presenter follows.
	await page.keyboard.press('ArrowLeft');
	await expect(presenter.getByTestId('presenter')).toHaveAttribute('data-slide', '1');
	// The handout: without notes unless asked, never a member's name.
	await visit(page, './sitzung/handout?agenda=Mit%20Notizen&folie=1');
	await expect(page.locator('[data-testid="handout"][aria-busy="false"]')).toBeVisible(LOAD);
	expect(await page.content()).not.toContain(notes);
	// Loaded: the handout reads its options when it opens (the editor's link is the way in).
	await page.goto('./sitzung/handout?agenda=Mit%20Notizen&folie=1&notizen=1');
	await expect(page.getByTestId('handout-notes')).toContainText(notes, LOAD);
});

test('no other member’s name on any slide of the demo agenda, highlighted or not, nor in the handout', async ({
	page
}) => {
	await presentation(page, '?folie=1&hervorheben=C');
	const count = DEFAULT.length;
	for (let n = 1; n <= count; n++) {
		await expect(page.getByTestId('presentation')).toHaveAttribute('data-slide', String(n));
		noMemberName(await page.content(), `slide ${n}`);
		await page.keyboard.press('ArrowRight');
	}
	// The highlighted member appears under its pseudonym.
	await expect(page.locator('.frame.current svg .own-value')).toHaveText(/^◆ Behörde C: /);
	await page.goto('./sitzung/handout?hervorheben=C');
	await expect(page.locator('[data-testid="handout"][aria-busy="false"]')).toBeVisible(LOAD);
	await expect(page.locator('section.page')).toHaveCount(count);
	noMemberName(await page.content(), 'the handout');
});

// The editor and the presentation's first slide, as they come up: shell.spec.ts, at both widths.
for (const width of [1440, 390])
	test(`the presentation's second slide passes axe at ${width} pixels`, async ({ page }) => {
		await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
		await presentation(page, '?folie=2');
		expect(await axe(page)).toEqual([]);
	});

/** Nothing wider than the window: the page does not scroll sideways, nor does a fixed stage of its own. */
async function expectNoSidewaysScroll(page: Page, where: string): Promise<void> {
	const m = await page.evaluate(() => ({
		window: innerWidth,
		page: document.documentElement.scrollWidth,
		boxes: [...document.querySelectorAll('[data-testid="presentation"], [data-testid="presenter"]')].map(
			(el) => el.scrollWidth - el.clientWidth
		)
	}));
	expect(m.page, `${where}: page ${m.page} px wide in a window of ${m.window}`).toBeLessThanOrEqual(m.window);
	for (const over of m.boxes) expect(over, `${where}: the stage scrolls sideways`).toBeLessThanOrEqual(0);
}

for (const [width, height] of [
	[1440, 900],
	[390, 844]
] as const)
	test(`session mode fits ${width} pixels: no page scrolls sideways, every control of the presentation on screen`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('./sitzung');
		await expect(page.getByTestId('preview')).toBeVisible(LOAD);
		await expectNoSidewaysScroll(page, '/sitzung');
		await presentation(page, '?folie=1');
		await expectNoSidewaysScroll(page, '/sitzung/vortrag');
		// The toolbar wraps on a phone: each control lies inside the window, none clipped away.
		const controls = page.locator('.toolbar').locator('button, select');
		expect(await controls.count()).toBeGreaterThanOrEqual(8);
		for (const box of await controls.evaluateAll((els) =>
			els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect)
		)) {
			expect(box.left).toBeGreaterThanOrEqual(0);
			expect(box.right).toBeLessThanOrEqual(width);
			expect(box.bottom).toBeLessThanOrEqual(height);
		}
		// The slide is whole above the toolbar.
		const slide = (await page.locator('.frame.current article.slide').boundingBox())!;
		const bar = (await page.locator('.toolbar').boundingBox())!;
		expect(slide.x + slide.width).toBeLessThanOrEqual(width + 0.5);
		expect(slide.y + slide.height).toBeLessThanOrEqual(bar.y + 0.5);
		await visit(page, './sitzung/referent?folie=1');
		await expect(page.locator('[data-testid="presenter"][aria-busy="false"]')).toBeVisible(LOAD);
		await expectNoSidewaysScroll(page, '/sitzung/referent');
		await visit(page, './sitzung/handout');
		await expect(page.locator('[data-testid="handout"][aria-busy="false"]')).toBeVisible(LOAD);
		await expectNoSidewaysScroll(page, '/sitzung/handout');
	});
