/**
 * Every KPI of every authority and period evaluated over the load's own columns (`WideRows`), in
 * TypeScript — and DuckDB's evaluation of the same ring compared against it.
 *
 * Why not wait for DuckDB: the views need the ring's KPIs as columns (`RingKpis`, period-snapshot.ts)
 * and nothing else of the database, and DuckDB-WASM is ready only 1.5–2 s into a cold start (its
 * instantiation is the floor of every start; its first run of the KPI statement then costs another
 * 0.3 s, compiled on first use). The load has every base count as typed columns long before that, so
 * the first chart of a real ring is drawn from them while DuckDB is still starting.
 *
 * Why the numbers are the same: the formulas are the catalogue's ASTs, evaluated exactly as kpi-sql.ts
 * compiles them — doubles in the written order (no reassociation; ±Infinity and -0 as IEEE, as
 * DuckDB), null when any operand is null, a division by 0 null (`NULLIF(r, 0)`); the reason
 * `missing_input` when an input count is missing, else `zero_denominator` when a divisor (`denominators`)
 * is 0. And it is checked: once DuckDB has the ring's tables, the engine has DuckDB evaluate the
 * ring's KPIs and compares them with these, bit for bit (`checkRingKpis`); a difference is an
 * error the user sees (engine.ts `verify`). The unit tests compare both on random rings too.
 */
import { evaluate, operate, type Expr } from '../catalogue/formula.ts';
import type { Catalogue } from '../catalogue/schema.ts';
import { firstMismatch, numberColumn, stringColumn } from './arrow-columns.ts';
import type { Connector } from './connector.ts';
import {
	memberKey,
	ringKpisSql,
	type ExtraColumn,
	type KpiColumns,
	type MemberPeriod,
	type RingKpis
} from './period-snapshot.ts';
import type { WideRows } from './ring-tables.ts';

type KpiDef = Pick<Catalogue['kpis'][number], 'id' | 'resolved' | 'inputs' | 'denominators'>;

/** An expression's value per row: `ok[i]` 0 where it is null; `owned` when made here (free to change). */
interface Column {
	value: Float64Array;
	ok: Uint8Array;
	owned: boolean;
}

/** The expression over every row of `wide` (`n` rows); a literal stays a number. */
function evaluateColumn(expr: Expr, wide: WideRows, n: number): Column | number {
	switch (expr.type) {
		case 'number':
			return expr.value;
		case 'ref': {
			const c = wide.columns.get(expr.id);
			// The catalogue's counts are all columns of `base_wide`; any other would be null throughout.
			return c ? { value: c.values, ok: c.set, owned: false } : nulls(n);
		}
		case 'neg': {
			const a = evaluateColumn(expr.arg, wide, n);
			if (typeof a === 'number') return -a;
			const out = a.owned ? a : { value: new Float64Array(n), ok: a.ok.slice(), owned: true };
			for (let i = 0; i < n; i++) out.value[i] = -a.value[i]!;
			return out;
		}
		case 'binary': {
			const [l, r] = [evaluateColumn(expr.left, wide, n), evaluateColumn(expr.right, wide, n)];
			if (typeof l === 'number' && typeof r === 'number')
				return expr.op === '/' && r === 0 ? nulls(n) : operate(expr.op, l, r);
			const [lc, rc] = [column(l, n), column(r, n)];
			// The result goes into an operand made here, or a new column.
			const out = lc.owned
				? lc
				: rc.owned
					? rc
					: { value: new Float64Array(n), ok: new Uint8Array(n), owned: true };
			const [lv, rv, lo, ro, value, ok] = [lc.value, rc.value, lc.ok, rc.ok, out.value, out.ok];
			const op = expr.op;
			for (let i = 0; i < n; i++) {
				const b = rv[i]!;
				if (lo[i] && ro[i] && (op !== '/' || b !== 0)) {
					value[i] = operate(op, lv[i]!, b); // NULLIF(r, 0) for a division
					ok[i] = 1;
				} else ok[i] = 0;
			}
			return out;
		}
	}
}

/** A literal as a column, for an operation with one. */
function column(x: Column | number, n: number): Column {
	return typeof x === 'number'
		? { value: new Float64Array(n).fill(x), ok: new Uint8Array(n).fill(1), owned: true }
		: x;
}

function nulls(n: number): Column {
	return { value: new Float64Array(n), ok: new Uint8Array(n), owned: true };
}

/** The expression over every row as columns of its own (a bare count's column is copied, not shared). */
function evaluateOwned(expr: Expr, wide: WideRows, n: number): { value: Float64Array; ok: Uint8Array } {
	const c = column(evaluateColumn(expr, wide, n), n);
	return c.owned ? c : { value: c.value.slice(), ok: c.ok.slice() };
}

