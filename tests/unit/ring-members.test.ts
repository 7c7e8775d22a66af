/**
 * Managing rings (issue 19): members added, changed and removed by the ring contract's rules with a
 * reason for every refusal; ring names never twice; an empty ring, a renamed ring and an edited ring
 * write a package that opens again with the same members, values and pseudonyms.
 */
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { completeRingData } from '../../src/lib/ring/package/complete.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { emptyExtras, type RingData } from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import {
	addMember,
	changeMember,
	checkNewMember,
	landOfKey,
	memberValues,
	removeMember,
	type MemberInput,
	type RingEdit
} from '../../src/lib/ring/members.ts';
import { checkRingName, emptyRing, freeRingName, renamedRing } from '../../src/lib/ring/ring-names.ts';
import { addProblems, NEW_UNKNOWN } from '../../src/lib/import/unknown.ts';
import type { StateCode } from '../../src/lib/ring/types.ts';
import { decodeValues, encodeValues, valueCount } from '../../src/lib/ring/value-columns.ts';

const specs = loadCatalogue().base_counts.map(({ id, kind, label }) => ({ id, kind, label }));

function ring(): RingData {
	return completeRingData({
		ring: {
			meta: {
				format_version: 2,
				name: 'Nord',
				description: '',
				periods: [2023, 2024],
				disclosure: 'pseudonymous',
				synthetic: false
			},
			authorities: [
				{ authority_id: '01001', name: 'Flensburg, Stadt', kind: 'kreisfreie_stadt', state: 'SH' },
				{ authority_id: '01002', name: 'Kiel, Landeshauptstadt', kind: 'kreisfreie_stadt', state: 'SH' },
				{ authority_id: '03241', name: 'Region Hannover', kind: 'region', state: 'NI' }
			],
			values: encodeValues([
				{ authority_id: '01001', period: 2023, count_id: 'population', value: 91000 },
				{ authority_id: '01001', period: 2024, count_id: 'population', value: 92000 },
				{ authority_id: '01002', period: 2024, count_id: 'population', value: 249000 }
			])
		},
		extras: {
			...emptyExtras(),
			custom_peer_groups: [
				{ name: 'Küste', members: ['01001', '03241'] },
				{ name: 'Nur Hannover', members: ['03241'] }
			]
		}
	});
}

const input = (over: Partial<MemberInput> = {}): MemberInput => ({
	authority_id: '09162',
	name: 'München, Landeshauptstadt',
	kind: 'kreisfreie_stadt',
	state: 'BY',
	...over
});

const codes = (edit: RingEdit) => (edit.ok ? [] : edit.problems.map((p) => `${p.field}:${p.code}`));
const data = (edit: RingEdit) => {
	if (!edit.ok) throw new Error(JSON.stringify(edit.problems));
	return edit.data;
};

async function reopened(d: RingData): Promise<RingData> {
	const result = await openRingZip(exportRingZip(completeRingData(d)), specs);
	const errors = result.problems.filter((p) => p.severity === 'error');
	expect(errors).toEqual([]);
	return result.data!;
}

