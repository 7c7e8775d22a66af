/**
 * Charts off screen are drawn one by one while the browser is idle, in the order they asked; charts on
 * screen one per frame (`mayDrawNow`).
 *
 * Why: a chart drawn only when scrolled to (IntersectionObserver) was blank in a screenshot, a
 * full-page capture and a print the browser does not announce, and showed up late on a slow machine.
 * Drawing every chart at once instead would put one long task of all of them before the first
 * interaction. So the charts on screen draw at once, and each other one gets an idle period of its
 * own: one callback per idle period, the next asked for only after the previous ran.
 */

type Job = { run: () => void; cancelled: boolean };

const queue: Job[] = [];
let waiting = false;

const idle: (fn: () => void) => void =
	typeof requestIdleCallback === 'function'
		? (fn) => requestIdleCallback(fn, { timeout: 1500 })
		: (fn) => setTimeout(fn, 50);

function next(): void {
	if (waiting) return;
	waiting = true;
	idle(() => {
		waiting = false;
		let job = queue.shift();
		while (job?.cancelled) job = queue.shift();
		if (!job) return;
		job.run();
		if (queue.length) next();
	});
}

/** Run `fn` in an idle period after the jobs before it; returns a cancel function. */
export function whenIdle(fn: () => void): () => void {
	const job: Job = { run: fn, cancelled: false };
	queue.push(job);
	next();
	return () => {
		job.cancelled = true;
	};
}

const frame: (fn: () => void) => void =
	typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (fn) => setTimeout(fn, 16);

/** Run `fn` after the next frame is painted; returns a cancel function. */
export function afterPaint(fn: () => void): () => void {
	let cancelled = false;
	frame(() => setTimeout(() => cancelled || fn(), 0));
	return () => {
		cancelled = true;
	};
}

let drawing = false;

/**
 * Whether a chart on screen may draw now: the first to ask in a frame may, the others ask again after
 * it is painted. Why: when a view appears, every chart is on screen until the first one is drawn (an
 * empty chart is short), so all of them drew in one task before anything was painted — at 550
 * members the ranking, then the trend, the size classes and the scatter (200–400 ms before the first
 * chart showed). Asked again after the paint, a chart that the first one pushed off screen waits for
 * an idle period instead.
 */
export function mayDrawNow(): boolean {
	if (drawing) return false;
	drawing = true;
	afterPaint(() => (drawing = false));
	return true;
}
