/**
 * The import's Web Worker: reads each file, detects, parses and validates it with the shared ingest
 * core (the same code as the CLI `check`), and posts progress and results. The page stays responsive;
 * cancelling terminates this worker.
 *
 * Large text files are read by two workers at once (the machine's second core; ingest/split.ts): the
 * page starts a second instance of this script as the helper (`help` request), which reads the later
 * part of each such file and sends it here; this worker reads the start and absorbs the part. If the
 * helper fails, this worker reads the files alone (the page tells it: `helper-gone`). A worker started
 * ahead warms up first (`warm-up`, warm-up.ts).
 *
 * It is the app's one ingest worker: the page also sends it ring packages to open and mapping
 * profiles to check (`ring/worker-requests.ts`), so the ingest core ships once.
 */
import type { ImportOptions } from '../ingest/parse-import.ts';
import { parseImportFileSplit, readTail, tailTransferables, type TailPart } from '../ingest/split.ts';
import { m } from '../ingest/problems.ts';
import { suggestMapping } from '../ingest/suggest.ts';
import { answer, type WorkerRequest } from '../ring/worker-requests.ts';
import {
	MAX_FILE_BYTES,
	toColumns,
	transferables,
	wantsHelper,
	type FileResult,
	type HelperGone,
	type HelperRequest,
	type ParseJob,
	type ParseRequest,
	type TailMessage,
	type WarmUp,
	type WorkerMessage
} from './protocol.ts';
import { warmUp } from './warm-up.ts';

const post = (message: WorkerMessage, transfer: Transferable[] = []) => postMessage(message, { transfer });

function tooLarge(name: string, size: number): FileResult {
	const mb = (n: number) => Math.round(n / 1024 / 1024);
	return {
		file: name,
		size,
		values: toColumns([]),
		problems: [
			{
				file: name,
				line: 1,
				column: 1,
				text: '',
				message: m('import.file_too_large', { size: mb(size), max: mb(MAX_FILE_BYTES) }),
				severity: 'error',
				code: 'too_large'
			}
		],
		detected: null,
		preview: [],
		problemRows: [],
		unreadable: true,
		suggestions: [],
		profile: null,
		seconds: 0,
		phases: {}
	};
}

/** The ingest options of a job: the same for this worker and the helper (both must decide alike). */
function optionsOf(job: ParseJob, request: Omit<ParseRequest, 'type'>): ImportOptions {
	const { options } = job;
	return {
		...(options.profile ? { profile: options.profile } : { profiles: request.profiles }),
		...(options.encoding ? { encoding: options.encoding } : {}),
		...(options.separator ? { separator: options.separator } : {}),
		...(options.quotes !== undefined ? { quotes: options.quotes } : {}),
		...(options.headerLine !== undefined ? { headerLine: options.headerLine } : {}),
		...(options.numberFormat ? { numberFormat: options.numberFormat } : {}),
		...(options.sheet ? { sheet: options.sheet } : {}),
		previewRows: 20,
		problemRows: 50,
		columnar: true
	};
}

/** Progress posts, at most every 100 ms. */
function throttled(send: (fraction: number) => void): (fraction: number) => void {
	let last = 0;
	return (fraction) => {
		const now = performance.now();
		if (now - last < 100) return;
		last = now;
		send(fraction);
	};
}

// ---- The helper's later parts, as they arrive ---------------------------------------------------

const tails = new Map<number, { promise: Promise<TailPart | null>; resolve: (p: TailPart | null) => void }>();
let helperGone = false;

function tailSlot(index: number) {
	let slot = tails.get(index);
	if (!slot) {
		let resolve: (p: TailPart | null) => void = () => undefined;
		const promise = new Promise<TailPart | null>((r) => (resolve = r));
		slot = { promise, resolve };
		tails.set(index, slot);
	}
	return slot;
}

function dropHelper(): void {
	helperGone = true;
	for (const slot of tails.values()) slot.resolve(null);
}

