/**
 * Runs an import job in a fresh Web Worker; `cancel()` terminates it (the only way to stop a
 * synchronous parse midway). One worker per job, so a cancelled or crashed job leaves nothing behind
 * (fresh: started ahead but never used before).
 */
import type { FileResult, ParseRequest, WarmUp, WorkerMessage } from './protocol.ts';

export interface ImportRun {
	done: Promise<FileResult[] | null>;
	cancel(): void;
}

const spawn = () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });

/**
 * The worker started ahead, while the page is open: starting one (loading and compiling the ingest
 * code) takes a noticeable share of a medium file's read, and the user is still choosing the file.
 */
let spare: Worker | null = null;
let keepSpare = false;

/**
 * Start the worker ahead — the import page, when it opens; it warms up meanwhile, `after` ms later
 * (timers in workers are not throttled when the page is in the background).
 */
export function prepareWorkers(after = 0): void {
	keepSpare = true;
	if (spare) return;
	spare = spawn();
	const warm: WarmUp = { type: 'warm-up', after };
	spare.postMessage(warm);
}

/** Stop the worker started ahead (the import page, when it closes). */
export function releaseWorkers(): void {
	keepSpare = false;
	spare?.terminate();
	spare = null;
}

function take(): Worker {
	const worker = spare ?? spawn();
	spare = null;
	return worker;
}

export function runImport(
	request: ParseRequest,
	onProgress: (index: number, fraction: number) => void
): ImportRun {
	const worker = take();
	const stop = () => {
		worker.terminate();
		// The next one right away, warming up a second later: on two cores its warm-up would
		// compete with showing this result.
		if (keepSpare) setTimeout(() => keepSpare && prepareWorkers(1000), 0);
	};
	const results: FileResult[] = [];
	let settle: (value: FileResult[] | null) => void = () => undefined;
	let fail: (error: Error) => void = () => undefined;
	const done = new Promise<FileResult[] | null>((resolve, reject) => {
		settle = resolve;
		fail = reject;
	});
	worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
		const m = event.data;
		if (m.type === 'progress') onProgress(m.index, Math.min(0.95, m.fraction));
		else if (m.type === 'file') {
			results[m.index] = m.result;
			onProgress(m.index, 1);
		} else if (m.type === 'done') {
			stop();
			settle(results);
		} else {
			stop();
			fail(new Error(m.message));
		}
	};
	worker.onerror = (event) => {
		event.preventDefault();
		stop();
		fail(
			new Error(
				`Der Import ist abgebrochen (${event.message || 'Speicher erschöpft?'}). Bitte die Datei verkleinern oder aufteilen.`
			)
		);
	};
	worker.postMessage(request);
	return {
		done,
		cancel() {
			stop();
			settle(null);
		}
	};
}
