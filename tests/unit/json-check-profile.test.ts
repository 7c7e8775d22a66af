/**
 * Mapping profiles read by the JSON readers (`ingest/json-check.ts`): a valid profile reads to exactly the
 * expected object (trimmed, unknown keys dropped); each kind of invalid field gives its German message and path.
 */
import { word } from '../../src/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { parseProfile, validateProfile, type MappingProfile } from '../../src/lib/ingest/profile.ts';
import { SPECS } from '../fixtures/ingest/helpers.ts';

describe('mapping profile', () => {
	const valid = {
		format: 'vergleichsring-mapping',
		version: 1,
		name: '  Vendor X ',
		description: ' kept as written ',
		headers: { ' Kreisschlüssel ': ' authority_id ', Jahr: 'period', Menge: 'visits' },
		count_names: { 'eAT bestellt': ' eat_orders ' },
		number_format: 'de',
		authority_id: ' 01001 ',
		period: 2024,
		signature: 'h1-3-00000000',
		written_by: 'another app',
		headers_v2: {}
	};
	const expected: MappingProfile = {
		format: 'vergleichsring-mapping',
		version: 1,
		name: 'Vendor X',
		description: ' kept as written ',
		headers: { ' Kreisschlüssel ': 'authority_id', Jahr: 'period', Menge: 'visits' },
		count_names: { 'eAT bestellt': 'eat_orders' },
		number_format: 'de',
		authority_id: '01001',
		period: 2024,
		signature: 'h1-3-00000000'
	};
	const minimal = { format: 'vergleichsring-mapping', version: 1, name: 'M', headers: {} };

	it('reads a valid profile to exactly the expected object', async () => {
		expect(parseProfile(JSON.stringify(valid), SPECS)).toStrictEqual({ ok: true, profile: expected });
		expect(validateProfile(minimal, SPECS)).toStrictEqual({ ok: true, profile: minimal });
	});

	const field = (where: string, reason: string) => `Ungültiges Mapping-Profil (Feld ${where}): ${reason}`;
	it.each<[string, unknown, string[]]>([
		['blank name', { ...minimal, name: ' ' }, [field('name', 'darf nicht leer sein')]],
		['name a number', { ...minimal, name: 5 }, [field('name', 'erwartet: Text, gefunden: Zahl')]],
		['no name', { ...minimal, name: undefined }, [field('name', 'fehlt, erwartet: Text')]],
		[
			'description null',
			{ ...minimal, description: null },
			[field('description', 'erwartet: Text, gefunden: null')]
		],
		['headers a list', { ...minimal, headers: [] }, [field('headers', 'erwartet: Objekt, gefunden: Liste')]],
		[
			'header target a number',
			{ ...minimal, headers: { X: 3 } },
			[field('headers.X', 'erwartet: Text, gefunden: Zahl')]
		],
		[
			'count name target blank',
			{ ...minimal, count_names: { a: ' ' } },
			[field('count_names.a', 'darf nicht leer sein')]
		],
		[
			'number format',
			{ ...minimal, number_format: 'fr' },
			[field('number_format', 'erwartet: „de“ oder „en“, gefunden: „fr“')]
		],
		['authority blank', { ...minimal, authority_id: '' }, [field('authority_id', 'darf nicht leer sein')]],
		[
			'period out of range',
			{ ...minimal, period: 20245 },
			[field('period', 'erwartet: ganze Zahl zwischen 1950 und 2100, gefunden: 20245')]
		],
		[
			'signature a number',
			{ ...minimal, signature: 7 },
			[field('signature', 'erwartet: Text, gefunden: Zahl')]
		],
		[
			'every issue, in field order (the browser test’s broken profile)',
			{ ...minimal, name: ' ', headers: { Jahr: 'period', Menge: 'keine_grundzahl' }, period: 1900.5 },
			[
				field('name', 'darf nicht leer sein'),
				field('period', 'erwartet: ganze Zahl zwischen 1950 und 2100, gefunden: 1900.5')
			]
		],
		[
			'format',
			{ ...minimal, format: 'x' },
			['Kein Mapping-Profil: „format“ muss „vergleichsring-mapping“ sein.']
		],
		[
			'version',
			{ ...minimal, version: 2 },
			['Das Mapping-Profil hat eine andere Version als 1 und kann von dieser App nicht gelesen werden.']
		],
		['not an object', [], ['Ungültiges Mapping-Profil: erwartet: Objekt, gefunden: Liste']],
		[
			'unknown count (after the fields are valid)',
			{ ...minimal, headers: { Menge: ' keine_grundzahl ' } },
			['Mapping-Profil ordnet die Spalte „Menge“ der unbekannten Grundzahl „keine_grundzahl“ zu.']
		]
	])('%s', (_, profile, messages) => {
		const worded = (r: ReturnType<typeof validateProfile>) =>
			r.ok ? r : { ok: false, messages: r.messages.map((m) => word(m)) };
		expect(worded(validateProfile(profile, SPECS))).toStrictEqual({ ok: false, messages });
		expect(worded(parseProfile(JSON.stringify(profile), SPECS))).toStrictEqual({ ok: false, messages });
	});
});
