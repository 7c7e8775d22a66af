/**
 * The stored pseudonym map (format 2): drawn at random once, kept through rename, copy and changes of
 * members, the letters of version-1 rings kept on upgrade, and every view naming through it.
 */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SPECS } from '../fixtures/ingest/helpers.ts';
import { completeRingData } from '../../src/lib/ring/package/complete.ts';
import {
	completePseudonyms,
	drawPseudonyms,
	labelAt,
	labelIndex,
	legacyPseudonyms
} from '../../src/lib/ring/package/pseudonym-map.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { emptyExtras, type RingData } from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import { displayNamer, pseudonymCodes } from '../../src/lib/ring/pseudonyms.ts';
import type { Authority } from '../../src/lib/ring/types.ts';
import { decodeValues, encodeValues, filterValues } from '../../src/lib/ring/value-columns.ts';

const member = (authority_id: string): Authority => ({
	authority_id,
	name: `Amt ${authority_id}`,
	kind: 'landkreis',
	state: 'NW'
});
const IDS = Array.from({ length: 30 }, (_, i) => String(5000 + i * 7).padStart(5, '0'));

function ringData(ids: readonly string[], disclosure: 'named' | 'pseudonymous' = 'pseudonymous'): RingData {
	return completeRingData({
		ring: {
			meta: {
				format_version: 2,
				name: 'Testring',
				description: '',
				periods: [2024],
				disclosure,
				synthetic: true
			},
			authorities: ids.map(member),
			values: encodeValues(
				ids.map((authority_id) => ({ authority_id, period: 2024, count_id: 'population', value: 1000 }))
			)
		},
		extras: emptyExtras()
	});
}

/** Format 1's letters, written out independently: rank of FNV-1a(`name|id`). */
function formatOneLetters(name: string, ids: readonly string[]): Map<string, string> {
	const fnv = (text: string) => {
		let h = 0x811c9dc5;
		for (const ch of text) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
		return h;
	};
	const ranked = [...ids].sort((a, b) => fnv(`${name}|${a}`) - fnv(`${name}|${b}`) || a.localeCompare(b));
	const letter = (i: number) =>
		i < 26 ? String.fromCharCode(65 + i) : 'A' + String.fromCharCode(65 + i - 26);
	return new Map(ranked.map((id, i) => [id, letter(i)]));
}

const reopen = async (data: RingData) => (await openRingZip(exportRingZip(data), SPECS)).data!;
const codes = (data: RingData) => pseudonymCodes(data);

describe('labels', () => {
	it.each([
		[0, 'A'],
		[25, 'Z'],
		[26, 'AA'],
		[27, 'AB'],
		[701, 'ZZ'],
		[702, 'AAA']
	])('labelAt(%i) = %s and back', (i, label) => {
		expect(labelAt(i)).toBe(label);
		expect(labelIndex(label)).toBe(i);
	});

	it('is not a label: lower case, digits, empty, five letters', () => {
		for (const text of ['a', 'A1', '', 'AAAAA', 'Ä']) expect(labelIndex(text)).toBe(-1);
	});
});

describe('drawing a map', () => {
	it('gives every member one distinct label A, B, …, AD', () => {
		const map = drawPseudonyms(IDS);
		expect(map.map((e) => e.authority_id)).toEqual([...IDS].sort());
		expect(new Set(map.map((e) => e.label))).toEqual(new Set(IDS.map((_, i) => labelAt(i))));
	});

	it('two rings with the same name and members get different maps', async () => {
		const folder = (ids: string[]) =>
			zipSync({
				'ring.json': strToU8('{"name": "Vergleichsring Süd"}'),
				'authorities.csv': strToU8(
					`authority_id,name,kind,state\n${ids.map((id) => `${id},Amt ${id},landkreis,NW`).join('\n')}\n`
				)
			});
		// A package naming no format_version is a new ring: its map is drawn when it is opened.
		const a = (await openRingZip(folder(IDS), SPECS)).data!;
		const b = (await openRingZip(folder(IDS), SPECS)).data!;
		expect(a.extras.pseudonyms).toHaveLength(IDS.length);
		expect(codes(a)).not.toEqual(codes(b));
		// …and neither is format 1's recomputable ranking.
		expect(codes(a)).not.toEqual(formatOneLetters('Vergleichsring Süd', IDS));
	});

	it('does not follow the order of the public keys', () => {
		const map = drawPseudonyms(IDS);
		expect(map.map((e) => e.label).join('')).not.toBe(IDS.map((_, i) => labelAt(i)).join(''));
	});
});

