/**
 * Tables that hold their layout (issue #19), in the production build: on the overview no two cells'
 * text boxes overlap and no cell's text leaves its cell — on a desktop (1440 × 900), at 200 % zoom
 * (the same window has 720 × 450 CSS pixels), on a 390 px phone (cards) and in print (A4 at the app's
 * 12 mm margins: 703 CSS pixels wide) — for every field table of the demo ring, for authorities whose
 * rows carry the long texts (a fehlerhaft value with its finding, a value missing for a zero
 * denominator, a small survey) and with a peer group of a long name. On the phone the page is never
 * wider than the screen: the navigation is reachable and the Ringe page's buttons are on screen.
 *
 * Measured as the user sees it: the rectangles of every text run (Range.getClientRects), every badge
 * and every strip, in CSS pixels.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { visit } from './support/visit.ts';
import { axe } from './support/axe.ts';

interface Viewport {
	name: string;
	width: number;
	height: number;
	print?: boolean;
}

const VIEWPORTS: Viewport[] = [
	{ name: 'desktop 1440 × 900', width: 1440, height: 900 },
	{ name: '200 % zoom', width: 720, height: 450 },
	{ name: 'phone 390 × 844', width: 390, height: 844 },
	{ name: 'print A4', width: 703, height: 1000, print: true }
];

/** Authority and period whose rows carry the long texts, each with the group the test shows. */
const STATES = [
	{ what: 'default view', query: '' },
	{ what: 'Kiel 2023: a fehlerhaft value with its finding', query: 'authority=01002&period=2023&peers=size' },
	{
		what: 'Suhl 2024: a value missing for a zero denominator',
		query: 'authority=16054&period=2024&peers=kind'
	},
	{ what: 'Zweibrücken 2024: a small survey', query: 'authority=07320&period=2024&peers=ring' }
];

async function ready(page: Page): Promise<void> {
	await expect(page.locator('[data-testid="dashboard-view"][aria-busy="false"]')).toBeVisible({
		timeout: 60_000
	});
	await expect(page.locator('table.overview tbody tr').first()).toBeVisible();
}

/**
 * Every overlap of two cells' text boxes and every text box outside its own cell (or outside the
 * page's width), per field table; empty when the layout holds.
 */
function layoutFaults(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		type Box = { left: number; right: number; top: number; bottom: number };
		const TOLERANCE = 0.5;
		const faults: string[] = [];
		const width = document.documentElement.clientWidth;
		const boxesOf = (cell: Element): Box[] => {
			const out: Box[] = [];
			const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				if (!n.textContent?.trim()) continue;
				const range = document.createRange();
				range.selectNodeContents(n);
				for (const b of range.getClientRects()) if (b.width > 0 && b.height > 0) out.push(b);
			}
			for (const el of cell.querySelectorAll('svg, .badge')) {
				const b = el.getBoundingClientRect();
				if (b.width > 0 && b.height > 0) out.push(b);
			}
			return out;
		};
		const overlap = (a: Box, b: Box) =>
			Math.min(a.right, b.right) - Math.max(a.left, b.left) > TOLERANCE &&
			Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > TOLERANCE;
		for (const table of document.querySelectorAll('table.overview')) {
			const field = table.getAttribute('data-field');
			// A visually hidden header (cards) sits in a 1 px box: it is read, not seen.
			const seen = (el: Element | null): boolean => {
				for (let e = el; e && e !== table; e = e.parentElement) {
					const r = e.getBoundingClientRect();
					if (r.width <= 1 || r.height <= 1) return false;
				}
				return true;
			};
			const cells = [...table.querySelectorAll('th, td')].filter(seen);
			const name = (c: Element) =>
				`${c.closest('tr')?.getAttribute('data-kpi') ?? 'header'}/${c.getAttribute('data-col') ?? c.tagName}`;
			const boxes = cells.map(boxesOf);
			cells.forEach((cell, i) => {
				const own = cell.getBoundingClientRect();
				for (const b of boxes[i]!) {
					if (b.left < own.left - TOLERANCE || b.right > own.right + TOLERANCE)
						faults.push(`${field}: ${name(cell)} runs out of its cell`);
					if (b.left < -TOLERANCE || b.right > width + TOLERANCE)
						faults.push(`${field}: ${name(cell)} runs out of the page`);
				}
				for (let j = i + 1; j < cells.length; j++)
					if (boxes[i]!.some((a) => boxes[j]!.some((b) => overlap(a, b))))
						faults.push(`${field}: ${name(cell)} overlaps ${name(cells[j]!)}`);
			});
		}
		return [...new Set(faults)];
	});
}

