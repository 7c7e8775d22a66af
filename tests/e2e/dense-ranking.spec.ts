/**
 * A peer group larger than DENSE_ROWS (the whole ring of 120 members) in the production build: the
 * KPI view's ranking is drawn dense on screen (only the own authority named, about a screen tall, the
 * legend pointing to the table) and on paper fits one A4 page with its title and a legend that does
 * not point to a button paper lacks — checked in the PDF Chromium prints, read back through pdf.js.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { packageFile, testRing } from './support/packages.ts';
import { openPackage } from './support/stored.ts';

const RING = 'Großer Ring';
const ring = testRing({ members: 120, periods: [2023, 2024], name: RING, seed: 8 });
const own = ring.authorities[5]!;
const pkg = packageFile(ring, 'grosser-ring-dicht.zip');

const TITLE = 'Rangfolge in der Vergleichsgruppe 2024';
const ON_SCREEN = 'jede Behörde mit Wert und Rang in der Tabelle („Als Tabelle anzeigen“)';
const ON_PAPER = 'in der Tabelle zu diesem Diagramm in der Anwendung';

/** The ranking's drawn height and the y axis's labels. */
async function ranking(page: Page): Promise<{ height: number; labels: string[] }> {
	const svg = page.locator('[data-chart="ranking"] .plot svg').first();
	return {
		height: Number(await svg.getAttribute('height')),
		labels: await svg.locator('[aria-label="y-axis tick label"] text').allTextContents()
	};
}

/** Text per page of a PDF, as a reader's program extracts it. */
async function pdfPages(bytes: Buffer): Promise<string[]> {
	const doc = await getDocument({ data: new Uint8Array(bytes) }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		pages.push(
			content.items
				.map((item) => ('str' in item ? item.str : ''))
				.join(' ')
				.replace(/\s+/g, ' ')
		);
	}
	await doc.cleanup();
	return pages;
}

test('the whole ring of 120: dense on screen, and on paper one page with a legend for paper', async ({
	page
}) => {
	await openPackage(page, pkg, RING);
	await page.goto(`./kpi/phone_reachability?authority=${own.authority_id}&period=2024&peers=ring`);
	await expect(page.locator('[data-testid="kpi-view"][aria-busy="false"]')).toBeVisible();
	const chart = page.locator('[data-chart="ranking"]');
	await chart.scrollIntoViewIfNeeded();
	await expect(chart.locator('g.own-bar rect')).toHaveCount(1);

	// On screen: only the own authority named, rows of 2–12 px, the legend points to the table.
	const screen = await ranking(page);
	expect(screen.labels).toEqual([`◆ ${own.name}`]);
	expect(screen.height).toBeLessThanOrEqual(1200 + 60);
	expect(screen.height).toBeGreaterThan(700 + 60);
	await expect(chart.locator('p.legend:visible')).toContainText(ON_SCREEN);

	// Printing: drawn for paper (the browser's beforeprint), its legend the paper's.
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect.poll(async () => (await ranking(page)).height).toBeLessThanOrEqual(640 + 60);
	expect((await ranking(page)).labels).toEqual([`◆ ${own.name}`]);
	await expect(chart.locator('p.legend:visible')).toHaveCount(1);
	await expect(chart.locator('p.legend:visible')).toContainText(ON_PAPER);
	await page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await page.emulateMedia({ media: null });
	await expect.poll(async () => (await ranking(page)).height).toBe(screen.height);

	// The PDF Chromium prints (its own beforeprint): the ranking's title, bars and paper legend on one
	// page — drawn for the screen, the figure (1,260 px) would not fit one.
	const pages = await pdfPages(await page.pdf({ format: 'A4', margin: { top: '15mm', bottom: '15mm' } }));
	const at = pages.findIndex((p) => p.includes(TITLE));
	expect(at, 'the ranking is printed').toBeGreaterThanOrEqual(0);
	expect(pages[at]).toContain(`◆ ${own.name}`);
	expect(pages[at]).toContain(ON_PAPER);
	expect(pages.join(' ')).not.toContain(ON_SCREEN);
});