describe('stable letters', () => {
	it('stay equal after a rename (and a package round trip)', async () => {
		const data = ringData(IDS);
		const renamed = await reopen({
			...data,
			ring: { ...data.ring, meta: { ...data.ring.meta, name: 'Neu' } }
		});
		expect(renamed.ring.meta.name).toBe('Neu');
		expect(codes(renamed)).toEqual(codes(data));
	});

	it('stay equal in a copy (the same data saved as another ring keeps its map)', async () => {
		const data = ringData(IDS);
		const copy = await reopen(structuredClone(data));
		expect(codes(copy)).toEqual(codes(data));
	});

	it('a new member gets the next free label; the others keep theirs', async () => {
		const data = ringData(IDS);
		const grown = completeRingData({
			...data,
			ring: { ...data.ring, authorities: [...data.ring.authorities, member('99001'), member('99002')] }
		});
		const before = codes(data);
		const after = codes(await reopen(grown));
		for (const [id, label] of before) expect(after.get(id)).toBe(label);
		expect(new Set([after.get('99001'), after.get('99002')])).toEqual(new Set(['AE', 'AF']));
	});

	it('a removed member’s label is kept and never given to a new member', async () => {
		const data = ringData(IDS);
		const gone = IDS[3]!;
		const goneLabel = codes(data).get(gone)!;
		const smaller: RingData = {
			...data,
			ring: {
				...data.ring,
				authorities: data.ring.authorities.filter((a) => a.authority_id !== gone),
				values: filterValues(
					data.ring.values,
					(i) => data.ring.values.authorities[data.ring.values.authority[i]!] !== gone
				)
			}
		};
		const reopened = await reopen(smaller);
		for (const id of IDS.filter((i) => i !== gone)) expect(codes(reopened).get(id)).toBe(codes(data).get(id));
		const joined = completeRingData({
			...reopened,
			ring: { ...reopened.ring, authorities: [...reopened.ring.authorities, member('99003')] }
		});
		expect(codes(joined).get('99003')).toBe('AE');
		expect([...codes(joined).values()].filter((l) => l === goneLabel)).toHaveLength(1);
	});

	it('completePseudonyms returns the map itself when nobody is missing', () => {
		const map = drawPseudonyms(['a', 'b']);
		expect(completePseudonyms(map, ['b', 'a'])).toBe(map);
	});
});

describe('rings from format 1', () => {
	const v1 = (name: string, ids: readonly string[]) =>
		zipSync({
			'r/ring.json': strToU8(JSON.stringify({ format_version: 1, name })),
			'r/authorities.csv': strToU8(
				`authority_id,name,kind,state\n${ids.map((id) => `${id},Amt ${id},landkreis,NW`).join('\n')}\n`
			),
			'r/counts/werte.csv': strToU8(
				`authority_id,period,count_id,value\n${ids.map((id) => `${id},2024,population,${Number(id) * 3}`).join('\n')}\n`
			)
		});

	it('keep the letters they showed: opened, saved as format 2, reopened', async () => {
		const opened = (await openRingZip(v1('Ring West', IDS), SPECS)).data!;
		expect(codes(opened)).toEqual(formatOneLetters('Ring West', IDS));
		// The letters are format 1's; the pseudonym keys are drawn at random (nobody can recompute them).
		const letters = (map: { authority_id: string; label: string }[]) =>
			map.map(({ authority_id, label }) => ({ authority_id, label }));
		expect(letters(legacyPseudonyms('Ring West', IDS))).toEqual(letters(opened.extras.pseudonyms));
		expect(opened.extras.pseudonyms.every((e) => /^ps-[a-z0-9]{8}$/.test(e.pseudonym_id ?? ''))).toBe(true);
		const saved = exportRingZip(opened);
		const again = (await openRingZip(saved, SPECS)).data!;
		expect(again.ring.meta.format_version).toBe(2);
		expect(codes(again)).toEqual(formatOneLetters('Ring West', IDS));
		expect(decodeValues(again.ring.values)).toEqual(
			decodeValues(opened.ring.values).map((v) => ({
				authority_id: v.authority_id,
				period: v.period,
				count_id: v.count_id,
				value: v.value,
				source: v.source
			}))
		);
	});

	it('a ring stored by the first app (no map) gets format 1’s letters, once', () => {
		const stored = {
			...ringData(IDS),
			extras: { mapping_profiles: [], custom_peer_groups: [], settings: {} }
		};
		const upgraded = completeRingData(stored as unknown as RingData);
		expect(codes(upgraded)).toEqual(formatOneLetters('Testring', IDS));
		expect(upgraded.extras.releases).toEqual([]);
		// Renamed afterwards, it keeps them: they are stored now, no longer computed.
		const renamed = {
			...upgraded,
			ring: { ...upgraded.ring, meta: { ...upgraded.ring.meta, name: 'Anders' } }
		};
		expect(codes(completeRingData(renamed))).toEqual(formatOneLetters('Testring', IDS));
	});
});

describe('displayNamer', () => {
	it('shows only the own name in a pseudonymous ring, every name in a named ring', () => {
		const data = ringData(IDS);
		const pseudo = displayNamer(data, IDS[0], 'Behörde');
		expect(pseudo(IDS[0]!)).toBe(`Amt ${IDS[0]}`);
		expect(pseudo(IDS[1]!)).toBe(`Behörde ${codes(data).get(IDS[1]!)}`);
		const named = displayNamer(ringData(IDS, 'named'), IDS[0], 'Behörde');
		expect(named(IDS[1]!)).toBe(`Amt ${IDS[1]}`);
	});

	it('reads the stored map: a renamed ring names everyone as before', () => {
		const data = ringData(IDS);
		const renamed = { ...data, ring: { ...data.ring, meta: { ...data.ring.meta, name: 'Umbenannt' } } };
		const before = displayNamer(data, undefined, 'Behörde');
		const after = displayNamer(renamed, undefined, 'Behörde');
		for (const id of IDS) expect(after(id)).toBe(before(id));
	});
});