describe('adding a member', () => {
	it('adds it in key order, trimmed, and leaves everything else as it was', () => {
		const before = ring();
		const after = data(
			addMember(before, input({ authority_id: ' 02000 ', name: ' Hamburg ', kind: 'region', state: 'HH' }))
		);
		expect(after.ring.authorities.map((a) => a.authority_id)).toEqual(['01001', '01002', '02000', '03241']);
		expect(after.ring.authorities[2]).toEqual({
			authority_id: '02000',
			name: 'Hamburg',
			kind: 'region',
			state: 'HH'
		});
		expect(after.ring.values).toBe(before.ring.values);
		expect(after.extras).toBe(before.extras);
		expect(before.ring.authorities).toHaveLength(3); // the ring it was applied to is not changed
	});

	it.each([
		[{ authority_id: '' }, 'authority_id:id_missing'],
		[{ authority_id: '1001' }, 'authority_id:id_digits'], // Excel ate the leading zero
		[{ authority_id: '091620' }, 'authority_id:id_digits'],
		[{ authority_id: '17001' }, 'authority_id:id_land'],
		[{ authority_id: '00001' }, 'authority_id:id_land'],
		[{ authority_id: 'Amt Nord' }, 'authority_id:id_chars'],
		[{ authority_id: 'abh;1' }, 'authority_id:id_chars'],
		[{ authority_id: '01002', state: 'SH' }, 'authority_id:id_taken'],
		[{ name: '   ' }, 'name:name_missing'],
		[{ name: 'x'.repeat(201) }, 'name:name_long'],
		[{ name: 'Steuer\u0001zeichen' }, 'name:name_control'],
		[{ name: 'kiel,  landeshauptstadt', authority_id: '01003', state: 'SH' }, 'name:name_taken'],
		[{ kind: 'bezirk' }, 'kind:kind_unknown'],
		[{ state: 'XX' }, 'state:state_unknown'],
		[{ state: 'NW' }, 'state:state_key'] // 09… is Bavaria
	])('refuses %j with %s', (over, code) => {
		expect(codes(addMember(ring(), input(over)))).toEqual([code]);
	});

	it('names the facts in its parameters: the digits, the Land of the key', () => {
		expect(checkNewMember(ring().ring, input({ authority_id: '1001' }))[0]?.params).toEqual({
			id: '1001',
			digits: 4
		});
		expect(checkNewMember(ring().ring, input({ state: 'NW' }))[0]?.params).toEqual({
			id: '09162',
			land: 'BY',
			state: 'NW'
		});
	});

	it('takes 8-digit Gemeindeschlüssel and non-official keys of authorities without one', () => {
		expect(codes(addMember(ring(), input({ authority_id: '09162000' })))).toEqual([]);
		expect(codes(addMember(ring(), input({ authority_id: 'abh-bund_1.2', state: 'NW' })))).toEqual([]);
	});

	it('knows the Land of every official key and of nothing else', () => {
		expect(landOfKey('09162')).toBe('BY');
		expect(landOfKey('16055000')).toBe('TH');
		expect(landOfKey('11000')).toBe('BE');
		expect(landOfKey('1100')).toBeNull();
		expect(landOfKey('abh-1')).toBeNull();
	});

	it('gets a free pseudonym when the ring is completed; nobody else’s letter changes', () => {
		const before = ring();
		const after = completeRingData(data(addMember(before, input())));
		const letters = new Map(after.extras.pseudonyms.map((e) => [e.authority_id, e.label]));
		for (const e of before.extras.pseudonyms) expect(letters.get(e.authority_id)).toBe(e.label);
		expect(letters.get('09162')).toBe('D');
	});
});

describe('a member added by an import', () => {
	it('follows the same rules: its key from the file, name, kind and Land as chosen', () => {
		const add = (id: string, state: StateCode = 'BY') =>
			addProblems(ring().ring, id, {
				...NEW_UNKNOWN,
				action: 'add',
				name: 'Musterstadt',
				state
			}).map((p) => p.code);
		expect(add('09999')).toEqual([]);
		expect(add('9999')).toEqual(['id_digits']); // fix the file: the leading zero
		expect(add('09999', 'NW')).toEqual(['state_key']);
		expect(add('01002', 'SH')).toEqual(['id_taken']);
		// Not to be added (left out, or no name yet): nothing to say.
		expect(addProblems(ring().ring, '9999', { ...NEW_UNKNOWN, action: 'skip' })).toEqual([]);
		expect(addProblems(ring().ring, '9999', { ...NEW_UNKNOWN, action: 'add' })).toEqual([]);
	});
});

describe('changing a member', () => {
	it('changes name, kind and Land, not the key', () => {
		const after = data(
			changeMember(ring(), '03241', { name: 'Region Hannover (ABH)', kind: 'landkreis', state: 'NI' })
		);
		expect(after.ring.authorities[2]).toEqual({
			authority_id: '03241',
			name: 'Region Hannover (ABH)',
			kind: 'landkreis',
			state: 'NI'
		});
	});

	it('may keep its own name, and share one with a member of another kind, but not of the same', () => {
		const change = (name: string, kind: string) =>
			codes(changeMember(ring(), '01002', { name, kind, state: 'SH' }));
		expect(change('Kiel, Landeshauptstadt', 'landkreis')).toEqual([]);
		expect(change('Flensburg, Stadt', 'landkreis')).toEqual([]); // the city and the district of Hof
		expect(change('flensburg,  Stadt', 'kreisfreie_stadt')).toEqual(['name:name_taken']);
		// Two members that already share name and kind (an older ring) can still be edited otherwise.
		const old = ring();
		const twin = { ...old.ring.authorities[0]!, authority_id: '01003' };
		const twins = { ...old, ring: { ...old.ring, authorities: [...old.ring.authorities, twin] } };
		expect(
			codes(changeMember(twins, '01003', { name: 'Flensburg, Stadt', kind: 'kreisfreie_stadt', state: 'SH' }))
		).toEqual([]);
		expect(
			codes(changeMember(twins, '01003', { name: 'Flensburg, Stadt', kind: 'kreisfreie_stadt', state: 'HH' }))
		).toEqual(['state:state_key']);
	});

	it('refuses a Land its key contradicts, and a member that is not there', () => {
		expect(
			codes(changeMember(ring(), '01002', { name: 'Kiel', kind: 'kreisfreie_stadt', state: 'HH' }))
		).toEqual(['state:state_key']);
		expect(codes(changeMember(ring(), '99999', { name: 'X', kind: 'landkreis', state: 'BY' }))).toEqual([
			'null:not_member'
		]);
	});
});

