/**
 * Scenarios as data (scenario/model.ts) and as the package part `scenarios.json`
 * (ring/package/parts/scenarios.ts, scenarios-reader.ts): changes applied with whole counts and
 * problems reported, the URL form, the part's canonical writer and strict reader through the ring
 * package (German messages naming file and key; nothing opened on any error), the round trip
 * package → ring → package byte for byte, and the ring store keeping them beside the ring's data.
 */
import { word } from '../../src/lib/i18n/messages.ts';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { canonicalFiles } from '../../src/lib/ring/package/canonical.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { SCENARIOS_JSON, scenariosJsonText } from '../../src/lib/ring/package/parts/scenarios.ts';
import { emptyExtras, type RingData } from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';
import { openRingStore, plainRingData } from '../../src/lib/ring/store.ts';
import {
	applyChanges,
	changeToken,
	formatChanges,
	parseChanges,
	withChange,
	withScenario,
	type Scenario
} from '../../src/lib/scenario/model.ts';
import { prng } from './support/prng.ts';
import { generateScenarios } from './support/scenarios.ts';
import { encodeValues } from '../../src/lib/ring/value-columns.ts';
import { plainData } from './support/plain-ring.ts';

const catalogue = loadCatalogue();
const kinds = new Map(catalogue.base_counts.map((b) => [b.id, b.kind]));
const countIds = new Set(kinds.keys());
const specs = catalogue.base_counts.map(({ id, kind, label }) => ({ id, kind, label }));

const AUTH = 'authority_id,name,kind,state\n05315,Köln,kreisfreie_stadt,NW\n05334,Aachen,region,NW\n';
const COUNTS = 'authority_id,period,count_id,value\n05334,2024,fte_case_officers,40\n';
const RING_JSON = JSON.stringify({
	format_version: 2,
	name: 'West',
	custom_peer_groups: [{ name: 'Nachbarn', members: ['05334', '05315'] }]
});

/** A format-2 package with `scenarios.json` as given (or none). */
function pkg(scenarios?: string): Uint8Array {
	const files: Record<string, string> = {
		'ring.json': RING_JSON,
		'authorities.csv': AUTH,
		'counts/werte.csv': COUNTS,
		'pseudonyms.csv': 'authority_id,label\n05315,A\n05334,B\n',
		...(scenarios === undefined ? {} : { [SCENARIOS_JSON]: scenarios })
	};
	return zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [`west/${p}`, strToU8(t)])));
}

async function open(scenarios?: string) {
	const result = await openRingZip(pkg(scenarios), specs);
	const errors = result.problems.filter((p) => p.severity === 'error');
	return { data: result.data, errors, messages: errors.map((p) => `${p.file}: ${word(p.message)}`) };
}

const scenario = (over: Partial<Scenario> = {}): Scenario => ({
	name: 'Zwei Stellen mehr',
	authority_id: '05334',
	period: 2024,
	peers: 'size',
	changes: [
		{ count_id: 'fte_case_officers', mode: 'add', value: 2 },
		{ count_id: 'calls_answered', mode: 'percent', value: 10 }
	],
	...over
});

describe('applying changes', () => {
	const base = new Map([
		['fte_case_officers', 40.25],
		['calls_answered', 12345],
		['title_applications_received', 18000],
		['personnel_costs', 1000000.5]
	]);
	it('adds, scales and sets; whole numbers for counts, decimals for FTE and euros', () => {
		const { values, applied } = applyChanges(
			base,
			[
				{ count_id: 'fte_case_officers', mode: 'add', value: 2 },
				{ count_id: 'calls_answered', mode: 'percent', value: 10 },
				{ count_id: 'title_applications_received', mode: 'add', value: -500 },
				{ count_id: 'personnel_costs', mode: 'percent', value: 3 },
				{ count_id: 'visits', mode: 'set', value: 9000 }
			],
			kinds
		);
		expect(values.get('fte_case_officers')).toBe(42.25);
		expect(values.get('calls_answered')).toBe(13580); // 13579.5 → half away from zero
		expect(values.get('title_applications_received')).toBe(17500);
		expect(values.get('personnel_costs')).toBe(1000000.5 * 1.03);
		expect(values.get('visits')).toBe(9000);
		expect(applied.every((a) => a.problem === null)).toBe(true);
		expect(base.get('fte_case_officers')).toBe(40.25); // the input is never changed
	});
	it('reports what it cannot apply and leaves that count alone', () => {
		const { values, applied } = applyChanges(
			base,
			[
				{ count_id: 'fte_case_officers', mode: 'add', value: -41 },
				{ count_id: 'visits', mode: 'percent', value: 5 },
				{ count_id: 'calls_answered', mode: 'set', value: Number.NaN },
				{ count_id: 'not_a_count', mode: 'set', value: 1 }
			],
			kinds
		);
		expect(applied.map((a) => a.problem)).toEqual(['negative', 'no_base', 'not_number', 'unknown_count']);
		expect(values).toEqual(base);
	});
});

