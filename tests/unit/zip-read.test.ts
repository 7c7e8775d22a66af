/**
 * The bounded unzip (`zip/read.ts`): the same files as fflate's `unzipSync` for ordinary zips, only the
 * wanted entries inflated, and every limit and damage reported as data with a German message.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/lib/i18n/areas/zip.ts';
import { en } from '../../src/lib/i18n/en/zip.ts';
import { word } from '../../src/lib/i18n/messages.ts';
import { RING_PACKAGE_LIMITS, XLSX_LIMITS, type ZipLimits } from '../../src/lib/zip/limits.ts';
import { zipMessage, zipProblemCode } from '../../src/lib/zip/messages.ts';
import { readZip, readZipAsync, type ZipProblem } from '../../src/lib/zip/read.ts';
import { ringPackageEntry } from '../../src/lib/ring/package/files.ts';
import { PARTS } from '../../src/lib/ring/package/parts/index.ts';
import { writeZip } from '../../src/lib/zip/write.ts';
import { entry, moderate, tinyEntries, zeros, zipOf } from '../fixtures/zip-bombs.ts';

const MiB = 1024 * 1024;
const all = () => true;
const small: ZipLimits = {
	kind: 'ring',
	maxEntries: 10,
	maxTotal: 4 * MiB,
	maxRatio: 100,
	ratioGrace: 64 * 1024
};

/**
 * Both readers, the synchronous one (fflate: workbooks) and the one that may wait (the platform's
 * `DecompressionStream`: ring packages), under the same tests.
 */
const READERS = { readZip, readZipAsync } as const;