// ---- This worker as the one that parses --------------------------------------------------------

async function parse(request: ParseRequest): Promise<void> {
	if (request.helper)
		request.helper.onmessage = (e: MessageEvent<TailMessage>) => tailSlot(e.data.index).resolve(e.data.part);
	else helperGone = true;
	for (const [index, job] of request.jobs.entries()) {
		const { file } = job;
		if (file.size > MAX_FILE_BYTES) {
			post({ type: 'file', index, result: tooLarge(file.name, file.size) });
			continue;
		}
		const start = performance.now();
		post({ type: 'progress', index, fraction: 0 });
		const bytes = new Uint8Array(await file.arrayBuffer());
		const read = performance.now();
		post({ type: 'progress', index, fraction: 0.05 });
		let tailWait = 0;
		const helped = wantsHelper(file) && !helperGone;
		const result = await parseImportFileSplit(
			file.name,
			bytes,
			request.specs,
			{
				...optionsOf(job, request),
				onProgress: throttled((fraction) =>
					post({ type: 'progress', index, fraction: 0.05 + 0.9 * fraction })
				)
			},
			// Without a helper, no split point is searched for: the worker reads the file in one pass.
			!helped
				? null
				: async () => {
						const t = performance.now();
						const part = await tailSlot(index).promise;
						tailWait = performance.now() - t;
						return part;
					}
		);
		tails.delete(index);
		const parsed = performance.now();
		const profile =
			job.options.profile ??
			(result.detected?.profile
				? (request.profiles.find((p) => p.name === result.detected?.profile) ?? null)
				: null);
		const values = result.columns ?? toColumns(result.values);
		const out: FileResult = {
			file: result.file,
			size: file.size,
			values,
			problems: result.problems,
			detected: result.detected,
			preview: result.preview,
			problemRows: result.problemRows ?? [],
			unreadable: result.unreadable,
			suggestions: result.detected ? suggestMapping(result.detected.headers, request.specs, profile) : [],
			profile,
			seconds: (performance.now() - start) / 1000,
			phases: {
				read: (read - start) / 1000,
				parse: (parsed - read) / 1000,
				...(result.split ? { waitForHelper: tailWait / 1000 } : {}),
				rest: (performance.now() - parsed) / 1000
			}
		};
		post({ type: 'file', index, result: out }, transferables(values));
	}
	post({ type: 'done' });
}

// ---- This worker as the helper -----------------------------------------------------------------

async function help(request: HelperRequest): Promise<void> {
	for (const [index, job] of request.jobs.entries()) {
		if (!wantsHelper(job.file)) continue;
		let part: TailPart | null = null;
		try {
			const bytes = new Uint8Array(await job.file.arrayBuffer());
			part = readTail(job.file.name, bytes, request.specs, {
				...optionsOf(job, request),
				onProgress: throttled((fraction) => post({ type: 'progress', index, fraction, helper: true }))
			});
		} catch {
			// The parsing worker then reads this file alone.
		}
		const message: TailMessage = { index, part };
		request.port.postMessage(message, part ? tailTransferables(part) : []);
	}
}

onmessage = async (
	event: MessageEvent<ParseRequest | HelperRequest | HelperGone | WarmUp | WorkerRequest>
) => {
	const request = event.data;
	if (request.type === 'helper-gone') return dropHelper();
	if (request.type === 'warm-up') return void setTimeout(warmUp, request.after);
	if (request.type !== 'parse' && request.type !== 'help') {
		try {
			const { reply, transfer } = answer(request);
			postMessage(reply, { transfer });
		} catch (error) {
			postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
		}
		return;
	}
	try {
		if (request.type === 'help') await help(request);
		else await parse(request);
	} catch (error) {
		post({
			type: 'failed',
			// The reason as the runtime gave it; the page says that the file could not be processed.
			message: error instanceof Error ? error.message : String(error)
		});
	}
};
