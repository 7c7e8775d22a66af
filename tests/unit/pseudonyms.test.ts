import { describe, expect, it } from 'vitest';
import { displayNamer, letters, pseudonymCodes } from '../../src/lib/ring/pseudonyms.ts';
import type { Authority, Ring } from '../../src/lib/ring/types.ts';

const member = (authority_id: string, name: string): Authority => ({
	authority_id,
	name,
	kind: 'landkreis',
	state: 'NW'
});

const ring = (disclosure: 'named' | 'pseudonymous', ids = ['05334', '03241', '09162', '01001']): Ring => ({
	meta: {
		format_version: 1,
		name: 'Testring',
		description: '',
		periods: [2024],
		disclosure,
		synthetic: true
	},
	authorities: ids.map((id) => member(id, `Amt ${id}`)),
	values: []
});

describe('pseudonyms', () => {
	it.each([
		[0, 'A'],
		[25, 'Z'],
		[26, 'AA'],
		[27, 'AB'],
		[701, 'ZZ'],
		[702, 'AAA']
	])('letters(%i) = %s', (i, expected) => expect(letters(i)).toBe(expected));

	it('gives every member a distinct letter, independent of input order', () => {
		const a = pseudonymCodes(ring('pseudonymous'));
		const b = pseudonymCodes(ring('pseudonymous', ['01001', '09162', '03241', '05334']));
		expect([...a.values()].sort()).toEqual(['A', 'B', 'C', 'D']);
		expect(b).toEqual(a);
	});

	it('does not follow the order of the public keys', () => {
		const ids = Array.from({ length: 26 }, (_, i) => String(1001 + i).padStart(5, '0'));
		const codes = pseudonymCodes(ring('pseudonymous', ids));
		expect(ids.map((id) => codes.get(id)).join('')).not.toBe('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
	});

	it('shows only the own name in a pseudonymous ring, every name in a named ring', () => {
		const pseudo = displayNamer(ring('pseudonymous'), '05334', 'Behörde');
		expect(pseudo('05334')).toBe('Amt 05334');
		expect(pseudo('03241')).toMatch(/^Behörde [A-D]$/);
		const named = displayNamer(ring('named'), '05334', 'Behörde');
		expect(named('03241')).toBe('Amt 03241');
	});
});
