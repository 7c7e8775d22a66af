/**
 * The page's side of the report (loaded with a dynamic import, so none of it is in /bericht's
 * first-paint JavaScript): collect the engine's results for the view state, build the document
 * model (the page shows it as a preview), and have the report worker turn it into a PDF or Word file.
 */
import type { Session } from '../app/session.ts';
import { peerSpec, stateKey, type ViewState } from '../dashboard/state.ts';
import { statusOf } from '../datenstand/state.svelte.ts';
import { isoDate } from '../format/index.ts';
import { MessageError, type Message } from '../i18n/messages.ts';
import { buildReport, type ReportOptions } from './build.ts';
import { gatherReportData, type ReportData } from './data.ts';
import { pickScenarios } from './scenario-choice.ts';
import { compareScenarios } from './scenarios.ts';
import type { ScenarioComparison } from '../scenario/compare.ts';
import type { ReportDocument } from './model.ts';
import type { WorkerReply, WorkerRequest } from './protocol.ts';
import type { ReportFormat } from './render.ts';
import { sceneSvg } from './svg.ts';

export { sceneSvg };

const cache = new WeakMap<Session, Map<string, Promise<ReportData>>>();

/** The engine's results for the state, once DuckDB has checked the ring's numbers (cached per session and state). */
export function reportData(session: Session, state: ViewState): Promise<ReportData> {
	const custom = session.data.extras.custom_peer_groups;
	const key = stateKey(state, custom);
	let perSession = cache.get(session);
	if (!perSession) cache.set(session, (perSession = new Map()));
	let data = perSession.get(key);
	if (!data) {
		const spec = peerSpec(state.peers, custom) ?? { type: 'size' as const };
		// A document for the council holds only numbers DuckDB has checked (session.ts `checked`).
		data = session.checked.then(() =>
			gatherReportData(session.engine, { authorityId: state.authorityId, period: state.period, spec })
		);
		data.catch(() => perSession.delete(key));
		perSession.set(key, data);
	}
	return data;
}

// Per ring as loaded (a saved change makes a new ring object) and scenario.
const compared = new WeakMap<object, Map<string, Promise<ScenarioComparison>>>();

/**
 * The chosen scenarios as the what-if page computes them, on its scenario engine (cached per session
 * and scenario, so editing the report's texts does not compute them again). A name that is not one
 * of the own authority's scenarios of the period is refused with a message.
 */
async function scenarioComparisons(
	session: Session,
	state: ViewState,
	names: readonly string[]
): Promise<ScenarioComparison[]> {
	if (!names.length) return [];
	const { scenarios, problems } = pickScenarios(
		session.data.extras.scenarios,
		names,
		state.authorityId,
		state.period
	);
	if (problems.length) throw new MessageError(problems[0]!);
	let perSession = compared.get(session.data.ring);
	if (!perSession) compared.set(session.data.ring, (perSession = new Map()));
	const { scenarioRunner } = await import('../scenario/browser-runner.ts');
	const engines = {
		engine: session.engine,
		runner: scenarioRunner(),
		catalogue: session.catalogue,
		ring: session.data.ring,
		customGroups: session.data.extras.custom_peer_groups
	};
	return Promise.all(
		scenarios.map((s) => {
			const key = JSON.stringify(s);
			let one = perSession.get(key);
			if (!one) {
				one = compareScenarios(engines, [s]).then(([c]) => c!);
				one.catch(() => perSession.delete(key));
				perSession.set(key, one);
			}
			return one;
		})
	);
}

export async function reportModel(
	session: Session,
	state: ViewState,
	options: ReportOptions
): Promise<ReportDocument> {
	const [gathered, datenstand, scenarios] = await Promise.all([
		reportData(session, state),
		// The header's Datenstand (hashed once per ring state); without Web Crypto the report says so.
		statusOf(session.data).catch(() => undefined),
		scenarioComparisons(session, state, options.scenarios ?? [])
	]);
	const data = scenarios.length ? { ...gathered, scenarios } : gathered;
	return buildReport(
		data,
		{
			catalogue: session.catalogue,
			ring: session.data.ring,
			extras: session.data.extras,
			peers: state.peers,
			date: isoDate(),
			datenstand
		},
		options
	);
}

let next = 0;

/**
 * Render the model in a fresh report worker. Rejects with a `MessageError` (worded where shown) when
 * the worker fails or dies (out of memory); the worker is ended either way, which frees its memory at
 * once.
 */
export function renderInWorker(
	model: ReportDocument,
	format: ReportFormat,
	onProgress: (share: number) => void,
	workerMessage: Message
): Promise<{ bytes: Uint8Array; ms: number }> {
	const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
	const id = ++next;
	return new Promise<{ bytes: Uint8Array; ms: number }>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<WorkerReply>) => {
			const reply = event.data;
			if (reply.id !== id) return;
			if (reply.kind === 'progress') onProgress(reply.share);
			else if (reply.kind === 'done') resolve({ bytes: reply.bytes, ms: reply.ms });
			else reject(reply.said ? new MessageError(reply.said) : new Error(reply.message));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			reject(new MessageError(workerMessage));
		};
		// A model holds only plain data (strings, numbers, arrays): it is copied as it is.
		worker.postMessage({ id, model, format } satisfies WorkerRequest);
	}).finally(() => worker.terminate());
}
