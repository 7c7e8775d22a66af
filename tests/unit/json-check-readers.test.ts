/**
 * The hand-written JSON readers (`ingest/json-check.ts`) one by one: valid input reads to exactly the
 * expected value (trimmed, unknown keys dropped); each kind of invalid value gives its German message and path.
 * The formats built on them: json-check-profile.test.ts and json-check-ring.test.ts.
 */
import { word } from '../../src/lib/i18n/messages.ts';
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

/** A reader's result: the value read, or the issues as `path: message`. */
function read<T>(reader: Reader<T>, value: unknown): { value: T } | { issues: string[] } {
	const result = check(reader, value);
	return result.ok
		? { value: result.value }
		: { issues: result.issues.map((i) => `${i.path.join('.')}: ${word(i.message)}`) };
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
				{
					path: [0, 'a'] satisfies Path,
					message: {
						key: 'json.mismatch',
						params: { expected: { key: 'json.text' }, found: { key: 'json.number' } }
					}
				},
				{
					path: [1],
					message: {
						key: 'json.mismatch',
						params: { expected: { key: 'json.object' }, found: { key: 'json.text' } }
					}
				}
			]
		});
		if (!result.ok)
			expect(result.issues.map((i) => word(i.message))).toEqual([
				'erwartet: Text, gefunden: Zahl',
				'erwartet: Objekt, gefunden: Text'
			]);
	});
});
