/**
 * The session agendas in the ring package (format 2, issue 30): `agendas.json` reads every slide kind
 * and writes back byte for byte, survives the package round trip, and anything the app does not know —
 * a key, a slide type, a group, a name twice, a text over its limit — is refused naming file and key.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/lib/catalogue/node-loader.ts';
import { openRingZip } from '../../src/lib/ring/package/open.ts';
import { agendasJson } from '../../src/lib/ring/package/parts/agendas.ts';
import type { Agenda } from '../../src/lib/ring/package/types.ts';
import { exportRingZip } from '../../src/lib/ring/package/zip.ts';

const specs = loadCatalogue().base_counts.map(({ id, kind, label }) => ({ id, kind, label }));

const AUTH =
	'authority_id,name,kind,state\n01001,Flensburg,kreisfreie_stadt,SH\n09162,München,kreisfreie_stadt,BY\n';
const COUNTS = 'authority_id,period,count_id,value\n01001,2024,calls_received,800\n';
const PSEUDONYMS = 'authority_id,label\n01001,B\n09162,A\n';

const AGENDAS: Agenda[] = [
	{
		name: 'Sitzung 1 „Frühjahr“',
		slides: [
			{ type: 'title', heading: 'Vergleichsring 2024', lines: ['1. Sitzung', ''], notes: '' },
			{
				type: 'kpi',
				kpi: 'avg_processing_days',
				period: 2024,
				group: { type: 'ring' },
				notes: 'Zuerst die Bearbeitungsdauer.\nDann „Ausreißer“, mit Bitte um Ruhe.'
			},
			{ type: 'kpi', kpi: 'cost_per_case', period: null, group: { type: 'size', value: 'GK2' }, notes: '' },
			{ type: 'field', field: 'service', period: 2023, group: { type: 'custom', name: 'Nord' }, notes: 'x' },
			{ type: 'text', heading: 'Nächste Schritte', lines: ['Termin: 12.05.', 'Daten bis 30.04.'], notes: '' }
		]
	},
	{ name: 'Leer', slides: [] }
];

function pkg(extra: Record<string, string>): Uint8Array {
	const files: Record<string, string> = {
		'ring.json': JSON.stringify({ format_version: 2, name: 'Nord' }),
		'authorities.csv': AUTH,
		'counts/werte.csv': COUNTS,
		'pseudonyms.csv': PSEUDONYMS,
		...extra
	};
	return zipSync(Object.fromEntries(Object.entries(files).map(([p, t]) => [p, strToU8(t)])));
}

async function open(bytes: Uint8Array) {
	const result = await openRingZip(bytes, specs);
	return {
		data: result.data,
		errors: result.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}: ${p.message}`)
	};
}

const withDoc = (doc: unknown) => pkg({ 'agendas.json': JSON.stringify(doc) });
const slides = (s: unknown[]) => ({ agendas: [{ name: 'A', slides: s }] });

/** A seeded generator of agendas with every slide kind and awkward text (quotes, breaks, emoji). */
function randomAgendas(seed: number): Agenda[] {
	let x = seed;
	const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]!;
	const words = ['Sitzung', '„Quote“', 'Zeile\nzwei', 'a,b', ' Leer ', '😀', 'Ämter', '"x"', '\\', ''];
	const text = (n: number) => Array.from({ length: n }, () => pick(words)).join(' ');
	const group = () =>
		pick([
			{ type: 'ring' as const },
			{ type: 'size' as const, value: 'GK2' },
			{ type: 'state' as const, value: 'BY' },
			{ type: 'custom' as const, name: 'Nord „Küste“' }
		]);
	return Array.from({ length: 1 + Math.floor(next() * 3) }, (_, a) => ({
		name: `${text(2)} ${a}`,
		slides: Array.from({ length: Math.floor(next() * 6) }, () => {
			const notes = next() < 0.5 ? '' : text(5);
			switch (pick(['title', 'text', 'kpi', 'field'] as const)) {
				case 'title':
					return { type: 'title' as const, heading: text(3), lines: [text(2), ''], notes };
				case 'text':
					return { type: 'text' as const, heading: text(2), lines: [], notes };
				case 'kpi':
					return {
						type: 'kpi' as const,
						kpi: 'avg_processing_days',
						period: pick([null, 2023]),
						group: group(),
						notes
					};
				default:
					return {
						type: 'field' as const,
						field: 'service',
						period: pick([null, 2024]),
						group: group(),
						notes
					};
			}
		})
	}));
}