describe('changes in the URL', () => {
	it('round-trips the editor’s forms and skips what it does not know', () => {
		const changes = scenario({
			changes: [
				{ count_id: 'fte_case_officers', mode: 'add', value: 2 },
				{ count_id: 'title_applications_received', mode: 'add', value: -500 },
				{ count_id: 'calls_answered', mode: 'percent', value: 10 },
				{ count_id: 'visits', mode: 'set', value: 12000.5 },
				{ count_id: 'sick_days', mode: 'percent', value: -2.5 }
			]
		}).changes;
		const text = formatChanges(changes);
		expect(text).toBe(
			'fte_case_officers:+2,title_applications_received:-500,calls_answered:+10%,visits:=12000.5,sick_days:-2.5%'
		);
		expect(parseChanges(text, countIds)).toEqual(changes);
		expect(parseChanges('nope:+2,visits:2,visits:+1e3,fte_total:+0.0000001,,:', countIds)).toEqual([
			{ count_id: 'fte_total', mode: 'add', value: 0.0000001 }
		]);
		expect(changeToken({ mode: 'add', value: 1e-7 })).toBe('+0.0000001');
		expect(withChange(changes, 'visits', null).map((c) => c.count_id)).not.toContain('visits');
		expect(withChange(changes, 'visits', { count_id: 'visits', mode: 'add', value: 1 })[3]).toEqual({
			count_id: 'visits',
			mode: 'add',
			value: 1
		});
	});
});

describe('scenarios.json, a part of the ring package', () => {
	it('is read through the package and written back byte for byte, canonical', async () => {
		const list = [
			scenario({ name: 'b', description: 'Beschreibung, „mit“ "Zeichen"\nzweite Zeile' }),
			scenario({ name: 'a', peers: 'custom:Nachbarn' })
		];
		const text = scenariosJsonText(list);
		expect(text.endsWith('}\n')).toBe(true);
		expect(text.indexOf('"name": "a"')).toBeLessThan(text.indexOf('"name": "b"'));
		// Changes by count id, keys in a fixed order.
		expect(text.indexOf('calls_answered')).toBeLessThan(text.indexOf('fte_case_officers'));
		const { data, messages } = await open(text);
		expect(messages).toEqual([]);
		expect(data!.extras.scenarios.map((s) => s.name)).toEqual(['a', 'b']);
		expect(data!.extras.scenarios[1]).toEqual({
			...list[0],
			changes: [...list[0]!.changes].sort((x, y) => (x.count_id < y.count_id ? -1 : 1))
		});
		const files = unzipSync(exportRingZip(data!));
		expect(new TextDecoder().decode(files[`west/${SCENARIOS_JSON}`])).toBe(text);
		// And the exported package opens to the same ring and part again.
		const again = await openRingZip(exportRingZip(data!), specs);
		expect(plainData(again.data)).toEqual(plainData(data));
	});

	it('any JSON layout is read; the app writes the canonical one', async () => {
		const loose = JSON.stringify({
			scenarios: [{ changes: [], peers: 'size', period: 2024, authority_id: '05334', name: 'x' }]
		});
		const { data, messages } = await open(loose);
		expect(messages).toEqual([]);
		const files = unzipSync(exportRingZip(data!));
		expect(new TextDecoder().decode(files[`west/${SCENARIOS_JSON}`])).toBe(
			scenariosJsonText(data!.extras.scenarios)
		);
	});

	it('no scenarios, no file; a ring without the file has none', async () => {
		const { data } = await open();
		expect(data!.extras.scenarios).toEqual([]);
		expect(canonicalFiles(data!).some((f) => f.path === SCENARIOS_JSON)).toBe(false);
		expect((await open('{"scenarios": []}')).data!.extras.scenarios).toEqual([]);
	});

	it.each([
		['{', '', 'keine gültige JSON-Datei'],
		['[]', '', 'erwartet: Objekt'],
		['{"scenarios": [], "version": 3}', 'version', 'gibt es in format_version 2 nicht'],
		['{"scenarios": [{}]}', 'scenarios.0.name', 'fehlt'],
		[
			JSON.stringify({ scenarios: [{ ...scenario(), colour: 'red' }] }),
			'scenarios.0.colour',
			'gibt es in format_version 2 nicht'
		],
		[
			JSON.stringify({ scenarios: [scenario({ authority_id: '99999' })] }),
			'scenarios.0.authority_id',
			'keine Behörde aus authorities.csv: „99999“'
		],
		[
			JSON.stringify({ scenarios: [scenario({ peers: 'custom:Fremde' })] }),
			'scenarios.0.peers',
			'unbekannte Vergleichsgruppe „custom:Fremde“'
		],
		[JSON.stringify({ scenarios: [scenario({ period: 20245 })] }), 'scenarios.0.period', '20245'],
		[
			JSON.stringify({ scenarios: [scenario({ changes: [{ count_id: 'fte', mode: 'add', value: 1 }] })] }),
			'scenarios.0.changes.0.count_id',
			'unbekannte Grundzahl „fte“'
		],
		[
			JSON.stringify({
				scenarios: [{ ...scenario(), changes: [{ count_id: 'fte_total', mode: 'times', value: 1 }] }]
			}),
			'scenarios.0.changes.0.mode',
			'„add“, „percent“ oder „set“'
		],
		[
			JSON.stringify({
				scenarios: [{ ...scenario(), changes: [{ count_id: 'fte_total', mode: 'add', value: '2' }] }]
			}),
			'scenarios.0.changes.0.value',
			'erwartet: Zahl'
		],
		[
			JSON.stringify({
				scenarios: [
					{ ...scenario(), changes: [{ count_id: 'fte_total', mode: 'add', value: 1, unit: 'VZÄ' }] }
				]
			}),
			'scenarios.0.changes.0.unit',
			'gibt es in format_version 2 nicht'
		],
		[
			JSON.stringify({
				scenarios: [
					scenario({
						changes: [
							{ count_id: 'fte_total', mode: 'add', value: 1 },
							{ count_id: 'fte_total', mode: 'add', value: 2 }
						]
					})
				]
			}),
			'scenarios.0.changes.1.count_id',
			'zweimal geändert'
		],
		[JSON.stringify({ scenarios: [scenario(), scenario()] }), 'scenarios.1.name', 'kommt zweimal vor']
	])('refuses %s naming file and key; nothing is opened', async (text, key, message) => {
		const { data, errors } = await open(text);
		expect(data).toBeNull();
		const problem = errors.find((p) => p.text === key);
		expect(problem, JSON.stringify(errors)).toBeDefined();
		expect(problem!.file).toBe(SCENARIOS_JSON);
		expect(word(problem!.message)).toMatch(/^scenarios\.json: /);
		if (key) expect(word(problem!.message)).toContain(`„${key}“`);
		expect(word(problem!.message)).toContain(message);
	});

	it('is not read from a format-1 package (there it is an unknown file, left out with a warning)', async () => {
		const files = unzipSync(pkg(scenariosJsonText([scenario()])));
		files['west/ring.json'] = strToU8(JSON.stringify({ ...JSON.parse(RING_JSON), format_version: 1 }));
		const result = await openRingZip(zipSync(files), specs);
		expect(result.data!.extras.scenarios).toEqual([]);
		expect(result.problems.map((p) => word(p.message))).toContainEqual(
			expect.stringContaining('„scenarios.json“ gehört nicht zu einem Ringpaket')
		);
	});

	it('replaces a scenario of the same name', () => {
		const list = withScenario(
			[scenario(), scenario({ name: 'andere' })],
			scenario({ name: ' Zwei Stellen mehr ', period: 2023 })
		);
		expect(list.map((s) => [s.name, s.period])).toEqual([
			['andere', 2024],
			['Zwei Stellen mehr', 2023]
		]);
	});
});

