/**
 * The matrix draws a page a batch of rows per frame (`Progressive`): the first batch at once, one
 * more per animation frame, all of them after ⌈n / step⌉ frames; a new page starts again at the
 * first batch; `finish` draws everything at once (the keyboard jumps to a row not drawn yet).
 * Runs Svelte's real runes; the animation frames are stepped by hand.
 */
import { flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Progressive } from '../../src/lib/moderation/progressive.svelte.ts';

let frames: (FrameRequestCallback | null)[] = [];
beforeEach(() => {
	frames = [];
	globalThis.requestAnimationFrame = (cb) => frames.push(cb);
	globalThis.cancelAnimationFrame = (id) => {
		frames[id - 1] = null;
	};
});
afterEach(() => {
	// @ts-expect-error -- Node has no animation frames; the test lent them
	delete globalThis.requestAnimationFrame;
	// @ts-expect-error -- as above
	delete globalThis.cancelAnimationFrame;
});

/** Run the animation frames requested so far, then Svelte's effects. */
function frame(): void {
	const due = frames;
	frames = [];
	for (const cb of due) cb?.(0);
	flushSync();
}

const rows = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i}`);

describe('Progressive', () => {
	it('draws 50 rows 8 per frame, and a new page from its first batch again', () => {
		let page = $state.raw(rows(50, 'a'));
		let drawn!: Progressive<string>;
		const seen: [number, boolean][] = [];
		const stop = $effect.root(() => {
			drawn = new Progressive(() => page, 8);
		});
		flushSync();
		seen.push([drawn.count, drawn.complete]);
		for (let i = 0; i < 8; i++) {
			frame();
			seen.push([drawn.count, drawn.complete]);
		}
		expect(seen).toEqual([
			[8, false],
			[16, false],
			[24, false],
			[32, false],
			[40, false],
			[48, false],
			[50, true],
			[50, true],
			[50, true]
		]);
		expect(frames).toEqual([]); // nothing more is asked for once complete

		page = rows(20, 'b');
		flushSync();
		expect([drawn.count, drawn.complete]).toEqual([8, false]);
		drawn.finish();
		flushSync();
		expect([drawn.count, drawn.complete]).toEqual([20, true]);
		frame();
		expect(drawn.count).toBe(20);

		page = rows(3, 'c');
		flushSync();
		expect([drawn.count, drawn.complete]).toEqual([3, true]);
		stop();
	});
});
