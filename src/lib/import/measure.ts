/**
 * Speed comparison on the import page (`/import?messen`): DuckDB-WASM's `read_csv` on the same file,
 * with the separator, header line and number format the import detected and explicit column types —
 * the yardstick of the issue ("within 2× of DuckDB's read_csv"). Loads into a temporary table of the
 * page's database and drops it again; nothing of the ring is touched.
 */
import { sqlIdent, sqlString } from '../engine/connector.ts';
import type { Detected } from '../ingest/types.ts';

export interface Measurement {
	seconds: number;
	rows: number;
}

export async function measureReadCsv(file: File, detected: Detected): Promise<Measurement> {
	const { browserConnector } = await import('../engine/browser-connector.ts');
	const conn = await browserConnector();
	const name = 'import-measure.csv';
	await conn.registerFile(name, new Uint8Array(await file.arrayBuffer()));
	const numeric = new Set(
		detected.columns.filter((c) => c.role.kind === 'value' || c.role.kind === 'count').map((c) => c.column)
	);
	const columns = detected.headers
		.map((h, i) => `${sqlString(`c${i + 1}`)}: ${sqlString(numeric.has(i + 1) ? 'DOUBLE' : 'VARCHAR')}`)
		.join(', ');
	const de = detected.numberFormat === 'de';
	const start = performance.now();
	try {
		await conn.query(
			`CREATE OR REPLACE TEMP TABLE import_measure AS SELECT * FROM read_csv(${sqlString(name)}, delim=${sqlString(detected.separator)}, header=true, skip=${detected.headerLine - 1}, columns={${columns}}${de ? `, decimal_separator=',', thousands='.'` : ''}, quote='"', escape='"', ignore_errors=true, null_padding=true)`
		);
		const seconds = (performance.now() - start) / 1000;
		const t = await conn.query(`SELECT count(*)::INTEGER AS n FROM ${sqlIdent('import_measure')}`);
		return { seconds, rows: Number(t.getChild('n')?.get(0) ?? 0) };
	} finally {
		await conn.query('DROP TABLE IF EXISTS import_measure').catch(() => undefined);
		await conn.dropFile(name).catch(() => undefined);
	}
}
