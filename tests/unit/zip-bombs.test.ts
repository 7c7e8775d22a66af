/**
 * Zip bombs against every reader of zips, in Node: the ring package reader (`openRingZip`, run by the
 * import worker and the CLI), the XLSX reader and the import of a workbook, and the CLI itself. Each bomb is generated here (tests/fixtures/zip-bombs.ts) and read in a process of its own
 * (tests/fixtures/zip-probe.ts), which reports its time and peak memory: every one must end with its
 * German message in < 5 s and < 1 GB. Before the bounded reader, the eight large entries ran the CLI
 * 55 s at 6 GB, junk beside a valid ring was inflated to gigabytes, and 60,000 tiny entries took 35 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xlsxEntries } from '../../src/lib/zip/xlsx-write.ts';
import type { ProbeResult } from '../fixtures/zip-probe.ts';
import { entry, moderate, stored, tinyEntries, zeros, zipOf, type RawEntry } from '../fixtures/zip-bombs.ts';

const SECONDS = 5;
const PEAK_MIB = 1024;
const tmp = mkdtempSync(path.join(tmpdir(), 'zip-bombs-'));
const DEMO = 'data-samples/demo-ring';

/** The demo ring's files inside a folder of the package (a valid format-2 ring of 8,060 values). */
function demoRing(): RawEntry[] {
	const files = readdirSync(DEMO, { recursive: true, withFileTypes: true }).filter((f) => f.isFile());
	return files.map((f) => {
		const rel = path.relative(DEMO, path.join(f.parentPath, f.name)).split(path.sep).join('/');
		return entry(`demo/${rel}`, readFileSync(`${DEMO}/${rel}`));
	});
}

/** A valid workbook (the template writer's parts) with a few rows. */
function workbook(): RawEntry[] {
	const parts = xlsxEntries({
		name: 'Daten',
		rows: [
			['authority_id', 'period', 'population'],
			['01001', 2024, 95500],
			['01002', 2024, 247000]
		]
	});
	return Object.entries(parts).map(([name, bytes]) => entry(name, bytes));
}

/** A valid workbook whose part `name` is replaced by `bomb`. */
const workbookWith = (name: string, bomb: RawEntry) =>
	workbook().map((e) => (e.name === name ? { ...bomb, name } : e));

function probe(mode: 'ring' | 'xlsx' | 'import', name: string, bytes: Uint8Array): ProbeResult {
	const file = path.join(tmp, name);
	writeFileSync(file, bytes);
	const run = spawnSync(process.execPath, ['tests/fixtures/zip-probe.ts', mode, file], {
		encoding: 'utf8',
		timeout: 60_000
	});
	expect(run.stderr).toBe('');
	return JSON.parse(run.stdout) as ProbeResult;
}

/**
 * The bound is held on the read's CPU time: the test machines are shared (at a load of 20 on two
 * cores a 1 s read takes 10 s of wall clock). The wall clock only catches a read that hangs.
 */
function withinBounds(result: ProbeResult): void {
	expect(result.cpuMs, 'CPU milliseconds').toBeLessThan(SECONDS * 1000);
	expect(result.ms, 'wall-clock milliseconds').toBeLessThan(12 * SECONDS * 1000);
	expect(result.peakMiB, 'peak resident MiB').toBeLessThan(PEAK_MIB);
}

const sheet = 'xl/worksheets/sheet1.xml';

