/**
 * Loads a `Ring` into DuckDB: `authorities`, `base_wide` and `base_values`.
 *
 * Why CSV through `registerFile` instead of INSERTs: one file and one `read_csv` with explicit
 * column types is a single bulk load, while row-by-row INSERT statements would each be parsed and
 * planned. Explicit types keep ids as text (leading zeros of Kreisschlüssel survive) and values as
 * DOUBLE. Why wide: the values are grouped by (authority, period) in JavaScript on the way into the
 * file anyway, so the file has one row per authority and period with one column per catalogue base
 * count (42 × fewer rows to parse, no pivot in SQL); `base_values` (long) is the UNPIVOT of it.
 *
 * - `base_wide(authority_id, period, <base-count ids…>)`: one row per authority and period with any
 *   base value, missing = NULL, ordered by authority_id, period.
 * - `carried_size_classes(authority_id, period, size_class)`: the size classes a member package
 *   carries (`ring.size_classes`), empty otherwise; `authority_periods` prefers them (peers.ts).
 * - `base_values(authority_id, period, count_id, value)`: long form, ids outside the catalogue kept.
 *   A VIEW (UNPIVOT of `base_wide` plus `base_extra`), not a table: materialising it cost 0.3–0.8 s
 *   of every ring load at 550 × 10, and its readers (plausibility once per ring, the base counts of
 *   one KPI view) filter it or run once, so computing it on demand is cheaper.
 *
 * A base value given twice for the same authority, period and id keeps the later one (a later
 * import overrides an earlier one). Non-finite numbers are not values and are skipped: a missing
 * value is an absent row, never 0 (ring/types.ts).
 */
import { sqlIdent, sqlString, type Connector } from './connector.ts';
import type { Ring } from '../ring/types.ts';
import { csvField } from '../format/csv.ts';

const AUTHORITIES_FILE = 'vergleichsring_authorities.csv';
const WIDE_FILE = 'vergleichsring_base_wide.csv';
const EXTRA_FILE = 'vergleichsring_base_extra.csv';
const SIZE_FILE = 'vergleichsring_size_classes.csv';

const CSV_OPTIONS =
	"header = true, delim = ',', quote = '\"', escape = '\"', auto_detect = false, null_padding = false";

export interface LoadedCounts {
	authorities: number;
	/** Authority × period rows with any base value. */
	rows: number;
	/** Base values kept (after dropping non-finite values and later duplicates). */
	values: number;
}

/** (Re)creates `authorities`, `base_wide` (columns = `countIds`) and `base_values`. */
export async function loadRingTables(
	conn: Connector,
	ring: Ring,
	countIds: readonly string[]
): Promise<LoadedCounts> {
	const encoder = new TextEncoder();
	const authorityLines = ['authority_id,name,kind,state'];
	for (const a of ring.authorities)
		authorityLines.push(
			`${csvField(a.authority_id)},${csvField(a.name)},${csvField(a.kind)},${csvField(a.state)}`
		);

	const column = new Map(countIds.map((id, i) => [id, i]));
	const wide = new Map<string, { authority_id: string; period: number; cells: (number | undefined)[] }>();
	const extra = new Map<string, string>();
	for (const v of ring.values) {
		if (!Number.isFinite(v.value) || !Number.isInteger(v.period)) continue;
		const key = `${v.authority_id}\u0000${v.period}`;
		let row = wide.get(key);
		if (!row) {
			row = { authority_id: v.authority_id, period: v.period, cells: new Array(countIds.length) };
			wide.set(key, row);
		}
		const i = column.get(v.count_id);
		if (i !== undefined) row.cells[i] = v.value;
		else
			extra.set(
				`${key}\u0000${v.count_id}`,
				`${csvField(v.authority_id)},${v.period},${csvField(v.count_id)},${v.value}`
			);
	}
	const header = ['authority_id', 'period', ...countIds.map((_, i) => `c${i}`)].join(',');
	const lines = [header];
	let values = extra.size;
	for (const row of wide.values()) {
		let line = `${csvField(row.authority_id)},${row.period}`;
		for (let i = 0; i < countIds.length; i++) {
			const cell = row.cells[i];
			if (cell === undefined) line += ',';
			else {
				line += `,${cell}`;
				values++;
			}
		}
		lines.push(line);
	}

	await conn.registerFile(AUTHORITIES_FILE, encoder.encode(authorityLines.join('\n') + '\n'));
	await conn.registerFile(WIDE_FILE, encoder.encode(lines.join('\n') + '\n'));
	await conn.registerFile(
		EXTRA_FILE,
		encoder.encode(['authority_id,period,count_id,value', ...extra.values()].join('\n') + '\n')
	);
	const carried = (ring.size_classes ?? []).map(
		(c) => `${csvField(c.authority_id)},${Math.trunc(c.period)},${csvField(c.size_class)}`
	);
	await conn.registerFile(
		SIZE_FILE,
		encoder.encode(['authority_id,period,size_class', ...carried].join('\n') + '\n')
	);
	const wideColumns = [
		`'authority_id': 'VARCHAR'`,
		`'period': 'INTEGER'`,
		...countIds.map((_, i) => `'c${i}': 'DOUBLE'`)
	].join(', ');
	const renamed = countIds.map((id, i) => `c${i} AS ${sqlIdent(id)}`).join(', ');
	const unpivot = countIds.length
		? `SELECT authority_id, period, count_id, value FROM (UNPIVOT base_wide ON ${countIds
				.map(sqlIdent)
				.join(', ')} INTO NAME count_id VALUE value) UNION ALL `
		: '';
	try {
		await conn.query(`
			CREATE OR REPLACE TABLE authorities AS
			SELECT authority_id, name, kind, state
			FROM read_csv(${sqlString(AUTHORITIES_FILE)}, ${CSV_OPTIONS},
				columns = {'authority_id': 'VARCHAR', 'name': 'VARCHAR', 'kind': 'VARCHAR', 'state': 'VARCHAR'});
			CREATE OR REPLACE TABLE base_wide AS
			SELECT authority_id, period${renamed ? ', ' + renamed : ''}
			FROM read_csv(${sqlString(WIDE_FILE)}, ${CSV_OPTIONS}, columns = {${wideColumns}})
			ORDER BY authority_id, period;
			CREATE OR REPLACE TABLE base_extra AS
			SELECT authority_id, period, count_id, value
			FROM read_csv(${sqlString(EXTRA_FILE)}, ${CSV_OPTIONS},
				columns = {'authority_id': 'VARCHAR', 'period': 'INTEGER', 'count_id': 'VARCHAR', 'value': 'DOUBLE'});
			CREATE OR REPLACE TABLE carried_size_classes AS
			SELECT authority_id, period, size_class
			FROM read_csv(${sqlString(SIZE_FILE)}, ${CSV_OPTIONS},
				columns = {'authority_id': 'VARCHAR', 'period': 'INTEGER', 'size_class': 'VARCHAR'});
			CREATE OR REPLACE VIEW base_values AS
			${unpivot}SELECT authority_id, period, count_id, value FROM base_extra;
		`);
	} finally {
		await conn.dropFile(AUTHORITIES_FILE);
		await conn.dropFile(WIDE_FILE);
		await conn.dropFile(EXTRA_FILE);
		await conn.dropFile(SIZE_FILE);
	}
	return { authorities: ring.authorities.length, rows: wide.size, values };
}
