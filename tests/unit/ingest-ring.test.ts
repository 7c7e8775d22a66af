import { word, type Message } from '../../src/lib/i18n/messages.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import { readRingPackage, readRingZip } from '../../src/lib/ring/package/open.ts';
import type { PackageFile } from '../../src/lib/ring/package/types.ts';
import { FIXTURES, SPECS } from '../fixtures/ingest/helpers.ts';
import { decodeValues } from '../../src/lib/ring/value-columns.ts';
import { valueCount } from '../../src/lib/ring/value-columns.ts';

/** A problem's message as the CLI words it (German); problems carry keys and parameters. */
const say = (p: { message: Message } | undefined): string => (p ? word(p.message) : '');

const RING_DIR = path.join(FIXTURES, 'ring-demo');

function folderFiles(dir: string, prefix = ''): PackageFile[] {
	const out: PackageFile[] = [];
	for (const name of readdirSync(dir)) {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) out.push(...folderFiles(full, `${prefix}${name}/`));
		else out.push({ path: `${prefix}${name}`, bytes: new Uint8Array(readFileSync(full)) });
	}
	return out;
}

function zipOf(files: PackageFile[], dir = ''): Uint8Array {
	return zipSync(Object.fromEntries(files.map((f) => [`${dir}${f.path}`, f.bytes])));
}

function replace(files: PackageFile[], rel: string, text: string | null): PackageFile[] {
	const rest = files.filter((f) => f.path !== rel);
	return text === null ? rest : [...rest, { path: rel, bytes: strToU8(text) }];
}

const FILES = folderFiles(RING_DIR);

const { ring, problems } = await readRingPackage(FILES, SPECS, { name: 'ring-demo' });

describe('readRingPackage', () => {
	it('reads meta with defaults, authorities and values from mixed-format counts files', async () => {
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		// Read as version 1, held as the current version (written as 2 when saved).
		expect(ring?.meta).toEqual({
			format_version: 2,
			name: 'Testring Süd',
			description: 'Kleiner Testring für die Import-Tests',
			periods: [2022, 2023],
			disclosure: 'pseudonymous',
			synthetic: true
		});
		expect(ring?.authorities.map((a) => `${a.authority_id} ${a.kind} ${a.state}`)).toEqual([
			'09162000 kreisfreie_stadt BY',
			'09184000 landkreis BY',
			'08111000 kreisfreie_stadt BW'
		]);
		expect(
			decodeValues(ring!.values).map(
				(v) => `${v.source?.file}:${v.source?.line} ${v.authority_id} ${v.period} ${v.count_id}=${v.value}`
			)
		).toEqual([
			'counts/2022-long.csv:2 09162000 2022 population=1512491',
			'counts/2022-long.csv:3 09162000 2022 fte_total=120.5',
			'counts/2022-long.csv:4 09184000 2022 population=350000',
			'counts/2022-long.csv:5 08111000 2022 visits=88000',
			'counts/2023-office.csv:2 09162000 2023 population=1520000',
			'counts/2023-office.csv:2 09162000 2023 fte_total=123.5',
			'counts/2023-office.csv:2 09162000 2023 visits=90000',
			'counts/2023-office.csv:3 08111000 2023 population=633484',
			'counts/2023-office.csv:3 08111000 2023 fte_total=80.25'
		]);
		// The German office file's sum row is dropped with a notice.
		expect(problems.map((p) => `${p.file}:${p.line} ${p.code}`)).toEqual([
			'counts/2023-office.csv:4 sum_row'
		]);
	});

	it('without ring.json: pseudonymous, named after the folder', async () => {
		const result = await readRingPackage(replace(FILES, 'ring.json', null), SPECS, { name: 'ring-demo' });
		expect(result.ring?.meta).toMatchObject({
			name: 'ring-demo',
			disclosure: 'pseudonymous',
			format_version: 2
		});
	});

	it('refuses a newer format_version (3) as a whole, with a clear German error', async () => {
		const result = await readRingPackage(
			replace(FILES, 'ring.json', '{"format_version": 3, "name": "Zukunft"}'),
			SPECS
		);
		expect(result.ring).toBeNull();
		expect(result.problems).toEqual([
			expect.objectContaining({ file: 'ring.json', code: 'unsupported_version', severity: 'error' })
		]);
		expect(say(result.problems[0])).toMatch(/format_version 3.*Versionen 1 und 2.*App aktualisieren/);
	});

	it('refuses broken ring.json and invalid fields', async () => {
		expect(
			(await readRingPackage(replace(FILES, 'ring.json', '{"format_version": 1,'), SPECS)).problems[0]?.code
		).toBe('bad_ring_json');
		const bad = await readRingPackage(replace(FILES, 'ring.json', '{"disclosure": "public"}'), SPECS);
		expect(bad.ring).toBeNull();
		expect(say(bad.problems[0])).toMatch(/disclosure/);
	});

	it('reports values of authorities missing from authorities.csv', async () => {
		const files = replace(
			FILES,
			'counts/extra.csv',
			'authority_id,period,visits\n99999,2023,5\n99999,2022,6\n'
		);
		const result = await readRingPackage(files, SPECS);
		expect(result.ring).toBeNull();
		expect(
			result.problems
				.filter((p) => p.severity === 'error')
				.map((p) => `${p.file}:${p.line}:${p.column} ${p.code}`)
		).toEqual(['counts/extra.csv:2:3 unknown_authority']);
		expect(say(result.problems.find((p) => p.code === 'unknown_authority'))).toMatch(/„99999“.*2 Werte/);
	});

	it('reports duplicates across counts files, naming both places', async () => {
		const files = replace(FILES, 'counts/again.csv', 'authority_id,period,visits\n08111000,2022,1\n');
		const result = await readRingPackage(files, SPECS);
		const dup = result.problems.find((p) => p.code === 'duplicate_value');
		expect(dup).toMatchObject({ file: 'counts/again.csv', line: 2, column: 3 });
		expect(say(dup)).toMatch(/counts\/2022-long\.csv Zeile 5/);
	});

	it('validates authorities.csv: unique ids, kind, state; accepts German spellings', async () => {
		const csv =
			'authority_id;name;kind;state\n09162000;München;Kreisfreie Stadt;Bayern\n09162000;Doppelt;landkreis;BY\n08111000;Stuttgart;Dorf;XX\n09184000;LK München;landkreis;by\n';
		const result = await readRingPackage(replace(FILES, 'authorities.csv', csv), SPECS);
		expect(
			result.problems
				.filter((p) => p.file === 'authorities.csv')
				.map((p) => `${p.line}:${p.column} ${p.code} ${p.text}`)
		).toEqual(['3:1 duplicate_authority 09162000', '4:3 bad_kind Dorf', '4:4 bad_state XX']);
		expect(result.ring).toBeNull();
	});

	it('a missing authorities.csv is an error', async () => {
		const result = await readRingPackage(replace(FILES, 'authorities.csv', null), SPECS);
		expect(result.ring).toBeNull();
		expect(result.problems.map((p) => p.code)).toContain('missing_file');
	});
});

