/**
 * `Connector.insertTable` on a DuckDB-WASM connection — the browser's worker connection and the Node
 * blocking build alike: the table goes over as an Arrow IPC stream, which DuckDB scans into a new
 * table of the connection's current database (so the scenario engine's isolated connection gets its
 * own, scenario/isolated.ts). The native connector appends the same columns instead (native-connector.ts).
 */
import { tableToIPC, type Table } from 'apache-arrow';
import { insertType, sqlIdent } from './connector.ts';

export async function insertArrow(
	conn: {
		query(sql: string): unknown;
		insertArrowFromIPCStream(buffer: Uint8Array, options: { name: string }): unknown;
	},
	name: string,
	table: Table
): Promise<void> {
	table.schema.fields.forEach(insertType); // the types every engine takes, checked on every engine
	await conn.query(`DROP TABLE IF EXISTS ${sqlIdent(name)}`);
	await conn.insertArrowFromIPCStream(tableToIPC(table, 'stream'), { name });
}
