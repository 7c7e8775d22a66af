/**
 * The matrix draws the rows in view a batch per frame (`ProgressiveWindow`): the first batch at once,
 * one more per animation frame, the whole window after ⌈n / step⌉ frames; a new page starts again at
 * the first batch; a scroll draws the rows entering the window and drops those leaving it; a pinned row
 * (the grid's active row) is drawn whenever it is in the window, also when the rows are new.
 * Runs Svelte's real runes; the animation frames are stepped by hand.
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ProgressiveWindow } from '../../src/lib/moderation/progressive.svelte.ts';

let frames: (FrameRequestCallback | null)[] = [];
beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
	frames = [];
	globalThis.requestAnimationFrame = (cb) => frames.push(cb);
	globalThis.cancelAnimationFrame = (id) => {
		frames[id - 1] = null;
	};
});
afterEach(() => {
	vi.useRealTimers();
	// @ts-expect-error -- Node has no animation frames; the test lent them
	delete globalThis.requestAnimationFrame;
	// @ts-expect-error -- as above
	delete globalThis.cancelAnimationFrame;
});

/** Run the animation frames requested so far, the task each queues after its frame, then Svelte's effects. */
function frame(): void {
	const due = frames;
	frames = [];
	for (const cb of due) cb?.(0);
	vi.runOnlyPendingTimers();
	flushSync();
}

const rows = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`);

describe('ProgressiveWindow', () => {
	it('draws a window of 16 rows 4 per frame, and a new page from its first batch again', () => {
		let page = $state.raw(rows(50, 'a'));
		let win = $state.raw<[number, number]>([0, 16]);
		let drawn!: ProgressiveWindow<string>;
		const seen: [number, boolean][] = [];
		const stop = $effect.root(() => {
			drawn = new ProgressiveWindow(
				() => page,
				() => win,
				(r) => r,
				4
			);
		});
		flushSync();
		seen.push([drawn.shown.length, drawn.complete]);
		for (let i = 0; i < 5; i++) {
			frame();
			seen.push([drawn.shown.length, drawn.complete]);
		}
		expect(seen).toEqual([
			[4, false],
			[8, false],
			[12, false],
			[16, true],
			[16, true],
			[16, true]
		]);
		expect(frames).toEqual([]); // nothing more is asked for once complete
		expect(vi.getTimerCount()).toBe(0);
		expect(drawn.shown.map((s) => s.index)).toEqual([...Array(16).keys()]);
		expect(drawn.shown[3]).toEqual({ row: 'a3', index: 3 });

		// Scrolled by two rows: rows 0–1 leave at once, 16–17 come with the next frame.
		win = [2, 18];
		flushSync();
		expect([drawn.shown.length, drawn.complete]).toEqual([14, false]);
		frame();
		expect(drawn.shown.map((s) => s.row)).toEqual(rows(18, 'a').slice(2));
		expect(drawn.complete).toBe(true);

		// Another page: its first batch with the change, the rest a batch a frame.
		page = rows(20, 'b');
		flushSync();
		expect(drawn.shown.map((s) => s.row)).toEqual(['b2', 'b3', 'b4', 'b5']);
		for (let i = 0; i < 3; i++) frame();
		expect([drawn.shown.length, drawn.complete]).toEqual([16, true]);

		// A window past the end of a short page holds what there is; negative starts are clamped.
		page = rows(3, 'c');
		win = [-3, 10];
		flushSync();
		expect([drawn.shown.map((s) => s.row), drawn.complete]).toEqual([['c0', 'c1', 'c2'], true]);
		stop();
	});

	it('a far jump draws the new window from its top, a batch a frame', () => {
		const page = rows(50, 'a');
		let win = $state.raw<[number, number]>([0, 8]);
		let drawn!: ProgressiveWindow<string>;
		const stop = $effect.root(() => {
			drawn = new ProgressiveWindow(
				() => page,
				() => win,
				(r) => r,
				4
			);
		});
		flushSync();
		frame();
		expect(drawn.complete).toBe(true);
		win = [40, 48];
		flushSync();
		expect(drawn.shown).toEqual([]);
		// The batch comes in a task after the frame, not in the frame's own callback (one batch a frame).
		for (const cb of frames.splice(0)) cb?.(0);
		flushSync();
		expect(drawn.shown).toEqual([]);
		vi.runOnlyPendingTimers();
		flushSync();
		expect(drawn.shown.map((s) => s.index)).toEqual([40, 41, 42, 43]);
		frame();
		expect([drawn.shown.length, drawn.complete]).toEqual([8, true]);
		stop();
	});

	it('the pinned row is drawn whenever it is in the window: at a jump, and when the rows are new', () => {
		let page = $state.raw(rows(50, 'a'));
		let win = $state.raw<[number, number]>([0, 16]);
		let pinned = $state(2);
		let drawn!: ProgressiveWindow<string>;
		const stop = $effect.root(() => {
			drawn = new ProgressiveWindow(
				() => page,
				() => win,
				(r) => r,
				4,
				() => pinned
			);
		});
		flushSync();
		for (let i = 0; i < 4; i++) frame();
		expect(drawn.complete).toBe(true);

		// Page Down: the last row pinned and the window moved to it — drawn with the change, the rest after.
		pinned = 47;
		win = [34, 50];
		flushSync();
		expect(drawn.shown.map((s) => s.index)).toEqual([47]);
		frame();
		expect(drawn.shown.map((s) => s.index)).toEqual([34, 35, 36, 37, 47]);
		for (let i = 0; i < 3; i++) frame();
		expect([drawn.shown.length, drawn.complete]).toEqual([16, true]);

		// The same members anew (the findings arrived): the first batch and the pinned row, not only the batch.
		page = rows(50, 'a').map((r) => r);
		flushSync();
		expect(drawn.shown.map((s) => s.index)).toEqual([34, 35, 36, 37, 47]);
		// A pinned row out of the window is not drawn.
		pinned = 3;
		flushSync();
		expect(drawn.shown.map((s) => s.index)).toEqual([34, 35, 36, 37]);
		stop();
	});
});