const PACKAGES: { name: string; zip: () => Uint8Array; code: string; message: RegExp }[] = [
	{
		name: 'eight entries of 500 MB each',
		zip: () => zipOf(Array.from({ length: 8 }, (_, i) => zeros(`counts/teil-${i}.csv`, 500))),
		code: 'zip_ratio',
		message: /^„counts\/teil-0\.csv“ ist 1\.0\d\d-fach komprimiert.*ZIP-Bombe/
	},
	{
		name: 'eight entries of 500 MB each that declare 1 kB',
		zip: () => zipOf(Array.from({ length: 8 }, (_, i) => zeros(`counts/teil-${i}.csv`, 500, 1000))),
		code: 'zip_size',
		message: /^„counts\/teil-0\.csv“ ist entpackt anders groß als im ZIP angegeben/
	},
	{
		name: 'eight entries of 64 MB at an ordinary ratio (only the total stops them)',
		zip: () => zipOf(Array.from({ length: 8 }, (_, i) => moderate(`counts/teil-${i}.csv`, 64))),
		code: 'zip_total',
		message: /^Das Ringpaket wäre entpackt größer als 384 MB \(bis „counts\/teil-6\.csv“: 448 MB\)/
	},
	{
		name: '60,000 tiny entries',
		zip: () => zipOf(tinyEntries(60_000)),
		code: 'zip_entries',
		message: /^Das Ringpaket hat 60\.000 Einträge, erlaubt sind höchstens 2\.000;/
	},
	{
		name: 'a high-ratio entry that declares an allowed ratio',
		zip: () => {
			const bomb = zeros('demo/counts/base_values.csv', 1024);
			bomb.size = bomb.data.length * 100;
			return zipOf([...demoRing(), bomb]);
		},
		code: 'zip_ratio',
		message: /^„demo\/counts\/base_values\.csv“ ist 1\.0\d\d-fach komprimiert/
	}
];

describe('ring packages: every bomb ends with its message in < 5 s and < 1 GB', () => {
	for (const bomb of PACKAGES)
		it(bomb.name, () => {
			const result = probe('ring', 'bombe.zip', bomb.zip());
			withinBounds(result);
			expect(result.ok).toBe(false);
			expect(result.codes).toEqual([bomb.code]);
			expect(result.messages[0]).toMatch(bomb.message);
		});

	it('5 GB the format does not read (notes, macOS debris, hidden files) are not inflated: the ring opens as without them', () => {
		const junk = [
			...Array.from({ length: 3 }, (_, i) => zeros(`demo/hinweise-${i}.txt`, 1024)),
			zeros('__MACOSX/demo/._ring.json', 1024),
			zeros('demo/.cache', 1024)
		];
		const plain = probe('ring', 'demo.zip', zipOf(demoRing()));
		const result = probe('ring', 'demo-junk.zip', zipOf([...demoRing(), ...junk]));
		withinBounds(result);
		expect(plain).toMatchObject({ ok: true, codes: [], values: 8060 });
		expect(result).toMatchObject({ ok: true, codes: [], values: plain.values });
	});

	it('an unknown file of 1 GB beside a format-2 ring is refused by its name, without inflating it', () => {
		const result = probe('ring', 'demo-junk.zip', zipOf([...demoRing(), zeros('demo/anhang.bin', 1024)]));
		withinBounds(result);
		expect(result).toMatchObject({ ok: false, codes: ['unknown_file'] });
		expect(result.messages[0]).toMatch(/^Datei „anhang\.bin“ gibt es in format_version 2 nicht/);
	});

	it('a package at the entry limit (2,000 entries: 1,999 counts files) is read in < 5 s', () => {
		const ids = Array.from({ length: 1999 }, (_, i) => String(10001 + i));
		const authorities = stored(
			'authorities.csv',
			`authority_id,name,kind,state\n${ids.map((id) => `${id},Kreis ${id},landkreis,BY`).join('\n')}\n`
		);
		const files = ids.map((id) =>
			stored(`counts/${id}.csv`, `authority_id,period,count_id,value\n${id},2024,population,${id}\n`)
		);
		const result = probe('ring', 'viele.zip', zipOf([authorities, ...files]));
		withinBounds(result);
		expect(result).toMatchObject({ ok: true, values: 1999 });
	});
});

