/**
 * Ring format 2 as docs/ring-format.md states it: unknown keys, files and values refused with a German
 * message naming file and key (and nothing opened); older packages read with warnings; a newer version
 * refused whole; a package the app wrote reads and writes back byte for byte; the demo ring is format 2.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { datenstandStatus } from '../../src/lib/ring/datenstand.ts';
import { readRingFromPath } from '../../src/lib/ring/package/node.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { BEFORE } from '../../src/lib/ring/package/complete.ts';
import { PARTS } from '../../src/lib/ring/package/parts/index.ts';
import { READERS } from '../../src/lib/ring/package/parts/readers.ts';
import { emptyExtras } from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';

const specs = loadCatalogue().base_counts.map(({ id, kind, label }) => ({ id, kind, label }));
const DEMO = path.join(import.meta.dirname, '..', '..', 'data-samples', 'demo-ring');

const AUTH =
	'authority_id,name,kind,state\n01001,Flensburg,kreisfreie_stadt,SH\n09162,München,kreisfreie_stadt,BY\n';
const COUNTS =
	'authority_id,period,count_id,value\n01001,2024,population,91000\n09162,2024,population,1500000\n';
const PSEUDONYMS = 'authority_id,label\n01001,B\n09162,A\n';
const PSEUDONYMS_KEYED = 'authority_id,label,pseudonym_id\n01001,B,ps-bbbb2345\n09162,A,ps-aaaa2345\n';

function pkg(
	json: Record<string, unknown>,
	extra: Record<string, string> = {},
	drop: string[] = []
): Uint8Array {
	const files: Record<string, string> = {
		'ring.json': JSON.stringify(json),
		'authorities.csv': AUTH,
		'counts/werte.csv': COUNTS,
		'pseudonyms.csv': PSEUDONYMS,
		...extra
	};
	for (const d of drop) delete files[d];
	return zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [`ring/${p}`, strToU8(t)])));
}

async function open(bytes: Uint8Array) {
	const result = await openRingZip(bytes, specs);
	return {
		data: result.data,
		errors: result.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}: ${p.message}`),
		warnings: result.problems.filter((p) => p.severity === 'warning').map((p) => `${p.file}: ${p.message}`)
	};
}

describe('the parts registry', () => {
	it('has one part per field of RingExtras, each with a reader and a value for older rings', () => {
		const slots = Object.keys(emptyExtras()).sort();
		expect(PARTS.map((p) => p.slot).sort()).toEqual(slots);
		expect(Object.keys(READERS).sort()).toEqual(slots);
		expect(Object.keys(BEFORE).sort()).toEqual(slots);
		const keys = PARTS.flatMap((p) => p.keys);
		expect(new Set(keys).size).toBe(keys.length);
	});
});

describe('format 2: strict', () => {
	it('opens a valid package, with its stored map', async () => {
		const { data, errors } = await open(
			pkg({ format_version: 2, name: 'Nord' }, { 'pseudonyms.csv': PSEUDONYMS_KEYED })
		);
		expect(errors).toEqual([]);
		expect(data?.extras.pseudonyms).toEqual([
			{ authority_id: '01001', label: 'B', pseudonym_id: 'ps-bbbb2345' },
			{ authority_id: '09162', label: 'A', pseudonym_id: 'ps-aaaa2345' }
		]);
	});

	it('a map without pseudonym keys (written before member packages) gets them drawn, with a warning', async () => {
		const result = await openRingZip(pkg({ format_version: 2, name: 'Nord' }), specs);
		expect(result.data?.extras.pseudonyms.map((e) => e.label)).toEqual(['B', 'A']);
		expect(result.data?.extras.pseudonyms.every((e) => /^ps-[a-z0-9]{8}$/.test(e.pseudonym_id!))).toBe(true);
		expect(result.problems.map((p) => p.code)).toEqual(['pseudonym_ids_drawn']);
	});

	it('refuses a malformed or a doubled pseudonym key', async () => {
		const bad = await open(
			pkg({ format_version: 2 }, { 'pseudonyms.csv': PSEUDONYMS_KEYED.replace('ps-bbbb2345', 'Kiel') })
		);
		expect(bad.errors[0]).toMatch(/Pseudonym-Schlüssel „Kiel“ ist ungültig/);
		const twice = await open(
			pkg({ format_version: 2 }, { 'pseudonyms.csv': PSEUDONYMS_KEYED.replace('ps-bbbb2345', 'ps-aaaa2345') })
		);
		expect(twice.errors[0]).toMatch(/Pseudonym-Schlüssel „ps-aaaa2345“ steht schon in Zeile/);
	});

	it('refuses an unknown ring.json key, naming file and key; nothing is opened', async () => {
		const { data, errors } = await open(pkg({ format_version: 2, name: 'Nord', agendas: [] }));
		expect(data).toBeNull();
		expect(errors).toEqual([
			'ring.json: ring.json: Schlüssel „agendas“ gibt es in format_version 2 nicht (von einer neueren App?); das Paket wurde nicht gelesen.'
		]);
	});

	it('refuses an unknown nested key (a peer group with a colour)', async () => {
		const json = {
			format_version: 2,
			custom_peer_groups: [{ name: 'G', members: ['01001'], colour: 'rot' }]
		};
		const { data, errors } = await open(pkg(json));
		expect(data).toBeNull();
		expect(errors[0]).toMatch(/„custom_peer_groups\.0\.colour“ gibt es in format_version 2 nicht/);
	});

	it('refuses an unknown file, naming it; notes for people (README.md) are ignored', async () => {
		const unknown = await open(pkg({ format_version: 2 }, { 'agendas/sitzung-1.json': '{}' }));
		expect(unknown.data).toBeNull();
		expect(unknown.errors).toEqual([
			'agendas/sitzung-1.json: Datei „agendas/sitzung-1.json“ gibt es in format_version 2 nicht (von einer neueren App?); das Paket wurde nicht gelesen.'
		]);
		const notCsv = await open(pkg({ format_version: 2 }, { 'counts/notiz.txt': 'x' }));
		expect(notCsv.errors[0]).toMatch(/^counts\/notiz\.txt: .*keine \.csv-Datei.*Fehler/);
		const readme = await open(pkg({ format_version: 2 }, { 'README.md': '# Ring' }));
		expect(readme.errors).toEqual([]);
	});

	it('refuses an unknown value (a disclosure it does not know)', async () => {
		const { data, errors } = await open(pkg({ format_version: 2, disclosure: 'public' }));
		expect(data).toBeNull();
		expect(errors[0]).toMatch(/Feld „disclosure“ ist ungültig/);
	});

	it('needs the pseudonym map, with a label for every member (and says which is free)', async () => {
		const without = await open(pkg({ format_version: 2 }, {}, ['pseudonyms.csv']));
		expect(without.errors).toEqual([expect.stringMatching(/^pseudonyms\.csv: pseudonyms\.csv fehlt/)]);
		const short = await open(
			pkg({ format_version: 2 }, { 'pseudonyms.csv': 'authority_id,label\n09162,A\n' })
		);
		expect(short.errors).toEqual([
			'pseudonyms.csv: Behörde „01001“ aus authorities.csv hat kein Kürzel. Das nächste freie wäre „B“ (Zeile „01001,B“ ergänzen).'
		]);
		const twice = await open(
			pkg({ format_version: 2 }, { 'pseudonyms.csv': 'authority_id,label\n09162,A\n01001,A\n' })
		);
		expect(twice.errors[0]).toMatch(/Kürzel „A“ steht schon in Zeile 2/);
	});

	it('refuses a newer version as a whole, before reading anything else', async () => {
		const { data, errors } = await open(pkg({ format_version: 3, agendas: [] }, { 'agendas/x.json': '{}' }));
		expect(data).toBeNull();
		expect(errors).toEqual([
			'ring.json: Das Ringpaket hat format_version 3; diese App liest die Versionen 1 und 2. Bitte die App aktualisieren – das Paket wurde nicht gelesen.'
		]);
	});
});

describe('older packages', () => {
	it('version 1: unknown keys and files are warnings and left out; format-2 parts are not read', async () => {
		const { data, errors, warnings } = await open(
			pkg({ format_version: 1, name: 'Alt', notiz: 'x' }, { 'anlagen/brief.pdf': '%PDF' })
		);
		expect(errors).toEqual([]);
		expect(data?.ring.meta.format_version).toBe(2);
		expect(warnings).toEqual([
			'ring.json: ring.json: Schlüssel „notiz“ ist in einem Ringpaket der format_version 1 unbekannt und wird nicht übernommen.',
			'anlagen/brief.pdf: Datei „anlagen/brief.pdf“ gehört nicht zu einem Ringpaket der format_version 1 und wird nicht gelesen.',
			'pseudonyms.csv: Datei „pseudonyms.csv“ gehört nicht zu einem Ringpaket der format_version 1 und wird nicht gelesen.'
		]);
	});
});

describe('byte-identical within format 2', () => {
	it('the demo ring: read, written, read again and written again gives the same bytes and data', async () => {
		const demo = await readRingFromPath(DEMO, specs);
		expect(demo.problems).toEqual([]);
		const first = exportRingZip(demo.data!);
		const reread = await openRingZip(first, specs);
		expect(reread.problems).toEqual([]);
		expect(exportRingZip(reread.data!)).toEqual(first);
		expect(reread.data?.extras.releases).toEqual(demo.data?.extras.releases);
		expect(reread.data?.extras.pseudonyms).toEqual(demo.data?.extras.pseudonyms);
	});
});

describe('the demo ring', () => {
	it('is format 2 and its Datenstand 2024-1 holds exactly the shipped values', async () => {
		const { data } = await readRingFromPath(DEMO, specs);
		const file = readFileSync(path.join(DEMO, 'releases', '2024-1', 'base_values.csv'));
		const hash = createHash('sha256').update(file).digest('hex');
		const status = await datenstandStatus(data!);
		expect(status).toEqual({
			latest: { id: '2024-1', name: '2024-1', created: '2025-03-12T09:00:00Z', hash },
			valuesHash: hash,
			changed: false
		});
	});
});
