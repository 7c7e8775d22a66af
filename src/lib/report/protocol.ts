/** Messages between the page (client.ts) and the report worker (worker.ts). */
import type { ReportDocument } from './model.ts';
import type { ReportFormat } from './render.ts';

export interface WorkerRequest {
	id: number;
	model: ReportDocument;
	format: ReportFormat;
}

export type WorkerReply =
	| { id: number; kind: 'progress'; share: number }
	| { id: number; kind: 'done'; bytes: Uint8Array; ms: number }
	| { id: number; kind: 'error'; message: string };
