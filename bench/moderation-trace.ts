/**
 * Where the matrix's long tasks spend their time: a Chrome trace of the moderator's actions on
 * `/moderation` (550 × 10 ring), every task over 30 ms split into script, style, layout, paint and the
 * rest by self time, with the thread's CPU time beside the wall time (on a loaded machine the wall
 * time grows, the CPU time much less — so two versions can be compared while others build).
 *
 *   node bench/moderation-trace.ts [--port 4481] [--action next|sort|incomplete|period] [--runs 4]
 *
 * Needs build/ served at the port (`node scripts/serve.ts --port 4481`); writes the ring package to
 * build/bench/ first. A diagnostic for the README's figures, not a benchmark with targets
 * (`npm run bench -- --only moderation` is that).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.ts';
import { makeRing, ringZip, SCALES, zipName } from './rings.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: string) => {
	const i = process.argv.indexOf(name);
	return i > 0 ? process.argv[i + 1]! : fallback;
};
const port = Number(arg('--port', '4481'));
const action = arg('--action', 'next');
const runs = Number(arg('--runs', '4'));
/** `--profile`: the script's own time by function (V8's sampling profiler) instead of the trace. */
const profile = process.argv.includes('--profile');

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	tdur?: number;
	pid: number;
	tid: number;
	args?: { name?: string };
}

/** What a named trace event counts as. */
function kind(name: string): string {
	if (
		/^(FunctionCall|EvaluateScript|V8\.|v8\.|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks)/.test(
			name
		)
	)
		return 'script';
	if (/GC|Scavenge|MarkCompact/i.test(name)) return 'gc';
	if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)/.test(name)) return 'style';
	if (/^(Layout|ScrollAnchoring|IntersectionObserver|ResizeObserver)/.test(name)) return 'layout';
	if (/^(Paint|PrePaint|Layerize|RasterTask|CompositeLayers|Commit|UpdateLayer|PaintImage|Decode)/.test(name))
		return 'paint';
	return 'other';
}

async function doAction(page: Page, i: number): Promise<void> {
	await page.evaluate(
		async ([what, n]) => {
			const host = document.querySelector('[data-testid="matrix"]')!.closest('section')!;
			const change = (select: HTMLSelectElement, value: string) => {
				select.value = value;
				select.dispatchEvent(new Event('change', { bubbles: true }));
			};
			if (what === 'next') [...host.querySelectorAll<HTMLButtonElement>('nav button')].at(-1)!.click();
			else if (what === 'sort')
				change(
					host.querySelector<HTMLSelectElement>('select[data-filter="sort"]')!,
					['delivered_asc', 'delivered_desc', 'findings_desc', 'id'][n! % 4]!
				);
			else if (what === 'incomplete')
				host.querySelector<HTMLInputElement>('input[data-filter="incomplete"]')!.click();
			else {
				const s = document.querySelector<HTMLSelectElement>('[data-testid="mod-period"]')!;
				change(s, s.options[(s.selectedIndex + 1) % s.options.length]!.value);
			}
			for (let k = 0; k < 600; k++) {
				await new Promise((done) => requestAnimationFrame(() => done(null)));
				if (host.querySelector('[data-testid="matrix"]')?.getAttribute('aria-busy') === 'false' && k > 1)
					break;
			}
		},
		[action, i] as const
	);
	await page.waitForTimeout(400);
}

async function main(): Promise<void> {
	const scale = SCALES.medium;
	mkdirSync(path.join(ROOT, 'build/bench'), { recursive: true });
	writeFileSync(path.join(ROOT, 'build/bench', zipName(scale)), ringZip(makeRing(scale)));
	const browser = await chromium.launch({ executablePath: findChromium()!, args: CHROMIUM_ARGS });
	try {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'de-DE' });
		await page.goto(`http://127.0.0.1:${port}/moderation?package=bench/${zipName(scale)}`);
		await page.locator('[data-testid="matrix-host"][data-findings="ready"]').waitFor({ timeout: 300_000 });
		await page.locator('[data-testid="matrix"][aria-busy="false"]').waitFor();
		await page.waitForTimeout(1500);
		if (profile) return await profiled(page);
		await browser.startTracing(page, {
			categories: [
				'devtools.timeline',
				'disabled-by-default-devtools.timeline',
				'blink',
				'v8',
				'toplevel',
				'disabled-by-default-devtools.timeline.frame'
			]
		});
		for (let i = 0; i < runs; i++) await doAction(page, i);
		const buffer = await browser.stopTracing();
		report(JSON.parse(buffer.toString('utf8')).traceEvents as TraceEvent[]);
	} finally {
		await browser.close();
	}
}

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount?: number;
}

async function profiled(page: Page): Promise<void> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
	await cdp.send('Profiler.start');
	for (let i = 0; i < runs; i++) await doAction(page, i);
	const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as {
		profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
	};
	const self = new Map<string, number>();
	const byId = new Map(p.nodes.map((n) => [n.id, n]));
	p.samples.forEach((id, i) => {
		const f = byId.get(id)!.callFrame;
		const name = `${f.functionName || '(anonymous)'} ${f.url.split('/').at(-1)}:${f.lineNumber + 1}`;
		self.set(name, (self.get(name) ?? 0) + (p.timeDeltas[i] ?? 0));
	});
	console.log(`action ${action} × ${runs}: script self time by function (ms)`);
	for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
		console.log(`  ${(us / 1000).toFixed(1)}  ${name}`);
}

function report(events: TraceEvent[]): void {
	const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
	if (!main) throw new Error('no renderer main thread in the trace');
	const own = events
		.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
		.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const tasks = own.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
	const long = tasks.filter((t) => t.dur! > 30_000);
	console.log(`action ${action} × ${runs}: ${long.length} tasks over 30 ms (of ${tasks.length})`);
	for (const task of long) {
		const inside = own.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur!);
		// Self time: an event's duration less that of the events directly inside it.
		const self = new Map<string, number>();
		const stack: TraceEvent[] = [];
		const child = new Map<TraceEvent, number>();
		for (const e of inside) {
			while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= e.ts) stack.pop();
			const parent = stack.at(-1);
			if (parent) child.set(parent, (child.get(parent) ?? 0) + e.dur!);
			stack.push(e);
		}
		let covered = 0;
		const byName = new Map<string, number>();
		for (const e of inside) {
			const s = Math.max(0, e.dur! - (child.get(e) ?? 0));
			covered += s;
			const k = kind(e.name);
			self.set(k, (self.get(k) ?? 0) + s);
			byName.set(e.name, (byName.get(e.name) ?? 0) + s);
		}
		self.set('other', (self.get('other') ?? 0) + Math.max(0, task.dur! - covered));
		const parts = [...self].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`);
		const cpu = task.tdur === undefined ? '' : ` (cpu ${(task.tdur / 1000).toFixed(1)})`;
		console.log(`  ${(task.dur! / 1000).toFixed(1)} ms${cpu}: ${parts.join(', ')}`);
		for (const e of inside.filter((x) => x.name === 'Layout'))
			console.log(`    Layout ${(e.dur! / 1000).toFixed(1)} ms ${JSON.stringify(e.args)}`);
		const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 6);
		console.log(`    ${top.map(([n, v]) => `${n} ${(v / 1000).toFixed(1)}`).join(', ')}`);
	}
}

await main();