for (const [name, readZip] of Object.entries(READERS)) {
	async function problem(bytes: Uint8Array, limits: ZipLimits = small, want = all): Promise<ZipProblem> {
		const read = await readZip(bytes, want, limits);
		if (read.ok) throw new Error('expected a problem');
		return read.problem;
	}

	describe(`${name} on ordinary zips`, () => {
		it('gives exactly what unzipSync gives, for deflated and stored entries', async () => {
			const files = {
				'ring.json': strToU8('{"format_version":1,"name":"Ring Nord"}'),
				'counts/2024.csv': strToU8('authority_id,period,count_id,value\n'.repeat(500)),
				'leer.txt': new Uint8Array(0),
				'umlaut/Übersicht.csv': strToU8('ä;ö;ü\n')
			};
			for (const zip of [writeZip(files, new Date(2024, 0, 1)), zipSync(files, { level: 0 })]) {
				const read = await readZip(zip, all, RING_PACKAGE_LIMITS);
				expect(read.ok).toBe(true);
				if (!read.ok) return;
				expect({ ...read.files }).toEqual(unzipSync(zip));
				expect(read.entries.map((e) => e.name)).toEqual(Object.keys(files));
			}
		});

		it('inflates only the wanted entries; the others are never decompressed, however broken', async () => {
			const zip = zipOf([
				entry('ring/ring.json', '{}'),
				// Declares 10 MB from garbage: inflating it would fail; not wanting it must not.
				{ name: 'ring/junk.bin', data: new Uint8Array(64).fill(0xff), method: 8, size: 10 * MiB, crc: 0 },
				zeros('ring/big.bin', 2048)
			]);
			const read = await readZip(zip, (e) => e.name.endsWith('.json'), RING_PACKAGE_LIMITS);
			expect(read.ok && Object.keys(read.files)).toEqual(['ring/ring.json']);
			expect(read.ok && read.entries.map((e) => [e.name, e.size])).toEqual([
				['ring/ring.json', 2],
				['ring/junk.bin', 10 * MiB],
				['ring/big.bin', 2048 * MiB]
			]);
		});

		it('reads zip64 directories (sizes and offsets in the extra field)', async () => {
			const zip = zipOf([entry('a.csv', 'x,y\n1,2\n'), entry('b/c.csv', 'z\n')], { zip64: true });
			const read = await readZip(zip, all, RING_PACKAGE_LIMITS);
			expect(
				read.ok && Object.fromEntries(Object.entries(read.files).map(([k, v]) => [k, v.length]))
			).toEqual({
				'a.csv': 8,
				'b/c.csv': 2
			});
		});

		it('a budget spans several reads of one archive', async () => {
			const zip = zipOf([moderate('a', 3), moderate('b', 3)]);
			const budget = { remaining: small.maxTotal };
			expect((await readZip(zip, (e) => e.name === 'a', small, budget)).ok).toBe(true);
			expect(budget.remaining).toBe(MiB);
			const second = await readZip(zip, (e) => e.name === 'b', small, budget);
			expect(second.ok ? null : second.problem).toEqual({ code: 'total', entry: 'b', found: 6 * MiB });
		});
	});

	describe(`${name}: limits and damage`, () => {
		it('refuses too many entries before reading any of them', async () => {
			expect(await problem(zipOf(tinyEntries(11)))).toEqual({ code: 'entries', entry: '', found: 11 });
			expect((await readZip(zipOf(tinyEntries(10)), all, small)).ok).toBe(true);
		});

		it('refuses a total beyond the budget from the declared sizes, naming the entry that crosses it', async () => {
			const zip = zipOf([
				moderate('counts/a.csv', 2),
				moderate('counts/b.csv', 2),
				moderate('counts/c.csv', 2)
			]);
			expect(await problem(zip)).toEqual({ code: 'total', entry: 'counts/c.csv', found: 6 * MiB });
		});

		it('refuses a high declared ratio without inflating, and a hidden one while inflating', async () => {
			expect(await problem(zipOf([zeros('counts/x.csv', 2)]))).toMatchObject({
				code: 'ratio',
				entry: 'counts/x.csv'
			});
			const hidden = zeros('counts/y.csv', 1024);
			hidden.size = hidden.data.length * 100; // declares exactly the allowed ratio
			const p = await problem(zipOf([hidden]), RING_PACKAGE_LIMITS);
			expect(p.code).toBe('ratio');
			expect(p.found).toBeGreaterThan(900); // the bomb's own ratio, not the limit's
		});

		it('lets a small, highly compressible entry through (below the grace)', async () => {
			const read = await readZip(zipOf([entry('sheet.xml', ' '.repeat(60_000))]), all, small);
			expect(read.ok && read.files['sheet.xml']?.length).toBe(60_000);
		});

		it('stops an entry that inflates to more or less than it declares', async () => {
			expect(await problem(zipOf([entry('a.csv', 'x'.repeat(5000), 100)]))).toMatchObject({
				code: 'size',
				entry: 'a.csv'
			});
			expect(await problem(zipOf([entry('a.csv', 'abc', 10)]))).toMatchObject({
				code: 'size',
				entry: 'a.csv',
				found: 3
			});
			const stored = { name: 's.csv', data: strToU8('abc'), method: 0 as const, size: 5, crc: 0 };
			expect(await problem(zipOf([stored]))).toMatchObject({ code: 'size', entry: 's.csv' });
		});

		it('refuses encrypted entries and unknown methods, only when wanted', async () => {
			const odd = { ...entry('a.csv', 'abc'), method: 12 as unknown as 8 };
			expect(await problem(zipOf([odd]))).toEqual({ code: 'unsupported', entry: 'a.csv', found: 12 });
			expect((await readZip(zipOf([odd]), () => false, small)).ok).toBe(true);
			const zip = zipOf([entry('b.csv', 'abc')]);
			zip[6] = zip[6]! | 1; // the local header's encryption flag (ignored: the directory's counts)
			const dir = zip.length - 22 - (46 + 5);
			zip[dir + 8] = zip[dir + 8]! | 1;
			expect(await problem(zip)).toMatchObject({ code: 'unsupported', entry: 'b.csv' });
		});

		it('reports garbage, truncation and bad offsets as damaged, never throws', async () => {
			const good = zipOf([entry('ring.json', '{"a":1}'), entry('authorities.csv', 'x\n'.repeat(100))]);
			expect(await problem(strToU8('PK\u0003\u0004garbage'))).toEqual({
				code: 'damaged',
				entry: '',
				found: 0
			});
			expect((await problem(new Uint8Array(0))).code).toBe('damaged');
			expect((await problem(good.subarray(0, good.length - 30))).code).toBe('damaged');
			for (let cut = 1; cut < good.length; cut += 7)
				expect((await readZip(good.subarray(cut), all, small)).ok).toBe(false);
			const broken = good.slice();
			broken[39] = broken[39]! ^ 0xff; // the first deflate byte
			const read = await readZip(broken, all, small);
			if (!read.ok) expect(read.problem).toMatchObject({ code: expect.stringMatching(/damaged|size/) });
			const corruptData = zipOf([{ ...entry('a.csv', 'abc'), data: new Uint8Array([0xff, 0xff, 0xff]) }]);
			expect(await problem(corruptData)).toMatchObject({ code: 'damaged', entry: 'a.csv' });
		});
	});
}

