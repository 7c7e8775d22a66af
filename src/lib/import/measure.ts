/**
 * Speed comparison on the import page (`/import?messen`): DuckDB-WASM's `read_csv` on the same file
 * (the statement of read-csv-sql.ts) — the yardstick of the issue ("within 2× of DuckDB's
 * read_csv"). Loads into a temporary table of the page's database and drops it again; nothing of the
 * ring is touched.
 */
import { sqlIdent } from '../engine/connector.ts';
import type { Detected } from '../ingest/types.ts';
import { readCsvStatement } from './read-csv-sql.ts';

export interface Measurement {
	seconds: number;
	rows: number;
}

export async function measureReadCsv(file: File, detected: Detected): Promise<Measurement> {
	const { browserConnector } = await import('../engine/browser-connector.ts');
	const conn = await browserConnector();
	const name = 'import-measure.csv';
	const table = 'import_measure';
	await conn.registerFile(name, new Uint8Array(await file.arrayBuffer()));
	const start = performance.now();
	try {
		await conn.query(readCsvStatement(name, table, detected));
		const seconds = (performance.now() - start) / 1000;
		const t = await conn.query(`SELECT count(*)::INTEGER AS n FROM ${sqlIdent(table)}`);
		return { seconds, rows: Number(t.getChild('n')?.get(0) ?? 0) };
	} finally {
		await conn.query(`DROP TABLE IF EXISTS ${sqlIdent(table)}`).catch(() => undefined);
		await conn.dropFile(name).catch(() => undefined);
	}
}
