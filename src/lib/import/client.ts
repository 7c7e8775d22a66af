/**
 * Runs an import job in a fresh Web Worker; `cancel()` terminates it (the only way to stop a
 * synchronous parse midway). One worker per job, so a cancelled or crashed job leaves nothing behind.
 */
import type { FileResult, ParseRequest, WorkerMessage } from './protocol.ts';

export interface ImportRun {
	done: Promise<FileResult[] | null>;
	cancel(): void;
}

export function runImport(
	request: ParseRequest,
	onProgress: (index: number, fraction: number) => void
): ImportRun {
	const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
	const results: FileResult[] = [];
	let settle: (value: FileResult[] | null) => void = () => undefined;
	let fail: (error: Error) => void = () => undefined;
	const done = new Promise<FileResult[] | null>((resolve, reject) => {
		settle = resolve;
		fail = reject;
	});
	worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
		const m = event.data;
		if (m.type === 'progress') onProgress(m.index, m.fraction);
		else if (m.type === 'file') {
			results[m.index] = m.result;
			onProgress(m.index, 1);
		} else if (m.type === 'done') {
			worker.terminate();
			settle(results);
		} else {
			worker.terminate();
			fail(new Error(m.message));
		}
	};
	worker.onerror = (event) => {
		event.preventDefault();
		worker.terminate();
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
			worker.terminate();
			settle(null);
		}
	};
}
