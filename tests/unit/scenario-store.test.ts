/**
 * Scenarios as data (scenario/model.ts) and as the package file `scenarios.json`
 * (scenario/store-format.ts): changes applied with whole counts and problems reported, the URL form,
 * the strict reader's German messages naming file and key, and the canonical writer (read → write gives
 * the same bytes). Plus the ring store keeps scenarios beside the ring, not in its data.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { canonicalFiles, emptyExtras, type RingData } from '../../src/lib/ring/canonical.ts';
import { openRingStore, plainRingData } from '../../src/lib/ring/store.ts';
import {
	applyChanges,
	changeToken,
	formatChanges,
	parseChanges,
	withChange,
	type Scenario
} from '../../src/lib/scenario/model.ts';
import {
	formatScenarioProblem,
	readScenariosJson,
	scenariosJsonBytes,
	scenariosJsonText,
	withScenario,
	type ScenarioContext
} from '../../src/lib/scenario/store-format.ts';

const catalogue = loadCatalogue();
const kinds = new Map(catalogue.base_counts.map((b) => [b.id, b.kind]));
const countIds = new Set(kinds.keys());
const ctx: ScenarioContext = {
	countIds,
	authorityIds: new Set(['05334', '05315']),
	customGroups: [{ name: 'Nachbarn', members: ['05334', '05315'] }]
};
const utf8 = (text: string) => new TextEncoder().encode(text);

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

describe('scenarios.json', () => {
	it('writes canonically and reads back the same scenarios and bytes', () => {
		const list = [
			scenario({ name: 'b', description: 'Beschreibung' }),
			scenario({ name: 'a', peers: 'custom:Nachbarn' })
		];
		const text = scenariosJsonText(list);
		expect(text.endsWith('}\n')).toBe(true);
		expect(text.indexOf('"name": "a"')).toBeLessThan(text.indexOf('"name": "b"'));
		// Changes by count id, keys in a fixed order.
		expect(text.indexOf('calls_answered')).toBeLessThan(text.indexOf('fte_case_officers'));
		const read = readScenariosJson(utf8(text), ctx);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(scenariosJsonText(read.scenarios)).toBe(text);
		expect(Buffer.from(scenariosJsonBytes(read.scenarios)).toString()).toBe(text);
		expect(readScenariosJson(utf8('{"scenarios": []}'), ctx)).toEqual({ ok: true, scenarios: [] });
	});

	it.each([
		['{', '', 'keine gültige JSON-Datei'],
		['[]', '', 'erwartet: Objekt'],
		['{"scenarios": [], "version": 3}', 'version', 'unbekannter Schlüssel'],
		['{"scenarios": [{}]}', 'scenarios[0].name', 'fehlt'],
		[
			JSON.stringify({ scenarios: [{ ...scenario(), colour: 'red' }] }),
			'scenarios[0].colour',
			'unbekannter Schlüssel'
		],
		[
			JSON.stringify({ scenarios: [scenario({ authority_id: '99999' })] }),
			'scenarios[0].authority_id',
			'keine Behörde dieses Rings: „99999“'
		],
		[
			JSON.stringify({ scenarios: [scenario({ peers: 'custom:Fremde' })] }),
			'scenarios[0].peers',
			'unbekannte Vergleichsgruppe „custom:Fremde“'
		],
		[JSON.stringify({ scenarios: [scenario({ period: 20245 })] }), 'scenarios[0].period', '20245'],
		[
			JSON.stringify({ scenarios: [scenario({ changes: [{ count_id: 'fte', mode: 'add', value: 1 }] })] }),
			'scenarios[0].changes[0].count_id',
			'unbekannte Grundzahl „fte“'
		],
		[
			JSON.stringify({
				scenarios: [{ ...scenario(), changes: [{ count_id: 'fte_total', mode: 'times', value: 1 }] }]
			}),
			'scenarios[0].changes[0].mode',
			'„add“, „percent“ oder „set“'
		],
		[
			JSON.stringify({
				scenarios: [{ ...scenario(), changes: [{ count_id: 'fte_total', mode: 'add', value: '2' }] }]
			}),
			'scenarios[0].changes[0].value',
			'erwartet: Zahl'
		],
		[
			JSON.stringify({
				scenarios: [
					{
						...scenario(),
						changes: [
							{ count_id: 'fte_total', mode: 'add', value: 1, unit: 'VZÄ' },
							{ count_id: 'fte_total', mode: 'add', value: 2 }
						]
					}
				]
			}),
			'scenarios[0].changes[0].unit',
			'unbekannter Schlüssel'
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
			'scenarios[0].changes[1].count_id',
			'zweimal geändert'
		],
		[JSON.stringify({ scenarios: [scenario(), scenario()] }), 'scenarios[1].name', 'kommt zweimal vor']
	])('refuses %s naming file and key', (text, key, message) => {
		const read = readScenariosJson(utf8(text), ctx);
		expect(read.ok).toBe(false);
		if (read.ok) return;
		const problem = read.problems.find((p) => p.key === key);
		expect(problem, JSON.stringify(read.problems)).toBeDefined();
		expect(problem!.file).toBe('scenarios.json');
		expect(problem!.message).toContain(message);
		expect(formatScenarioProblem(problem!)).toMatch(/^scenarios\.json: /);
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

describe('scenarios in the ring store', () => {
	it('are stored with the ring and never change its data or its package files', async () => {
		const data: RingData = {
			ring: {
				meta: {
					format_version: 1,
					name: 'R',
					description: '',
					periods: [2024],
					disclosure: 'pseudonymous',
					synthetic: false
				},
				authorities: [{ authority_id: '05334', name: 'Aachen', kind: 'region', state: 'NW' }],
				values: [{ authority_id: '05334', period: 2024, count_id: 'fte_case_officers', value: 40 }]
			},
			extras: emptyExtras()
		};
		const withScenarios: RingData = { ...data, scenarios: [scenario()] };
		expect(canonicalFiles(withScenarios)).toEqual(canonicalFiles(data));
		expect(plainRingData(withScenarios).scenarios).toEqual([scenario()]);
		expect('scenarios' in plainRingData(data)).toBe(false);
		const opened = await openRingStore(new IDBFactory());
		if (!opened.ok) throw new Error(opened.problem.message);
		const store = opened.value;
		expect((await store.saveRing('r1', withScenarios)).ok).toBe(true);
		const loaded = await store.loadRing('r1');
		expect(loaded.ok && loaded.value?.scenarios).toEqual([scenario()]);
		expect(loaded.ok && loaded.value?.ring).toEqual(data.ring);
		store.close();
	});
});
