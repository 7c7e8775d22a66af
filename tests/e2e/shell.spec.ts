/**
 * The app's frame on every route, in the production build, at a desktop's and a phone's width:
 * axe finds nothing (every rule it has: WCAG 2.1 AA and the best practices, such as `region` — all
 * content inside landmarks); on the first five routes the active-ring bar keeps its place, so nothing
 * jumps when the ring has loaded (layout shift measured on the same page load, before axe); an unknown
 * address or KPI id opens the app's layout with a German message and the way back.
 */
import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axe } from './support/axe.ts';
import { matrixDrawn } from './support/matrix.ts';

const VIEWPORTS = [
	{ name: 'desktop', width: 1440, height: 900 },
	{ name: 'phone', width: 390, height: 844 }
];

/**
 * Each route with what shows it is ready (its data drawn, not just its frame). `bare`: the session's
 * full-screen views, without the app's header and ring bar.
 */
const ROUTES: { path: string; ready: (page: Page) => Promise<void>; bare?: true }[] = [
	{
		path: './',
		ready: (page) => expect(page.getByTestId('dashboard-view')).toHaveAttribute('aria-busy', 'false')
	},
	{
		path: './kpi/avg_processing_days',
		ready: async (page) => {
			// Charts are drawn when they come near the screen (on a phone the ranking is further down).
			await page.locator('[data-chart="ranking"]').scrollIntoViewIfNeeded();
			await expect(page.locator('[data-chart="ranking"] g.own-bar rect')).toHaveCount(1);
		}
	},
	{ path: './import', ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible() },
	{ path: './ringe', ready: (page) => expect(page.locator('tr[data-ring-id="demo"]')).toBeVisible() },
	{
		path: './moderation',
		// The matrix and the findings (the ring's plausibility run) drawn: axe then checks a page at rest.
		ready: async (page) => {
			await expect(page.getByTestId('workbench')).toBeVisible();
			// The rows in the matrix's box drawn (a few per frame; rows out of view are not in the page).
			await matrixDrawn(page);
		}
	},
	{
		path: './bericht',
		// The preview (the report itself, drawn in a worker) in place: axe then checks a page at rest.
		ready: (page) => expect(page.getByTestId('report-preview')).toHaveAttribute('aria-busy', 'false')
	},
	{ path: './szenario', ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible() },
	{ path: './sitzung', ready: (page) => expect(page.getByTestId('preview')).toBeVisible() },
	{
		path: './sitzung/handout',
		ready: (page) => expect(page.locator('[data-testid="handout"][aria-busy="false"]')).toBeVisible()
	},
	{
		path: './sitzung/vortrag',
		ready: (page) => expect(page.locator('[data-testid="presentation"][aria-busy="false"]')).toBeVisible(),
		bare: true
	},
	{
		path: './sitzung/referent',
		ready: (page) => expect(page.getByRole('heading', { level: 1 })).toBeVisible(),
		bare: true
	},
	{
		path: './kpi/xyz',
		ready: (page) => expect(page.getByTestId('kpi-unknown')).toBeVisible()
	},
	{ path: './gibt-es-nicht', ready: (page) => expect(page.getByTestId('error-message')).toBeVisible() }
];

/** The ring has loaded (the real session, not the build's preview): the bar names it. */
const ringLoaded = (page: Page) =>
	expect(page.getByTestId('ringbar')).toContainText('Aktiver Ring: Demo-Vergleichsring');

/** Records every layout shift, those that moved <main> or the ring bar, and where <main> starts at its first paint. */
function watchShifts(): void {
	type Shift = PerformanceEntry & {
		value: number;
		hadRecentInput: boolean;
		sources: { node: Node | null }[];
	};
	const w = window as unknown as { shifts: number[]; frame: string[]; mainTop: number | null };
	w.shifts = [];
	w.frame = [];
	w.mainTop = null;
	new PerformanceObserver((list) => {
		for (const e of list.getEntries() as Shift[]) {
			if (e.hadRecentInput) continue;
			w.shifts.push(e.value);
			for (const s of e.sources) {
				const el = s.node instanceof Element ? s.node : null;
				if (el && (el.matches('main') || el.closest('.ringbar')))
					w.frame.push(`${el.tagName}.${el.className}`);
			}
		}
	}).observe({ type: 'layout-shift', buffered: true });
	const first = () => {
		const main = document.querySelector('main');
		if (main)
			w.mainTop = main.offsetTop; // not moved by scrolling
		else requestAnimationFrame(first);
	};
	requestAnimationFrame(first);
}

/**
 * The ring bar keeps its space: nothing moved when the ring had loaded. Checked on the page as it first
 * comes up (before anything is scrolled or opened), so it runs before the route's own readiness.
 */
