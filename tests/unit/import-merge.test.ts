/**
 * Merging an import into the ring: new, unchanged, conflicting values; per-conflict and for-all
 * choices; unknown authorities added or left out; the same key from two files is an error.
 */
import { describe, expect, it } from 'vitest';
import {
	analyseImport,
	mergeImport,
	unknownAuthorityProblems,
	valueKey
} from '../../src/lib/import/merge.ts';
import { fromColumns, toColumns } from '../../src/lib/import/protocol.ts';
import type { BaseValue, Ring } from '../../src/lib/ring/types.ts';
import { parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import { SPECS } from '../fixtures/ingest/helpers.ts';

const v = (
	authority_id: string,
	period: number,
	count_id: string,
	value: number,
	file = 'a.csv',
	line = 2
): BaseValue => ({
	authority_id,
	period,
	count_id,
	value,
	source: { file, line, column: 3 }
});

const ring: Ring = {
	meta: {
		format_version: 1,
		name: 'R',
		description: '',
		periods: [2022],
		disclosure: 'pseudonymous',
		synthetic: false
	},
	authorities: [{ authority_id: '01001', name: 'Flensburg', kind: 'kreisfreie_stadt', state: 'SH' }],
	values: [v('01001', 2022, 'visits', 100, 'ring.csv'), v('01001', 2022, 'eat_orders', 50, 'ring.csv')]
};

describe('analyseImport', () => {
	it('sorts incoming values into new, unchanged and conflicts; lists unknown authorities', () => {
		const incoming = [
			v('01001', 2022, 'visits', 100),
			v('01001', 2022, 'eat_orders', 55, 'a.csv', 3),
			v('01001', 2023, 'visits', 120, 'a.csv', 4),
			v('09162000', 2023, 'visits', 9000, 'b.xlsx', 7),
			v('09162000', 2023, 'eat_orders', 10, 'b.xlsx', 8)
		];
		const a = analyseImport(ring, incoming);
		expect(a).toMatchObject({ added: 3, unchanged: 1, periods: [2022, 2023], duplicates: [] });
		expect(a.conflicts).toHaveLength(1);
		expect(a.conflicts[0]).toMatchObject({
			count_id: 'eat_orders',
			existing: { value: 50 },
			incoming: { value: 55 }
		});
		expect(a.unknownAuthorities).toEqual([
			{ authority_id: '09162000', first: { file: 'b.xlsx', line: 7, column: 3 }, values: 2 }
		]);
		const [problem] = unknownAuthorityProblems(a.unknownAuthorities);
		expect(problem).toMatchObject({
			file: 'b.xlsx',
			line: 7,
			column: 3,
			code: 'unknown_authority',
			text: '09162000'
		});
		expect(problem?.message).toContain('Unbekannte Behörde „09162000“');
	});

	it('reports the same value from two files as an error with both places', () => {
		const a = analyseImport(ring, [
			v('01001', 2023, 'visits', 1, 'a.csv', 2),
			v('01001', 2023, 'visits', 1, 'b.csv', 5)
		]);
		expect(a.duplicates).toHaveLength(1);
		expect(a.duplicates[0]).toMatchObject({ file: 'b.csv', line: 5, code: 'duplicate_across_files' });
		expect(a.duplicates[0]?.message).toContain('a.csv:2:3');
	});
});

describe('mergeImport', () => {
	const incoming = [
		v('01001', 2022, 'visits', 110),
		v('01001', 2022, 'eat_orders', 55),
		v('01001', 2023, 'visits', 120),
		v('09162000', 2023, 'visits', 9000)
	];

	it('keeps the ring values by default and never touches the input ring', () => {
		const before = JSON.stringify(ring);
		const m = mergeImport(ring, incoming, {
			choices: {},
			all: 'keep',
			newAuthorities: [],
			skipAuthorities: new Set()
		});
		expect(m).toMatchObject({ added: 1, replaced: 0, kept: 2, skipped: 1 });
		expect(m.ring.values.find((x) => x.count_id === 'visits' && x.period === 2022)?.value).toBe(100);
		expect(m.ring.meta.periods).toEqual([2022, 2023]);
		expect(JSON.stringify(ring)).toBe(before);
	});

	it('replaces all, or per conflict, and adds a new authority with its values', () => {
		const all = mergeImport(ring, incoming, {
			choices: { [valueKey(incoming[1]!)]: 'keep' },
			all: 'replace',
			newAuthorities: [{ authority_id: '09162000', name: 'München', kind: 'kreisfreie_stadt', state: 'BY' }],
			skipAuthorities: new Set()
		});
		expect(all).toMatchObject({ added: 2, replaced: 1, kept: 1, skipped: 0 });
		const get = (a: string, p: number, c: string) =>
			all.ring.values.find((x) => x.authority_id === a && x.period === p && x.count_id === c);
		expect(get('01001', 2022, 'visits')).toMatchObject({ value: 110, source: { file: 'a.csv' } });
		expect(get('01001', 2022, 'eat_orders')).toMatchObject({ value: 50, source: { file: 'ring.csv' } });
		expect(get('09162000', 2023, 'visits')?.value).toBe(9000);
		expect(all.ring.authorities.map((a) => a.authority_id)).toEqual(['01001', '09162000']);
	});

	it('leaves out a skipped authority', () => {
		const m = mergeImport(ring, incoming, {
			choices: {},
			all: 'keep',
			newAuthorities: [{ authority_id: '09162000', name: 'München', kind: 'kreisfreie_stadt', state: 'BY' }],
			skipAuthorities: new Set(['09162000'])
		});
		expect(m.skipped).toBe(1);
		expect(m.ring.values.some((x) => x.authority_id === '09162000')).toBe(false);
	});
});

describe('worker transfer', () => {
	it('the columnar result of the import core equals its objects, problems identical', () => {
		const text = [
			'Titel',
			'AGS;Jahr;visits;fte_total;eat_orders',
			'01001;2023;1.234;12,5;x',
			'01002;2023;-3;"1,5";7',
			'01001;2023;5;1;2',
			'Summe;;;;'
		].join('\n');
		const bytes = new TextEncoder().encode(text);
		const objects = parseImportFile('f.csv', bytes, SPECS);
		const columnar = parseImportFile('f.csv', bytes, SPECS, { columnar: true });
		expect(columnar.values).toEqual([]);
		expect(fromColumns(columnar.columns!)).toEqual(objects.values);
		expect(columnar.problems).toEqual(objects.problems);
		expect(objects.values.length).toBeGreaterThan(0);
	});

	it('values survive the columnar round trip exactly, provenance included', () => {
		const values = [
			v('01001', 2022, 'visits', 0.1 + 0.2),
			v('ä', 2100, 'fte_total', 1e15, 'ü.xlsx', 4_000_000)
		];
		expect(fromColumns(toColumns(values))).toEqual(values);
	});
});
