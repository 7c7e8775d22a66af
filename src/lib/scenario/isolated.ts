/**
 * A connection for the scenario engine that cannot touch the dashboard's data.
 *
 * In the browser there is one DuckDB (instantiating a second costs a second or two and tens of MB), so
 * the scenario engine gets a second connection to it whose default database is an attached in-memory
 * database of its own (`ATTACH ':memory:' AS scenario; USE scenario` — per connection): the engine's
 * unqualified tables (`base_wide`, `kpi_values`, …) are created there and the dashboard's stay as they
 * are. Registered files, though, belong to the whole database, and the engine loads a ring through
 * files of fixed names; so this connection prefixes every file it registers and rewrites the quoted
 * names in its SQL — the dashboard's engine loading a ring at the same moment reads its own files.
 */
import { sqlIdent, sqlString, type Connector } from '../engine/connector.ts';

/** `conn` with every registered file renamed `<prefix><name>` (in registration and in SQL). */
export function scopedFiles(conn: Connector, prefix: string): Connector {
	const names = new Set<string>();
	const rename = (sql: string) => {
		let out = sql;
		for (const name of names) out = out.replaceAll(sqlString(name), sqlString(prefix + name));
		return out;
	};
	return {
		query: (sql) => conn.query(rename(sql)),
		async registerFile(name, bytes) {
			names.add(name);
			await conn.registerFile(prefix + name, bytes);
		},
		async dropFile(name) {
			await conn.dropFile(prefix + name);
			names.delete(name);
		},
		// Tables go to the connection's current database: the isolated one (`isolate`).
		insertTable: (name, table) => conn.insertTable(name, table),
		close: () => conn.close()
	};
}

/**
 * Make `conn` (a connection of its own) work in the in-memory database `name`, with its files scoped
 * to that name. Idempotent per connection.
 */
export async function isolate(conn: Connector, name: string): Promise<Connector> {
	if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`Ungültiger Datenbankname „${name}“.`);
	await conn.query(`ATTACH IF NOT EXISTS ':memory:' AS ${sqlIdent(name)}; USE ${sqlIdent(name)}`);
	return scopedFiles(conn, `${name}__`);
}