/**
 * The ring's KPIs from the load's columns: the rows of `base_wide` in its order, as `ringKpisSql`
 * has DuckDB evaluate them (a value of 0 where there is none, as it has them).
 */
export function ringKpisFrom(
	wide: WideRows,
	kpis: readonly KpiDef[],
	extraColumns: readonly ExtraColumn[],
	members: ReadonlyMap<string, MemberPeriod>
): RingKpis {
	const n = wide.rowAuthority.length;
	const out: RingKpis = {
		authority: [...wide.rowAuthority],
		period: Float64Array.from(wide.rowPeriod),
		attributes: new Array(n).fill(null),
		kpis: new Map(),
		extras: new Map()
	};
	for (let i = 0; i < n; i++)
		out.attributes[i] = members.get(memberKey(out.authority[i]!, out.period[i]!)) ?? null;
	for (const k of kpis) {
		// Its own columns: a value of 0 is written where there is none.
		const { value, ok: has } = evaluateOwned(k.resolved, wide, n);
		const reason = new Uint8Array(n);
		const at = (i: number) => (id: string) => {
			const c = wide.columns.get(id);
			return c?.set[i] ? c.values[i] : undefined;
		};
		// The rows without a value (few), found by the typed array's own search rather than a loop here.
		for (let i = has.indexOf(0); i >= 0; i = has.indexOf(0, i + 1)) {
			value[i] = 0;
			// Its divisors evaluated for the row alone.
			if (k.inputs.some((id) => !wide.columns.get(id)?.set[i]))
				reason[i] = 1; // missing_input
			else if (k.denominators.some((d) => evaluate(d, at(i)) === 0)) reason[i] = 2; // zero_denominator
		}
		out.kpis.set(k.id, { value, has, reason });
	}
	for (const e of extraColumns) {
		const { value, ok } = evaluateOwned(e.expr, wide, n);
		for (let i = ok.indexOf(0); i >= 0; i = ok.indexOf(0, i + 1)) value[i] = NaN;
		out.extras.set(e.name, value);
	}
	return out;
}

/**
 * Where DuckDB's evaluation of the ring's KPIs (`ringKpisSql`) differs from `memory` (null: nowhere):
 * rows in the same order, every value bit for bit (`Object.is`: -0 is not 0), null where `memory` has
 * none, the same reason where there is no value, and the extras (NaN is null there). Read off the
 * result's batches in place (`firstMismatch`): at 5,000 × 10 the result's copies as columns were
 * 27 MiB of garbage, counted in the page's peak memory after the load until collected.
 */
export async function checkRingKpis(
	conn: Connector,
	kpis: readonly KpiDef[],
	extraColumns: readonly ExtraColumn[],
	memory: KpiColumns
): Promise<string | null> {
	const t = await conn.query(ringKpisSql(kpis, extraColumns));
	const n = memory.authority.length;
	if (t.numRows !== n) return `${n} rows against ${t.numRows}`;
	const ids = stringColumn(t.getChild('authority_id'), n);
	const periods = numberColumn(t.getChild('period'), n);
	for (let i = 0; i < n; i++)
		if (memory.authority[i] !== ids[i] || memory.period[i] !== periods[i]) return `row ${i}`;
	const at = (i: number) => `${memory.authority[i]} ${memory.period[i]}`;
	for (const [j, k] of kpis.entries()) {
		const x = memory.kpis.get(k.id);
		const [values, reasons] = [t.getChild(`v${j}`), t.getChild(`r${j}`)];
		if (!x || !values || !reasons) return k.id;
		let theirs = '';
		const i = firstMismatch(values, (i, v, valid) => {
			if (x.has[i] === Number(valid) && (!valid || Object.is(x.value[i], v))) return true;
			theirs = valid ? String(v) : 'null';
			return false;
		});
		if (i >= 0) return `${k.id}, ${at(i)}: ${x.has[i] ? x.value[i] : 'null'} against ${theirs}`;
		// A reason only where there is no value, as `kpi_values` has it (its rows with value NULL).
		const r = firstMismatch(reasons, (i, v, valid) => x.reason[i] === (x.has[i] || !valid ? 0 : v));
		if (r >= 0) return `${k.id}, ${at(r)}: why null`;
	}
	for (const e of extraColumns) {
		const x = memory.extras.get(e.name);
		const column = t.getChild('e' + e.name);
		if (!x || !column) return e.name;
		const i = firstMismatch(column, (i, v) => Object.is(x[i], v));
		if (i >= 0) return `${e.name}, ${at(i)}`;
	}
	return memory.kpis.size === kpis.length && memory.extras.size === extraColumns.length ? null : 'columns';
}
