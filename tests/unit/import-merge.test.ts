/**
 * Merging an import into the ring: new, unchanged, conflicting values; per-conflict and for-all
 * choices; unknown authorities added or left out; the same key from two files is an error.
 */
import { word, type Message } from '../../src/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { analyseImport, analyseImportInSteps, valueKey } from '../../src/lib/import/analyse.ts';
import { mergeImport, unknownAuthorityProblems } from '../../src/lib/import/merge.ts';
import { decodeValues, encodeValues } from '../../src/lib/ring/value-columns.ts';
import type { BaseValue, Ring } from '../../src/lib/ring/types.ts';
import { parseImportFile } from '../../src/lib/ingest/parse-import.ts';
import { SPECS } from '../fixtures/ingest/helpers.ts';

/** A problem's message as the CLI words it (German); problems carry keys and parameters. */
const say = (p: { message: Message } | undefined): string => (p ? word(p.message) : '');

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
	values: encodeValues([
		v('01001', 2022, 'visits', 100, 'ring.csv'),
		v('01001', 2022, 'eat_orders', 50, 'ring.csv')
	])
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
		const a = analyseImport(ring, [encodeValues(incoming)]);
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
		expect(say(problem)).toContain('Unbekannte Behörde „09162000“');
	});

	it('reports the same value from two files as an error with both places', () => {
		const a = analyseImport(ring, [
			encodeValues([v('01001', 2023, 'visits', 1, 'a.csv', 2), v('01001', 2023, 'visits', 1, 'b.csv', 5)])
		]);
		expect(a.duplicates).toHaveLength(1);
		expect(a.duplicates[0]).toMatchObject({ file: 'b.csv', line: 5, code: 'duplicate_across_files' });
		expect(say(a.duplicates[0])).toContain('a.csv:2:3');
	});
	it('reports the same file picked twice (two results of one name)', () => {
		const file = [v('01001', 2023, 'visits', 1, 'a.csv', 2), v('01001', 2023, 'eat_orders', 2, 'a.csv', 3)];
		const a = analyseImport(ring, [encodeValues(file), encodeValues(file)]);
		expect(a.duplicates.map((d) => d.line)).toEqual([2, 3]);
		expect(say(a.duplicates[0])).toContain('a.csv:2:3');
		expect(a.added).toBe(2);
	});

	it('agrees with the rules written out on objects, on random values over several files', () => {
		// The reference: the rules of merge.ts on objects with string keys, as simply as possible.
		function reference(r: Ring, incoming: BaseValue[]) {
			const existing = new Map(decodeValues(r.values).map((x) => [valueKey(x), x]));
			const members = new Set(r.authorities.map((x) => x.authority_id));
			const seen = new Map<string, BaseValue>();
			const unknown = new Map<string, { authority_id: string; first: unknown; values: number }>();
			const out = { added: 0, unchanged: 0, conflicts: [] as string[], duplicates: [] as string[] };
			for (const x of incoming) {
				const key = valueKey(x);
				const earlier = seen.get(key);
				if (earlier) {
					out.duplicates.push(
						`${x.source?.file}:${x.source?.line} ~ ${earlier.source?.file}:${earlier.source?.line}`
					);
					continue;
				}
				seen.set(key, x);
				if (!members.has(x.authority_id)) {
					const u = unknown.get(x.authority_id);
					if (u) u.values++;
					else unknown.set(x.authority_id, { authority_id: x.authority_id, first: x.source, values: 1 });
				}
				const old = existing.get(key);
				if (!old) out.added++;
				else if (Object.is(old.value, x.value)) out.unchanged++;
				else out.conflicts.push(`${key}:${old.value}->${x.value}`);
			}
			return {
				...out,
				unknown: [...unknown.values()],
				periods: [...new Set(incoming.map((x) => x.period))].sort()
			};
		}
		let seed = 7;
		const rnd = (n: number) => ((seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0) >>> 8) % n;
		const ids = ['01001', '01002', '09162000', '05315000'];
		const counts = ['visits', 'eat_orders', 'fte_total'];
		const big: Ring = {
			...ring,
			authorities: [ring.authorities[0]!, { ...ring.authorities[0]!, authority_id: '01002' }],
			values: encodeValues(
				Array.from({ length: 30 }, (_, i) =>
					v(ids[i % 2]!, 2020 + (i % 5), counts[i % 3]!, rnd(3), 'ring.csv', i)
				)
			)
		};
		const seenKinds = { duplicates: 0, conflicts: 0, unchanged: 0, unknown: 0 };
		for (let round = 0; round < 20; round++) {
			const files = Array.from({ length: 1 + rnd(3) }, (_, f) => {
				const keys = new Map<string, BaseValue>();
				for (let i = 0; i < 40; i++) {
					const x = v(ids[rnd(4)]!, 2020 + rnd(6), counts[rnd(3)]!, rnd(3), `f${f}.csv`, i + 2);
					keys.set(valueKey(x), x); // one file's keys are unique, as the ingest guarantees
				}
				return [...keys.values()];
			});
			const a = analyseImport(
				big,
				files.map((f) => encodeValues(f))
			);
			const want = reference(big, files.flat());
			expect(a.added).toBe(want.added);
			expect(a.unchanged).toBe(want.unchanged);
			expect(a.conflicts.map((c) => `${c.key}:${c.existing.value}->${c.incoming.value}`)).toEqual(
				want.conflicts
			);
			expect(
				a.duplicates.map(
					(d) => `${d.file}:${d.line} ~ ${/steht auch in (\S+):(\d+):/.exec(say(d))!.slice(1).join(':')}`
				)
			).toEqual(want.duplicates);
			expect(a.unknownAuthorities).toEqual(want.unknown);
			expect(a.periods).toEqual(want.periods);
			seenKinds.duplicates += a.duplicates.length;
			seenKinds.conflicts += a.conflicts.length;
			seenKinds.unchanged += a.unchanged;
			seenKinds.unknown += a.unknownAuthorities.length;
		}
		// The rounds must reach every case, or the comparison proves little.
		for (const n of Object.values(seenKinds)) expect(n).toBeGreaterThan(0);
	});

	describe('in steps (the page: no long task at a million values)', () => {
		// 300,000 values of 1,000 authorities, some in the ring with equal or other values.
		const members = Array.from({ length: 1000 }, (_, a) => String(1_001_000 + a).padStart(8, '0'));
		const big: Ring = {
			...ring,
			authorities: members.slice(0, 500).map((authority_id) => ({ ...ring.authorities[0]!, authority_id })),
			values: encodeValues(members.slice(0, 500).flatMap((id, a) => [v(id, 2020, 'visits', a % 3)]))
		};
		const files = [0, 1].map((f) =>
			encodeValues(
				Array.from({ length: 150_000 }, (_, i) =>
					v(members[i % 1000]!, 2020 + ((i / 1000) | 0) + 150 * f, 'visits', i % 3, `f${f}.csv`, i + 2)
				)
			)
		);

		it('gives what the analysis in one go gives, and lets other tasks run in between', async () => {
			let otherTask = false;
			setTimeout(() => (otherTask = true), 0);
			const stepped = await analyseImportInSteps(big, files);
			expect(otherTask).toBe(true);
			expect(stepped).toStrictEqual(analyseImport(big, files));
			expect(stepped!.added + stepped!.unchanged + stepped!.conflicts.length).toBe(300_000);
		});

		it('stops when aborted (newer files or a newer ring)', async () => {
			const abort = new AbortController();
			const running = analyseImportInSteps(big, files, abort.signal);
			abort.abort();
			expect(await running).toBeNull();
		});
	});
});