const WORKBOOKS: { name: string; zip: () => Uint8Array; message: RegExp }[] = [
	{
		name: 'a sheet of 1 GB zeros',
		zip: () => zipOf(workbookWith(sheet, zeros(sheet, 1024))),
		message: /^„xl\/worksheets\/sheet1\.xml“ ist 1\.0\d\d-fach komprimiert/
	},
	{
		name: 'a sheet that hides its ratio',
		zip: () => {
			const bomb = zeros(sheet, 512); // declares 50 MB: below the total, so only the ratio can stop it
			bomb.size = bomb.data.length * 100;
			return zipOf(workbookWith(sheet, bomb));
		},
		message: /^„xl\/worksheets\/sheet1\.xml“ ist 1\.0\d\d-fach komprimiert/
	},
	{
		name: 'strings and sheet of 60 MB each at an ordinary ratio (the budget spans both reads)',
		zip: () => zipOf([...workbookWith(sheet, moderate(sheet, 60)), moderate('xl/sharedStrings.xml', 60)]),
		message:
			/^Die Excel-Arbeitsmappe wäre entpackt größer als 96 MB \(bis „xl\/worksheets\/sheet1\.xml“: 120 MB\)/
	},
	{
		name: 'eight parts of 500 MB that declare 1 kB',
		zip: () =>
			zipOf([
				...workbookWith(sheet, zeros(sheet, 500, 1000)),
				...Array.from({ length: 7 }, (_, i) => zeros(`xl/worksheets/sheet${i + 2}.xml`, 500, 1000))
			]),
		message: /^„xl\/worksheets\/sheet1\.xml“ ist entpackt anders groß als im ZIP angegeben/
	},
	{
		name: '60,000 tiny entries',
		zip: () => zipOf([...workbook(), ...tinyEntries(60_000, 'xl/media/m')]),
		message: /^Die Excel-Arbeitsmappe hat 60\.00\d Einträge, erlaubt sind höchstens 10\.000;/
	}
];

describe('workbooks: every bomb ends with its message in < 5 s and < 1 GB', () => {
	for (const bomb of WORKBOOKS)
		for (const mode of ['xlsx', 'import'] as const)
			it(`${bomb.name} (${mode === 'xlsx' ? 'XLSX reader' : 'import of the file'})`, () => {
				const result = probe(mode, 'bombe.xlsx', bomb.zip());
				withinBounds(result);
				expect(result.ok).toBe(false);
				expect(result.messages[0]).toMatch(bomb.message);
			});

	it('junk of 5 GB beside a valid workbook is not inflated: the rows are read', () => {
		const junk = Array.from({ length: 5 }, (_, i) => zeros(`xl/media/bild-${i}.png`, 1024));
		const result = probe('xlsx', 'mappe.xlsx', zipOf([...workbook(), ...junk]));
		withinBounds(result);
		expect(result).toMatchObject({ ok: true, values: 3 });
		const imported = probe('import', 'mappe.xlsx', zipOf([...workbook(), ...junk]));
		expect(imported).toMatchObject({ ok: true, values: 2 });
	});
});

describe('the CLI', () => {
	it('refuses a bomb package with its message and exit code 1, in < 5 s and < 1 GB', () => {
		const file = path.join(tmp, 'bombe.zip');
		writeFileSync(file, zipOf(Array.from({ length: 8 }, (_, i) => zeros(`counts/teil-${i}.csv`, 500))));
		// The whole run, start-up included: peak memory and CPU time as the process itself counts them.
		const usage =
			'data:text/javascript,process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write(`peak=${u.maxRSS} cpu=${u.userCPUTime+u.systemCPUTime}\\n`)})';
		const started = performance.now();
		const run = spawnSync(process.execPath, ['--import', usage, 'src/cli/main.ts', 'kpis', '--ring', file], {
			encoding: 'utf8',
			timeout: 60_000
		});
		const seconds = (performance.now() - started) / 1000;
		expect(run.status).toBe(1);
		expect(run.stdout).toBe('');
		// The CLI names the package (the file inside it is the ring's name, as for any problem of the zip).
		expect(run.stderr).toMatch(/bombe\.zip\S*:1:1: „counts\/teil-0\.csv“ ist 1\.0\d\d-fach komprimiert/);
		expect(run.stderr).toContain('ZIP-Bombe');
		const [, kib, micros] = /peak=(\d+) cpu=(\d+)/.exec(run.stderr) ?? [];
		expect(Number(micros) / 1e6, 'CPU seconds').toBeLessThan(SECONDS);
		expect(seconds, 'wall-clock seconds').toBeLessThan(12 * SECONDS);
		expect(Number(kib) / 1024, 'peak resident MiB').toBeLessThan(PEAK_MIB);
	});
});
