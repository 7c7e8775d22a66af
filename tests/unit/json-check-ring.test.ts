/**
 * ring.json read by the JSON readers (`ingest/json-check.ts`): its core fields and its extras. Valid input
 * reads to exactly the expected object (defaults filled, unknown keys dropped); each kind of invalid field
 * gives its German message and path.
 */
import { word } from '../../src/lib/i18n/messages.ts';
import { describe, expect, it } from 'vitest';
import { ProblemSink } from '../../src/lib/ingest/problems.ts';
import { parseRingJson, readCoreMeta } from '../../src/lib/ring/package/meta.ts';
import { openRingPackage } from '../../src/lib/ring/package/open.ts';
import { SPECS, utf8 } from '../fixtures/ingest/helpers.ts';

describe('ring.json', () => {
	function meta(value: unknown) {
		const sink = new ProblemSink('ring.json');
		const read = parseRingJson(utf8(JSON.stringify(value)), sink);
		const result = read && (readCoreMeta(read.json, 'Ordner', sink)?.meta ?? null);
		return { result, messages: sink.finish().map((p) => `${p.text} | ${word(p.message)}`) };
	}

	it('reads the core fields with their defaults (other keys are the parts’ business)', async () => {
		expect(meta({ x: 1, mapping_profiles: [] })).toStrictEqual({
			result: {
				format_version: 2,
				name: 'Ordner',
				description: '',
				periods: [],
				disclosure: 'pseudonymous',
				synthetic: false
			},
			messages: []
		});
		expect(
			meta({
				format_version: 1,
				name: ' Nord ',
				description: 'D',
				periods: [2024, 2023, 2024],
				disclosure: 'named',
				synthetic: true,
				number_format: 'en'
			}).result
		).toStrictEqual({
			format_version: 2,
			name: 'Nord',
			description: 'D',
			periods: [2023, 2024],
			disclosure: 'named',
			synthetic: true
		});
	});

	const invalid = (where: string, reason: string) =>
		`${where} | ring.json: Feld „${where}“ ist ungültig (${reason}); der Ring kann nicht gelesen werden.`;
	it.each<[string, unknown, string[]]>([
		['name', { name: 3 }, [invalid('name', 'erwartet: Text, gefunden: Zahl')]],
		['description', { description: [] }, [invalid('description', 'erwartet: Text, gefunden: Liste')]],
		['periods a text', { periods: '2024' }, [invalid('periods', 'erwartet: Liste, gefunden: Text')]],
		[
			'a period',
			{ periods: [2023, 2024, 20245] },
			[invalid('periods.2', 'erwartet: ganze Zahl zwischen 1950 und 2100, gefunden: 20245')]
		],
		[
			'disclosure',
			{ disclosure: 'public' },
			[invalid('disclosure', 'erwartet: „pseudonymous“ oder „named“, gefunden: „public“')]
		],
		[
			'synthetic',
			{ synthetic: 'ja' },
			[invalid('synthetic', 'erwartet: Wahrheitswert (true oder false), gefunden: Text')]
		],
		[
			'number format',
			{ number_format: 'fr' },
			[invalid('number_format', 'erwartet: „de“ oder „en“, gefunden: „fr“')]
		],
		[
			'a newer format version',
			{ format_version: 3 },
			[
				'3 | Das Ringpaket hat format_version 3; diese App liest die Versionen 1 und 2. Bitte die App aktualisieren – das Paket wurde nicht gelesen.'
			]
		],
		[
			'a format version as text',
			{ format_version: '1' },
			[
				'"1" | ring.json: format_version "1" ist ungültig; erwartet wird 1 oder 2. Das Paket wurde nicht gelesen.'
			]
		],
		[
			'format version 0',
			{ format_version: 0 },
			['0 | ring.json: format_version 0 ist ungültig; erwartet wird 1 oder 2. Das Paket wurde nicht gelesen.']
		],
		['not an object', [1], [' | ring.json muss ein JSON-Objekt sein; der Ring kann nicht gelesen werden.']]
	])('%s', (_, value, messages) => {
		expect(meta(value)).toStrictEqual({ result: null, messages });
	});
});

