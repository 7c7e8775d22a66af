/**
 * The one database interface of the project.
 *
 * Why an interface: the browser runs DuckDB-WASM in a Web Worker (async), the CLI, the unit tests
 * and the benchmark run the blocking build in Node. Everything above this file (KPI SQL, peer
 * statistics, ring loading, import validation) is written once against `Connector` and so computes
 * identical numbers everywhere.
 *
 * Results are Arrow tables: charts and tables read columns directly instead of converting every row
 * to an object.
 */
import type { Field, Table } from 'apache-arrow';

export interface Connector {
	/** Run one SQL statement (or several separated by `;`) and return the last result as Arrow. */
	query(sql: string): Promise<Table>;
	/** Make bytes readable by SQL under `name`, e.g. for `read_csv('name')`. Replaces an earlier file of that name. */
	registerFile(name: string, bytes: Uint8Array): Promise<void>;
	/** Forget a file registered with `registerFile`. */
	dropFile(name: string): Promise<void>;
	/**
	 * Create table `name` in the connection's current database (replacing one of that name) with the
	 * columns and rows of an Arrow table: a bulk load without text or SQL literals in between, so every
	 * number arrives bit for bit (ring-tables.ts loads a ring so). Column types: `INSERT_TYPES`.
	 */
	insertTable(name: string, table: Table): Promise<void>;
	/** Release the database; the connector is unusable afterwards. */
	close(): Promise<void>;
}

/**
 * Statements run right after connecting, in every implementation. The JSON and Parquet readers are
 * not built into the WASM build; with autoload on, DuckDB would try to fetch them from the internet
 * (in Node the attempt hangs forever). The app must never reach any host but its own.
 */
export const CONNECT_STATEMENTS = [
	'SET autoinstall_known_extensions=false',
	'SET autoload_known_extensions=false'
] as const;

/** The Arrow column types `insertTable` takes, and the SQL type each becomes. */
export const INSERT_TYPES = { Utf8: 'VARCHAR', Int32: 'INTEGER', Float64: 'DOUBLE' } as const;

/** The SQL type of an Arrow column for `insertTable`; any other type is an error naming the column. */
export function insertType(field: Field): (typeof INSERT_TYPES)[keyof typeof INSERT_TYPES] {
	const name = String(field.type) as keyof typeof INSERT_TYPES;
	const type = INSERT_TYPES[name];
	if (!type) throw new Error(`insertTable: Spalte „${field.name}“ hat den Typ ${String(field.type)}.`);
	return type;
}

/** Quote a string as an SQL literal. Every value from a user or a file goes through this or a registered file. */
export function sqlString(value: string): string {
	return `'${value.replaceAll("'", "''")}'`;
}

/** Quote an identifier (column or table name). */
export function sqlIdent(name: string): string {
	return `"${name.replaceAll('"', '""')}"`;
}
