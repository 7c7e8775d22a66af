/**
 * Loads a `Ring` into DuckDB: `authorities`, `authority_periods`, `base_wide` and `base_extra`, and
 * defines the view `base_values`.
 *
 * Why Arrow tables through `Connector.insertTable`: the ring's values are columns of typed arrays
 * (value-columns.ts), and an Arrow table is the same thing — DuckDB takes it in bulk, every number
 * bit for bit, with nothing in between: no text to format and parse, no SQL literal, no object per
 * value. Explicit types keep ids as text (leading zeros of Kreisschlüssel survive) and values as
 * DOUBLE. Why wide: the values are grouped by (authority, period) here in one pass over the columns
 * anyway, so the table has one row per authority and period with one column per catalogue base count
 * (42 × fewer rows, no pivot in SQL); `base_values` (long) is the UNPIVOT of it.
 *
 * - `base_wide(authority_id, period, <base-count ids…>)`: one row per authority and period with any
 *   base value, missing = NULL, ordered by authority_id, period — in that order as made here (ids in
 *   DuckDB's order, `byCodePoint`) and inserted as it is: sorted in SQL, it was a statement of its
 *   own on the way to a real ring's first chart (~0.2 s at 550 × 10). Its rows are also what the
 *   error index is read from (erroneous.ts `errorIndexOf`), without a query.
 * - `authority_periods(authority_id, period, kind, state, population, size_class)`: the ring's members
 *   in each period with data and their attributes there (peers.ts `authorityPeriods`), made here from
 *   the same rows and handed to the engine as well (`PreparedRing.members`): the period snapshot takes
 *   them from there. Built in SQL it was the most expensive statement before a real ring's first
 *   chart (a join, a sort and a CASE, each DuckDB code path compiled on its first run).
 * - `base_values(authority_id, period, count_id, value)`: long form, ids outside the catalogue kept.
 *   A VIEW (UNPIVOT of `base_wide` plus `base_extra`), not a table: materialising it cost 0.3–0.8 s
 *   of every ring load at 550 × 10, and its one reader (plausibility, once per ring) runs once, so
 *   computing it on demand is cheaper. Defined when the plausibility run or the CLI's long table first
 *   asks (`baseValuesViewSql`, with `kpi_values`): even defining it cost 50–75 ms of a 550 × 10 load.
 *
 * All of it is made by `prepareRing`, without DuckDB, so the engine can make it while DuckDB-WASM is
 * still starting; `loadRingTables` only hands it over.
 *
 * A base value given twice for the same authority, period and id keeps the later one (a later
 * import overrides an earlier one). Non-finite numbers are not values and are skipped, as are values
 * of a period that is no whole number: a missing value is an absent row, never 0 (ring/types.ts).
 */
import { makeVector, Table } from 'apache-arrow';
import { doubles, integers, text } from './arrow-columns.ts';
import { sqlIdent, type Connector } from './connector.ts';
import { authorityPeriods, type MemberPeriods } from './peers.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import type { Ring } from '../ring/types.ts';
import { valuePeriods } from '../ring/value-columns.ts';

export interface LoadedCounts {
	authorities: number;
	/** Authority × period rows with any base value. */
	rows: number;
	/** Base values kept (after dropping non-finite values and later duplicates). */
	values: number;
	/**
	 * Periods of those rows, ascending — what `SELECT DISTINCT period FROM base_wide` gives, known from
	 * the load's own rows: one statement fewer before a real ring's first chart, where DuckDB's first
	 * run of each statement costs (WebAssembly compiled on first use; README, "Misses and why").
	 */
	periods: number[];
}

/**
 * DuckDB's order of text — its UTF-8 bytes, i.e. code points — which `ORDER BY` gives and the load
 * keeps; not JavaScript's `<` (UTF-16 code units, where a character beyond U+FFFF sorts before
 * U+E000–U+FFFF).
 */