async function show(page: Page, viewport: Viewport): Promise<void> {
	await page.emulateMedia({ media: viewport.print ? 'print' : 'screen' });
	await page.setViewportSize({ width: viewport.width, height: viewport.height });
	// Layout settles within a frame; container queries follow the new width.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Nothing on the page is wider than the screen (no sideways scrolling on a phone). */
async function pageWidthFaults(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const faults: string[] = [];
		if (document.documentElement.scrollWidth > width + 1)
			faults.push(`page is ${document.documentElement.scrollWidth} px wide on a ${width} px screen`);
		for (const el of document.querySelectorAll('main button, header a, main select, main a')) {
			const r = el.getBoundingClientRect();
			if (r.width > 0 && (r.left < -1 || r.right > width + 1))
				faults.push(`${el.tagName.toLowerCase()} „${el.textContent?.trim().slice(0, 40)}“ off screen`);
		}
		return faults;
	});
}

test.describe('overview tables hold their layout', () => {
	for (const state of STATES)
		test(`${state.what}: desktop, 200 % zoom, phone and print`, async ({ page }) => {
			await page.goto(`./?${state.query}`);
			await ready(page);
			const fields = await page.locator('table.overview').count();
			expect(fields).toBeGreaterThanOrEqual(5);
			for (const viewport of VIEWPORTS) {
				await show(page, viewport);
				expect(await layoutFaults(page), viewport.name).toEqual([]);
			}
		});

	test('a peer group with a long name, on the phone: cards, nothing off screen', async ({ page }) => {
		const name = 'Kreisfreie Städte und Landkreise mit vergleichbarer Antragslage (Norden)';
		await page.goto('./?authority=01001&period=2024');
		await ready(page);
		await page.getByText('Eigene Vergleichsgruppe bilden').click();
		await page.getByLabel('Name der Gruppe').fill(name);
		for (const id of ['01002', '02000', '03241', '03354', '03403'])
			await page.getByRole('checkbox', { name: id }).check();
		await page.getByRole('button', { name: 'Gruppe speichern und anzeigen' }).click();
		await expect(page.getByLabel('Vergleichsgruppe', { exact: true })).toHaveValue(`custom:${name}`);
		await ready(page);
		for (const viewport of VIEWPORTS) {
			await show(page, viewport);
			expect(await layoutFaults(page), viewport.name).toEqual([]);
		}
		await show(page, VIEWPORTS[2]!);
		expect(await pageWidthFaults(page)).toEqual([]);
		// Cards: the column's name stands with each value.
		const own = page.locator('tr[data-kpi="completion_rate"] td[data-col="own"]');
		const label = await own.evaluate((td) => getComputedStyle(td, '::before').content);
		expect(label).toBe('"Eigener Wert"');
	});
});

test.describe('on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the navigation is reachable from every page, and no page is wider than the screen', async ({
		page
	}) => {
		await page.goto('./');
		await ready(page);
		expect(await pageWidthFaults(page)).toEqual([]);
		const nav = page.getByRole('navigation');
		for (const link of await nav.getByRole('link').all()) await expect(link).toBeInViewport();
		await nav.getByRole('link', { name: 'Ringe' }).click();
		await expect(page).toHaveURL(/\/ringe/);
		await expect(page.locator('tr[data-ring-id="demo"]')).toBeVisible({ timeout: 60_000 });
		expect(await pageWidthFaults(page)).toEqual([]);
		await visit(page, './kpi/avg_processing_days?authority=01001&period=2024');
		await expect(page.locator('[data-testid="kpi-view"][aria-busy="false"]')).toBeVisible({
			timeout: 60_000
		});
		expect(await pageWidthFaults(page)).toEqual([]);
	});

	test('the Ringe page: every button of every ring on screen', async ({ page }) => {
		await page.goto('./ringe');
		const demo = page.locator('tr[data-ring-id="demo"]');
		await expect(demo).toBeVisible({ timeout: 60_000 });
		const buttons = demo.getByRole('button');
		expect(await buttons.count()).toBeGreaterThanOrEqual(2);
		for (const button of await buttons.all()) {
			await button.scrollIntoViewIfNeeded();
			await expect(button).toBeInViewport({ ratio: 1 });
		}
	});
});

test.describe('axe on the phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	// Kiel 2023: cards with a fehlerhaft value and its finding (the Ringe page as cards: shell.spec.ts).
	test('the overview as cards, with a fehlerhaft value, passes axe', async ({ page }) => {
		await page.goto('./?authority=01002&period=2023');
		await ready(page);
		expect(await axe(page)).toEqual([]);
	});
});
