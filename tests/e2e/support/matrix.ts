/**
 * The completeness matrix in the browser tests: it draws only the rows in its scroll box, a few per
 * frame, and is `aria-busy` until those are there (src/lib/moderation/CompletenessMatrix.svelte).
 */
import { expect, type Page } from '@playwright/test';

const MATRIX = '[data-testid="matrix"]';

/** The rows in view drawn (after a page, sort, filter, period or scroll). */
export async function matrixDrawn(page: Page, timeout?: number): Promise<void> {
	await expect(page.locator(`${MATRIX}[aria-busy="false"]`)).toBeVisible(timeout ? { timeout } : undefined);
}

/**
 * Every cell of the matrix's current page as `authority,count,status`, read by scrolling its box from
 * top to bottom (rows out of view are not in the DOM), in the order of the rows.
 */
export async function readMatrixPage(page: Page): Promise<string[]> {
	return page.locator(MATRIX).evaluate(async (table) => {
		const box = table.parentElement!;
		const frame = () => new Promise((done) => requestAnimationFrame(() => done(null)));
		const counts = [...table.querySelectorAll('th[data-count]')].map((th) => th.getAttribute('data-count'));
		const rows = new Map<number, string[]>();
		for (let y = 0; ; y += Math.max(1, Math.floor(box.clientHeight / 2))) {
			box.scrollTop = y;
			do await frame();
			while (table.getAttribute('aria-busy') !== 'false');
			for (const tr of table.querySelectorAll<HTMLElement>('tbody tr'))
				rows.set(
					Number(tr.getAttribute('aria-rowindex')),
					[...tr.querySelectorAll('[data-status]')].map(
						(cell, i) => `${tr.dataset.authority},${counts[i]},${cell.getAttribute('data-status')}`
					)
				);
			if (y >= box.scrollHeight - box.clientHeight) break;
		}
		box.scrollTop = 0;
		return [...rows].sort((a, b) => a[0] - b[0]).flatMap(([, cells]) => cells);
	});
}
