/**
 * The completeness matrix at 550 members × 42 base counts (issue 29: "renders and scrolls without a
 * long task over 50 ms"), in Chromium against the production build: `/moderation` on the 550 × 10
 * benchmark ring opened with `?package=`.
 *
 * Measured, with the Long Tasks API and Long Animation Frames (a frame's script and rendering together,
 * where Chromium has them) observed from the first byte:
 * - the first matrix: navigation → the matrix's first row painted, and the findings' arrival (the
 *   matrix redraws its „Befund“ cells); long tasks in the page until then are reported as
 *   information — most of them are the ring package and DuckDB starting, not the matrix;
 * - renders of the matrix by the moderator: next page, sort by totals, only incomplete members, a
 *   field, another period — each from the click to the frame after the DOM changed, with the long
 *   tasks and long frames inside that window;
 * - scrolling: the matrix's box sideways to its last column and down through the page's 50 members
 *   (it draws the rows coming into view), then the page down, in steps of one frame, with the long
 *   tasks and frames meanwhile.
 * The target: no long task (and no long frame) over 50 ms in the renders and the scrolling.
 */
import type { Browser, Page } from '@playwright/test';
import { summarize, type Summary } from './stats.ts';

export interface ModerationAction {
	name: string;
	/** Click → the frame after the matrix changed (ms). */
	time: Summary;
	/** Longest long task / long animation frame in any run of it (0: none over 50 ms). */
	longestTask: number;
	longestFrame: number;
}

export interface ModerationFigures {
	ring: string;
	members: number;
	counts: number;
	/** Cells on one page of the matrix. */
	cells: number;
	/** Cells drawn at a time (the rows in the matrix's box, and a margin). */
	drawnCells: number;
	firstMatrix: Summary;
	findings: Summary;
	/** Long tasks until the findings arrived (information: package, DuckDB, the first render). */
	startTasks: number[];
	actions: ModerationAction[];
	scroll: { steps: number; longestTask: number; longestFrame: number; frame: Summary };
	/** Whether Chromium reported long animation frames at all. */
	loaf: boolean;
}

const OBSERVE_SCRIPT = `(() => {
	const w = window;
	w.__long = { tasks: [], frames: [], loaf: false };
	try { new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__long.tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}
	try { new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__long.frames.push([e.startTime, e.duration]); }).observe({ type: 'long-animation-frame', buffered: true }); w.__long.loaf = true; } catch {}
})();`;

type Window = { __long: { tasks: [number, number][]; frames: [number, number][]; loaf: boolean } };

/** Long tasks and frames that started in [from, to) (page time). */
function longIn(page: Page, from: number, to: number) {
	return page.evaluate(
		([a, b]) => {
			const l = (window as unknown as Window).__long;
			const pick = (list: [number, number][]) => list.filter(([at]) => at >= a! && at < b!).map(([, d]) => d);
			return { tasks: pick(l.tasks), frames: pick(l.frames) };
		},
		[from, to]
	);
}

/** The moderator's actions on the matrix, done in the page (the app's CSP forbids eval). */
const ACTIONS = [
	{ id: 'next', name: 'Nächste Seite (50 Mitglieder × 42)' },
	{ id: 'sort', name: 'Sortieren nach Summe ↑/↓ und Befunden' },
	{ id: 'incomplete', name: 'nur unvollständige Mitglieder an/aus' },
	{ id: 'period', name: 'anderes Erhebungsjahr' }
] as const;

/**
 * Do action `id` (run `i`) in the page and time it to the frame after the matrix changed and drew its
 * whole page; then wait for quiet, so late work is counted too.
 */
