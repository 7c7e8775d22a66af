/**
 * Session mode's slide change (issue 30) in headless Chromium against the production build: the
 * presentation of „Alle Kennzahlen“ on the 550 × 10 ring (`?package=`, ring-wide rankings of 550
 * columns), every slide prepared and drawn before the session starts. Timed in the page from the key
 * event (→, dispatched on window as a clicker sends it) to the slide's last DOM mutation and the frame
 * after it. Target: p95 < 50 ms. The preparation itself (data of every slide + drawing) is reported too.
 */
import type { Browser } from '@playwright/test';
import { summarize, type Summary } from './stats.ts';

export interface SlideChangeFigures {
	ring: string;
	/** Members on the ring-wide ranking of the first KPI slide. */
	bars: number;
	slides: number;
	/** Page open → every slide prepared and drawn (ms, page time from navigation start). */
	prepare: number;
	changes: Summary;
	/** Changes after which the slide number did not follow (should be 0). */
	missed: number;
}

const STAGE = '[data-testid="presentation"]';

export async function measureSlideChange(
	browser: Browser,
	url: string,
	ringId: string,
	quick: boolean
): Promise<SlideChangeFigures> {
	const context = await browser.newContext({
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		viewport: { width: 1920, height: 1080 }
	});
	try {
		const page = await context.newPage();
		await page.goto(url);
		await page.locator(`${STAGE}[aria-busy="false"]`).waitFor({ state: 'attached', timeout: 600_000 });
		const prepare = await page.evaluate(() => performance.now());
		await page.waitForTimeout(1000); // let the first slide settle
		const slides = await page.locator(`${STAGE} .toolbar .count`).innerText();
		const total = Number(slides.split('/')[1]?.trim() ?? 0);
		// The columns drawn: each kind of column is one path of one subpath (`M…z`) per column.
		const bars = await page.evaluate(
			(sel) =>
				[...document.querySelectorAll(sel)].reduce(
					(n, p) => n + (p.getAttribute('d')?.match(/M/g)?.length ?? 0),
					0
				),
			`${STAGE} .frame.current svg :is(.peer-bar, .unrated-bar, .own-bar) path`
		);
		const rounds = Math.min(quick ? 20 : 60, Math.max(0, total - 1) * 2);
		const samples: number[] = [];
		let missed = 0;
		for (let i = 0; i < rounds; i++) {
			// Forward through the agenda and back again, so every change draws a different slide.
			const key = Math.floor(i / Math.max(1, total - 1)) % 2 === 0 ? 'ArrowRight' : 'ArrowLeft';
			const r = await page.evaluate(
				async ({ stageSel, key }) => {
					const stage = document.querySelector(stageSel)!;
					const before = stage.getAttribute('data-slide');
					let lastMutation = -1;
					let painted = -1;
					const observer = new MutationObserver(() => {
						const at = (lastMutation = performance.now());
						requestAnimationFrame(() =>
							setTimeout(() => {
								if (lastMutation === at) painted = performance.now();
							}, 0)
						);
					});
					observer.observe(stage, { subtree: true, childList: true, attributes: true, characterData: true });
					const t0 = performance.now();
					window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
					const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
					for (;;) {
						await sleep(10);
						const now = performance.now();
						if (lastMutation > 0 && painted >= lastMutation && now - lastMutation >= 150) break;
						if (now - t0 > 10_000) break;
					}
					observer.disconnect();
					return { ms: painted - t0, moved: stage.getAttribute('data-slide') !== before };
				},
				{ stageSel: STAGE, key }
			);
			if (!r.moved || r.ms < 0) missed++;
			else samples.push(r.ms);
		}
		return { ring: ringId, bars, slides: total, prepare, changes: summarize(samples), missed };
	} finally {
		await context.close();
	}
}

export const SLIDE_TARGET_MS = 50;

/** The target row of the slide change (report.ts and the session-only run). */
export function slideChangeTarget(s: SlideChangeFigures | null | undefined, notes: readonly string[]) {
	const target = `slide change p95 < ${SLIDE_TARGET_MS} ms at 550×10 (ring-wide ranking)`;
	if (!s) return { id: 'slide-change', target, measured: 'not measured', pass: null, why: notes.join('; ') };
	const at550 = s.ring === '550x10' && s.bars >= 500;
	const pass = s.changes.p95 < SLIDE_TARGET_MS && s.missed === 0;
	return {
		id: 'slide-change',
		target,
		measured: `p95 ${s.changes.p95.toFixed(1)} ms (p50 ${s.changes.p50.toFixed(1)} ms, n=${s.changes.n}) on ${s.ring}, ${s.bars} columns; prepared in ${(s.prepare / 1000).toFixed(1)} s`,
		pass: at550 ? pass : null,
		why: !at550
			? `the first slide showed ${s.bars} columns, not the 550×10 ring; target not judged`
			: pass
				? ''
				: s.missed
					? `${s.missed} key presses did not change the slide`
					: 'the change runs no query and draws nothing new (every slide is prepared and kept in the page: its columns one path per kind, one table swapped in); what remains is Chromium styling, laying out and rasterising one slide — compare with the load average of the run'
	};
}
