/**
 * The completeness matrix of one period as the page shows it: base counts grouped by field in
 * catalogue order, one row per member with its totals, totals per count, filters and pages. Pure, so
 * the page, its CSV and the tests read the same cells as the CLI (`completeness.ts`).
 *
 * A base count has no field of its own in the catalogue; it is shown under the field of the first KPI
 * (in catalogue order) that reads it, and counts no KPI reads come last.
 */
import type { BaseCountDef, Catalogue } from '../catalogue/schema.ts';
import { cmp } from '../ring/package/csv.ts';
import type { Ring } from '../ring/types.ts';
import { cellStatus, type CellStatus, type CompletenessIndex } from './completeness.ts';

export interface CountGroup {
	/** Field id, or '' for counts no KPI reads. */
	field: string;
	counts: BaseCountDef[];
}

export function countGroups(catalogue: Catalogue): CountGroup[] {
	const fieldOf = new Map<string, string>();
	for (const k of catalogue.kpis) for (const id of k.inputs) if (!fieldOf.has(id)) fieldOf.set(id, k.field);
	const order = [...catalogue.fields.map((f) => f.id), ''];
	return order
		.map((field) => ({
			field,
			counts: catalogue.base_counts.filter((b) => (fieldOf.get(b.id) ?? '') === field)
		}))
		.filter((g) => g.counts.length > 0);
}

export interface MatrixRow {
	authority_id: string;
	cells: CellStatus[];
	/** Cells delivered (with or without a finding). */
	delivered: number;
	findings: number;
}

export interface Matrix {
	period: number;
	groups: CountGroup[];
	/** The columns, flattened in group order. */
	counts: BaseCountDef[];
	rows: MatrixRow[];
	/** Per column: members that delivered it. */
	delivered: number[];
}

export function buildMatrix(
	ring: Ring,
	catalogue: Catalogue,
	index: CompletenessIndex,
	period: number,
	field?: string
): Matrix {
	const groups = countGroups(catalogue).filter((g) => field === undefined || g.field === field);
	const counts = groups.flatMap((g) => g.counts);
	const delivered = counts.map(() => 0);
	const rows = ring.authorities
		.map((a) => a.authority_id)
		.sort(cmp)
		.map((authority_id): MatrixRow => {
			const cells = counts.map((b) => cellStatus(index, authority_id, period, b.id));
			let n = 0;
			let f = 0;
			cells.forEach((c, i) => {
				if (c === 'missing') return;
				n++;
				delivered[i]!++;
				if (c === 'finding') f++;
			});
			return { authority_id, cells, delivered: n, findings: f };
		});
	return { period, groups, counts, rows, delivered };
}

export type RowSort = 'id' | 'delivered_asc' | 'delivered_desc' | 'findings_desc';

export function visibleRows(matrix: Matrix, onlyIncomplete: boolean, sort: RowSort): MatrixRow[] {
	const rows = onlyIncomplete
		? matrix.rows.filter((r) => r.delivered < matrix.counts.length)
		: [...matrix.rows];
	if (sort === 'delivered_asc')
		rows.sort((a, b) => a.delivered - b.delivered || cmp(a.authority_id, b.authority_id));
	else if (sort === 'delivered_desc')
		rows.sort((a, b) => b.delivered - a.delivered || cmp(a.authority_id, b.authority_id));
	else if (sort === 'findings_desc')
		rows.sort((a, b) => b.findings - a.findings || cmp(a.authority_id, b.authority_id));
	return rows;
}

export const PAGE_SIZE = 50;

export function pageOf<T>(
	rows: readonly T[],
	page: number,
	size = PAGE_SIZE
): { rows: T[]; page: number; pages: number } {
	const pages = Math.max(1, Math.ceil(rows.length / size));
	const p = Math.min(Math.max(0, page), pages - 1);
	return { rows: rows.slice(p * size, (p + 1) * size), page: p, pages };
}

/**
 * Where a key moves the focus in a grid of `rows` × `cols` cells (the matrix's page), from cell
 * [row, col]: arrows by one, Home/End to the row's ends (with Ctrl to the corners), Page Up/Down to
 * the first and last row. `null`: the key is not a move (it stays with the browser). Clamped, so an
 * arrow at the edge stays on its cell.
 */
export function gridMove(
	key: string,
	ctrl: boolean,
	[row, col]: readonly [number, number],
	rows: number,
	cols: number
): [number, number] | null {
	const last = [rows - 1, cols - 1] as const;
	const moves: Record<string, [number, number]> = {
		ArrowRight: [row, col + 1],
		ArrowLeft: [row, col - 1],
		ArrowDown: [row + 1, col],
		ArrowUp: [row - 1, col],
		Home: ctrl ? [0, 0] : [row, 0],
		End: ctrl ? [last[0], last[1]] : [row, last[1]],
		PageUp: [0, col],
		PageDown: [last[0], col]
	};
	const to = moves[key];
	if (!to || rows === 0 || cols === 0) return null;
	return [Math.min(Math.max(0, to[0]), last[0]), Math.min(Math.max(0, to[1]), last[1])];
}