describe('agendas.json in the ring package', () => {
	it.each(Array.from({ length: 20 }, (_, i) => 500 + i))(
		'seed %i: random agendas survive the round trip byte for byte',
		async (seed) => {
			const agendas = randomAgendas(seed);
			const text = agendasJson(agendas);
			const { data, errors } = await open(pkg({ 'agendas.json': text }));
			expect(errors).toEqual([]);
			expect(data?.extras.agendas).toEqual(agendas);
			const files = unzipSync(await exportRingZip(data!));
			expect(new TextDecoder().decode(files['nord/agendas.json'])).toBe(text);
		}
	);

	it('reads every slide kind and writes it back byte for byte', async () => {
		const text = agendasJson(AGENDAS);
		const { data, errors } = await open(pkg({ 'agendas.json': text }));
		expect(errors).toEqual([]);
		expect(data?.extras.agendas).toEqual(AGENDAS);
		const files = unzipSync(await exportRingZip(data!));
		expect(new TextDecoder().decode(files['nord/agendas.json'])).toBe(text);
		// and the exported package opens to the same agendas again
		const again = await open(await exportRingZip(data!));
		expect(again.errors).toEqual([]);
		expect(again.data?.extras.agendas).toEqual(AGENDAS);
	});

	it('writes keys in canonical order whatever order they came in, and no file for no agendas', async () => {
		const shuffled = {
			agendas: [
				{
					slides: [
						{ notes: '', group: { type: 'ring' }, period: 2024, kpi: 'avg_processing_days', type: 'kpi' }
					],
					name: 'B'
				}
			]
		};
		const { data, errors } = await open(withDoc(shuffled));
		expect(errors).toEqual([]);
		const out = new TextDecoder().decode(unzipSync(await exportRingZip(data!))['nord/agendas.json']);
		expect(out).toBe(
			'{\n  "agendas": [\n    {\n      "name": "B",\n      "slides": [\n        {\n          "type": "kpi",\n          "kpi": "avg_processing_days",\n          "period": 2024,\n          "group": {\n            "type": "ring"\n          },\n          "notes": ""\n        }\n      ]\n    }\n  ]\n}\n'
		);
		const none = await open(withDoc({ agendas: [] }));
		expect(none.data?.extras.agendas).toEqual([]);
		const names = Object.keys(unzipSync(await exportRingZip(none.data!)));
		expect(names.filter((n) => n.includes('agendas'))).toEqual([]);
	});

	it('refuses what it does not know, naming file and key, and opens nothing', async () => {
		const cases: [unknown, RegExp][] = [
			[
				slides([{ type: 'kpi', kpi: 'a', period: 2024, group: { type: 'ring' }, notes: '', colour: 'red' }]),
				/agendas\.json: Schlüssel „agendas\.0\.slides\.0\.colour“ gibt es in format_version 2 nicht/
			],
			[
				slides([{ type: 'chart', notes: '' }]),
				/Feld „agendas\.0\.slides\.0\.type“ ist ungültig \(erwartet: „title“, „text“, „kpi“ oder „field“/
			],
			[
				slides([{ type: 'kpi', kpi: 'a', period: 20245, group: { type: 'ring' }, notes: '' }]),
				/Feld „agendas\.0\.slides\.0\.period“ ist ungültig \(erwartet: Jahr zwischen 1950 und 2100 oder null, gefunden: 20245\)/
			],
			[
				slides([{ type: 'kpi', kpi: 'a', period: null, group: { type: 'size' }, notes: '' }]),
				/Feld „agendas\.0\.slides\.0\.group\.value“ ist ungültig \(fehlt, erwartet: Text\)/
			],
			[
				slides([{ type: 'kpi', kpi: 'A B', period: null, group: { type: 'ring' }, notes: '' }]),
				/Feld „agendas\.0\.slides\.0\.kpi“ ist ungültig/
			],
			[
				slides([{ type: 'text', heading: 'x', lines: Array(13).fill('z'), notes: '' }]),
				/Feld „agendas\.0\.slides\.0\.lines“ ist ungültig \(höchstens 12 Einträge, gefunden: 13\)/
			],
			[
				{
					agendas: [
						{ name: 'A', slides: [] },
						{ name: 'A', slides: [] }
					]
				},
				/Feld „agendas\.1\.name“ ist ungültig \(„A“ heißt schon Tagesordnung 1\)/
			],
			[
				{ agendas: [{ name: ' ', slides: [] }] },
				/Feld „agendas\.0\.name“ ist ungültig \(darf nicht leer sein\)/
			],
			[{ agenda: [] }, /Feld „agendas“ ist ungültig \(fehlt, erwartet: Liste\)/]
		];
		for (const [doc, message] of cases) {
			const { data, errors } = await open(withDoc(doc));
			expect(data, JSON.stringify(doc)).toBeNull();
			expect(errors.join('\n')).toMatch(message);
		}
		const broken = await open(pkg({ 'agendas.json': '{"agendas": [' }));
		expect(broken.data).toBeNull();
		expect(broken.errors.join('\n')).toMatch(/^agendas\.json: agendas\.json ist kein gültiges JSON/);
	});
});
