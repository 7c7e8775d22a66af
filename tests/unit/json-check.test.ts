/**
 * The hand-written JSON readers (`ingest/json-check.ts`) and the three formats built on them: mapping
 * profiles, ring.json's core fields and ring.json's extras. Valid input reads to exactly the expected
 * object (trimmed, unknown keys dropped); each kind of invalid field gives its German message and path.
 */
import { describe, expect, it } from 'vitest';
import {
	arrayOf,
	boolean,
	check,
	integer,
	json,
	object,
	oneOf,
	optional,
	recordOf,
	string,
	text,
	year,
	type Path,
	type Reader
} from '../../src/lib/ingest/json-check.ts';
import { ProblemSink } from '../../src/lib/ingest/problems.ts';
import { parseProfile, validateProfile, type MappingProfile } from '../../src/lib/ingest/profile.ts';
import { parseRingJson, readCoreMeta } from '../../src/lib/ring/package/meta.ts';
import { openRingPackage } from '../../src/lib/ring/package/open.ts';
import { SPECS, utf8 } from '../fixtures/ingest/helpers.ts';

/** A reader's result: the value read, or the issues as `path: message`. */
function read<T>(reader: Reader<T>, value: unknown): { value: T } | { issues: string[] } {
	const result = check(reader, value);
	return result.ok
		? { value: result.value }
		: { issues: result.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
}

const ok = (value: unknown) => ({ value });
const bad = (...issues: string[]) => ({ issues });

describe('readers', () => {
	const pair = object<{ a: string; b?: string }>({ a: text, b: optional(string) });
	const long = 'x'.repeat(50);

	it.each<[string, Reader<unknown>, unknown, ReturnType<typeof ok> | ReturnType<typeof bad>]>([
		['string keeps spaces', string, ' a ', ok(' a ')],
		['string accepts empty', string, '', ok('')],
		['string rejects a number', string, 5, bad(': erwartet: Text, gefunden: Zahl')],
		['string rejects null', string, null, bad(': erwartet: Text, gefunden: null')],
		['string: missing', string, undefined, bad(': fehlt, erwartet: Text')],
		['text trims', text, '  Vendor X\t', ok('Vendor X')],
		['text rejects blanks', text, ' \n ', bad(': darf nicht leer sein')],
		['text rejects empty', text, '', bad(': darf nicht leer sein')],
		['text rejects true', text, true, bad(': erwartet: Text, gefunden: Wahrheitswert')],
		['text rejects a list', text, ['a'], bad(': erwartet: Text, gefunden: Liste')],
		['text rejects an object', text, { a: 1 }, bad(': erwartet: Text, gefunden: Objekt')],
		['integer', integer, -3, ok(-3)],
		['integer rejects a fraction', integer, 1.5, bad(': erwartet: ganze Zahl, gefunden: 1.5')],
		['integer rejects 2^53', integer, 2 ** 53, bad(': erwartet: ganze Zahl, gefunden: 9007199254740992')],
		['integer rejects text', integer, '3', bad(': erwartet: ganze Zahl, gefunden: Text')],
		['year 1950', year, 1950, ok(1950)],
		['year 2100', year, 2100, ok(2100)],
		['year 1949', year, 1949, bad(': erwartet: ganze Zahl zwischen 1950 und 2100, gefunden: 1949')],
		['year 2101', year, 2101, bad(': erwartet: ganze Zahl zwischen 1950 und 2100, gefunden: 2101')],
		['year 20245', year, 20245, bad(': erwartet: ganze Zahl zwischen 1950 und 2100, gefunden: 20245')],
		['year 2024.5', year, 2024.5, bad(': erwartet: ganze Zahl zwischen 1950 und 2100, gefunden: 2024.5')],
		['year as text', year, '2024', bad(': erwartet: ganze Zahl zwischen 1950 und 2100, gefunden: Text')],
		['boolean', boolean, false, ok(false)],
		['boolean as text', boolean, 'true', bad(': erwartet: Wahrheitswert (true oder false), gefunden: Text')],
		['enum', oneOf('de', 'en'), 'en', ok('en')],
		['enum: other value', oneOf('de', 'en'), 'fr', bad(': erwartet: „de“ oder „en“, gefunden: „fr“')],
		['enum: case matters', oneOf('de', 'en'), 'DE', bad(': erwartet: „de“ oder „en“, gefunden: „DE“')],
		['enum: a number', oneOf('de', 'en'), 1, bad(': erwartet: „de“ oder „en“, gefunden: Zahl')],
		[
			'enum: long value shortened',
			oneOf('a', 'b', 'c'),
			long,
			bad(`: erwartet: „a“, „b“ oder „c“, gefunden: „${'x'.repeat(40)}…“`)
		],
		['literal number', oneOf(1), 1, ok(1)],
		['literal number: other', oneOf(1), 2, bad(': erwartet: 1, gefunden: 2')],
		['literal number: text', oneOf(1), '1', bad(': erwartet: 1, gefunden: Text')],
		['array', arrayOf(year), [2024, 2023, 2024], ok([2024, 2023, 2024])],
		['array: empty', arrayOf(year), [], ok([])],
		[
			'array: every bad item with its index',
			arrayOf(year),
			[2024, 'x', 3000],
			bad(
				'1: erwartet: ganze Zahl zwischen 1950 und 2100, gefunden: Text',
				'2: erwartet: ganze Zahl zwischen 1950 und 2100, gefunden: 3000'
			)
		],
		['array: an object', arrayOf(year), {}, bad(': erwartet: Liste, gefunden: Objekt')],
		['record trims values, keeps keys', recordOf(text), { ' A ': ' x ' }, ok({ ' A ': 'x' })],
		['record: empty', recordOf(text), {}, ok({})],
		[
			'record: bad value',
			recordOf(text),
			{ A: '', B: 2 },
			bad('A: darf nicht leer sein', 'B: erwartet: Text, gefunden: Zahl')
		],
		['record: a list', recordOf(text), [], bad(': erwartet: Objekt, gefunden: Liste')],
		['object drops unknown keys', pair, { a: ' x ', b: 'y', c: 1 }, ok({ a: 'x', b: 'y' })],
		['object: optional field absent', pair, { a: 'x' }, ok({ a: 'x' })],
		['object: required field absent', pair, { b: 'y' }, bad('a: fehlt, erwartet: Text')],
		['object: null', pair, null, bad(': erwartet: Objekt, gefunden: null')],
		['object: a list', pair, [], bad(': erwartet: Objekt, gefunden: Liste')],
		['object without prototype', pair, Object.assign(Object.create(null), { a: 'x' }), ok({ a: 'x' })],
		['object: a class instance', pair, new Date(0), bad(': erwartet: Objekt, gefunden: kein JSON-Wert')],
		[
			'object: a field named like an inherited member',
			object<{ constructor?: string }>({ constructor: optional(string) }),
			{},
			ok({})
		],
		[
			'nested paths',
			arrayOf(object<{ m: string[] }>({ m: arrayOf(string) })),
			[{ m: [] }, { m: ['a', 7] }],
			bad('1.m.1: erwartet: Text, gefunden: Zahl')
		],
		['optional: absent', optional(year), undefined, ok(undefined)],
		[
			'optional: present',
			optional(year),
			1900,
			bad(': erwartet: ganze Zahl zwischen 1950 und 2100, gefunden: 1900')
		],
		[
			'json: every JSON value',
			json,
			{ s: 'a', n: -1.5, t: true, z: null, l: [1, 'x', [], {}], o: { p: { q: false } } },
			ok({ s: 'a', n: -1.5, t: true, z: null, l: [1, 'x', [], {}], o: { p: { q: false } } })
		],
		['json: a scalar', json, 'x', ok('x')],
		['json: NaN', json, { a: NaN }, bad('a: erwartet: JSON-Wert, gefunden: NaN')],
		[
			'json: Infinity deep inside',
			json,
			{ a: [1, Infinity] },
			bad('a.1: erwartet: JSON-Wert, gefunden: Infinity')
		],
		['json: a function', json, [() => 1], bad('0: erwartet: JSON-Wert, gefunden: kein JSON-Wert')],
		['json: a Date', json, new Date(0), bad(': erwartet: JSON-Wert, gefunden: kein JSON-Wert')]
	])('%s', (_, reader, input, expected) => {
		expect(read(reader, input)).toStrictEqual(expected);
	});

	it('a key `__proto__` is dropped, not made the prototype', async () => {
		const parsed = read(recordOf(text), JSON.parse('{"__proto__": "x", "b": "y"}'));
		expect(parsed).toStrictEqual(ok({ b: 'y' }));
		if ('value' in parsed) expect(Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
	});

	it('collects issues as data, with their paths, and never throws', async () => {
		const result = check(arrayOf(pair), [{ a: 1 }, 'x']);
		expect(result).toStrictEqual({
			ok: false,
			issues: [
				{ path: [0, 'a'] satisfies Path, message: 'erwartet: Text, gefunden: Zahl' },
				{ path: [1], message: 'erwartet: Objekt, gefunden: Text' }
			]
		});
	});
});

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
		expect(validateProfile(profile, SPECS)).toStrictEqual({ ok: false, messages });
		expect(parseProfile(JSON.stringify(profile), SPECS)).toStrictEqual({ ok: false, messages });
	});
});

describe('ring.json', () => {
	function meta(value: unknown) {
		const sink = new ProblemSink('ring.json');
		const read = parseRingJson(utf8(JSON.stringify(value)), sink);
		const result = read && (readCoreMeta(read.json, 'Ordner', sink)?.meta ?? null);
		return { result, messages: sink.finish().map((p) => `${p.text} | ${p.message}`) };
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
			messages: result.problems.filter((p) => p.severity === 'error').map((p) => p.message)
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
