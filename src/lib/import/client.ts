/**
 * Runs an import job in a fresh Web Worker; `cancel()` terminates it (the only way to stop a
 * synchronous parse midway). One worker per job, so a cancelled or crashed job leaves nothing behind
 * (fresh: started ahead but never used before).
 *
 * When a file is large enough to be read in two parts (ingest/split.ts) and the machine has the cores
 * for it (`helperPays`), a second instance of the worker script starts as its helper, connected to
 * the first by a MessageChannel. The helper's failure is not the import's: the first worker is told
 * and reads the files alone.
 */
import { MessageError } from '../i18n/messages.ts';
import { m as message } from '../ingest/problems.ts';
import {
	helperPays,
	wantsHelper,
	type FileResult,
	type HelperGone,
	type HelperRequest,
	type ParseRequest,
	type WarmUp,
	type WorkerMessage
} from './protocol.ts';

export interface ImportRun {
	done: Promise<FileResult[] | null>;
	cancel(): void;
}

const spawn = () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });

/** Read when needed, not at module load: tests set the cores the page sees before it runs. */
const withHelper = () => helperPays(globalThis.navigator?.hardwareConcurrency);

/**
 * Workers started ahead, while the page is open: starting one (loading and compiling the ingest
 * code) takes a noticeable share of a medium file's read, and the user is still choosing the file.
 */
const spares: Worker[] = [];
let keepSpares = false;

/**
 * Start the worker (and a helper, where one pays off) ahead — the import page, when it opens; they
 * warm up meanwhile, `after` ms later (timers in workers are not throttled when the page is in the
 * background).
 */
export function prepareWorkers(after = 0): void {
	keepSpares = true;
	while (spares.length < (withHelper() ? 2 : 1)) {
		const worker = spawn();
		const warm: WarmUp = { type: 'warm-up', after };
		worker.postMessage(warm);
		spares.push(worker);
	}
}

/** Stop the workers started ahead (the import page, when it closes). */
export function releaseWorkers(): void {
	keepSpares = false;
	for (const worker of spares.splice(0)) worker.terminate();
}

const take = (): Worker => spares.shift() ?? spawn();

export function runImport(
	request: ParseRequest,
	onProgress: (index: number, fraction: number) => void
): ImportRun {
	const worker = take();
	const helper = withHelper() && request.jobs.some((job) => wantsHelper(job.file)) ? take() : null;
	const stop = () => {
		worker.terminate();
		helper?.terminate();
		// The next ones right away, warming up a second later: on two cores their warm-up would
		// compete with showing this result.
		if (keepSpares) setTimeout(() => keepSpares && prepareWorkers(1000), 0);
	};
	const results: FileResult[] = [];
	// Progress of a split file: the worker's share of the whole plus the helper's share (its half).
	const progress = new Map<number, { own: number; helper: number }>();
	const report = (index: number, change: Partial<{ own: number; helper: number }>) => {
		const p = { ...(progress.get(index) ?? { own: 0, helper: 0 }), ...change };
		progress.set(index, p);
		onProgress(index, Math.min(0.95, p.own + 0.45 * p.helper));
	};
	let settle: (value: FileResult[] | null) => void = () => undefined;
	let fail: (error: Error) => void = () => undefined;
	const done = new Promise<FileResult[] | null>((resolve, reject) => {
		settle = resolve;
		fail = reject;
	});
	worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
		const m = event.data;
		if (m.type === 'progress') report(m.index, { own: m.fraction });
		else if (m.type === 'file') {
			results[m.index] = m.result;
			onProgress(m.index, 1);
		} else if (m.type === 'done') {
			stop();
			settle(results);
		} else {
			stop();
			fail(new MessageError(message('import.failed', { reason: m.message })));
		}
	};
	worker.onerror = (event) => {
		event.preventDefault();
		stop();
		fail(
			new MessageError(
				event.message
					? message('import.aborted', { reason: event.message })
					: message('import.aborted_memory')
			)
		);
	};
	if (helper) {
		const channel = new MessageChannel();
		const gone = () => {
			helper.terminate();
			const message: HelperGone = { type: 'helper-gone' };
			worker.postMessage(message);
		};
		helper.onmessage = (event: MessageEvent<WorkerMessage>) => {
			const m = event.data;
			if (m.type === 'progress' && m.helper) report(m.index, { helper: m.fraction });
			else if (m.type === 'failed') gone();
		};
		helper.onerror = (event) => {
			event.preventDefault();
			gone();
		};
		const help: HelperRequest = { ...request, type: 'help', port: channel.port2 };
		helper.postMessage(help, [channel.port2]);
		worker.postMessage({ ...request, helper: channel.port1 }, [channel.port1]);
	} else worker.postMessage(request);
	return {
		done,
		cancel() {
			stop();
			settle(null);
		}
	};
}