async function expectNothingMoved(page: Page, path: string, info: TestInfo): Promise<void> {
	// The real session (not the build's preview) with the bar's last part, the Datenstand.
	await expect(page.getByTestId('datenstand'), path).toBeAttached();
	// The KPI view's figures, without scrolling to its charts (their drawing is not the frame's).
	if (path.includes('/kpi/'))
		await expect(page.locator('[data-testid="kpi-view"][aria-busy="false"]')).toBeVisible();
	else await ROUTES.find((r) => r.path === path)!.ready(page);
	await page.waitForTimeout(300); // a shift is reported after the frame it happened in
	const { shifts, frame, mainTop, now } = await page.evaluate(() => {
		const w = window as unknown as { shifts: number[]; frame: string[]; mainTop: number | null };
		return { ...w, now: document.querySelector('main')!.offsetTop };
	});
	expect(mainTop, `${path}: <main> painted`).not.toBeNull();
	expect(now, `${path}: <main> starts where it started`).toBe(mainTop);
	expect(frame, `${path}: the ring bar and <main> never moved`).toEqual([]);
	const cls = shifts.reduce((a, b) => a + b, 0);
	info.annotations.push({ type: 'CLS', description: `${path}: ${cls.toFixed(4)}` });
	// The KPI view's charts replace its loading line and push its definition down: the view's own
	// matter, not the frame's (measured and reported above).
	if (!path.includes('/kpi/')) expect(cls, `${path}: cumulative layout shift`).toBeLessThan(0.01);
}

/** The routes whose frame is also checked for layout shift, at each width (the first five: every kind of page start). */
const SHIFT_CHECKED = new Set(ROUTES.slice(0, 5).map((r) => r.path));

/**
 * The page at rest: no change to the document for three frames running (a chart redrawn for a new
 * width replaces its figure in a later frame). axe reads the document over several tasks, so it must
 * not change meanwhile.
 */
async function atRest(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				let quiet = 0;
				const observer = new MutationObserver(() => (quiet = 0));
				observer.observe(document.body, {
					subtree: true,
					childList: true,
					attributes: true,
					characterData: true
				});
				const frame = () => {
					if (++quiet >= 3) {
						observer.disconnect();
						resolve();
					} else requestAnimationFrame(frame);
				};
				requestAnimationFrame(frame);
			})
	);
}

const [DESKTOP, PHONE] = VIEWPORTS as [(typeof VIEWPORTS)[0], (typeof VIEWPORTS)[0]];

// The first five routes: one page load per width, as each start's frame is checked (layout shift),
// then axe on the page at rest.
for (const viewport of VIEWPORTS)
	test.describe(`${viewport.name} (${viewport.width} × ${viewport.height})`, () => {
		test.use({ viewport: { width: viewport.width, height: viewport.height } });

		for (const route of ROUTES.filter((r) => SHIFT_CHECKED.has(r.path)))
			test(`${route.path}: the ring bar keeps its space, nothing moves; axe passes, everything inside landmarks`, async ({
				page
			}, info) => {
				// Not a wait for a race: axe walks the moderation page (the matrix's rows in view and the
				// findings of 48 members) — measured 2 minutes on the shared 2-core machine at a load of 16.
				if (route.path === './moderation') test.slow();
				await page.addInitScript(watchShifts);
				await page.goto(route.path);
				await ringLoaded(page);
				await expectNothingMoved(page, route.path, info);
				await route.ready(page);
				expect(await axe(page, { allRules: true })).toEqual([]);
			});
	});

// The other routes: one page load, axe at the desktop's width, then at the phone's. The pages lay
// themselves out by CSS alone (and charts by their box's width, redrawn when it changes), so the
// narrowed page is the page a phone loads; a page start costs the shared 2-core CI machine ~4 s.
test.describe(`desktop (${DESKTOP.width} × ${DESKTOP.height}) and phone (${PHONE.width} × ${PHONE.height})`, () => {
	test.use({ viewport: { width: DESKTOP.width, height: DESKTOP.height } });

	for (const route of ROUTES.filter((r) => !SHIFT_CHECKED.has(r.path)))
		test(`${route.path} passes axe at both widths, with everything inside landmarks`, async ({ page }) => {
			await page.goto(route.path);
			if (!route.bare) await ringLoaded(page);
			for (const viewport of [DESKTOP, PHONE]) {
				await page.setViewportSize({ width: viewport.width, height: viewport.height });
				await route.ready(page);
				await atRest(page);
				expect(await axe(page, { allRules: true }), `${route.path} at ${viewport.name} width`).toEqual([]);
			}
		});
});

test('an unknown KPI id: the app’s layout, a German message and the way back', async ({ page }) => {
	const response = await page.goto('./kpi/xyz?authority=01002&period=2024');
	expect(response?.status()).toBe(404); // the server says so; the page is the app's
	await expect(page.getByRole('banner')).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Hauptnavigation' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Die Kennzahl „xyz“ gibt es im Katalog nicht.'
	);
	await expect(page).toHaveTitle(/Seite nicht gefunden/);
	await page.getByRole('main').getByRole('link', { name: 'Zur Übersicht' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wo stehen wir im Vergleich?');
	await expect(page.getByTestId('dashboard-view')).toHaveAttribute('aria-busy', 'false');
});

test('an unknown address: the app’s layout, „Seite nicht gefunden“ and the way back', async ({ page }) => {
	const response = await page.goto('./gibt/es/nicht');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('banner')).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
	await expect(page.getByTestId('error-message')).toHaveText(
		'Die Adresse „/gibt/es/nicht“ gibt es in dieser Anwendung nicht.'
	);
	await page.getByRole('main').getByRole('link', { name: 'Zur Übersicht' }).click();
	await expect(page.getByTestId('dashboard-view')).toHaveAttribute('aria-busy', 'false');
});