describe('mergeImport', () => {
	const incoming = [
		v('01001', 2022, 'visits', 110),
		v('01001', 2022, 'eat_orders', 55),
		v('01001', 2023, 'visits', 120),
		v('09162000', 2023, 'visits', 9000)
	];
	const files = [encodeValues(incoming)];

	it('keeps the ring values by default and never touches the input ring', () => {
		const before = JSON.stringify(ring);
		const m = mergeImport(ring, files, {
			choices: {},
			all: 'keep',
			newAuthorities: [],
			skipAuthorities: new Set()
		});
		expect(m).toMatchObject({ added: 1, replaced: 0, kept: 2, skipped: 1 });
		expect(decodeValues(m.ring.values).find((x) => x.count_id === 'visits' && x.period === 2022)?.value).toBe(
			100
		);
		expect(m.ring.meta.periods).toEqual([2022, 2023]);
		expect(JSON.stringify(ring)).toBe(before);
	});

	it('replaces all, or per conflict, and adds a new authority with its values', () => {
		const all = mergeImport(ring, files, {
			choices: { [valueKey(incoming[1]!)]: 'keep' },
			all: 'replace',
			newAuthorities: [{ authority_id: '09162000', name: 'München', kind: 'kreisfreie_stadt', state: 'BY' }],
			skipAuthorities: new Set()
		});
		expect(all).toMatchObject({ added: 2, replaced: 1, kept: 1, skipped: 0 });
		const get = (a: string, p: number, c: string) =>
			decodeValues(all.ring.values).find((x) => x.authority_id === a && x.period === p && x.count_id === c);
		expect(get('01001', 2022, 'visits')).toMatchObject({ value: 110, source: { file: 'a.csv' } });
		expect(get('01001', 2022, 'eat_orders')).toMatchObject({ value: 50, source: { file: 'ring.csv' } });
		expect(get('09162000', 2023, 'visits')?.value).toBe(9000);
		expect(all.ring.authorities.map((a) => a.authority_id)).toEqual(['01001', '09162000']);
	});

	it('leaves out a skipped authority', () => {
		const m = mergeImport(ring, files, {
			choices: {},
			all: 'keep',
			newAuthorities: [{ authority_id: '09162000', name: 'München', kind: 'kreisfreie_stadt', state: 'BY' }],
			skipAuthorities: new Set(['09162000'])
		});
		expect(m.skipped).toBe(1);
		expect(decodeValues(m.ring.values).some((x) => x.authority_id === '09162000')).toBe(false);
	});
});