async function timed(page: Page, id: string, i: number): Promise<{ ms: number; from: number; to: number }> {
	const r = await page.evaluate(
		async ([action, n]) => {
			const host = document.querySelector('[data-testid="matrix"]')!.closest('section')!;
			const change = (select: HTMLSelectElement, value: string) => {
				select.value = value;
				select.dispatchEvent(new Event('change', { bubbles: true }));
			};
			// Done when the matrix has changed (any change in its section) and has drawn every row of
			// the page (it is `aria-busy` while it draws them, a few rows a frame).
			let changed = false;
			const observer = new MutationObserver(() => (changed = true));
			observer.observe(host, { subtree: true, childList: true, characterData: true, attributes: true });
			const drawn = () => host.querySelector('[data-testid="matrix"]')?.getAttribute('aria-busy') === 'false';
			const t0 = performance.now();
			if (action === 'next') [...host.querySelectorAll<HTMLButtonElement>('nav button')].at(-1)!.click();
			else if (action === 'sort')
				change(
					host.querySelector<HTMLSelectElement>('select[data-filter="sort"]')!,
					['delivered_asc', 'delivered_desc', 'findings_desc', 'id'][n! % 4]!
				);
			else if (action === 'incomplete')
				host.querySelector<HTMLInputElement>('input[data-filter="incomplete"]')!.click();
			else {
				const s = document.querySelector<HTMLSelectElement>('[data-testid="mod-period"]')!;
				change(s, s.options[(s.selectedIndex + 1 + (n! % 3)) % s.options.length]!.value);
			}
			for (let k = 0; k < 600 && !(changed && drawn()); k++)
				await new Promise((done) => requestAnimationFrame(() => done(null)));
			observer.disconnect();
			await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
			return { ms: performance.now() - t0, from: t0 };
		},
		[id, i] as const
	);
	await page.waitForTimeout(300);
	return { ...r, to: r.from + r.ms + 300 };
}

export async function measureModeration(options: {
	browser: Browser;
	base: string;
	ringFile: string;
	ringId: string;
	quick: boolean;
	log: (line: string) => void;
}): Promise<ModerationFigures> {
	const { browser, base, quick, log } = options;
	const runs = quick ? 2 : 5;
	const starts: { matrix: number; findings: number; tasks: number[] }[] = [];
	let figures: Omit<ModerationFigures, 'firstMatrix' | 'findings' | 'startTasks'> | null = null;
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext({ locale: 'de-DE', viewport: { width: 1440, height: 900 } });
		await context.addInitScript(OBSERVE_SCRIPT);
		const page = await context.newPage();
		try {
			log(`browser: /moderation on ${options.ringId}, run ${run + 1} of ${runs}`);
			await page.goto(`${base}/moderation?package=bench/${options.ringFile}`);
			await page.locator('[data-testid="matrix"] tbody tr').first().waitFor({ timeout: 300_000 });
			const matrix = await page.evaluate(() => performance.now());
			await page.locator('[data-testid="matrix-host"][data-findings="ready"]').waitFor({ timeout: 300_000 });
			const findings = await page.evaluate(() => performance.now());
			const start = await longIn(page, 0, findings + 1);
			starts.push({ matrix, findings, tasks: start.tasks });
			// The interactions, measured in the last run (the first has the cold caches of a first visit).
			if (run !== runs - 1) continue;
			await page.waitForTimeout(1000);
			const actions: ModerationAction[] = [];
			for (const action of ACTIONS) {
				const times: number[] = [];
				const tasks: number[] = [];
				const frames: number[] = [];
				for (let i = 0; i < (quick ? 4 : 10); i++) {
					const t = await timed(page, action.id, i);
					const long = await longIn(page, t.from, t.to);
					times.push(t.ms);
					tasks.push(...long.tasks);
					frames.push(...long.frames);
				}
				actions.push({
					name: action.name,
					time: summarize(times),
					longestTask: Math.max(0, ...tasks),
					longestFrame: Math.max(0, ...frames)
				});
			}
			const scroll = await page.evaluate(async () => {
				const box = document.querySelector('[data-testid="matrix"]')!.parentElement!;
				const frames: number[] = [];
				const from = performance.now();
				let last = from;
				const step = async () => {
					await new Promise((r) => requestAnimationFrame(() => r(null)));
					const now = performance.now();
					frames.push(now - last);
					last = now;
				};
				box.scrollIntoView();
				for (let x = 0; x <= box.scrollWidth; x += 120) {
					box.scrollLeft = x;
					await step();
				}
				for (let y = 0; y <= box.scrollHeight; y += 60) {
					box.scrollTop = y;
					await step();
				}
				for (let y = 0; y <= document.documentElement.scrollHeight; y += 150) {
					window.scrollTo(0, y);
					await step();
				}
				return { from, to: performance.now(), frames };
			});
			const long = await longIn(page, scroll.from, scroll.to + 300);
			const shape = await page.evaluate(() => ({
				members: Number(
					/\((\d+) Mitglieder\)/.exec(document.querySelector('section.matrix nav')?.textContent ?? '')?.[1] ??
						0
				),
				counts: document.querySelectorAll('[data-testid="matrix"] th[data-count]').length,
				drawnCells: document.querySelectorAll('[data-testid="matrix"] [data-cell]').length,
				loaf: (window as unknown as Window).__long.loaf
			}));
			figures = {
				ring: options.ringId,
				members: shape.members,
				counts: shape.counts,
				cells: Math.min(50, shape.members) * shape.counts,
				drawnCells: shape.drawnCells,
				actions,
				scroll: {
					steps: scroll.frames.length,
					longestTask: Math.max(0, ...long.tasks),
					longestFrame: Math.max(0, ...long.frames),
					frame: summarize(scroll.frames)
				},
				loaf: shape.loaf
			};
		} finally {
			await context.close();
		}
	}
	if (!figures) throw new Error('moderation bench: no interaction run');
	return {
		...figures,
		firstMatrix: summarize(starts.map((s) => s.matrix)),
		findings: summarize(starts.map((s) => s.findings)),
		startTasks: starts.at(-1)!.tasks
	};
}

