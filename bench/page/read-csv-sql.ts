/**
 * The benchmark's yardstick for the import as one SQL statement: DuckDB's `read_csv` on the same
 * file, with the separator, header line and number format the import detected and explicit column
 * types (DOUBLE for value columns, VARCHAR for the rest, `decimal_separator`/`thousands`).
 *
 * Information beside the import's own targets (bench/import-files.ts), not a target: the import
 * keeps every value's line and column, reads German numbers and validates; read_csv only types.
 * Used by the floor page (import-floor.ts) and, for the dialect it needs, by bench/import-browser.ts;
 * it pulls in nothing of the app (the bench page bundles it without the app's DuckDB assets).
 */
import { sqlIdent, sqlString } from '../../src/lib/engine/connector.ts';
import type { Detected } from '../../src/lib/ingest/types.ts';

/** What of the detection the statement needs. */
export type ReadCsvDialect = Pick<
	Detected,
	'separator' | 'headerLine' | 'headers' | 'columns' | 'numberFormat'
>;

/** `CREATE OR REPLACE TEMP TABLE <table> AS SELECT * FROM read_csv(<file>, …)` for a registered file. */
export function readCsvStatement(file: string, table: string, d: ReadCsvDialect): string {
	const numeric = new Set(
		d.columns.filter((c) => c.role.kind === 'value' || c.role.kind === 'count').map((c) => c.column)
	);
	const columns = d.headers
		.map((_, i) => `${sqlString(`c${i + 1}`)}: ${sqlString(numeric.has(i + 1) ? 'DOUBLE' : 'VARCHAR')}`)
		.join(', ');
	const de = d.numberFormat === 'de';
	return `CREATE OR REPLACE TEMP TABLE ${sqlIdent(table)} AS SELECT * FROM read_csv(${sqlString(file)}, delim=${sqlString(d.separator)}, header=true, skip=${d.headerLine - 1}, columns={${columns}}${de ? `, decimal_separator=',', thousands='.'` : ''}, quote='"', escape='"', ignore_errors=true, null_padding=true)`;
}