describe('removing a member', () => {
	it('refuses a member with values, saying how many and when', () => {
		const params = (edit: RingEdit) => (edit.ok ? null : edit.problems[0]?.params);
		expect(codes(removeMember(ring(), '01001'))).toEqual(['null:has_values']);
		expect(params(removeMember(ring(), '01001'))).toEqual({ id: '01001', values: 2, periods: '2023–2024' });
		expect(params(removeMember(ring(), '01002'))).toEqual({ id: '01002', values: 1, periods: '2024' });
	});

	it('removes one without values: out of the own groups (an emptied group goes), its pseudonym kept', () => {
		const before = ring();
		const after = data(removeMember(before, '03241'));
		expect(after.ring.authorities.map((a) => a.authority_id)).toEqual(['01001', '01002']);
		expect(after.extras.custom_peer_groups).toEqual([{ name: 'Küste', members: ['01001'] }]);
		expect(after.extras.pseudonyms).toEqual(before.extras.pseudonyms);
		// Its letter is not given again to the next member.
		const label = before.extras.pseudonyms.find((e) => e.authority_id === '03241')!.label;
		const next = completeRingData(data(addMember(after, input())));
		expect(next.extras.pseudonyms.find((e) => e.authority_id === '09162')!.label).not.toBe(label);
	});

	it('counts values per member', () => {
		expect(memberValues(ring().ring).get('01001')).toEqual({ values: 2, periods: [2023, 2024] });
		expect(memberValues(ring().ring).has('03241')).toBe(false);
	});
});

describe('ring names', () => {
	it('refuses an empty, overlong, broken or taken name', () => {
		expect(checkRingName('  ', [])).toEqual({ code: 'missing' });
		expect(checkRingName('x'.repeat(121), [])).toEqual({ code: 'long', max: 120 });
		expect(checkRingName('a\u0007b', [])).toEqual({ code: 'control' });
		expect(checkRingName('a\n\tb', [])).toBeNull(); // line breaks and tabs become a space
		expect(checkRingName(' ring  NORD ', ['Ring Nord'])).toEqual({ code: 'taken', name: 'Ring Nord' });
		expect(checkRingName('Ring Süd', ['Ring Nord'])).toBeNull();
	});

	it('a copy gets „(eigene Kopie)“, then a number — never a name that is there', () => {
		const demo = 'Demo-Vergleichsring Ausländerbehörden';
		expect(freeRingName('Neu', [demo], 'eigene Kopie')).toBe('Neu');
		expect(freeRingName(demo, [demo], 'eigene Kopie')).toBe(`${demo} (eigene Kopie)`);
		const taken = [demo, `${demo} (eigene Kopie)`];
		expect(freeRingName(demo, taken, 'eigene Kopie')).toBe(`${demo} (eigene Kopie 2)`);
		// A copy of the copy counts on instead of stacking suffixes.
		expect(freeRingName(`${demo} (eigene Kopie)`, taken, 'eigene Kopie')).toBe(`${demo} (eigene Kopie 2)`);
		expect(freeRingName('A (x)', ['A (x)'], 'x')).toBe('A (x 2)');
	});
});

describe('the changed rings as packages', () => {
	it('an empty ring writes a package that opens again, empty', async () => {
		const empty = emptyRing('  Neuer   Ring ');
		expect(empty.ring.meta.name).toBe('Neuer Ring');
		const back = await reopened(empty);
		expect(back.ring.meta.name).toBe('Neuer Ring');
		expect(back.ring.authorities).toEqual([]);
		expect(valueCount(back.ring.values)).toBe(0);
		expect(back.ring.meta.disclosure).toBe('pseudonymous');
	});

	it('a renamed ring with an added, a changed and a removed member opens again as it was saved', async () => {
		let d = renamedRing(ring(), 'Nord-Ost');
		d = data(addMember(d, input()));
		d = data(changeMember(d, '01002', { name: 'Kiel', kind: 'kreisfreie_stadt', state: 'SH' }));
		d = completeRingData(data(removeMember(d, '03241')));
		const back = await reopened(d);
		expect(back.ring.meta.name).toBe('Nord-Ost');
		expect(back.ring.authorities).toEqual(d.ring.authorities);
		expect(
			decodeValues(back.ring.values).map(({ authority_id, period, count_id, value }) => [
				authority_id,
				period,
				count_id,
				value
			])
		).toEqual(
			decodeValues(d.ring.values).map(({ authority_id, period, count_id, value }) => [
				authority_id,
				period,
				count_id,
				value
			])
		);
		expect(back.extras.pseudonyms).toEqual(d.extras.pseudonyms);
		expect(back.extras.custom_peer_groups).toEqual([{ name: 'Küste', members: ['01001'] }]);
		expect(exportRingZip(back)).toEqual(exportRingZip(d));
	});
});
