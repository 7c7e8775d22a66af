/**
 * The moderation view models without the engine: status identity and „korrigiert“ detection, the
 * matrix's groups and totals (a member that delivered nothing is a row), and a query list that holds
 * only its member's open findings and missing counts.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import type { Finding } from '../../src/lib/engine/plausibility.ts';
import { completenessIndex } from '../../src/lib/moderation/completeness.ts';
import { setStatus, withStatus, workbench } from '../../src/lib/moderation/findings.ts';
import { buildMatrix, countGroups, gridMove, pageOf, visibleRows } from '../../src/lib/moderation/matrix.ts';
import { queryList } from '../../src/lib/moderation/queries.ts';
import type { Ring } from '../../src/lib/ring/types.ts';
import { encodeValues } from '../../src/lib/ring/value-columns.ts';

const catalogue = loadCatalogue();

const ring: Ring = {
	meta: {
		format_version: 2,
		name: 'T',
		description: '',
		periods: [2024],
		disclosure: 'pseudonymous',
		synthetic: true
	},
	authorities: [
		{ authority_id: '01001', name: 'Flensburg', kind: 'kreisfreie_stadt', state: 'SH' },
		{ authority_id: '01002', name: 'Kiel', kind: 'kreisfreie_stadt', state: 'SH' }
	],
	values: encodeValues([
		{ authority_id: '01001', period: 2024, count_id: 'calls_received', value: 800 },
		{
			authority_id: '01001',
			period: 2024,
			count_id: 'calls_answered',
			value: 900,
			source: { file: 'a.csv', line: 3, column: 4 }
		}
	])
};
const finding = (values: number[]): Finding => ({
	rule: 'part_exceeds_whole',
	severity: 'error',
	authority_id: '01001',
	period: 2024,
	ids: ['calls_answered', 'calls_received'],
	values
});

describe('findings workbench', () => {
	it('a new finding is offen; a set status is kept while the values stay; korrigiert when they change or the finding is gone', () => {
		const first = workbench(catalogue, [finding([900, 800])], []);
		expect(first.rows[0]!.status).toBe('offen');
		expect(first.rows[0]!.kpi_ids).toEqual(['phone_reachability']);
		const stored = withStatus([], setStatus(first.rows[0]!, 'rueckfrage', 'Bitte prüfen', '2025-03-14'));
		expect(workbench(catalogue, [finding([900, 800])], stored).rows[0]!.status).toBe('rueckfrage');
		const changed = workbench(catalogue, [finding([850, 800])], stored).rows[0]!;
		expect([changed.status, changed.corrected]).toEqual(['korrigiert', true]);
		const gone = workbench(catalogue, [], stored);
		expect(gone.resolved).toEqual(stored);
		// Setting again replaces, never duplicates.
		expect(withStatus(stored, setStatus(first.rows[0]!, 'bestaetigt', 'ok', '2025-03-15'))).toHaveLength(1);
	});
});

describe('completeness matrix', () => {
	it('groups every base count once, in field order; a member without data is a row of missing cells', () => {
		const groups = countGroups(catalogue);
		expect(groups.flatMap((g) => g.counts.map((c) => c.id)).sort()).toEqual(
			catalogue.base_counts.map((b) => b.id).sort()
		);
		const fields = catalogue.fields.map((f) => f.id);
		const order = groups.map((g) => fields.indexOf(g.field)).filter((i) => i >= 0);
		expect(order).toEqual([...order].sort((a, b) => a - b));
		const index = completenessIndex(ring, catalogue, [finding([900, 800])]);
		const m = buildMatrix(ring, catalogue, index, 2024);
		expect(m.rows.map((r) => [r.authority_id, r.delivered, r.findings])).toEqual([
			['01001', 2, 2],
			['01002', 0, 0]
		]);
		expect(m.delivered.reduce((a, b) => a + b, 0)).toBe(2);
		expect(visibleRows(m, true, 'delivered_asc').map((r) => r.authority_id)).toEqual(['01002', '01001']);
		expect(
			pageOf(
				Array.from({ length: 550 }, (_, i) => i),
				10
			)
		).toMatchObject({ page: 10, pages: 11 });
		expect(
			pageOf(
				Array.from({ length: 550 }, (_, i) => i),
				10
			).rows
		).toHaveLength(50);
	});

	it('keys move the focus within the page (arrows, Home/End, Ctrl for the corners, Page Up/Down), clamped', () => {
		const at = [3, 5] as const;
		const move = (key: string, ctrl = false) => gridMove(key, ctrl, at, 50, 42);
		expect(move('ArrowRight')).toEqual([3, 6]);
		expect(move('ArrowLeft')).toEqual([3, 4]);
		expect(move('ArrowDown')).toEqual([4, 5]);
		expect(move('ArrowUp')).toEqual([2, 5]);
		expect(move('Home')).toEqual([3, 0]);
		expect(move('End')).toEqual([3, 41]);
		expect(move('Home', true)).toEqual([0, 0]);
		expect(move('End', true)).toEqual([49, 41]);
		expect(move('PageUp')).toEqual([0, 5]);
		expect(move('PageDown')).toEqual([49, 5]);
		// At the edges an arrow stays on its cell; a short last page ends earlier.
		expect(gridMove('ArrowUp', false, [0, 0], 50, 42)).toEqual([0, 0]);
		expect(gridMove('ArrowRight', false, [0, 41], 50, 42)).toEqual([0, 41]);
		expect(gridMove('PageDown', false, [0, 2], 7, 42)).toEqual([6, 2]);
		// Not a move: the key stays with the browser (Tab, letters); no cells, no move.
		expect(move('Tab')).toBeNull();
		expect(move('a')).toBeNull();
		expect(gridMove('ArrowDown', false, [0, 0], 0, 42)).toBeNull();
	});

	it('a cell’s status is the same from the fast lookup as from its value and findings', () => {
		const index = completenessIndex(ring, catalogue, [finding([900, 800])]);
		for (const a of ['01001', '01002'])
			for (const b of catalogue.base_counts) {
				const value = index.value(a, 2024, b.id);
				const slow = !value ? 'missing' : index.findings(a, 2024, b.id).length ? 'finding' : 'delivered';
				expect(index.status(a, 2024, b.id)).toBe(slow);
			}
	});
});

describe('query list', () => {
	it("holds only the member's open findings and its missing counts", () => {
		const index = completenessIndex(ring, catalogue, [finding([900, 800])]);
		const rows = workbench(catalogue, [finding([900, 800])], []).rows;
		const own = queryList(catalogue, index, rows, '01001', 2024);
		expect(own.findings).toHaveLength(1);
		expect(own.missing).toHaveLength(catalogue.base_counts.length - 2);
		const other = queryList(catalogue, index, rows, '01002', 2024);
		expect(other.findings).toEqual([]);
		expect(other.missing).toHaveLength(catalogue.base_counts.length);
		const confirmed = workbench(
			catalogue,
			[finding([900, 800])],
			[setStatus(rows[0]!, 'bestaetigt', '', '2025-01-01')]
		);
		expect(queryList(catalogue, index, confirmed.rows, '01001', 2024).findings).toEqual([]);
	});
});