describe('mergeImport on columns agrees with the rules written out on objects', () => {
	/** The merge as it was written on objects with string keys (before the ring became columns). */
	function reference(r: Ring, incoming: BaseValue[], decisions: Parameters<typeof mergeImport>[2]) {
		const members = new Set([...r.authorities, ...decisions.newAuthorities].map((a) => a.authority_id));
		const byKey = new Map<string, BaseValue>();
		for (const x of decodeValues(r.values)) byKey.set(valueKey(x), x);
		const counts = { added: 0, replaced: 0, kept: 0, skipped: 0 };
		const taken = new Set<string>();
		for (const x of incoming) {
			if (!members.has(x.authority_id) || decisions.skipAuthorities.has(x.authority_id)) {
				counts.skipped++;
				continue;
			}
			const key = valueKey(x);
			if (taken.has(key)) continue;
			taken.add(key);
			const old = byKey.get(key);
			if (!old) {
				byKey.set(key, x);
				counts.added++;
			} else if (!Object.is(old.value, x.value)) {
				if ((decisions.choices[key] ?? decisions.all) === 'replace') {
					byKey.set(key, x);
					counts.replaced++;
				} else counts.kept++;
			}
		}
		return { values: [...byKey.values()], ...counts };
	}

	it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: same values in the same order, same counts', (s) => {
		let seed = s;
		const rnd = (n: number) => ((seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0) >>> 8) % n;
		const ids = ['01001', '01002', '09162000', '05315000', '03241'];
		const counts = ['visits', 'eat_orders', 'fte_total', 'population'];
		const values = new Map<string, BaseValue>();
		for (let i = 0; i < 40; i++) {
			const x = v(ids[rnd(3)]!, 2020 + rnd(4), counts[rnd(4)]!, rnd(4), 'ring.csv', i + 2);
			values.set(valueKey(x), x);
		}
		const r: Ring = {
			...ring,
			authorities: ids.slice(0, 3).map((authority_id) => ({ ...ring.authorities[0]!, authority_id })),
			values: encodeValues([...values.values()])
		};
		const files = Array.from({ length: 1 + rnd(3) }, (_, f) => {
			const keys = new Map<string, BaseValue>();
			for (let i = 0; i < 30; i++) {
				const x = v(ids[rnd(5)]!, 2020 + rnd(5), counts[rnd(4)]!, rnd(4), `f${f}.csv`, i + 2);
				keys.set(valueKey(x), x);
			}
			return [...keys.values()];
		});
		const flat = files.flat();
		const decisions = {
			choices: Object.fromEntries(
				flat.filter(() => rnd(3) === 0).map((x) => [valueKey(x), rnd(2) ? 'keep' : 'replace'] as const)
			),
			all: rnd(2) ? ('keep' as const) : ('replace' as const),
			newAuthorities: rnd(2) ? [{ ...ring.authorities[0]!, authority_id: '09162000' }] : [],
			skipAuthorities: new Set(rnd(2) ? ['05315000'] : [])
		};
		const merged = mergeImport(
			r,
			files.map((f) => encodeValues(f)),
			decisions
		);
		const want = reference(r, flat, decisions);
		expect(decodeValues(merged.ring.values)).toEqual(want.values);
		expect(merged).toMatchObject({
			added: want.added,
			replaced: want.replaced,
			kept: want.kept,
			skipped: want.skipped
		});
		expect(want.added + want.replaced + want.kept).toBeGreaterThan(0);
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
		expect(decodeValues(columnar.columns!)).toEqual(objects.values);
		// One encoding: the import's own columns are those of the shared encoder, bit for bit.
		expect(columnar.columns).toStrictEqual(encodeValues(objects.values));
		expect(columnar.problems).toEqual(objects.problems);
		expect(objects.values.length).toBeGreaterThan(0);
	});

	it('values survive the columnar round trip exactly, provenance included', () => {
		const values = [
			v('01001', 2022, 'visits', 0.1 + 0.2),
			v('ä', 2100, 'fte_total', 1e15, 'ü.xlsx', 4_000_000)
		];
		expect(decodeValues(encodeValues(values))).toEqual(values);
	});
});
