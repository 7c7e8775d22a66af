/**
 * Interaction: select changes on the ring from `?package=`, each timed in the page from the change event
 * to the chart's last DOM mutation and the frame after it. Extending: add an entry to SELECTS (a select's
 * label and how to step through its values).
 */
import type { Browser, Locator, Page } from '@playwright/test';
import type { BenchRing, BrowserOptions, InteractionFigures } from './browser-types.ts';
import { CHART, CHART_READY, CHECKED } from './cold-start.ts';
import { summarize } from './stats.ts';

/** Selects the interaction cycles through, by their visible label; absent ones are skipped. */
export const SELECTS = [
	{ kind: 'authority', label: 'Mein Amt', step: 37 },
	{ kind: 'period', label: 'Erhebungsjahr', step: 1 },
	{ kind: 'kpi', label: 'Kennzahl', step: 5 },
	{ kind: 'peers', label: 'Vergleichsgruppe', step: 1 }
] as const;

/**
 * The select labelled `label`: `<label for>` (exact accessible name), or a select wrapped in a
 * <label> whose text starts with `label` (its accessible name also holds the selected option).
 */
export function selectFor(page: Page, label: string) {
	return page.getByLabel(label, { exact: true }).or(
		page
			.locator('label')
			.filter({ hasText: new RegExp(`^\\s*${label}`) })
			.locator('select')
	);
}

/**
 * One select change, timed in the page: change event → last chart mutation → the frame after it. The
 * „Mein Amt“ combobox is changed as a user does it: the key typed (an input event), ↓ to the first
 * match (an exact key comes first) and Enter — timed from the input event.
 */
async function interact(
	control: Locator,
	value: string
): Promise<{ ms: number; late: boolean; changed: boolean }> {
	const select = await control.elementHandle();
	if (!select) throw new Error(`no control ${String(control)}`);
	return select.evaluate(
		async (el, { chartSel, value }) => {
			const chart = document.querySelector(chartSel)!;
			const ownLabel = () => chart.querySelector('g.own-bar rect')?.getAttribute('aria-label') ?? null;
			const before = ownLabel();
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
			observer.observe(chart, { subtree: true, childList: true, attributes: true, characterData: true });
			const t0 = performance.now();
			if (el.getAttribute('role') === 'combobox') {
				const input = el as HTMLInputElement;
				input.focus();
				input.value = value;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				for (const key of ['ArrowDown', 'Enter'])
					input.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
			} else {
				const sel = el as HTMLSelectElement;
				sel.value = value;
				sel.dispatchEvent(new Event('change', { bubbles: true }));
			}
			const QUIET = 300;
			const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
			for (;;) {
				await sleep(20);
				const now = performance.now();
				const quiet = lastMutation > 0 && painted >= lastMutation && now - lastMutation >= QUIET;
				// A peer-group change need not change the own bar's label: then quiet after 1 s ends it.
				if (quiet && (ownLabel() !== before || now - t0 > 1000)) break;
				if (now - t0 > 30_000) throw new Error(`chart did not re-render after ${value}`);
			}
			const end = painted;
			await sleep(500);
			observer.disconnect();
			return { ms: end - t0, late: lastMutation > end, changed: ownLabel() !== before };
		},
		{ chartSel: CHART, value }
	);
}

export async function measureInteraction(
	browser: Browser,
	packageUrl: string,
	ring: BenchRing,
	options: BrowserOptions,
	notes: string[]
): Promise<InteractionFigures | null> {
	const context = await browser.newContext({
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		viewport: { width: 1280, height: 900 }
	});
	try {
		const page = await context.newPage();
		await page.goto(packageUrl);
		await page.locator(CHART_READY).first().waitFor({ state: 'attached', timeout: 120_000 });
		// The ring opened, whole: the first chart comes from the ring in memory before DuckDB is ready
		// (engine.ts), whose start, load and check of the numbers follow — the start's work, measured
		// by the cold-start rows, not a select change's.
		await page.locator(CHECKED).waitFor({ timeout: 120_000 });
		await page.waitForTimeout(1000); // let the first render settle
		// A select's values are its options; „Mein Amt“ is a combobox (it lists only what matches what
		// is typed): its values are the members, counted from the ring bar („N Mitglieder“).
		const optionsOf = async (label: string) => {
			const control = selectFor(page, label);
			if ((await control.getAttribute('role')) !== 'combobox')
				return control.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
			const members = Number(
				/(\d+) Mitglieder/.exec(await page.getByTestId('ringbar').innerText())?.[1] ?? 0
			);
			return members === ring.authorities.length ? ring.authorities : [];
		};
		const present: { kind: string; label: string; step: number; values: string[]; control: Locator }[] = [];
		for (const select of SELECTS) {
			if ((await selectFor(page, select.label).count()) !== 1) {
				notes.push(
					`interaction: no select „${select.label}“ on ${new URL(packageUrl).pathname}; ${select.kind} changes not measured`
				);
				continue;
			}
			// Found by its visible label once, then addressed by its id: a label lookup computes the
			// accessible name of every labelled element in the page — about 2 MiB of garbage in the
			// page's own heap per lookup, work a user's page never does, right before each timed change
			// (on one build it measured p95 59 / 64 ms where the lookup by id measures 79 / 82 ms).
			const id = await selectFor(page, select.label).getAttribute('id');
			const control = id ? page.locator(`[id="${id}"]`) : selectFor(page, select.label);
			present.push({ ...select, values: await optionsOf(select.label), control });
		}
		const count = present.find((p) => p.kind === 'authority')?.values.length ?? 0;
		const packageOpened = count === ring.authorities.length;
		if (!packageOpened)
			notes.push(
				`?package= did not open ${ring.file} (${count} authorities in the picker); interaction measured on the ring shown`
			);
		const rounds = options.quick ? 8 : 20;
		const steps: { kind: string; control: Locator; value: string }[] = [];
		for (let i = 0; i < rounds; i++)
			for (const p of present) {
				const values = p.kind === 'period' ? p.values.slice(-2) : p.values;
				steps.push({ kind: p.kind, control: p.control, value: values[(i * p.step + 1) % values.length]! });
			}
		const all: number[] = [];
		const byKind: Record<string, number[]> = {};
		let lateRenders = 0;
		let unchangedLabels = 0;
		for (const step of steps) {
			const control = step.control;
			const selected =
				(await control.getAttribute('role')) === 'combobox'
					? await control.getAttribute('data-value')
					: await control.inputValue();
			if (selected === step.value) continue; // no change, nothing to measure
			const r = await interact(control, step.value);
			all.push(r.ms);
			(byKind[step.kind] ??= []).push(r.ms);
			if (r.late) lateRenders++;
			if (!r.changed) unchangedLabels++;
		}
		const appJsHeap = await page.evaluate(
			() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0
		);
		return {
			ring: packageOpened ? ring.id : `ring shown (${count} authorities)`,
			packageOpened,
			authorities: count,
			all: summarize(all),
			byKind: Object.fromEntries(Object.entries(byKind).map(([k, v]) => [k, summarize(v)])),
			lateRenders,
			unchangedLabels,
			appJsHeap
		};
	} catch (e) {
		notes.push(`interaction not measured: ${(e as Error).message.split('\n')[0]}`);
		return null;
	} finally {
		await context.close();
	}
}