describe('ring.json extras', () => {
	const AUTH = 'authority_id,name,kind,state\n01001,Flensburg,kreisfreie_stadt,SH\n';
	/** A package naming no version (read like version 1): unknown keys are warnings and left out. */
	async function open(value: unknown) {
		const files = [
			{ path: 'ring.json', bytes: utf8(JSON.stringify(value)) },
			{ path: 'authorities.csv', bytes: utf8(AUTH) }
		];
		const result = await openRingPackage(files, SPECS);
		const extras = result.data?.extras;
		return {
			extras: extras
				? {
						mapping_profiles: extras.mapping_profiles,
						custom_peer_groups: extras.custom_peer_groups,
						settings: extras.settings
					}
				: null,
			messages: result.problems.filter((p) => p.severity === 'error').map((p) => word(p.message))
		};
	}

	it('reads valid extras to exactly the expected objects', async () => {
		const profile = { format: 'vergleichsring-mapping', version: 1, name: ' P ', headers: { A: ' visits ' } };
		expect(
			await open({
				number_format: 'en',
				mapping_profiles: [{ ...profile, unknown: true }],
				custom_peer_groups: [{ name: ' Nachbarn ', members: ['01001'], colour: 'red' }],
				settings: { chart: { kpi: 'x', years: [2023, 2024], log: false, note: null } },
				future_key: 1
			})
		).toStrictEqual({
			extras: {
				mapping_profiles: [
					{ format: 'vergleichsring-mapping', version: 1, name: 'P', headers: { A: 'visits' } }
				],
				custom_peer_groups: [{ name: 'Nachbarn', members: ['01001'] }],
				settings: { chart: { kpi: 'x', years: [2023, 2024], log: false, note: null } }
			},
			messages: []
		});
		expect(await open({})).toStrictEqual({
			extras: { mapping_profiles: [], custom_peer_groups: [], settings: {} },
			messages: []
		});
	});

	const invalid = (where: string, reason: string) =>
		`ring.json: Feld „${where}“ ist ungültig (${reason}); der Ring wurde nicht geöffnet.`;
	it.each<[string, unknown, string[]]>([
		['settings a list', { settings: [1] }, [invalid('settings', 'erwartet: Objekt, gefunden: Liste')]],
		[
			'mapping profiles an object',
			{ mapping_profiles: {} },
			[invalid('mapping_profiles', 'erwartet: Liste, gefunden: Objekt')]
		],
		[
			'a mapping profile',
			{ mapping_profiles: [{ format: 'x', version: 1, name: '', headers: {} }] },
			[
				invalid('mapping_profiles.0.format', 'erwartet: „vergleichsring-mapping“, gefunden: „x“'),
				invalid('mapping_profiles.0.name', 'darf nicht leer sein')
			]
		],
		[
			'peer groups',
			{ custom_peer_groups: [{ name: ' ', members: [1] }, { members: 'x' }] },
			[
				invalid('custom_peer_groups.0.name', 'darf nicht leer sein'),
				invalid('custom_peer_groups.0.members.0', 'erwartet: Text, gefunden: Zahl'),
				invalid('custom_peer_groups.1.name', 'fehlt, erwartet: Text'),
				invalid('custom_peer_groups.1.members', 'erwartet: Liste, gefunden: Text')
			]
		],
		[
			'number format: the ingest reader refuses it first',
			{ number_format: 'fr' },
			[
				'ring.json: Feld „number_format“ ist ungültig (erwartet: „de“ oder „en“, gefunden: „fr“); der Ring kann nicht gelesen werden.'
			]
		]
	])('%s', async (_, value, messages) => {
		expect(await open(value)).toStrictEqual({ extras: null, messages });
	});
});
