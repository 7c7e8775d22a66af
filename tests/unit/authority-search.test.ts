/**
 * Finding „Mein Amt“ (issue 19): what the picker lists and finds. In a pseudonymous ring only the own
 * authority is named and every other member is listed by key — whatever is typed, no other member's
 * name is in what the picker shows; names and keys are found as people type them.
 */
import { describe, expect, it } from 'vitest';
import { authorityOptions, searchAuthorities } from '../../src/lib/dashboard/authority-search.ts';
import type { Authority } from '../../src/lib/ring/types.ts';

const members: Authority[] = [
	{ authority_id: '01002', name: 'Kiel, Landeshauptstadt', kind: 'kreisfreie_stadt', state: 'SH' },
	{ authority_id: '05315', name: 'Köln, Stadt', kind: 'kreisfreie_stadt', state: 'NW' },
	{ authority_id: '09162', name: 'München, Landeshauptstadt', kind: 'kreisfreie_stadt', state: 'BY' },
	{ authority_id: '09184', name: 'München', kind: 'landkreis', state: 'BY' },
	{ authority_id: '10041', name: 'Regionalverband Saarbrücken', kind: 'region', state: 'SL' },
	{ authority_id: '15002', name: 'Halle (Saale), Stadt', kind: 'kreisfreie_stadt', state: 'ST' },
	{ authority_id: '16053', name: 'Jena, Stadt', kind: 'kreisfreie_stadt', state: 'TH' },
	{ authority_id: 'abh-gross', name: 'Großstadt Süd', kind: 'region', state: 'BY' }
];

const ids = (query: string, named = true, own?: string, limit = 50) =>
	searchAuthorities(authorityOptions(members, named, own), query, limit).shown.map((o) => o.id);

describe('what the list shows', () => {
	it('a named ring: every member as „Name (key)“', () => {
		expect(authorityOptions(members, true, undefined)[1]).toMatchObject({
			id: '05315',
			label: 'Köln, Stadt (05315)',
			named: true
		});
	});

	it('a pseudonymous ring: the own authority named, every other by key alone', () => {
		const options = authorityOptions(members, false, '05315');
		expect(options.map((o) => o.label)).toEqual([
			'01002',
			'Köln, Stadt (05315)',
			'09162',
			'09184',
			'10041',
			'15002',
			'16053',
			'abh-gross'
		]);
		// Whatever is typed, what is shown carries no other member's name.
		for (const query of ['münchen', 'stadt', 'kiel', 'a', '0', 'groß'])
			for (const option of searchAuthorities(options, query, 50).shown)
				if (option.id !== '05315') expect(option.label).toBe(option.id);
	});
});

describe('what typing finds', () => {
	it('part of a name, in any case and with or without umlauts and ß', () => {
		expect(ids('kiel')).toEqual(['01002']);
		expect(ids('KÖLN')).toEqual(['05315']);
		expect(ids('koeln')).toEqual(['05315']);
		expect(ids('koln')).toEqual(['05315']);
		expect(ids('muenchen')).toEqual(['09162', '09184']);
		expect(ids('saarbrucken')).toEqual(['10041']);
		expect(ids('grossstadt')).toEqual(['abh-gross']);
		expect(ids('großstadt')).toEqual(['abh-gross']);
	});

	it('part of a key', () => {
		expect(ids('0916')).toEqual(['09162']);
		expect(ids('184')).toEqual(['09184']);
		expect(ids('abh')).toEqual(['abh-gross']);
	});

	it('several words, in any order, each somewhere in key or name', () => {
		expect(ids('stadt münchen')).toEqual(['09162']);
		expect(ids('halle stadt')).toEqual(['15002']);
		expect(ids('saale)')).toEqual(['15002']); // punctuation is no obstacle
		expect(ids('kiel köln')).toEqual([]);
	});

	it('finds the own office by name in a pseudonymous ring too (it is shown by key until chosen)', () => {
		expect(ids('kiel', false, undefined)).toEqual(['01002']);
	});

	it('best first: a key that starts with it, then a word that does, then the rest', () => {
		// „stadt“ starts a word in Köln, Stadt / Halle … Stadt / Jena, Stadt; it is inside the others.
		expect(ids('stadt')).toEqual(['05315', '15002', '16053', '01002', '09162', 'abh-gross']);
		expect(ids('1')).toEqual(['10041', '15002', '16053', '01002', '05315', '09162', '09184']);
	});

	it('everyone for an empty query; at most the limit shown, the total counted', () => {
		const options = authorityOptions(members, true, undefined);
		expect(searchAuthorities(options, '  ', 50).shown).toHaveLength(members.length);
		const few = searchAuthorities(options, 'stadt', 2);
		expect(few.shown.map((o) => o.id)).toEqual(['05315', '15002']);
		expect(few.total).toBe(6);
	});
});
