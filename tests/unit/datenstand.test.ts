/**
 * Datenstände: freezing, the hash (Web Crypto against node:crypto), „changed since“, the ring at a
 * Datenstand, the change list against an independent diff of the values files, and the package
 * part (round trip byte for byte, tampering refused).
 */
import { word } from '../../src/lib/i18n/messages.ts';
import { createHash } from 'node:crypto';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { affectedKpis, diffValues } from '../../src/lib/ring/changes.ts';
import {
	datenstandStatus,
	freezeRelease,
	memberPeriods,
	nextReleaseId,
	releaseValues,
	ringAtRelease
} from '../../src/lib/ring/datenstand.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { completeRingData } from '../../src/lib/ring/package/complete.ts';
import { emptyExtras, type Release, type RingData } from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import type { BaseValue } from '../../src/lib/ring/types.ts';
import { SPECS } from '../fixtures/ingest/helpers.ts';
import { decodeValues, encodeValues } from '../../src/lib/ring/value-columns.ts';
import { answer } from '../../src/lib/ring/worker-requests.ts';
import { baseValuesCsv } from '../../src/lib/ring/package/values-csv.ts';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A seeded ring: `n` members, 2 periods, a few counts with decimals, commas in names. */
function ring(seed: number, n = 6): RingData {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = Math.imul(a ^ (a >>> 15), a | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const ids = Array.from({ length: n }, (_, i) => String(1001 + i * 17).padStart(5, '0'));
	const values: BaseValue[] = [];
	for (const id of ids)
		for (const period of [2023, 2024])
			for (const count_id of ['population', 'fte_case_officers', 'titles_granted'])
				if (next() > 0.1)
					values.push({
						authority_id: id,
						period,
						count_id,
						value: Math.round(next() * 1e6) / (count_id === 'fte_case_officers' ? 100 : 1)
					});
	return completeRingData({
		ring: {
			meta: {
				format_version: 2,
				name: 'Ring Ost',
				description: '',
				periods: [2023, 2024],
				disclosure: 'pseudonymous',
				synthetic: true
			},
			authorities: ids.map((id) => ({
				authority_id: id,
				name: `Amt ${id}, Stadt`,
				kind: 'landkreis',
				state: 'SN'
			})),
			values: encodeValues(values)
		},
		extras: emptyExtras()
	});
}

async function frozen(data: RingData, name: string, at = '2025-03-12T09:00:00Z'): Promise<RingData> {
	const result = await freezeRelease(data, name, new Date(at));
	if (!result.ok) throw new Error(result.reason);
	return result.data;
}

/** Change, add and remove a value; remove a member with its values. */
function corrected(data: RingData): RingData {
	const all = decodeValues(data.ring.values);
	const [first, second, third] = all;
	const gone = data.ring.authorities.at(-1)!.authority_id;
	const values = all
		.filter((v) => v !== second && v.authority_id !== gone)
		.map((v) => (v === first ? { ...v, value: v.value + 1 } : v === third ? { ...v, value: 0 } : v));
	values.push({ authority_id: first!.authority_id, period: 2024, count_id: 'calls_received', value: 77 });
	return {
		...data,
		ring: {
			...data.ring,
			authorities: data.ring.authorities.filter((a) => a.authority_id !== gone),
			values: encodeValues(values)
		}
	};
}

/** The change list computed from the two values files' text alone: lines by key, compared as text. */
function independentDiff(before: string, after: string): string[] {
	const rows = (text: string) =>
		new Map(
			text
				.trimEnd()
				.split('\n')
				.slice(1)
				.map((line) => {
					const [id, period, count, value] = line.split(',');
					return [`${id},${period},${count}`, value!] as const;
				})
		);
	const a = rows(before);
	const b = rows(after);
	const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
	return keys
		.filter((k) => a.get(k) !== b.get(k))
		.map((k) => `${k}: ${a.get(k) ?? '–'} → ${b.get(k) ?? '–'}`);
}

const shown = (n: number | null) => (n === null ? '–' : String(n));

describe('the values hash', () => {
	it('is the same in the ingest worker (the page hashes there) as in the page and the CLI', async () => {
		const data = ring(3);
		const { reply } = await answer({ type: 'hash-values', values: structuredClone(data.ring.values) });
		const status = await datenstandStatus(data);
		expect(reply).toEqual({ type: 'hash', hex: status.valuesHash });
		expect(status.valuesHash).toBe(sha256(baseValuesCsv(data.ring.values)));
	});
});

describe('freezing a Datenstand', () => {
	it('keeps members and values as canonical files, hashed with SHA-256 (= node:crypto)', async () => {
		const data = await frozen(ring(1), '  Sitzung März  ');
		const [release] = data.extras.releases as [Release];
		expect(release).toMatchObject({ id: '2024-1', name: 'Sitzung März', created: '2025-03-12T09:00:00Z' });
		expect(release.hash).toBe(sha256(release.values_csv));
		expect(release.values_csv.split('\n')[0]).toBe('authority_id,period,count_id,value');
		expect(decodeValues(releaseValues(release))).toEqual(
			decodeValues(data.ring.values).sort((a, b) =>
				a.authority_id < b.authority_id
					? -1
					: a.authority_id > b.authority_id
						? 1
						: a.period - b.period || (a.count_id < b.count_id ? -1 : 1)
			)
		);
		expect(memberPeriods(release)).toBe(
			new Set(decodeValues(data.ring.values).map((v) => `${v.authority_id}|${v.period}`)).size
		);
	});

	it('numbers the Datenstände of a survey year and refuses an empty name or an unchanged ring', async () => {
		const once = await frozen(ring(2), 'A');
		expect(await freezeRelease(once, 'B')).toMatchObject({ ok: false, reason: 'unchanged' });
		expect(await freezeRelease(once, '   ')).toMatchObject({ ok: false, reason: 'empty_name' });
		const twice = await frozen(corrected(once), 'B', '2025-04-01T10:00:00Z');
		expect(twice.extras.releases.map((r) => r.id)).toEqual(['2024-1', '2024-2']);
		expect(nextReleaseId(twice)).toBe('2024-3');
	});

	it('says „changed since“ until the next Datenstand', async () => {
		const data = await frozen(ring(3), 'A');
		expect(await datenstandStatus(data)).toMatchObject({ changed: false, latest: { id: '2024-1' } });
		const changed = corrected(data);
		const status = await datenstandStatus(changed);
		expect(status.changed).toBe(true);
		expect(status.valuesHash).not.toBe(status.latest?.hash);
		const again = await frozen(changed, 'B', '2025-04-01T10:00:00Z');
		expect(await datenstandStatus(again)).toMatchObject({ changed: false, latest: { id: '2024-2' } });
		expect((await datenstandStatus(ring(4))).latest).toBeNull();
	});

	it('gives the ring back as it was: members and values of the Datenstand', async () => {
		const data = await frozen(ring(5), 'A');
		const later = corrected(data);
		const then = ringAtRelease(later, '2024-1')!;
		expect(then.authorities).toEqual(data.ring.authorities);
		expect(then.values).toEqual(releaseValues(data.extras.releases[0]!));
		expect(then.meta.name).toBe('Ring Ost');
		expect(ringAtRelease(later, 'gibt-es-nicht')).toBeNull();
	});
});

describe('the change list', () => {
	it.each([11, 12, 13, 14, 15])(
		'seed %i: between two Datenstände equals an independent diff of their files',
		async (seed) => {
			const first = await frozen(ring(seed, 9), 'A');
			const second = await frozen(corrected(first), 'B', '2025-04-01T10:00:00Z');
			const [a, b] = second.extras.releases as [Release, Release];
			const changes = diffValues(releaseValues(a), releaseValues(b));
			expect(
				changes.map(
					(c) => `${c.authority_id},${c.period},${c.count_id}: ${shown(c.before)} → ${shown(c.after)}`
				)
			).toEqual(independentDiff(a.values_csv, b.values_csv));
			expect(changes.length).toBeGreaterThanOrEqual(3);
		}
	);

	it('names the KPIs whose formula uses the count, in catalogue order', () => {
		const { kpis } = loadCatalogue();
		const ids = affectedKpis(kpis, 'fte_case_officers');
		expect(ids.length).toBeGreaterThan(0);
		expect(ids).toEqual(kpis.filter((k) => k.inputs.includes('fte_case_officers')).map((k) => k.id));
		expect(affectedKpis(kpis, 'keine_grundzahl')).toEqual([]);
	});
});

describe('Datenstände in the ring package', () => {
	it('travel with the ring: export → open gives the same Datenstände, and the same bytes again', async () => {
		const data = await frozen(corrected(await frozen(ring(21), 'A')), 'B', '2025-04-01T10:00:00Z');
		const zip = exportRingZip(data);
		const back = await openRingZip(zip, SPECS);
		expect(back.problems).toEqual([]);
		expect(back.data?.extras.releases).toEqual(data.extras.releases);
		expect(exportRingZip(back.data!)).toEqual(zip);
	});

	const tampered = async (change: (files: Record<string, Uint8Array>) => void) => {
		const files = unzipSync(exportRingZip(await frozen(ring(22), 'A')));
		change(files);
		const result = await openRingZip(zipSync(files), SPECS);
		expect(result.data).toBeNull();
		return result.problems.filter((p) => p.severity === 'error');
	};
	const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
	const VALUES = 'ring-ost/releases/2024-1/base_values.csv';

	it('a value changed by hand after freezing: refused, the hash does not match', async () => {
		const errors = await tampered((files) => {
			files[VALUES] = strToU8(text(files[VALUES]).replace(/,(\d+)\n/, ',9$1\n'));
		});
		expect(errors.map((e) => `${e.file} ${e.code}`)).toEqual([
			`releases/2024-1/base_values.csv hash_mismatch`
		]);
		expect(errors[0] && word(errors[0].message)).toMatch(/Prüfsumme stimmt nicht.*verändert/);
	});

	it('a values file not in canonical form (rows swapped): refused with its line', async () => {
		const errors = await tampered((files) => {
			const [head, a, b, ...rest] = text(files[VALUES]).split('\n');
			files[VALUES] = strToU8([head, b, a, ...rest].join('\n'));
		});
		expect(errors[0]).toMatchObject({
			file: 'releases/2024-1/base_values.csv',
			line: 3,
			code: 'not_canonical'
		});
	});

	it('a file under releases/ that belongs to no Datenstand, or a missing one: refused', async () => {
		const extra = await tampered((files) => {
			files['ring-ost/releases/2023-9/base_values.csv'] = strToU8('authority_id,period,count_id,value\n');
		});
		expect(extra[0] && word(extra[0].message)).toMatch(
			/releases\/2023-9\/base_values\.csv.*zu keinem Datenstand/
		);
		const missing = await tampered((files) => {
			delete files['ring-ost/releases/2024-1/authorities.csv'];
		});
		expect(missing[0]).toMatchObject({ file: 'releases/2024-1/authorities.csv', code: 'missing_file' });
	});

	it('an unknown key in a Datenstand of ring.json: refused, naming the key', async () => {
		const errors = await tampered((files) => {
			const json = JSON.parse(text(files['ring-ost/ring.json']));
			json.releases[0].freigegeben_von = 'Moderation';
			files['ring-ost/ring.json'] = strToU8(JSON.stringify(json));
		});
		expect(errors.map((e) => word(e.message))).toEqual([
			'ring.json: Schlüssel „releases.0.freigegeben_von“ gibt es in format_version 2 nicht (von einer neueren App?); das Paket wurde nicht gelesen.'
		]);
	});
});
