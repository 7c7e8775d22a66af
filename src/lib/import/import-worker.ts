/**
 * The import's Web Worker: reads each file, detects, parses and validates it with the shared ingest
 * core (the same code as the CLI `check`), and posts progress and results. The page stays responsive;
 * cancelling terminates this worker. A worker started ahead warms up first (`warm-up`, warm-up.ts).
 *
 * It is the app's one ingest worker: the page also sends it ring packages to open and mapping
 * profiles to check (`ring/worker-requests.ts`), so the ingest core ships once.
 */
import { m } from '../ingest/problems.ts';
import { parseImportFile, type ImportOptions } from '../ingest/parse-import.ts';
import { suggestMapping } from '../ingest/suggest.ts';
import { encodeValues, valueBuffers } from '../ring/value-columns.ts';
import { answer, type WorkerRequest } from '../ring/worker-requests.ts';
import {
	MAX_FILE_BYTES,
	type FileResult,
	type ParseJob,
	type ParseRequest,
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
		values: encodeValues([]),
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

/** The ingest options of a job. */
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

async function parse(request: ParseRequest): Promise<void> {
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
		const result = parseImportFile(file.name, bytes, request.specs, {
			...optionsOf(job, request),
			onProgress: throttled((fraction) => post({ type: 'progress', index, fraction: 0.05 + 0.9 * fraction }))
		});
		const parsed = performance.now();
		const profile =
			job.options.profile ??
			(result.detected?.profile
				? (request.profiles.find((p) => p.name === result.detected?.profile) ?? null)
				: null);
		const values = result.columns ?? encodeValues(result.values);
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
				rest: (performance.now() - parsed) / 1000
			}
		};
		post({ type: 'file', index, result: out }, valueBuffers(values));
	}
	post({ type: 'done' });
}

onmessage = async (event: MessageEvent<ParseRequest | WarmUp | WorkerRequest>) => {
	const request = event.data;
	if (request.type === 'warm-up') return void setTimeout(warmUp, request.after);
	if (request.type !== 'parse') {
		try {
			const progress = throttled((fraction) => postMessage({ type: 'progress', fraction }));
			const { reply, transfer } = await answer(request, progress);
			postMessage(reply, { transfer });
		} catch (error) {
			postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
		}
		return;
	}
	try {
		await parse(request);
	} catch (error) {
		post({
			type: 'failed',
			// The reason as the runtime gave it; the page says that the file could not be processed.
			message: error instanceof Error ? error.message : String(error)
		});
	}
};