describe('scenarios.json in the ring package (property)', () => {
	it.each(Array.from({ length: 20 }, (_, i) => 700 + i))(
		'seed %i: export → open gives the same scenarios and the same bytes',
		async (seed) => {
			const { data } = await open();
			const groups = data!.extras.custom_peer_groups;
			let scenarios: Scenario[] = [];
			for (const rng = prng(seed); scenarios.length === 0;)
				scenarios = generateScenarios(rng, specs, ['05315', '05334'], [2023, 2024], groups);
			const zip = exportRingZip({ ...data!, extras: { ...data!.extras, scenarios } });
			const back = await openRingZip(zip, specs);
			expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
			expect(back.data!.extras.scenarios).toEqual(scenarios);
			expect(exportRingZip(back.data!)).toEqual(zip);
		}
	);
});

describe('scenarios in the ring store and the package', () => {
	it('are kept beside the ring: its data and its values files do not change', async () => {
		const data: RingData = {
			ring: {
				meta: {
					format_version: 2,
					name: 'R',
					description: '',
					periods: [2024],
					disclosure: 'pseudonymous',
					synthetic: false
				},
				authorities: [{ authority_id: '05334', name: 'Aachen', kind: 'region', state: 'NW' }],
				values: encodeValues([
					{ authority_id: '05334', period: 2024, count_id: 'fte_case_officers', value: 40 }
				])
			},
			extras: {
				...emptyExtras(),
				pseudonyms: [{ authority_id: '05334', label: 'A', pseudonym_id: 'ps-7k3qx9m2' }]
			}
		};
		const withScenarios: RingData = { ...data, extras: { ...data.extras, scenarios: [scenario()] } };
		const plain = canonicalFiles(data);
		const files = canonicalFiles(withScenarios);
		// The only difference is the part's own file: no value, member or other part changes.
		expect(files.filter((f) => f.path !== SCENARIOS_JSON)).toEqual(plain);
		expect(files.map((f) => f.path)).toContain(SCENARIOS_JSON);
		expect(plainRingData(withScenarios).extras.scenarios).toEqual([scenario()]);
		const opened = await openRingStore(new IDBFactory());
		if (!opened.ok) throw new Error(opened.problem.message);
		const store = opened.value;
		expect((await store.saveRing('r1', withScenarios, null)).ok).toBe(true);
		const loaded = await store.loadRing('r1');
		expect(loaded.ok && loaded.value?.extras.scenarios).toEqual([scenario()]);
		expect(loaded.ok && loaded.value?.ring).toEqual(data.ring);
		store.close();
	});
});