describe('which entries a ring package inflates', () => {
	const want = (name: string) =>
		ringPackageEntry({ name, compressedSize: 0, size: 0, method: 8, encrypted: false, offset: 0 });

	it('the format files at the top or in one folder; nothing else', () => {
		for (const name of [
			'ring.json',
			'authorities.csv',
			'provenance.csv',
			'counts/2024.csv',
			'counts/sub/x.txt',
			'pseudonyms.csv',
			'finding_status.csv',
			'Ring Nord/member_releases.csv',
			'Ring Nord/releases/2024-1/counts/base_values.csv',
			'Ring Nord/ring.json',
			'Ring Nord/counts/a.csv',
			'.\\Ring Nord\\authorities.csv'
		])
			expect(want(name), name).toBe(true);
		for (const name of [
			'junk.bin',
			'counts/',
			'Ring Nord/notes.docx',
			'a/b/ring.json',
			'__MACOSX/Ring Nord/._ring.json',
			'Ring Nord/.DS_Store',
			'.hidden/counts/a.csv',
			'README.md',
			'Ring Nord/hinweise.txt'
		])
			expect(want(name), name).toBe(false);
	});

	it('every file a part of the registry owns, without a list in the zip code', () => {
		const owned = (name: string) => PARTS.some((p) => p.owns(name));
		for (const name of [
			'pseudonyms.csv',
			'finding_status.csv',
			'member_releases.csv',
			'releases/x/a.csv',
			'size_classes.csv',
			'agendas.json',
			'report-texts.json',
			'scenarios.json'
		])
			expect(owned(name) && want(name) && want(`Ring/${name}`), name).toBe(true);
	});
});

describe('messages', () => {
	it('name the limit, the figure and the entry, in German; codes stay stable', () => {
		const say = (p: ZipProblem, limits: ZipLimits = RING_PACKAGE_LIMITS) => word(zipMessage(p, limits));
		expect(say({ code: 'entries', entry: '', found: 60_000 })).toBe(
			'Das Ringpaket hat 60.000 Einträge, erlaubt sind höchstens 2.000; es wird nicht entpackt.'
		);
		expect(say({ code: 'total', entry: 'counts/b.csv', found: 512 * MiB })).toMatch(
			/^Das Ringpaket wäre entpackt größer als 384 MB \(bis „counts\/b\.csv“: 512 MB\); es wird nicht entpackt\. Selbst 5\.000 Behörden/
		);
		expect(say({ code: 'total', entry: 'xl/worksheets/sheet1.xml', found: 300 * MiB }, XLSX_LIMITS)).toMatch(
			/^Die Excel-Arbeitsmappe wäre entpackt größer als 96 MB .* als CSV speichern/
		);
		expect(say({ code: 'ratio', entry: 'counts/x.csv', found: 1011 })).toMatch(
			/^„counts\/x\.csv“ ist 1\.011-fach komprimiert, erlaubt ist höchstens 100-fach .*ZIP-Bombe/
		);
		expect(say({ code: 'size', entry: 'a.csv', found: 1 })).toMatch(
			/^„a\.csv“ ist entpackt anders groß als im ZIP angegeben/
		);
		expect(say({ code: 'unsupported', entry: 'a.csv', found: 99 })).toMatch(/verschlüsselt/);
		expect(say({ code: 'damaged', entry: '', found: 0 })).toBe(de['zip.damaged.ring']);
		expect(say({ code: 'damaged', entry: '', found: 0 }, XLSX_LIMITS)).toBe(de['zip.damaged.xlsx']);
		expect(zipProblemCode({ code: 'damaged', entry: '', found: 0 }, RING_PACKAGE_LIMITS)).toBe('bad_zip');
		expect(zipProblemCode({ code: 'damaged', entry: '', found: 0 }, XLSX_LIMITS)).toBe('bad_xlsx');
		expect(zipProblemCode({ code: 'ratio', entry: 'a', found: 0 }, XLSX_LIMITS)).toBe('zip_ratio');
	});

	it('exist in German and English with the same placeholders', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
		const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
		for (const key of Object.keys(de) as (keyof typeof de)[])
			expect(holes(en[key]), key).toEqual(holes(de[key]));
	});
});