export function byCodePoint(a: string, b: string): number {
	const n = Math.min(a.length, b.length);
	for (let i = 0; i < n; i++) {
		const [x, y] = [a.charCodeAt(i), b.charCodeAt(i)];
		if (x !== y) return lift(x) - lift(y);
	}
	return a.length - b.length;
}

/** A UTF-16 code unit moved so that surrogates (characters beyond U+FFFF) sort after U+E000–U+FFFF. */
const lift = (u: number) => (u >= 0xe000 ? u - 0x800 : u >= 0xd800 ? u + 0x2000 : u);

/**
 * The ring's values grouped by (authority, period): catalogue counts as wide columns, the others long.
 * Two passes over the columns with typed arrays only (a row per value, then the cells), nothing per
 * value for the garbage collector: at 5,000 × 10 there are two million values.
 */
function wideOf(ring: Ring, countIds: readonly string[]) {
	const v = ring.values;
	const n = v.value.length;
	const catalogue = new Map(countIds.map((id, i) => [id, i]));
	const columnOf = Int32Array.from(v.counts, (id) => catalogue.get(id) ?? -1);
	const periods = valuePeriods(v);
	const slotOf = new Map(periods.map((p, i) => [p, i]));
	// Pass 1: which (authority index, period slot) rows exist, and each value's key (-1: not a value).
	const present = new Uint8Array(Math.max(1, v.authorities.length * periods.length));
	const keyOf = new Int32Array(n).fill(-1);
	let last = NaN;
	let slot = -1;
	for (let i = 0; i < n; i++) {
		const period = v.period[i]!;
		if (!Number.isFinite(v.value[i]!) || !Number.isInteger(period)) continue;
		if (period !== last) slot = slotOf.get((last = period))!;
		present[(keyOf[i] = v.authority[i]! * periods.length + slot)] = 1;
	}
	// The rows numbered in base_wide's order, (authority_id, period) — sorted in SQL that was a
	// statement of its own before a real ring's first chart. Ids in DuckDB's order (`byCodePoint`).
	const rowAt = new Int32Array(present.length).fill(-1);
	const rowAuthority: number[] = [];
	const rowPeriod: number[] = [];
	const byId = [...v.authorities.keys()].sort((x, y) => byCodePoint(v.authorities[x]!, v.authorities[y]!));
	for (const a of byId)
		for (let s = 0; s < periods.length; s++) {
			const key = a * periods.length + s;
			if (!present[key]) continue;
			rowAt[key] = rowAuthority.length;
			rowAuthority.push(a);
			rowPeriod.push(periods[s]!);
		}
	// Pass 2: the cells; a cell given twice keeps the later value.
	const rows = rowAuthority.length;
	const wide = Array.from(countIds, () => ({ values: new Float64Array(rows), set: new Uint8Array(rows) }));
	// Counts outside the catalogue, long; a key's later value replaces the earlier in its place.
	const extraAt = new Map<string, number>();
	const extra = {
		authority: [] as string[],
		period: [] as number[],
		count: [] as string[],
		value: [] as number[]
	};
	let values = 0;
	for (let i = 0; i < n; i++) {
		if (keyOf[i]! < 0) continue;
		const row = rowAt[keyOf[i]!]!;
		const c = columnOf[v.count[i]!]!;
		if (c >= 0) {
			const column = wide[c]!;
			if (!column.set[row]) values++;
			column.set[row] = 1;
			column.values[row] = v.value[i]! + 0; // -0 → 0, as DuckDB always read the value's text
			continue;
		}
		const id = `${v.authority[i]}\u0000${v.period[i]}\u0000${v.count[i]}`;
		const at = extraAt.get(id);
		if (at !== undefined) extra.value[at] = v.value[i]! + 0;
		else {
			extraAt.set(id, extra.value.length);
			extra.authority.push(v.authorities[v.authority[i]!]!);
			extra.period.push(v.period[i]!);
			extra.count.push(v.counts[v.count[i]!]!);
			extra.value.push(v.value[i]! + 0);
		}
	}
	const table = new Table({
		authority_id: text(rowAuthority.map((a) => v.authorities[a]!)),
		period: integers(Int32Array.from(rowPeriod)),
		...Object.fromEntries(countIds.map((id, c) => [id, doubles(wide[c]!.values, wide[c]!.set)]))
	});
	const extras = new Table({
		authority_id: text(extra.authority),
		period: integers(Int32Array.from(extra.period)),
		count_id: text(extra.count),
		value: makeVector(Float64Array.from(extra.value))
	});
	const rowsOf: WideRows = {
		rowAuthority: rowAuthority.map((a) => v.authorities[a]!),
		rowPeriod,
		columns: new Map(countIds.map((id, c) => [id, wide[c]!])),
		extra
	};
	return {
		table,
		extras,
		rows,
		values: values + extra.value.length,
		periods: [...new Set(rowPeriod)].sort((x, y) => x - y),
		wide: rowsOf
	};
}