const ms = (v: number) => `${Math.round(v)} ms`;
const range = (s: Summary) => `${ms(s.median)} (${Math.round(s.min)}–${Math.round(s.max)})`;
const verdict = (task: number, frame: number) => (task > 50 || frame > 50 ? 'MISS' : 'PASS');

export function renderModerationMarkdown(heading: string, f: ModerationFigures, notes: string[]): string {
	const lines = [
		heading,
		'',
		`Ring ${f.ring}: ${f.members} members × ${f.counts} base counts; one page of the matrix holds ${f.cells} cells, of which ${f.drawnCells ?? f.cells} are drawn at a time (the rows in the matrix's box and a margin). Long animation frames ${f.loaf ? 'observed' : 'not reported by this Chromium'}.`,
		'',
		'| what | time, median (min–max) | longest long task | longest long frame | target: none over 50 ms |',
		'| --- | --- | --- | --- | --- |',
		...f.actions.map(
			(a) =>
				`| ${a.name} | ${range(a.time)} | ${a.longestTask ? ms(a.longestTask) : 'none'} | ${a.longestFrame ? ms(a.longestFrame) : 'none'} | ${verdict(a.longestTask, a.longestFrame)} |`
		),
		`| scrolling: the matrix sideways and down through its page, then the page down (${f.scroll.steps} frames) | frame ${range(f.scroll.frame)} | ${f.scroll.longestTask ? ms(f.scroll.longestTask) : 'none'} | ${f.scroll.longestFrame ? ms(f.scroll.longestFrame) : 'none'} | ${verdict(f.scroll.longestTask, f.scroll.longestFrame)} |`,
		'',
		`First matrix (navigation → first row painted, \`?package=\` read and DuckDB started first): ${range(f.firstMatrix)}; findings in (the „Befund“ cells drawn): ${range(f.findings)}. Long tasks until then (information — package, DuckDB, the first render): ${f.startTasks.length ? f.startTasks.map(ms).join(', ') : 'none'}.`,
		...(notes.length ? ['', ...notes.map((n) => `- ${n}`)] : []),
		''
	];
	return lines.join('\n');
}