describe('readRingZip', () => {
	it('reads the ring at the top level of the zip', async () => {
		const result = await readRingZip(zipOf(FILES), SPECS, { name: 'demo' });
		expect(valueCount(result.ring!.values)).toBe(9);
	});

	it('reads the ring inside one directory, named after it when ring.json has no name', async () => {
		const files = replace(FILES, 'ring.json', '{"format_version": 1, "disclosure": "named"}');
		const zip = zipSync({
			...Object.fromEntries(files.map((f) => [`mein-ring/${f.path}`, f.bytes])),
			'__MACOSX/._x': strToU8('junk')
		});
		const result = await readRingZip(zip, SPECS);
		expect(result.ring?.meta).toMatchObject({ name: 'mein-ring', disclosure: 'named' });
		expect(valueCount(result.ring!.values)).toBe(9);
	});

	it('a zip of format_version 3 fails clearly', async () => {
		const result = await readRingZip(
			zipOf(replace(FILES, 'ring.json', '{"format_version": 3}'), 'r/'),
			SPECS
		);
		expect(result.ring).toBeNull();
		expect(result.problems[0]?.code).toBe('unsupported_version');
	});

	it('a broken zip or a zip without a ring is a problem, not an exception', async () => {
		expect((await readRingZip(strToU8('PK\u0003\u0004garbage'), SPECS)).problems[0]?.code).toBe('bad_zip');
		expect(
			(await readRingZip(zipSync({ 'a/x.txt': strToU8('x'), 'b/y.txt': strToU8('y') }), SPECS)).problems[0]
				?.code
		).toBe('no_ring');
	});
});

describe('readRingFromPath (Node)', () => {
	const tmp = mkdtempSync(path.join(tmpdir(), 'vr-ring-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));

	it('reads a folder and a .zip from disk', async () => {
		const fromDir = await readRingFromPath(RING_DIR, SPECS);
		expect(valueCount(fromDir.ring!.values)).toBe(9);
		const zipPath = path.join(tmp, 'ring-demo.zip');
		writeFileSync(zipPath, zipOf(replace(FILES, 'ring.json', null)));
		const fromZip = await readRingFromPath(zipPath, SPECS);
		expect(fromZip.ring?.meta.name).toBe('ring-demo');
		expect(fromZip.ring?.values).toEqual(fromDir.ring?.values);
	});

	it('a missing path is a problem', async () => {
		const result = await readRingFromPath(path.join(tmp, 'nope'), SPECS);
		expect(result.ring).toBeNull();
		expect(say(result.problems[0])).toMatch(/nicht gefunden/);
	});
});