/** A ring made ready for DuckDB (`prepareRing`): all but the statements, so it can wait for DuckDB. */
export interface PreparedRing {
	/** The Arrow tables `loadRingTables` hands to DuckDB, by table name. */
	tables: [string, Table][];
	counts: LoadedCounts;
	/** The rows of `authority_periods`, by authority and period (peers.ts). */
	members: MemberPeriods;
	/** `base_wide` and `base_extra` as made here (erroneous.ts reads its errors from them, views.ts a period's base counts). */
	wide: WideRows;
}

/** The rows of `base_wide`, in its order: each row's authority and period, each catalogue count's column. */
export interface WideRows {
	rowAuthority: readonly string[];
	rowPeriod: readonly number[];
	columns: ReadonlyMap<string, { values: Float64Array; set: Uint8Array }>;
	/** The rows of `base_extra` (counts outside the catalogue), in its order. */
	extra: {
		readonly authority: readonly string[];
		readonly period: readonly number[];
		readonly count: readonly string[];
		readonly value: readonly number[];
	};
}

/**
 * The ring as DuckDB's tables, made without DuckDB — the engine does it while DuckDB-WASM is still
 * starting. Pure, and built without code generation (see `text`).
 */
export function prepareRing(
	ring: Ring,
	countIds: readonly string[],
	sizeClasses: Catalogue['size_classes']
): PreparedRing {
	const { table, extras, rows, values, periods, wide } = wideOf(ring, countIds);
	const a = ring.authorities;
	const members = authorityPeriods(ring, wide, sizeClasses);
	const tables: [string, Table][] = [
		[
			'authorities',
			new Table({
				authority_id: text(a.map((x) => x.authority_id)),
				name: text(a.map((x) => x.name)),
				kind: text(a.map((x) => x.kind)),
				state: text(a.map((x) => x.state))
			})
		],
		['authority_periods', members.table],
		['base_extra', extras],
		['base_wide', table]
	];
	return { tables, counts: { authorities: a.length, rows, values, periods }, members, wide };
}

/** (Re)creates `authorities`, `authority_periods`, `base_extra` and `base_wide` (columns = `countIds`). */
export async function loadRingTables(conn: Connector, tables: PreparedRing['tables']): Promise<void> {
	for (const [name, table] of tables) await conn.insertTable(name, table);
}

/** The view `base_values`, made when first asked (the engine's `kpiTable`): not on the way to a first chart. */
export function baseValuesViewSql(countIds: readonly string[]): string {
	const unpivot = countIds.length
		? `SELECT authority_id, period, count_id, value FROM (UNPIVOT base_wide ON ${countIds
				.map(sqlIdent)
				.join(', ')} INTO NAME count_id VALUE value) UNION ALL `
		: '';
	return `CREATE OR REPLACE VIEW base_values AS
		${unpivot}SELECT authority_id, period, count_id, value FROM base_extra`;
}
